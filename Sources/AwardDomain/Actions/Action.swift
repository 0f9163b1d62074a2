/// Every change to the data is one of these. It is journaled (as JSON) before it is acknowledged,
/// and applied through `AwardData.applying(_:context:)`, the one function that changes data.
public enum Action: Hashable, Codable, Sendable {
    case registry(RegistryAction)
    case intake(IntakeAction)
    case publicity(PublicityAction)
    case draw(DrawAction)
    case scoring(ScoringAction)
    case award(AwardAction)
    case procedure(ProcedureAction)
    case packages(PackageAction)
    case review(ReviewAction)

    public var touches: Touches {
        switch self {
        case .registry(let a): a.touches
        case .intake: .cycle
        case .publicity(let a): a.touches
        case .draw: .cycle
        case .scoring: .cycle
        case .award(let a): a.touches
        case .procedure: .cycle
        case .packages(let a): a.touches
        case .review: .cycle
        }
    }
}

extension AwardData {
    /// Applies one action: a new state out, or a refusal that changes nothing. The procedure's
    /// conditions (`Procedure.conditions`, each with its article) are checked first, so the UI,
    /// the command line and imports get one answer.
    public func applying(_ action: Action, context: ActionContext) throws(DomainError) -> AwardData {
        try Procedure.check(action, in: self, context: context)
        var next = self
        switch action {
        case .registry(let a): try next.apply(a, context: context)
        case .intake(let a): try next.apply(a, context: context)
        case .publicity(let a): try next.apply(a, context: context)
        case .draw(let a): try next.apply(a, context: context)
        case .scoring(let a): try next.apply(a, context: context)
        case .award(let a): try next.apply(a, context: context)
        case .procedure(let a): try next.apply(a, context: context)
        case .packages(let a): try next.apply(a, context: context)
        case .review(let a): try next.apply(a, context: context)
        }
        return next
    }
}
