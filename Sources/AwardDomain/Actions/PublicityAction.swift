/// Publicity periods, objections and milestones (第十一条（一）（七）, 第三条).
public enum PublicityAction: Hashable, Codable, Sendable {
    case start(id: String, kind: PublicityKind, applicationIDs: [String], start: Day)
    case recordObjection(periodID: String, objection: Objection)
    case resolveObjection(periodID: String, objectionID: String, outcome: ObjectionOutcome, handling: String)
    case close(periodID: String)
    case setMilestone(Milestone)

    var touches: Touches { .cycle }
}

extension AwardData {
    mutating func apply(_ action: PublicityAction, context: ActionContext) throws(DomainError) {
        throw DomainError(zh: "公示功能尚未实现", en: "Publicity is not implemented yet")
    }
}
