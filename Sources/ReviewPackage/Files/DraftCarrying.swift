import AwardDomain
import AwardStore
import Foundation

/// What making a package's folder in the reviewer's directory did beyond making it: the drafts it
/// carried from an older package's folder of the same expert, panel and stage, and what it could
/// not carry (docs/reviewer-packages.md, “When the office issues a newer package”).
public struct DraftCarryReport: Sendable {
    public var fromPackageID: String
    /// The older package's folder, only read: whatever was not carried is still there.
    public var olderFolder: URL
    /// What was found and done; nil when the older folder could not be read (`unreadable` says why).
    public var plan: DraftCarryPlan?
    public var unreadable: Phrase?
}

extension ReviewerDirectory {
    /// The folders of this directory's packages of the same expert, panel and stage as `issue`,
    /// by their number (`P2026-01.D.E003.2` → 2). Only folders that hold a journal count.
    func siblings(of issue: PackageIssue) -> [(seq: Int, id: String)] {
        let prefix = PackageIssue.makeID(panelID: issue.panelID, stage: issue.stage, expertID: issue.expertID, seq: 0).dropLast()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: packages.path)) ?? []
        return names.compactMap { name -> (Int, String)? in
            guard name.hasPrefix(prefix), let seq = Int(name.dropFirst(prefix.count)),
                  FileManager.default.fileExists(atPath: storeURL(name).appendingPathComponent("journal.jsonl").path) else { return nil }
            return (seq, name)
        }.sorted { $0.0 < $1.0 }
    }

    /// The newest package of the same expert, panel and stage already opened here after `issue`:
    /// work typed in `issue`'s folder then no longer reaches the office.
    public func newerPackage(than issue: PackageIssue) -> String? {
        siblings(of: issue).last { $0.seq > issue.seq }?.id
    }

    /// Carries the drafts of the newest older package's folder into the newly made folder of
    /// `content`'s package (`store`), through `AwardData.applying` and journaled there as one
    /// change. The older folder is only read. Nil when there is no older folder or nothing in it
    /// to carry or to report (sheets that reached the office need neither).
    func carryDrafts(into store: Store, content: PackageContent, now: Date) throws(SealError) -> DraftCarryReport? {
        let issue = content.issue
        guard let older = siblings(of: issue).last(where: { $0.seq < issue.seq }) else { return nil }
        let folder = storeURL(older.id)
        let sheets: [ScoreSheet]
        do {
            let old = try Store.open(directory: folder, actor: issue.expertID)
            sheets = old.data.cycle.sheets
            old.close()
        } catch {
            return DraftCarryReport(fromPackageID: older.id, olderFolder: folder, plan: nil, unreadable: error.message)
        }
        let context = ActionContext(actor: issue.expertID, at: Timestamp(now))
        let plan = DraftCarry.plan(older: sheets, fromPackageID: older.id, into: issue, data: store.data, context: context)
        guard !plan.isEmpty else { return nil }
        // Journaled even when nothing could be carried: the record says the drafts were looked at,
        // and the folder is no longer untouched, so they are not reported again at the next open.
        do { try store.commit(.packages(.carryDrafts(plan.carry))) } catch { throw .store(error) }
        return DraftCarryReport(fromPackageID: older.id, olderFolder: folder, plan: plan, unreadable: nil)
    }
}

extension DraftCarryReport {
    /// The whole account, one line per sheet and per value left behind, for the command line.
    public func text(_ lang: Language, intoPackageID: String) -> String {
        var lines: [Phrase] = []
        let keep = Phrase(zh: "仍保留在 \(olderFolder.path) 中，该文件夹未作任何改动", en: "still in \(olderFolder.path), which is left unchanged")
        guard let plan else {
            let why = unreadable ?? Phrase.empty
            lines.append(Phrase(zh: "评审包 \(intoPackageID) 取代了 \(fromPackageID)，但旧评审包的文件夹无法读取（\(why.zh)），未带入任何草稿；草稿\(keep.zh)。",
                                en: "Package \(intoPackageID) replaces \(fromPackageID), but the older package's folder cannot be read (\(why.en)); no drafts were carried, and they are \(keep.en)."))
            return lines.map { $0.text(lang) }.joined(separator: "\n")
        }
        let drafts = plan.carry.drafts
        let count = plan.leftBehind.count + plan.sheetsLeftBehind.reduce(0) { $0 + $1.values }
        // A report is made only when something was carried or something could not be.
        if drafts.isEmpty {
            lines.append(Phrase(zh: "评审包 \(intoPackageID) 取代了 \(fromPackageID)：旧评审包文件夹中的草稿都未能带入。",
                                en: "Package \(intoPackageID) replaces \(fromPackageID): none of the drafts in the older package's folder could be carried."))
        } else {
            lines.append(Phrase(zh: "评审包 \(intoPackageID) 取代了 \(fromPackageID)：已把旧评审包文件夹中未提交的草稿带入，\(plan.carry.counted.zh)。",
                                en: "Package \(intoPackageID) replaces \(fromPackageID): the unsubmitted drafts of the older package's folder were carried in, \(plan.carry.counted.en)."))
            for app in Array(Set(drafts.map(\.applicationID))).sorted() {
                let of = drafts.filter { $0.applicationID == app }
                lines.append(Phrase(zh: "  \(app)：\(Self.kinds(of).zh)", en: "  \(app): \(Self.kinds(of).en)"))
            }
        }
        for app in plan.submitAgain {
            lines.append(Phrase(zh: "\(app) 在旧评审包中已提交，但办公室没有收到（或收到时旧评审包已被取代）：已作为草稿带入，请核对后重新提交并回传。",
                                en: "\(app) was submitted in the older package, but the office did not receive it (or received it after the package was replaced): carried as a draft; check it, submit it again and return it."))
        }
        if !plan.withOffice.isEmpty {
            lines.append(Phrase(zh: "已提交并已在办公室的评分表（\(plan.withOffice.joined(separator: "、"))）无需带入。",
                                en: "Sheets submitted and already with the office (\(plan.withOffice.joined(separator: ", "))) need no carrying."))
        }
        if count > 0 {
            lines.append(Phrase(zh: "未能带入 \(count) 项（\(keep.zh)）：", en: "\(count) value(s) could not be carried (\(keep.en)):"))
            for s in plan.sheetsLeftBehind {
                lines.append(Phrase(zh: "  \(s.applicationID)（\(s.values) 项）：\(s.reason.zh)", en: "  \(s.applicationID) (\(s.values) value(s)): \(s.reason.en)"))
            }
            for l in plan.leftBehind {
                lines.append(Phrase(zh: "  \(l.draft.applicationID) \(l.draft.label.zh)：\(l.reason.zh)", en: "  \(l.draft.applicationID) \(l.draft.label.en): \(l.reason.en)"))
            }
        }
        if !drafts.isEmpty || !plan.submitAgain.isEmpty {
            lines.append(Phrase(zh: "带入的都是草稿：请核对后在此评审包中提交。旧评审包的回传办公室不再接受。",
                                en: "What was carried is a draft: check it and submit it in this package. Returns from the older package are no longer accepted."))
        }
        return lines.map { $0.text(lang) }.joined(separator: "\n")
    }

    /// One line for the status line of the score grid opened on the package.
    public var status: Phrase {
        guard let plan else {
            return Phrase(zh: "旧评审包 \(fromPackageID) 的文件夹无法读取，未带入草稿；详情见终端", en: "The folder of the older package \(fromPackageID) cannot be read; no drafts were carried (details in the terminal)")
        }
        let left = plan.leftBehind.count + plan.sheetsLeftBehind.reduce(0) { $0 + $1.values }
        let carried = plan.carry.drafts.isEmpty
            ? Phrase(zh: "旧评审包 \(fromPackageID) 中的草稿都未能带入", en: "None of the drafts of the older package \(fromPackageID) could be carried")
            : Phrase(zh: "已从旧评审包 \(fromPackageID) 带入草稿：\(plan.carry.counted.zh)，请核对后提交",
                     en: "Drafts carried from the older package \(fromPackageID): \(plan.carry.counted.en); check and submit them")
        guard left > 0 else { return carried }
        return Phrase(zh: "\(carried.zh)。未能带入 \(left) 项，仍在旧文件夹中（清单在退出后的终端里）",
                      en: "\(carried.en). \(left) value(s) could not be carried and stay in the older folder (listed in the terminal after you quit)")
    }

    /// "评分 23 项、评语 1 条、意见 2 条" / "23 score(s), 1 comment(s), 2 finding(s)".
    static func kinds(_ drafts: [CarriedDraft]) -> Phrase {
        var p = 0, c = 0, f = 0
        for d in drafts {
            switch d.value {
            case .percent: p += 1
            case .comment: c += 1
            case .finding: f += 1
            }
        }
        var zh: [String] = [], en: [String] = []
        if p > 0 { zh.append("评分 \(p) 项"); en.append("\(p) score(s)") }
        if c > 0 { zh.append("评语 \(c) 条"); en.append("\(c) comment(s)") }
        if f > 0 { zh.append("意见 \(f) 条"); en.append("\(f) finding(s)") }
        return Phrase(zh: zh.joined(separator: "、"), en: en.joined(separator: ", "))
    }
}
