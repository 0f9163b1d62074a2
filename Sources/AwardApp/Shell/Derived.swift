import AwardDomain

/// What the screens show that is computed from the data: counts, the rows of lists. Built once
/// per change so that a keystroke never recomputes the whole cycle.
public struct Derived: Sendable {
    public var countsByStatus: [ApplicationStatus: Int]
    /// Application id → organization, for list rows.
    public var orgOfApplication: [String: Organization]

    public init(data: AwardData, today: Day) {
        var counts: [ApplicationStatus: Int] = [:]
        for a in data.cycle.applications { counts[a.status, default: 0] += 1 }
        countsByStatus = counts
        let orgs = Dictionary(data.registry.organizations.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var byApp: [String: Organization] = [:]
        for a in data.cycle.applications { byApp[a.id] = orgs[a.orgID] }
        orgOfApplication = byApp
    }
}
