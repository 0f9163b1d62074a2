/// Who may apply (第十条, 第十一条（一）, 第十四至十六条; RULES.md §2). Every check is one function
/// in an `Eligibility+…` file, with its article next to it. All dates are measured against the
/// cycle's application deadline.
public enum Eligibility {
    /// What a check looks at: the application, its organization, the cycle, the registry and the
    /// calendar, with the group, id and application indexes built once.
    public struct Input: Sendable {
        public var application: Application
        public var organization: Organization
        public var deadline: Day
        public var cycle: Cycle
        public var registry: Registry
        public var calendar: WorkdayCalendar
        public var groups: Groups
        /// Organizations by id over `registry`.
        public var index: RegistryIndex
        /// Positions in `cycle.applications` by organization id, ascending (E7).
        public var applicationsByOrg: [String: [Int]]

        public init(application: Application, organization: Organization, data: AwardData, groups: Groups? = nil, index: RegistryIndex? = nil,
                    applicationsByOrg: [String: [Int]]? = nil) {
            self.application = application
            self.organization = organization
            deadline = data.cycle.settings.applicationDeadline
            cycle = data.cycle
            registry = data.registry
            calendar = data.calendar
            let index = index ?? data.registry.index
            self.index = index
            self.groups = groups ?? Groups(index)
            self.applicationsByOrg = applicationsByOrg ?? Eligibility.applicationsByOrg(data.cycle)
        }
    }

    /// Positions of the cycle's applications by organization id, in the cycle's order.
    public static func applicationsByOrg(_ cycle: Cycle) -> [String: [Int]] {
        var byOrg: [String: [Int]] = [:]
        for i in cycle.applications.indices { byOrg[cycle.applications[i].orgID, default: []].append(i) }
        return byOrg
    }

    /// The checks in order, each with its code and article (the table of RULES.md §2).
    public static let checks: [(code: String, citation: Citation, run: @Sendable (Input) -> CheckResult)] = [
        ("E1", .art10_1, e1Declaration),
        ("E2", .art10_2, e2RegistrationAndAge),
        ("E3", .art10_3, e3PolicyCompliance),
        ("E4", .art10_4, e4QualityManagement),
        ("E5", .art10_5, e5Performance),
        ("E6", .art10_6, e6Records),
        ("E7", .art10_7, e7Group),
        ("E8", .art11_1, e8InternalPublicity),
        ("E9", .art11_1, e9Recommendation),
        ("E10", .art14_15, e10Revocation),
        ("E11", .art16, e11RepeatWinner),
    ]

    /// The eleven results for one application, E1…E11 in order. An application or organization
    /// that cannot be found fails every check with what is missing, so nothing passes by accident.
    public static func evaluate(applicationID: String, in data: AwardData) -> [CheckResult] {
        guard let app = data.cycle.application(applicationID) else {
            return missing(Phrase(zh: "申报 \(applicationID) 不存在", en: "Application \(applicationID) does not exist"))
        }
        return evaluate(app, in: data)
    }

    /// The eleven results for an application as given (e.g. an edit not yet saved). `groups` and
    /// `index`, when given, must be built from `data.registry`, `applicationsByOrg` from `data.cycle`.
    public static func evaluate(_ application: Application, in data: AwardData, groups: Groups? = nil, index: RegistryIndex? = nil,
                                applicationsByOrg: [String: [Int]]? = nil) -> [CheckResult] {
        let index = index ?? data.registry.index
        guard let org = index.organization(application.orgID) else {
            return missing(Phrase(zh: "申报组织 \(application.orgID) 不在组织名录中：请先在名录中登记该组织",
                                  en: "Organization \(application.orgID) is not in the registry: add it to the registry first"))
        }
        let input = Input(application: application, organization: org, data: data, groups: groups, index: index,
                          applicationsByOrg: applicationsByOrg)
        return checks.map { $0.run(input) }
    }

    public static func summary(applicationID: String, in data: AwardData) -> EligibilitySummary {
        EligibilitySummary(applicationID: applicationID, deadline: data.cycle.settings.applicationDeadline,
                           results: evaluate(applicationID: applicationID, in: data))
    }

    /// Every application of the cycle, with the group, id and application indexes built once.
    /// `index`, when given (the app keeps one per data change), must be built from `data.registry`.
    public static func summaries(in data: AwardData, index: RegistryIndex? = nil) -> [EligibilitySummary] {
        let index = index ?? data.registry.index, byOrg = applicationsByOrg(data.cycle)
        let groups = Groups(index)
        return data.cycle.applications.map {
            EligibilitySummary(applicationID: $0.id, deadline: data.cycle.settings.applicationDeadline,
                               results: evaluate($0, in: data, groups: groups, index: index, applicationsByOrg: byOrg))
        }
    }

    private static func missing(_ why: Phrase) -> [CheckResult] {
        checks.map { CheckResult(code: $0.code, citation: $0.citation, outcome: .fail, reason: why) }
    }

    // MARK: Shared wording

    static func deadlineFact(_ d: Day) -> CheckFact { CheckFact(zh: "申报截止日", en: "application deadline", d.description) }
}
