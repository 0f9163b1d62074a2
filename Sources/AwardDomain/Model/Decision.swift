/// The tiers the Mayor's award hands out (第三条).
public enum PrizeTier: String, Codable, Sendable, CaseIterable {
    case award, nomination

    public var name: Phrase {
        switch self {
        case .award: Phrase(zh: "盐城市市长质量奖", en: "Mayor's Quality Award")
        case .nomination: Phrase(zh: "盐城市市长质量奖提名奖", en: "Mayor's Quality Award nomination")
        }
    }

    public var awardTier: AwardTier { self == .award ? .mayor : .mayorNomination }
}

/// The committee's decision on one recommended candidate and the steps after it (第十一条（七）（八））.
public struct CommitteeDecision: Hashable, Codable, Sendable {
    public var applicationID: String
    public var tier: PrizeTier
    public var approved: Bool
    public var meeting: Day
    public var note: String
    public init(applicationID: String, tier: PrizeTier, approved: Bool, meeting: Day, note: String = "") {
        self.applicationID = applicationID; self.tier = tier; self.approved = approved; self.meeting = meeting; self.note = note
    }
}
