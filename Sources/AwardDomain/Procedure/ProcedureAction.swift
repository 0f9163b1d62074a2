import Foundation

/// The office's steps that steer the procedure itself: a deadline extension, reopening a stage,
/// closing the document review early, cancelling a publicity period, ordering a tie at a place cut.
/// Their conditions are in `Procedure.conditions` like every other action's.
public enum ProcedureAction: Hashable, Codable, Sendable {
    /// A later submission day for one applicant, on a numbered document (第三条, 第十一条（一）).
    case extendDeadline(applicationID: String, until: Day, reason: String, documentNumber: String)
    /// Lets the panels of a stage change again after a later step used its results (第十一条（三）).
    case reopenStage(Stage, reason: String)
    /// The shortlist is drawn before every document-review sheet is in (第十一条（三）).
    case closeDocumentReview(reason: String)
    /// Stops a publicity period started by mistake; it may be started again under a new id.
    case cancelPublicity(periodID: String, reason: String)
    /// The office's order among equal composites across the last place of a tier (第十一条（六）).
    case decidePlaceTie(tier: PrizeTier, include: [String], reason: String)
}

extension AwardData {
    /// The conditions have passed (`Procedure.check`); this records the step.
    mutating func apply(_ action: ProcedureAction, context: ActionContext) throws(DomainError) {
        switch action {
        case .extendDeadline(let id, let until, let reason, let number):
            cycle.procedure.extensions.removeAll { $0.applicationID == id }
            cycle.procedure.extensions.append(DeadlineExtension(applicationID: id, until: until, reason: reason, documentNumber: number,
                                                                by: context.actor, at: context.at))
        case .reopenStage(let stage, let reason):
            cycle.procedure.reopenings.append(StageReopening(stage: stage, reason: reason, by: context.actor, at: context.at))
        case .closeDocumentReview(let reason):
            cycle.procedure.documentReviewClosed = OfficeNote(reason: reason, by: context.actor, at: context.at)
        case .cancelPublicity(let periodID, let reason):
            guard let i = cycle.publicity.firstIndex(where: { $0.id == periodID }) else { return }
            cycle.publicity[i].cancelled = PublicityCancellation(reason: reason, by: context.actor, at: context.at)
            // A cancelled internal period is no longer the applicant's internal publicity (E8).
            if cycle.publicity[i].kind == .internal {
                for a in cycle.publicity[i].applicationIDs {
                    if let k = cycle.applications.firstIndex(where: { $0.id == a }) { cycle.applications[k].internalPublicity = nil }
                }
            }
        case .decidePlaceTie(let tier, let include, let reason):
            let tied = PlaceTies.open(self).first { $0.tier == tier }?.tied ?? []
            cycle.procedure.placeTies.removeAll { $0.tier == tier }
            cycle.procedure.placeTies.append(PlaceTieDecision(tier: tier, tied: tied, include: include, reason: reason,
                                                              by: context.actor, at: context.at))
        }
    }
}

extension ProcedureAction {
    var summary: Phrase {
        switch self {
        case .extendDeadline(let id, let until, _, let number):
            Phrase(zh: "延长申报 \(id) 的提交期限至 \(until)（\(number)）", en: "Extended the submission of \(id) to \(until) (\(number))")
        case .reopenStage(let s, _):
            Phrase(zh: "重新开启\(s.name.zh)阶段", en: "Reopened the \(s.name.en) stage")
        case .closeDocumentReview:
            Phrase(zh: "结束资料评审，按现有评分确定入围名单", en: "Closed the document review; the shortlist stands on the sheets in")
        case .cancelPublicity(let p, _):
            Phrase(zh: "撤销公示 \(p)", en: "Cancelled publicity \(p)")
        case .decidePlaceTie(let tier, let include, _):
            Phrase(zh: "决定\(tier.name.zh)名额线上并列：\(include.joined(separator: "、"))",
                   en: "Decided the tie at the \(tier.name.en) cut: \(include.joined(separator: ", "))")
        }
    }
}
