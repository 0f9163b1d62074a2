import Foundation

/// The review's own record beside the scores: findings on sheets, and the panel's deliberation
/// (合议) under its leader (第十一条（三）至（五）).
public enum ReviewAction: Hashable, Codable, Sendable {
    /// Adds a finding to one item of an expert's sheet (creating the sheet as a draft). On an
    /// on-site sheet a finding carried from document review is recorded with `.confirmed` or
    /// `.notConfirmed` (replacing an earlier check of the same finding); any other is `.new`.
    case addFinding(panelID: String, applicationID: String, expertID: String, stage: Stage, itemID: String, finding: Finding)
    /// Removes the finding at `index` of the item's findings on the sheet.
    case removeFinding(sheetID: String, itemID: String, index: Int)
    /// The leader (or the office for the leader) records the panel's agreed percentage for one item.
    case agree(panelID: String, stage: Stage, applicationID: String, itemID: String, percent: Int, reason: String)
}

extension AwardData {
    mutating func apply(_ action: ReviewAction, context: ActionContext) throws(DomainError) {
        switch action {
        case .addFinding(let panelID, let appID, let expertID, let stage, let itemID, let finding):
            guard let rubric = rubrics[stage] else {
                throw DomainError(zh: "\(stage.name.zh)没有评分细则", en: "There is no rubric for \(stage.name.en)", citation: .art6)
            }
            try SheetRules.checkScorer(panelID: panelID, applicationID: appID, expertID: expertID, in: cycle)
            try SheetRules.checkItem(itemID, in: rubric)
            let id = ScoreSheet.makeID(stage: stage, applicationID: appID, expertID: expertID)
            var sheet: ScoreSheet
            if let existing = cycle.sheets.first(where: { $0.id == id }) {
                try SheetRules.checkEditable(existing)
                sheet = existing
            } else {
                sheet = ScoreSheet(panelID: panelID, applicationID: appID, expertID: expertID, stage: stage, rubricID: rubric.id)
                sheet.history = [SheetEvent(status: .draft, by: context.actor, at: context.at)]
            }
            let f = try FindingRules.checked(finding, itemID: itemID, stage: stage, applicationID: appID, in: self)
            var list = sheet.findings[itemID] ?? []
            let key = PanelFindings.normalized(f.text)
            if let i = list.firstIndex(where: { $0.kind == f.kind && PanelFindings.normalized($0.text) == key }) {
                guard f.check == .confirmed || f.check == .notConfirmed else {
                    throw DomainError(zh: "条目 \(itemID) 已有这条\(f.kind.name.zh)", en: "Item \(itemID) already has this \(f.kind.name.en)")
                }
                list[i] = f
            } else {
                list.append(f)
            }
            sheet.findings[itemID] = list
            storeReviewedSheet(sheet)
        case .removeFinding(let sheetID, let itemID, let index):
            guard var sheet = cycle.sheets.first(where: { $0.id == sheetID }) else {
                throw DomainError(zh: "评分表 \(sheetID) 不存在", en: "Score sheet \(sheetID) does not exist")
            }
            try SheetRules.checkEditable(sheet)
            var list = sheet.findings[itemID] ?? []
            guard list.indices.contains(index) else {
                throw DomainError(zh: "评分表 \(sheetID) 条目 \(itemID) 没有第 \(index + 1) 条意见",
                                  en: "Score sheet \(sheetID) item \(itemID) has no finding \(index + 1)")
            }
            list.remove(at: index)
            sheet.findings[itemID] = list.isEmpty ? nil : list
            storeReviewedSheet(sheet)
        case .agree(let panelID, let stage, let appID, let itemID, let percent, let reason):
            let d = try Deliberation.compute(self, panelID: panelID, stage: stage, applicationID: appID)
            try ConsensusRules.checkAgree(d, itemID: itemID, percent: percent, reason: reason, actor: context.actor)
            var record = cycle.consensusRecord(stage: stage, applicationID: appID)
                ?? ConsensusRecord(panelID: panelID, applicationID: appID, stage: stage)
            record.panelID = panelID
            record.items[itemID] = AgreedItem(percent: percent, reason: reason.trimmingCharacters(in: .whitespacesAndNewlines),
                                              by: context.actor, leaderID: d.leaderID ?? "", at: context.at)
            if let i = cycle.consensus.firstIndex(where: { $0.id == record.id }) { cycle.consensus[i] = record } else { cycle.consensus.append(record) }
        }
    }

    private mutating func storeReviewedSheet(_ s: ScoreSheet) {
        if let i = cycle.sheets.firstIndex(where: { $0.id == s.id }) { cycle.sheets[i] = s } else { cycle.sheets.append(s) }
    }
}

/// What a finding must be: one short statement; on an on-site sheet, a carried finding must be one
/// of the document-review panel's findings on that item (第十一条（五）).
enum FindingRules {
    /// Every finding of an imported sheet, checked and put in stored form.
    static func checked(_ s: ScoreSheet, in data: AwardData) throws(DomainError) -> [String: [Finding]] {
        guard let rubric = data.rubrics[s.stage] else { return s.findings }
        var out: [String: [Finding]] = [:]
        for item in s.findings.keys.sorted() {
            try SheetRules.checkItem(item, in: rubric)
            var list: [Finding] = []
            for f in s.findings[item] ?? [] {
                list.append(try checked(f, itemID: item, stage: s.stage, applicationID: s.applicationID, in: data))
            }
            if !list.isEmpty { out[item] = list }
        }
        return out
    }

    static func checked(_ f: Finding, itemID: String, stage: Stage, applicationID: String, in data: AwardData) throws(DomainError) -> Finding {
        var f = f
        f.text = f.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !f.text.isEmpty else {
            throw DomainError(zh: "意见内容不能为空", en: "A finding needs its text")
        }
        guard !f.text.contains(where: \.isNewline), f.text.count <= Finding.maximumLength else {
            throw DomainError(zh: "每条意见为一句话：不换行，不超过 \(Finding.maximumLength) 字（条目 \(itemID)）",
                              en: "A finding is one statement: no line breaks, at most \(Finding.maximumLength) characters (item \(itemID))")
        }
        guard stage == .onsite else {
            guard f.check == nil else {
                throw DomainError(zh: "只有现场评审的意见有核实结论", en: "Only on-site findings are confirmed or not", citation: .art11_5)
            }
            return f
        }
        switch f.check {
        case nil, .new?:
            f.check = .new
        case .confirmed?, .notConfirmed?:
            let carried = PanelFindings.of(applicationID: applicationID, stage: .document, in: data)
            let key = PanelFindings.normalized(f.text)
            guard let match = carried.first(where: { $0.itemID == itemID && PanelFindings.normalized($0.text) == key }) else {
                throw DomainError(zh: "“\(f.text)”不是资料评审组对条目 \(itemID) 的意见；新发现请记为新发现",
                                  en: "“\(f.text)” is not a document-review finding on item \(itemID); record a new finding as new", citation: .art11_5)
            }
            f.kind = match.kind
            f.text = match.text
        }
        return f
    }
}

/// The deliberation's rules (第十一条（三）: 组长负责制).
enum ConsensusRules {
    static func checkAgree(_ d: Deliberation, itemID: String, percent: Int, reason: String, actor: String) throws(DomainError) {
        let citation = Deliberation.citation(d.stage)
        guard let leader = d.leaderID else {
            throw DomainError(zh: "评审组 \(d.panelID) 尚未指定组长，合议由组长负责", en: "Panel \(d.panelID) has no leader yet; the leader is responsible for deliberation",
                              citation: .art11_3)
        }
        guard d.isReady else {
            throw DomainError(zh: "组员 \(d.waitingFor.joined(separator: "、")) 的\(d.stage.name.zh)评分表尚未提交，全部提交后才能合议",
                              en: "Members \(d.waitingFor.joined(separator: ", ")) have not submitted their \(d.stage.name.en) sheets; deliberation waits for every sheet",
                              citation: citation)
        }
        // The leader, or the office for the leader; another member cannot speak for the panel.
        guard actor == leader || !d.members.contains(actor) else {
            throw DomainError(zh: "只有组长 \(leader) 或办公室可以记录合议得分", en: "Only the leader \(leader) or the office records agreed scores",
                              citation: .art11_3)
        }
        guard let item = d.items.first(where: { $0.item.id == itemID }) else {
            throw DomainError(zh: "条目 \(itemID) 不在评分细则“\(d.rubric.id)”中", en: "Item \(itemID) is not in the rubric “\(d.rubric.id)”", citation: .art6)
        }
        try SheetRules.checkPercent(percent, itemID: itemID)
        if let low = item.low, let high = item.high, !(low...high).contains(percent),
           reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw DomainError(zh: "合议得分率 \(percent)% 在组员评分 \(low)%–\(high)% 之外，请写明理由",
                              en: "The agreed \(percent)% lies outside the members' \(low)–\(high)%: give the reason", citation: citation)
        }
    }
}

extension ReviewAction {
    var summary: Phrase {
        switch self {
        case .addFinding(_, let app, let expert, let stage, let item, let f):
            let id = ScoreSheet.makeID(stage: stage, applicationID: app, expertID: expert)
            let check = f.check.flatMap { $0 == .new ? nil : $0.name }
            return Phrase(zh: "\(check.map { "核实（\($0.zh)）" } ?? "填写")\(f.kind.name.zh) \(id) 第 \(item) 项",
                          en: "\(check.map { "Checked (\($0.en))" } ?? "Added") \(f.kind.name.en) on \(id) item \(item)")
        case .removeFinding(let sheet, let item, let index):
            return Phrase(zh: "删除意见 \(sheet) 第 \(item) 项第 \(index + 1) 条", en: "Removed finding \(index + 1) on \(sheet) item \(item)")
        case .agree(let panel, let stage, let app, let item, let percent, _):
            return Phrase(zh: "合议 \(panel) \(stage.name.zh) \(app) 第 \(item) 项 \(percent)%", en: "Agreed \(panel) \(stage.name.en) \(app) item \(item) \(percent)%")
        }
    }
}
