/// The per-cycle settings, each with the default the measures give.
public struct CycleSettings: Hashable, Codable, Sendable {
    /// 第三条: application in Q1; default deadline 03-31 of the cycle year.
    public var applicationDeadline: Day
    /// 第三条: review in Q2; default 06-30.
    public var reviewDeadline: Day
    /// 第三条: at most 5 of each tier; upper bounds, never targets.
    public var awardQuota: Int
    public var nominationQuota: Int

    public init(year: Int) {
        applicationDeadline = Day(year: year, month: 3, day: 31)!
        reviewDeadline = Day(year: year, month: 6, day: 30)!
        awardQuota = 5
        nominationQuota = 5
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
    public var publicity: [PublicityPeriod]
    public var milestones: [Milestone]
    public var decisions: [CommitteeDecision]

    public init(year: Int) {
        self.year = year
        settings = CycleSettings(year: year)
        applications = []; panels = []; draws = []; sheets = []; publicity = []; milestones = []; decisions = []
    }

    public func application(_ id: String) -> Application? { applications.first { $0.id == id } }
}
