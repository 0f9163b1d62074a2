/// A reviewer's unsubmitted work follows them when the office issues a newer package of the same
/// expert, panel and stage (docs/reviewer-packages.md): what they typed in the older package's
/// folder is carried into the newer one's, value by value, each through the rules of typed entry
/// (items of the rubric, 5 % steps, the procedure's conditions, a submitted sheet is locked).
/// What cannot be carried is listed with its reason; the older folder is only read.
public struct DraftCarry: Hashable, Codable, Sendable {
    /// The package whose folder the drafts come from, e.g. `P2026-01.D.E003.1`.
    public var fromPackageID: String
    /// The package of this folder, e.g. `P2026-01.D.E003.2`, and its expert, panel and stage.
    public var intoPackageID: String
    public var expertID: String
    public var panelID: String
    public var stage: Stage
    public var drafts: [CarriedDraft]

    public init(fromPackageID: String, into: PackageIssue, drafts: [CarriedDraft]) {
        self.fromPackageID = fromPackageID; self.intoPackageID = into.id
        expertID = into.expertID; panelID = into.panelID; stage = into.stage
        self.drafts = drafts
    }

    /// The sheets the carry writes to.
    public var sheetIDs: [String] {
        Array(Set(drafts.map(\.applicationID))).sorted().map { ScoreSheet.makeID(stage: stage, applicationID: $0, expertID: expertID) }
    }
}

/// One value of one item of one applicant's sheet.
public struct CarriedDraft: Hashable, Codable, Sendable {
    public enum Value: Hashable, Codable, Sendable {
        case percent(Int)
        case comment(String)
        case finding(Finding)
    }

    public var applicationID: String
    public var itemID: String
    public var value: Value

    public init(applicationID: String, itemID: String, value: Value) {
        self.applicationID = applicationID; self.itemID = itemID; self.value = value
    }

    /// "第 1.1 项 80%" / "item 1.1 80 %", for the list of what was left behind.
    public var label: Phrase {
        switch value {
        case .percent(let p): Phrase(zh: "第 \(itemID) 项 \(p)%", en: "item \(itemID) \(p)%")
        case .comment(let c): Phrase(zh: "第 \(itemID) 项评语“\(Self.clip(c))”", en: "item \(itemID) comment “\(Self.clip(c))”")
        case .finding(let f): Phrase(zh: "第 \(itemID) 项\(f.kind.name.zh)“\(Self.clip(f.text))”", en: "item \(itemID) \(f.kind.name.en) “\(Self.clip(f.text))”")
        }
    }

    private static func clip(_ s: String) -> String { s.count > 20 ? String(s.prefix(20)) + "…" : s }
}

/// What carrying found: the action to take (journaled in the newer folder) and everything that
/// stays behind in the older folder, each with its reason.
public struct DraftCarryPlan: Sendable {
    public var carry: DraftCarry
    /// Values that could not be carried; the reason is the refusal typed entry would give.
    public var leftBehind: [(draft: CarriedDraft, reason: Phrase)]
    /// Whole sheets that could not be carried (the applicant left the package, or the newer
    /// package has the sheet submitted and so locked), with how many values they held.
    public var sheetsLeftBehind: [(applicationID: String, values: Int, reason: Phrase)]
    /// Sheets submitted in the older folder that the newer package also has as submitted: they
    /// reached the office, and nothing of them needs carrying.
    public var withOffice: [String]
    /// Sheets submitted in the older folder that the newer package does not have as submitted (the
    /// return never reached the office, or came too late): carried as drafts to submit again.
    public var submitAgain: [String]

    public var isEmpty: Bool { carry.drafts.isEmpty && leftBehind.isEmpty && sheetsLeftBehind.isEmpty && submitAgain.isEmpty }
}

extension DraftCarry {
    /// What of the older folder's sheets (`older`) can be carried into `data`, the folder of the
    /// newer package `into`. Each value is tried in turn through `AwardData.applying`, as typed
    /// entry is, so a refusal names the same rule and article.
    /// Submitted sheets are never carried as submitted: one the newer package has as submitted
    /// reached the office; any other is carried as a draft, to be checked and submitted again.
    public static func plan(older: [ScoreSheet], fromPackageID: String, into: PackageIssue, data: AwardData,
                            context: ActionContext) -> DraftCarryPlan {
        var plan = DraftCarryPlan(carry: DraftCarry(fromPackageID: fromPackageID, into: into, drafts: []),
                                  leftBehind: [], sheetsLeftBehind: [], withOffice: [], submitAgain: [])
        let panel = data.cycle.panel(into.panelID)
        var trial = data
        for old in older.sorted(by: { $0.applicationID < $1.applicationID })
        where old.expertID == into.expertID && old.panelID == into.panelID && old.stage == into.stage {
            let newer = data.cycle.sheets.first { $0.id == old.id }
            if old.status == .submitted && newer?.status == .submitted {
                plan.withOffice.append(old.applicationID)
                continue
            }
            let drafts = changes(from: old, to: newer)
            guard !drafts.isEmpty else { continue }
            if panel?.applicationIDs.contains(old.applicationID) != true {
                plan.sheetsLeftBehind.append((old.applicationID, drafts.count,
                                              Phrase(zh: "申报 \(old.applicationID) 已不在此评审包中", en: "application \(old.applicationID) is no longer in this package")))
                continue
            }
            if newer?.status == .submitted {
                plan.sheetsLeftBehind.append((old.applicationID, drafts.count,
                                              Phrase(zh: "此评分表在新评审包中已提交（办公室已收到），已锁定", en: "the newer package has this sheet as submitted (the office has it), so it is locked")))
                continue
            }
            var carried = false
            for d in drafts {
                let one = DraftCarry(fromPackageID: fromPackageID, into: into, drafts: [d])
                do {
                    trial = try trial.applying(.packages(.carryDrafts(one)), context: context)
                    plan.carry.drafts.append(d)
                    carried = true
                } catch {
                    plan.leftBehind.append((d, error.phrase))
                }
            }
            if old.status == .submitted && carried { plan.submitAgain.append(old.applicationID) }
        }
        return plan
    }

    /// The values of `old` that `newer` (the same sheet in the newer package, if any) lacks or
    /// holds otherwise: percentages, then comments, then findings, item by item.
    static func changes(from old: ScoreSheet, to newer: ScoreSheet?) -> [CarriedDraft] {
        var out: [CarriedDraft] = []
        for (item, p) in old.percents.sorted(by: { $0.key < $1.key }) where newer?.percents[item] != p {
            out.append(CarriedDraft(applicationID: old.applicationID, itemID: item, value: .percent(p)))
        }
        for (item, c) in old.comments.sorted(by: { $0.key < $1.key }) where newer?.comments[item] != c {
            out.append(CarriedDraft(applicationID: old.applicationID, itemID: item, value: .comment(c)))
        }
        for (item, list) in old.findings.sorted(by: { $0.key < $1.key }) {
            let present = newer?.findings[item] ?? []
            for f in list where !present.contains(where: { $0.kind == f.kind && $0.check == f.check
                && PanelFindings.normalized($0.text) == PanelFindings.normalized(f.text) }) {
                out.append(CarriedDraft(applicationID: old.applicationID, itemID: item, value: .finding(f)))
            }
        }
        return out
    }
}

extension AwardData {
    /// Carries drafts into the package of this folder, each value through the reducer of typed
    /// entry, all or nothing; each sheet's history says where its drafts came from.
    mutating func carryDrafts(_ c: DraftCarry, context: ActionContext) throws(DomainError) {
        guard let into = cycle.package(c.intoPackageID), into.expertID == c.expertID, into.panelID == c.panelID, into.stage == c.stage else {
            throw DomainError(zh: "评审包 \(c.intoPackageID) 不在本目录中", en: "Package \(c.intoPackageID) is not in this directory")
        }
        guard (1..<max(1, into.seq)).contains(where: {
            PackageIssue.makeID(panelID: into.panelID, stage: into.stage, expertID: into.expertID, seq: $0) == c.fromPackageID
        }) else {
            throw DomainError(zh: "\(c.fromPackageID) 不是 \(into.id) 之前发给同一专家、同一评审组和阶段的评审包",
                              en: "\(c.fromPackageID) is not an earlier package of \(into.id)'s expert, panel and stage")
        }
        var copy = self
        for d in c.drafts {
            let sheetID = ScoreSheet.makeID(stage: into.stage, applicationID: d.applicationID, expertID: into.expertID)
            switch d.value {
            case .percent(let p):
                try copy.apply(ScoringAction.setPercent(panelID: into.panelID, applicationID: d.applicationID, expertID: into.expertID,
                                                        stage: into.stage, itemID: d.itemID, percent: p), context: context)
            case .comment(let text):
                // A comment goes on an existing sheet; an empty entry makes the sheet as typing would.
                if !copy.cycle.sheets.contains(where: { $0.id == sheetID }) {
                    try copy.apply(ScoringAction.setPercent(panelID: into.panelID, applicationID: d.applicationID, expertID: into.expertID,
                                                            stage: into.stage, itemID: d.itemID, percent: nil), context: context)
                }
                try copy.apply(ScoringAction.setComment(sheetID: sheetID, itemID: d.itemID, comment: text), context: context)
            case .finding(let f):
                try copy.apply(ReviewAction.addFinding(panelID: into.panelID, applicationID: d.applicationID, expertID: into.expertID,
                                                       stage: into.stage, itemID: d.itemID, finding: f), context: context)
            }
        }
        let note = Phrase(zh: "从评审包 \(c.fromPackageID) 带入草稿", en: "drafts carried from package \(c.fromPackageID)")
        for app in Set(c.drafts.map(\.applicationID)) {
            let id = ScoreSheet.makeID(stage: into.stage, applicationID: app, expertID: into.expertID)
            guard let i = copy.cycle.sheets.firstIndex(where: { $0.id == id }) else { continue }
            copy.cycle.sheets[i].history.append(SheetEvent(status: copy.cycle.sheets[i].status, by: context.actor, at: context.at,
                                                           reason: "\(note.zh) / \(note.en)"))
        }
        self = copy
    }
}

extension DraftCarry {
    /// The sheets the carry touches, with their stage and panel, for the procedure's conditions.
    var targets: [(stage: Stage, applicationID: String, panelID: String)] {
        Array(Set(drafts.map(\.applicationID))).sorted().map { (stage, $0, panelID) }
    }

    /// "2 张评分表 31 项" / "31 value(s) on 2 sheet(s)".
    public var counted: Phrase {
        let sheets = Set(drafts.map(\.applicationID)).count
        return Phrase(zh: "\(sheets) 张评分表共 \(drafts.count) 项", en: "\(drafts.count) value(s) on \(sheets) sheet(s)")
    }
}
