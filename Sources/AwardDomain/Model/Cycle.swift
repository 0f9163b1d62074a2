/// The per-cycle settings, each with the default the measures give.
public struct CycleSettings: Hashable, Codable, Sendable {
    /// 第三条: application in Q1; default deadline 03-31 of the cycle year.
    public var applicationDeadline: Day
    /// 第三条: review in Q2; default 06-30.
    public var reviewDeadline: Day
    /// 第三条: at most 5 of each tier; upper bounds, never targets.
    public var awardQuota: Int
    public var nominationQuota: Int
    /// How stage scores are combined (RULES.md §4).
    public var scoring: ScoringPolicy

    public init(year: Int) {
        applicationDeadline = Day(year: year, month: 3, day: 31)!
        reviewDeadline = Day(year: year, month: 6, day: 30)!
        awardQuota = 5
        nominationQuota = 5
        scoring = ScoringPolicy()
    }
}

extension CycleSettings {
    // Files written before `scoring` existed decode with the default policy.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        applicationDeadline = try c.decode(Day.self, forKey: .applicationDeadline)
        reviewDeadline = try c.decode(Day.self, forKey: .reviewDeadline)
        awardQuota = try c.decode(Int.self, forKey: .awardQuota)
        nominationQuota = try c.decode(Int.self, forKey: .nominationQuota)
        scoring = try c.decodeIfPresent(ScoringPolicy.self, forKey: .scoring) ?? ScoringPolicy()
    }
}

/// One award year (评审年度): its applications and everything the review produces.
public struct Cycle: Hashable, Codable, Sendable {
    public var year: Int
    public var settings: CycleSettings
    public var applications: [Application]
    public var panels: [Panel]
    public var draws: [DrawRecord]
    public var sheets: [ScoreSheet]
    /// The panels' deliberations (合议): agreed item scores per stage and applicant.
    public var consensus: [ConsensusRecord]
    public var publicity: [PublicityPeriod]
    public var milestones: [Milestone]
    public var decisions: [CommitteeDecision]
    /// The office's decision on a tie at the shortlist cut (第十一条（三）).
    public var shortlistDecision: ShortlistDecision?
    /// How many places of each tier the office fills (第三条); by default up to the quotas.
    public var recommendationPolicy: RecommendationPolicy
    /// The city government's approval of the list (第十一条（八）) and its publication.
    public var approval: GovernmentApproval?
    public var publication: Publication?
    /// Extensions, reopened stages and the office's procedural decisions (`Procedure`).
    public var procedure: ProcedureRecords
    /// Review packages issued to experts and the signed returns accepted (第二十条).
    public var packages: [PackageIssue]
    public var packageReturns: [ReturnReceipt]
    /// Sheets and agreed scores of draws voided or members replaced, kept and never counted
    /// (第十一条（三）); nil while there are none, so such a cycle's file is as it was before.
    public var setAside: SetAsideRecords?

    public init(year: Int) {
        self.year = year
        settings = CycleSettings(year: year)
        applications = []; panels = []; draws = []; sheets = []; consensus = []; publicity = []; milestones = []; decisions = []
        shortlistDecision = nil
        recommendationPolicy = RecommendationPolicy()
        approval = nil
        publication = nil
        procedure = ProcedureRecords()
        packages = []; packageReturns = []
        setAside = nil
    }

    public func application(_ id: String) -> Application? { applications.first { $0.id == id } }

    public func consensusRecord(stage: Stage, applicationID: String) -> ConsensusRecord? {
        let id = ConsensusRecord.makeID(stage: stage, applicationID: applicationID)
        return consensus.first { $0.id == id }
    }
}

extension Cycle {
    // Files written before `consensus`, `shortlistDecision`, the recommendation policy, approval,
    // publication, review packages or set-aside sheets existed decode without them.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        year = try c.decode(Int.self, forKey: .year)
        settings = try c.decode(CycleSettings.self, forKey: .settings)
        applications = try c.decode([Application].self, forKey: .applications)
        panels = try c.decode([Panel].self, forKey: .panels)
        draws = try c.decode([DrawRecord].self, forKey: .draws)
        sheets = try c.decode([ScoreSheet].self, forKey: .sheets)
        consensus = try c.decodeIfPresent([ConsensusRecord].self, forKey: .consensus) ?? []
        publicity = try c.decode([PublicityPeriod].self, forKey: .publicity)
        milestones = try c.decode([Milestone].self, forKey: .milestones)
        decisions = try c.decode([CommitteeDecision].self, forKey: .decisions)
        shortlistDecision = try c.decodeIfPresent(ShortlistDecision.self, forKey: .shortlistDecision)
        recommendationPolicy = try c.decodeIfPresent(RecommendationPolicy.self, forKey: .recommendationPolicy) ?? RecommendationPolicy()
        approval = try c.decodeIfPresent(GovernmentApproval.self, forKey: .approval)
        publication = try c.decodeIfPresent(Publication.self, forKey: .publication)
        procedure = try c.decodeIfPresent(ProcedureRecords.self, forKey: .procedure) ?? ProcedureRecords()
        packages = try c.decodeIfPresent([PackageIssue].self, forKey: .packages) ?? []
        packageReturns = try c.decodeIfPresent([ReturnReceipt].self, forKey: .packageReturns) ?? []
        setAside = try c.decodeIfPresent(SetAsideRecords.self, forKey: .setAside)
        // A file without the record may be older than it: its sheets of voided draws or replaced
        // members are read as set aside, as the void or replacement does now (no file is rewritten).
        if setAside == nil { setAsideWhatNoLongerStands() }
    }
}
