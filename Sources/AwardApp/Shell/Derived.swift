import AwardDomain

/// What the screens show that is computed from the data: eligibility, the deadline board, counts
/// and lookups. Built once per saved change so that a keystroke never recomputes the cycle.
public struct Derived: Sendable {
    public var countsByStatus: [ApplicationStatus: Int]
    /// Organizations and experts by id, for list rows (the registry's own lookups scan). Score
    /// entries do not rebuild `Derived`; they cannot change the registry.
    public var registry: RegistryIndex
    /// Application id → organization, for list rows.
    public var orgOfApplication: [String: Organization]
    /// Application id → its eleven checks (第十条 etc.).
    public var eligibility: [String: EligibilitySummary]
    /// The deadline board, most urgent first.
    public var deadlines: [DeadlineItem]
    /// Years the board needs but the working-day calendar lacks (RULES.md §8), ascending.
    public var missingCalendarYears: [Int]
    /// Every award in the registry's history, newest first.
    public var pastAwards: [(Organization, AwardRecord)]

    public init(data: AwardData, today: Day) {
        var counts: [ApplicationStatus: Int] = [:]
        for a in data.cycle.applications { counts[a.status, default: 0] += 1 }
        countsByStatus = counts
        registry = data.registry.index
        var byApp: [String: Organization] = [:]
        for a in data.cycle.applications { byApp[a.id] = registry.organization(a.orgID) }
        orgOfApplication = byApp
        eligibility = Dictionary(Eligibility.summaries(in: data, index: registry).map { ($0.applicationID, $0) }, uniquingKeysWith: { a, _ in a })
        deadlines = Deadlines.items(for: data, today: today)
        missingCalendarYears = Derived.missingYears(deadlines, calendar: data.calendar, today: today)
        pastAwards = data.registry.organizations
            .flatMap { o in o.awards.map { (o, $0) } }
            .sorted { ($0.1.year, $0.0.id) > ($1.1.year, $1.0.id) }
    }
}

extension Derived {
    /// The years between today and each end that could not be counted for want of calendar data.
    static func missingYears(_ items: [DeadlineItem], calendar: WorkdayCalendar, today: Day) -> [Int] {
        var years: Set<Int> = []
        for i in items where i.calendarProblem != nil {
            let (a, b) = i.end < today ? (i.end, today) : (today, i.end)
            for y in a.year...b.year where !calendar.years.contains(y) { years.insert(y) }
        }
        return years.sorted()
    }
}

extension CheckOutcome {
    /// ✓ pass, ✗ fail, ? waiting for a reviewer's judgement.
    var mark: String {
        switch self {
        case .pass: "✓"
        case .fail: "✗"
        case .judgement: "?"
        }
    }
}
