@testable import AwardDomain

/// A 2026 cycle (application deadline 2026-03-31, 第三条 default) with one applicant that passes
/// every check; each test changes one thing and looks at one check.
enum EligibilityFixture {
    static let deadline = Day("2026-03-31")!
    static let at = Timestamp(iso: "2026-03-20T09:00:00.000+08:00")!
    static let context = ActionContext(actor: "张科员", at: at, today: Day("2026-03-20")!)

    static func day(_ s: String) -> Day { Day(s)! }

    /// Established 2020-01-01 (6 years at the deadline); certificate 2023-01-01–2026-12-31 (held
    /// 3 years); excellence model since 2022-01-01; no records, no awards.
    static func organization(_ id: String = "O1", name: String = "盐城甲公司", parent: String? = nil) -> Organization {
        Organization(id: id, name: name, creditCode: "91320900MA1MX7QK36", county: .tinghu,
                     established: day("2020-01-01"), parentID: parent,
                     certificates: [QMSCertificate(standard: "GB/T 19001-2016", number: "Q-\(id)", issued: day("2023-01-01"), expires: day("2026-12-31"))],
                     excellenceModelSince: day("2022-01-01"))
    }

    /// Declaration signed; internal publicity from Monday 2026-03-02 (5th working day Friday
    /// 03-06; no holiday in March 2026), no objection; submitted 2026-03-10; recommended by the
    /// county bureau on 2026-03-20; E3 and E5 judged met.
    static func application(_ id: String = "A1", org: String = "O1") -> Application {
        let j = Judgement(passed: true, by: "李审查", at: at, note: "")
        return Application(id: id, orgID: org, declarationSigned: true,
                           internalPublicity: InternalPublicity(start: day("2026-03-02"), outcome: .noObjection),
                           recommendation: Recommendation(kind: .countyMarketSupervision, department: "亭湖区市场监督管理局", signed: day("2026-03-20")),
                           submitted: day("2026-03-10"), status: .submitted, judgements: ["E3": j, "E5": j])
    }

    static func data(orgs: [Organization] = [organization()], apps: [Application] = [application()],
                     calendar: WorkdayCalendar = .shipped) -> AwardData {
        var cycle = Cycle(year: 2026)
        cycle.applications = apps
        return AwardData(registry: Registry(organizations: orgs), cycle: cycle, calendar: calendar)
    }

    /// The result of check `code` for application A1 (or `app`).
    static func check(_ code: String, _ data: AwardData, app: String = "A1") -> CheckResult {
        Eligibility.evaluate(applicationID: app, in: data).first { $0.code == code }!
    }

    static func check(_ code: String, org: Organization, app: Application = application()) -> CheckResult {
        check(code, data(orgs: [org], apps: [app]))
    }
}

extension Cycle {
    /// The committee approved these applicants for the award at a meeting on `meeting`, and each
    /// is still a draft (internal publicity is recorded before applying, 第十一条（一）).
    mutating func decided(_ ids: [String], meeting: String) {
        for id in ids {
            decisions.append(CommitteeDecision(applicationID: id, tier: .award, approved: true, meeting: Day(meeting)!))
            if let i = applications.firstIndex(where: { $0.id == id }) { applications[i].status = .draft }
        }
    }
}
