@testable import AwardDomain

/// Shared data for the draw and scoring tests: a small registry with one three-level group.
///   O1 (parent) ← O2 ← O3 (applicant of A1);  O4 independent (applicant of A2 and A3).
enum DrawFixture {
    static let at = Timestamp(iso: "2026-05-06T09:30:00.000+08:00")!
    static func context(_ actor: String = "王科长", at: Timestamp = at) -> ActionContext { ActionContext(actor: actor, at: at) }
    static let reviewDates = DayRange(from: Day("2026-05-10")!, to: Day("2026-05-12")!)

    static func org(_ id: String, parent: String? = nil, code: String? = nil) -> Organization {
        Organization(id: id, name: "组织\(id)", creditCode: code ?? "CODE-\(id)", county: .tinghu,
                     established: Day("2010-01-01")!, parentID: parent)
    }

    static func expert(_ id: String, employer: String? = nil, code: String? = nil, available: Bool = true,
                       unavailable: [DayRange] = [], conflicts: [String] = []) -> Expert {
        Expert(id: id, name: "专家\(id)", employerOrgID: employer, employerCreditCode: code, county: .tinghu,
               available: available, unavailable: unavailable, conflicts: conflicts)
    }

    static func application(_ id: String, org: String, status: ApplicationStatus = .eligible) -> Application {
        Application(id: id, orgID: org, status: status)
    }

    /// `n` plain experts E01…, then `extra`.
    static func data(experts n: Int = 10, extra: [Expert] = [], rubrics: [Stage: Rubric]? = nil) -> AwardData {
        let orgs = [org("O1"), org("O2", parent: "O1"), org("O3", parent: "O2"), org("O4")]
        let experts = (0..<n).map { expert(String(format: "E%02d", $0 + 1)) } + extra
        var cycle = Cycle(year: 2026)
        cycle.applications = [application("A1", org: "O3"), application("A2", org: "O4"), application("A3", org: "O4")]
        return AwardData(registry: Registry(organizations: orgs, experts: experts), cycle: cycle, rubrics: rubrics)
    }

    static func panel(_ id: String = "P1", apps: [String] = ["A1"], size: Int = 5, alternates: Int = 2) -> Panel {
        Panel(id: id, name: "第一评审组", applicationIDs: apps, dates: reviewDates, size: size, alternates: alternates)
    }

    /// The seed 0x00, 0x01, …, 0x1f (the worked vector of docs/draw-algorithm.md).
    static let countingSeed = DrawSeed(bytes: (0..<32).map { UInt8($0) })!

    /// Creates the panel (when new), commits and reveals with `seed`.
    static func drawn(_ data: AwardData, panel p: Panel = panel(), drawID: String = "D1",
                      seed: DrawSeed = countingSeed) throws(DomainError) -> AwardData {
        var d = data
        if d.cycle.panel(p.id) == nil { d = try d.applying(.draw(.createPanel(p)), context: context()) }
        d = try d.applying(.draw(.commit(drawID: drawID, panelID: p.id, supervisor: "纪检组李某", commitment: seed.commitment)), context: context())
        return try d.applying(.draw(.reveal(drawID: drawID, seed: seed.hex)), context: context())
    }
}

/// A fixed pseudo-random generator (SplitMix64) so property tests replay exactly.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Runs a step that may be refused, so a test can look at the refusal.
func refusal(_ body: () throws(DomainError) -> AwardData) -> DomainError? {
    do throws(DomainError) { _ = try body(); return nil } catch { return error }
}
