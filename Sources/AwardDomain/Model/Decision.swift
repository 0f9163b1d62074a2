import Foundation

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
    /// Who recorded the decision and when; empty/nil in files written before they were kept.
    public var by: String
    public var at: Timestamp?

    public init(applicationID: String, tier: PrizeTier, approved: Bool, meeting: Day, note: String = "",
                by: String = "", at: Timestamp? = nil) {
        self.applicationID = applicationID; self.tier = tier; self.approved = approved; self.meeting = meeting; self.note = note
        self.by = by; self.at = at
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        applicationID = try c.decode(String.self, forKey: .applicationID)
        tier = try c.decode(PrizeTier.self, forKey: .tier)
        approved = try c.decode(Bool.self, forKey: .approved)
        meeting = try c.decode(Day.self, forKey: .meeting)
        note = try c.decodeIfPresent(String.self, forKey: .note) ?? ""
        by = try c.decodeIfPresent(String.self, forKey: .by) ?? ""
        at = try c.decodeIfPresent(Timestamp.self, forKey: .at)
    }
}

/// The office's decision on how many places of each tier it actually fills (第三条: "可少额或空缺").
/// Nil places mean "up to the quota"; a number is never above the quota.
public struct RecommendationPolicy: Hashable, Codable, Sendable {
    public var awardPlaces: Int?
    public var nominationPlaces: Int?
    public var note: String
    public var by: String
    public var at: Timestamp?

    public init(awardPlaces: Int? = nil, nominationPlaces: Int? = nil, note: String = "", by: String = "", at: Timestamp? = nil) {
        self.awardPlaces = awardPlaces; self.nominationPlaces = nominationPlaces; self.note = note; self.by = by; self.at = at
    }

    /// Places the office fills in `tier`: its decision, capped at the cycle's quota.
    public func places(_ tier: PrizeTier, settings: CycleSettings) -> Int {
        let quota = tier == .award ? settings.awardQuota : settings.nominationQuota
        let chosen = tier == .award ? awardPlaces : nominationPlaces
        return max(0, min(chosen ?? quota, quota))
    }

    /// 第三条: the places of a tier are 0 to its quota. The reducer refuses with it; the places
    /// forms (the awards screen's and the settings screen's) show it as typed.
    public static func placesProblem(_ n: Int, tier: PrizeTier, settings: CycleSettings) -> DomainError? {
        let quota = tier == .award ? settings.awardQuota : settings.nominationQuota
        guard !(0...quota).contains(n) else { return nil }
        return DomainError(zh: "\(tier.name.zh)评定数量应在 0 至 \(quota) 之间", en: "The number of \(tier.name.en) places must be 0 to \(quota)", citation: .art3)
    }

    /// 第三条: places left empty (fewer than a quota) need the reason recorded.
    public static func reasonProblem(award: Int?, nomination: Int?, note: String, settings: CycleSettings) -> DomainError? {
        let fewer = (award.map { $0 < settings.awardQuota } ?? false) || (nomination.map { $0 < settings.nominationQuota } ?? false)
        guard fewer, note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return DomainError(zh: "少评或空缺须记录理由（如会议纪要）", en: "Leaving places empty needs a reason (e.g. the meeting minutes)", citation: .art3)
    }
}

/// The city government's approval of the candidate list after publicity (第十一条（八）).
public struct GovernmentApproval: Hashable, Codable, Sendable {
    public var documentNumber: String
    public var date: Day
    /// The candidates approved, in list order.
    public var applicationIDs: [String]
    public var by: String
    public var at: Timestamp
    public init(documentNumber: String, date: Day, applicationIDs: [String], by: String, at: Timestamp) {
        self.documentNumber = documentNumber; self.date = date; self.applicationIDs = applicationIDs; self.by = by; self.at = at
    }
}

/// The public announcement of the approved list (第十一条（八）).
public struct Publication: Hashable, Codable, Sendable {
    public var date: Day
    public var by: String
    public var at: Timestamp
    public init(date: Day, by: String, at: Timestamp) { self.date = date; self.by = by; self.at = at }
}

/// Why an award is revoked (第十四条: fraud; 第十五条: an accident with major social impact).
public enum RevocationReason: String, Codable, Sendable, CaseIterable {
    case fraud, majorAccident

    public var name: Phrase {
        switch self {
        case .fraud: Phrase(zh: "弄虚作假、以不正当手段骗取质量奖", en: "fraud: the award was obtained by false or improper means")
        case .majorAccident: Phrase(zh: "获奖后发生质量、安全、环保等事故导致重大不良社会影响",
                                    en: "a quality, safety or environmental accident with major social impact after the award")
        }
    }

    public var citation: Citation { self == .fraud ? .art14 : .art15 }
}

/// A revocation with the city government's approval: plaque and money are to be reclaimed and a
/// public notice issued; the organization may not apply for 5 years (第十四条、第十五条).
public struct Revocation: Hashable, Codable, Sendable {
    public var reason: RevocationReason
    public var date: Day
    public var approvalDocument: String
    public var reclaimPlaque: Bool
    /// True when prize money was paid and so must be reclaimed.
    public var reclaimPrize: Bool
    public var by: String
    public var at: Timestamp
    public init(reason: RevocationReason, date: Day, approvalDocument: String, reclaimPlaque: Bool, reclaimPrize: Bool,
                by: String, at: Timestamp) {
        self.reason = reason; self.date = date; self.approvalDocument = approvalDocument
        self.reclaimPlaque = reclaimPlaque; self.reclaimPrize = reclaimPrize; self.by = by; self.at = at
    }
}
