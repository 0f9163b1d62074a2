/// The checks of score sheets and the shortlist (S1–S4, O2, O3).
extension Procedure {
    static func panelServesStage(_ action: Action, _ data: AwardData, _ ctx: ActionContext) -> Breach? {
        for t in sheetTargets(action, in: data.cycle) {
            guard let p = data.cycle.panel(t.panelID), !p.serves(t.stage) else { continue }
            return Breach(zh: "评审组 \(p.id) 只负责\(p.stage?.name.zh ?? "")，不评\(t.stage.name.zh)",
                          en: "Panel \(p.id) scores the \(p.stage?.name.en ?? "") only, not the \(t.stage.name.en)",
                          insteadZh: "在负责\(t.stage.name.zh)的评审组下评分", insteadEn: "Score under the panel drawn for the \(t.stage.name.en)")
        }
        return nil
    }

    static func onlyShortlistedScored(_ action: Action, _ data: AwardData, _ ctx: ActionContext) -> Breach? {
        let later = sheetTargets(action, in: data.cycle).filter { $0.stage != .document }
        guard !later.isEmpty else { return nil }
        let sheets = StageSheets(data.cycle)
        let shortlist = Shortlist.compute(data, sheets: sheets)
        if data.cycle.procedure.documentReviewClosed == nil {
            // Every applicant found eligible is reviewed (第十一条（二）（三）); one not yet decided waits.
            let underReview = data.cycle.applications.filter { $0.status == .eligible }.map(\.id)
            let open = sheets.results(applicationIDs: underReview, stage: .document, in: data).filter { !$0.isComplete }.map(\.applicationID)
            if !open.isEmpty {
                return Breach(zh: "资料评审尚未完成（\(open.prefix(5).joined(separator: "、"))\(open.count > 5 ? " 等 \(open.count) 个" : "")），入围名单尚未确定",
                              en: "The document review is not complete (\(open.prefix(5).joined(separator: ", "))\(open.count > 5 ? " and \(open.count - 5) more" : "")); the shortlist is not drawn yet",
                              insteadZh: "先完成全部资料评审评分表；如确需提前，由办公室写明理由结束资料评审（procedure close-document-review）",
                              insteadEn: "Finish every document-review sheet first; or the office closes the review with a reason (procedure close-document-review)")
            }
        }
        if !shortlist.tieAtCut.isEmpty {
            return Breach(zh: "入围分数线上并列（\(shortlist.tieAtCut.joined(separator: "、"))）尚未决定", en: "The tie at the shortlist cut (\(shortlist.tieAtCut.joined(separator: ", "))) is not decided",
                          insteadZh: "先由办公室决定并列者是否入围", insteadEn: "The office decides the tie first")
        }
        for t in later where !shortlist.shortlisted.contains(t.applicationID) {
            return Breach(zh: "申报 \(t.applicationID) 不在 1:1.5 入围名单中，不参加\(t.stage.name.zh)",
                          en: "Application \(t.applicationID) is not on the 1:1.5 shortlist and takes no \(t.stage.name.en)",
                          insteadZh: "只为入围组织填写问询答辩和现场评审评分表", insteadEn: "Enter Q&A and on-site sheets for shortlisted applicants only")
        }
        return nil
    }

    static func sheetStageOpen(_ action: Action, _ data: AwardData, _ ctx: ActionContext) -> Breach? {
        for stage in Set(sheetTargets(action, in: data.cycle).map(\.stage)).sorted(by: { $0.rawValue < $1.rawValue }) {
            if let used = closingUse(of: stage, in: data.cycle) {
                return Breach(zh: "\(stage.name.zh)的结果已于 \(used.shortDescription) 被后续步骤使用，评分表不能再变更",
                              en: "The \(stage.name.en) results were used by a later step at \(used.shortDescription); its sheets can no longer change",
                              insteadZh: "如确需变更，先写明理由重新开启该阶段（procedure reopen-stage）",
                              insteadEn: "If they must change, reopen the stage with a reason first (procedure reopen-stage)")
            }
        }
        return nil
    }

    static func scoringReason(_ action: Action, _ data: AwardData, _ ctx: ActionContext) -> Breach? {
        switch action {
        case .scoring(.decideShortlistTie(_, let note)) where blank(note):
            return Breach(zh: "入围并列的决定没有写明理由", en: "The tie decision gives no reason",
                          insteadZh: "写明理由（如会议纪要）", insteadEn: "Give the reason (e.g. the minutes)")
        case .scoring(.reopen(_, let reason)) where blank(reason):
            return Breach(zh: "退回评分表没有写明理由", en: "Reopening the sheet gives no reason",
                          insteadZh: "写明退回理由", insteadEn: "Give the reason for reopening")
        default: return nil
        }
    }

    static func reopenable(_ action: Action, _ data: AwardData, _ ctx: ActionContext) -> Breach? {
        guard case .procedure(.reopenStage(let stage, let reason)) = action else { return nil }
        if blank(reason) {
            return Breach(zh: "重新开启阶段没有写明理由", en: "Reopening the stage gives no reason", insteadZh: "写明理由", insteadEn: "Give the reason")
        }
        if closingUse(of: stage, in: data.cycle) == nil {
            return Breach(zh: "\(stage.name.zh)的结果尚未被后续步骤使用（或已重新开启），无需重新开启",
                          en: "The \(stage.name.en) results have not been used by a later step (or the stage is already reopened)",
                          insteadZh: "直接变更评审组或评分表", insteadEn: "Change its panels or sheets directly")
        }
        return nil
    }

    static func closableReview(_ action: Action, _ data: AwardData, _ ctx: ActionContext) -> Breach? {
        guard case .procedure(.closeDocumentReview(let reason)) = action else { return nil }
        if blank(reason) {
            return Breach(zh: "结束资料评审没有写明理由", en: "Closing the document review gives no reason", insteadZh: "写明理由", insteadEn: "Give the reason")
        }
        if let c = data.cycle.procedure.documentReviewClosed {
            return Breach(zh: "资料评审已于 \(c.at.shortDescription) 结束", en: "The document review was closed at \(c.at.shortDescription)",
                          insteadZh: "无需再次结束", insteadEn: "Nothing more to do")
        }
        return nil
    }
}
