@testable import AwardDomain

/// Data for the recommendation, decision, prize and document tests. Every applicant gets one
/// submitted sheet per stage with the same percentage p on one-item rubrics (D 1000, Q 100,
/// S 1000 points), so its composite is 0.2 × 10p + 0.1 × (p × 1000 / 100) + 0.7 × 10p = 10p:
/// p = 95 → 950.00. Applicant i (1-based) gets p = 100 − 5i, so rank i and composite 1000 − 50i.
enum AwardFixture {
    /// The default real clock: after the approval (06-30) and publication (07-02) the tests record.
    static let at = Timestamp(iso: "2026-07-10T10:00:00.000+08:00")!
    static func at(_ day: String) -> Timestamp { Timestamp(iso: "\(day)T10:00:00.000+08:00")! }
    static func context(_ actor: String = "张主任", today: String = "2026-07-10") -> ActionContext {
        ActionContext(actor: actor, at: at(today), today: Day(today)!)
    }

    static func org(_ id: String, parent: String? = nil, awards: [AwardRecord] = []) -> Organization {
        Organization(id: id, name: "组织\(id)", creditCode: "91320900MA\(id)X", county: .tinghu,
                     established: Day("2010-01-01")!, parentID: parent, awards: awards)
    }

    /// Applications A01…An of organizations O01…On (or `orgs` where given), ranked in that order.
    /// `extra` are organizations that do not apply (parents).
    static func data(count n: Int, orgs: [Int: Organization] = [:], extra: [Organization] = [], year: Int = 2026) -> AwardData {
        var organizations = extra
        var cycle = Cycle(year: year)
        for i in 1...n {
            let o = orgs[i] ?? org(String(format: "O%02d", i))
            organizations.append(o)
            let appID = String(format: "A%02d", i)
            cycle.applications.append(Application(id: appID, orgID: o.id, status: .eligible))
            for (stage, item) in [(Stage.document, "K1"), (.qa, "Q1"), (.onsite, "S1")] {
                cycle.sheets.append(ScoreFixture.sheet("E01", app: appID, stage: stage, item: item, percent: 100 - 5 * i))
            }
        }
        cycle.seatPanels()
        var registry = Registry(organizations: organizations)
        registry.settings.contactLine = "0515-88888888（市市场监管局质量发展处）"
        return AwardData(registry: registry, cycle: cycle, rubrics: ScoreFixture.rubrics)
    }

    static func app(_ i: Int) -> String { String(format: "A%02d", i) }

    /// (rank, tier) of each recommended entry; (rank, citation) of each skipped one.
    static func recommended(_ entries: [RecommendationEntry], _ tier: PrizeTier) -> [Int] {
        entries.filter { $0.outcome.tier == tier }.map(\.rank)
    }

    static func skipped(_ entries: [RecommendationEntry]) -> [Int: Citation] {
        var out: [Int: Citation] = [:]
        for e in entries { if case .skipped(_, let c) = e.outcome { out[e.rank] = c } }
        return out
    }

    static func reason(_ e: RecommendationEntry?) -> Phrase? {
        if case .skipped(let r, _)? = e?.outcome { return r }
        return nil
    }

    /// A public publicity period (第十一条（七）, 7 days counting the start: start + 6), put into the
    /// cycle directly so a test can give its objections any outcome; the full-cycle test goes
    /// through the publicity actions instead.
    static func publicise(_ data: AwardData, ids: [String], start: String = "2026-06-22", objections: [Objection] = []) -> AwardData {
        var d = data
        let s = Day(start)!
        d.cycle.publicity.append(PublicityPeriod(id: "GS\(d.cycle.publicity.count + 1)", kind: .public, applicationIDs: ids,
                                                 start: s, end: s.adding(days: 6)!, objections: objections))
        return d
    }
}

/// Applies a sequence of actions, each with the given context.
func applying(_ data: AwardData, _ actions: [Action], context: ActionContext = AwardFixture.context()) throws(DomainError) -> AwardData {
    var d = data
    for a in actions { d = try d.applying(a, context: context) }
    return d
}
