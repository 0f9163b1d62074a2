/// Every change to the data is one of these. It is journaled (as JSON) before it is acknowledged,
/// and applied through `AwardData.applying(_:context:)`, the one function that changes data.
public enum Action: Hashable, Codable, Sendable {
    case registry(RegistryAction)
    case intake(IntakeAction)
    case publicity(PublicityAction)
    case draw(DrawAction)
    case scoring(ScoringAction)
    case award(AwardAction)
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
        case .packages(let a): a.touches
        case .review: .cycle
        }
    }
}

extension AwardData {
    /// Applies one action: a new state out, or a refusal that changes nothing.
    public func applying(_ action: Action, context: ActionContext) throws(DomainError) -> AwardData {
        var next = self
        switch action {
        case .registry(let a): try next.apply(a, context: context)
        case .intake(let a): try next.apply(a, context: context)
        case .publicity(let a): try next.apply(a, context: context)
        case .draw(let a): try next.apply(a, context: context)
        case .scoring(let a): try next.apply(a, context: context)
        case .award(let a): try next.apply(a, context: context)
        case .packages(let a): try next.apply(a, context: context)
        case .review(let a): try next.apply(a, context: context)
        }
        return next
    }
}
