import Foundation

/// Score sheets (第十一条（三）至（五）).
public enum ScoringAction: Hashable, Codable, Sendable {
    /// Sets one item's percentage (nil clears it); creates the sheet when it does not exist yet.
    case setPercent(panelID: String, applicationID: String, expertID: String, stage: Stage, itemID: String, percent: Int?)
    case setComment(sheetID: String, itemID: String, comment: String)
    case submit(sheetID: String)
    /// The office sends a submitted sheet back for changes; the reason is kept.
    case reopen(sheetID: String, reason: String)
    /// All-or-nothing: every sheet is checked before any is stored.
    case importSheets([ScoreSheet])
    /// The office's choice among applicants tied at the shortlist cut (第十一条（三）).
    case decideShortlistTie(include: [String], note: String)
}

extension AwardData {
    mutating func apply(_ action: ScoringAction, context: ActionContext) throws(DomainError) {
        switch action {
        case .setPercent(let panelID, let appID, let expertID, let stage, let itemID, let percent):
            let rubric = try rubric(for: stage)
            try SheetRules.checkScorer(panelID: panelID, applicationID: appID, expertID: expertID, in: cycle)
            try SheetRules.checkItem(itemID, in: rubric)
            if let p = percent { try SheetRules.checkPercent(p, itemID: itemID) }
            let id = ScoreSheet.makeID(stage: stage, applicationID: appID, expertID: expertID)
            var sheet: ScoreSheet
            if let existing = cycle.sheets.first(where: { $0.id == id }) {
                guard existing.panelID == panelID else {
                    throw DomainError(zh: "评分表 \(id) 属于评审组 \(existing.panelID)", en: "Score sheet \(id) belongs to panel \(existing.panelID)")
                }
                try SheetRules.checkEditable(existing)
                sheet = existing
            } else {
                sheet = ScoreSheet(panelID: panelID, applicationID: appID, expertID: expertID, stage: stage, rubricID: rubric.id)
                sheet.history = [SheetEvent(status: .draft, by: context.actor, at: context.at)]
            }
            sheet.percents[itemID] = percent
            storeSheet(sheet)
        case .setComment(let sheetID, let itemID, let comment):
            var sheet = try existingSheet(sheetID)
            try SheetRules.checkEditable(sheet)
            try SheetRules.checkItem(itemID, in: try rubric(for: sheet.stage))
            let text = comment.trimmingCharacters(in: .whitespacesAndNewlines)
            sheet.comments[itemID] = text.isEmpty ? nil : comment
            storeSheet(sheet)
        case .submit(let sheetID):
            var sheet = try existingSheet(sheetID)
            guard sheet.status != .submitted else {
                throw DomainError(zh: "评分表 \(sheetID) 已提交", en: "Score sheet \(sheetID) is already submitted")
            }
            try SheetRules.checkComplete(sheet, rubric: try rubric(for: sheet.stage))
            sheet.status = .submitted
            sheet.history.append(SheetEvent(status: .submitted, by: context.actor, at: context.at))
            storeSheet(sheet)
        case .reopen(let sheetID, let reason):
            var sheet = try existingSheet(sheetID)
            guard sheet.status == .submitted else {
                throw DomainError(zh: "评分表 \(sheetID) 尚未提交，无需退回", en: "Score sheet \(sheetID) is not submitted, so there is nothing to reopen")
            }
            guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw DomainError(zh: "退回评分表须说明理由", en: "Give the reason for reopening the score sheet")
            }
            sheet.status = .reopened
            sheet.history.append(SheetEvent(status: .reopened, by: context.actor, at: context.at, reason: reason))
            storeSheet(sheet)
        case .importSheets(let sheets):
            var copy = self
            var seen: Set<String> = []
            for s in sheets {
                guard seen.insert(s.id).inserted else {
                    throw DomainError(zh: "导入文件中评分表 \(s.id) 出现两次，未导入任何评分表",
                                      en: "Score sheet \(s.id) appears twice in the import; nothing was imported")
                }
                try copy.importSheet(s, context: context)
            }
            self = copy
        case .decideShortlistTie(let include, let note):
            let shortlist = Shortlist.compute(self)
            guard !shortlist.tieAtCut.isEmpty else {
                throw DomainError(zh: "入围名单分数线上没有并列，无需决定", en: "There is no tie at the shortlist cut to decide", citation: .art11_3)
            }
            let outside = include.filter { !shortlist.tieAtCut.contains($0) }
            guard outside.isEmpty else {
                throw DomainError(zh: "\(outside.joined(separator: "、")) 不在分数线并列名单（\(shortlist.tieAtCut.joined(separator: "、"))）中",
                                  en: "\(outside.joined(separator: ", ")) not among those tied at the cut (\(shortlist.tieAtCut.joined(separator: ", ")))",
                                  citation: .art11_3)
            }
            cycle.shortlistDecision = ShortlistDecision(tied: shortlist.tieAtCut, include: include, by: context.actor, at: context.at, note: note)
        }
    }

    /// One imported sheet, checked like typed entry: scorer, items, percentages, lock, completeness.
    /// `by` and `note` name where it came from in the sheet's history (a signed return says whose key).
    mutating func importSheet(_ s: ScoreSheet, context: ActionContext, by: String? = nil,
                              note: String = "导入 / imported") throws(DomainError) {
        func refuse(_ e: DomainError) -> DomainError {
            DomainError(zh: "评分表 \(s.id)：\(e.message.zh)；未导入任何评分表", en: "Score sheet \(s.id): \(e.message.en); nothing was imported", citation: e.citation)
        }
        do throws(DomainError) {
            guard s.id == ScoreSheet.makeID(stage: s.stage, applicationID: s.applicationID, expertID: s.expertID) else {
                throw DomainError(zh: "编号应为 \(ScoreSheet.makeID(stage: s.stage, applicationID: s.applicationID, expertID: s.expertID))",
                                  en: "its id should be \(ScoreSheet.makeID(stage: s.stage, applicationID: s.applicationID, expertID: s.expertID))")
            }
            let rubric = try rubric(for: s.stage)
            try SheetRules.checkScorer(panelID: s.panelID, applicationID: s.applicationID, expertID: s.expertID, in: cycle)
            for (item, p) in s.percents.sorted(by: { $0.key < $1.key }) {
                try SheetRules.checkItem(item, in: rubric)
                try SheetRules.checkPercent(p, itemID: item)
            }
            for item in s.comments.keys.sorted() { try SheetRules.checkItem(item, in: rubric) }
            if let existing = cycle.sheets.first(where: { $0.id == s.id }) { try SheetRules.checkEditable(existing) }
            if s.status == .submitted { try SheetRules.checkComplete(s, rubric: rubric) }
            var sheet = s
            sheet.findings = try FindingRules.checked(s, in: self)
            sheet.rubricID = rubric.id
            sheet.history = (cycle.sheets.first { $0.id == s.id }?.history ?? [])
                + [SheetEvent(status: s.status, by: by ?? context.actor, at: context.at, reason: note)]
            storeSheet(sheet)
        } catch {
            throw refuse(error)
        }
    }

    private func rubric(for stage: Stage) throws(DomainError) -> Rubric {
        guard let r = rubrics[stage] else {
            throw DomainError(zh: "\(stage.name.zh)没有评分细则", en: "There is no rubric for \(stage.name.en)", citation: .art6)
        }
        return r
    }

    private func existingSheet(_ id: String) throws(DomainError) -> ScoreSheet {
        guard let s = cycle.sheets.first(where: { $0.id == id }) else {
            throw DomainError(zh: "评分表 \(id) 不存在", en: "Score sheet \(id) does not exist")
        }
        return s
    }

    private mutating func storeSheet(_ s: ScoreSheet) {
        if let i = cycle.sheets.firstIndex(where: { $0.id == s.id }) { cycle.sheets[i] = s } else { cycle.sheets.append(s) }
    }
}
