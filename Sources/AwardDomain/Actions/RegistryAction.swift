/// Changes to the shared registry: organizations, their records and award history, experts.
public enum RegistryAction: Hashable, Codable, Sendable {
    case upsertOrganization(Organization)
    case upsertExpert(Expert)
    /// An all-or-nothing import: every row was validated before the action was made.
    case importOrganizations([Organization])
    case importExperts([Expert])
    case updateSettings(OfficeSettings)
    case importCalendarYear(year: Int, holidays: [Day], adjustedWorkdays: [Day])
    /// The next award year in the same data directory (第三条: the award is given every year). The
    /// registry — organizations, groups, experts, award history and revocations — is shared, so
    /// next year's E7, E10 and E11 read what earlier years recorded; `settings` are the new
    /// cycle's, carried from the cycle it follows (`CycleSettings.carried(from:to:)`).
    case createCycle(year: Int, settings: CycleSettings)

    var touches: Touches {
        switch self {
        case .importCalendarYear: .calendar
        case .createCycle: [.registry, .cycle]
        default: .registry
        }
    }
}

extension AwardData {
    mutating func apply(_ action: RegistryAction, context: ActionContext) throws(DomainError) {
        switch action {
        case .upsertOrganization(let org):
            try validate(org)
            registry.organizations.upsert(org)
        case .upsertExpert(let e):
            registry.experts.upsert(e)
        case .importOrganizations(let orgs):
            // Looked up through indexes built once: a lookup per row in the whole list made a
            // province's file (200,000 rows) take minutes.
            var all = registry.organizations
            var at = Dictionary(all.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            for o in orgs {
                if let i = at[o.id] { all[i] = o } else { at[o.id] = all.count; all.append(o) }
            }
            var holders: [String: [Int]] = [:]
            for (i, o) in all.enumerated() { holders[o.creditCode, default: []].append(i) }
            for o in orgs {
                try Self.validate(o, code: holders[o.creditCode].flatMap { $0.lazy.map { all[$0] }.first { $0.id != o.id } },
                                  parent: { id in at[id].map { all[$0] } })
            }
            registry.organizations = all
        case .importExperts(let es):
            for e in es { registry.experts.upsert(e) }
        case .updateSettings(let s):
            registry.settings = s
        case .importCalendarYear(let year, let holidays, let workdays):
            calendar.setYear(year, holidays: holidays, adjustedWorkdays: workdays)
        case .createCycle(let year, let settings):
            try createCycle(year: year, settings: settings)
        }
    }

    /// The registry's own consistency: a valid credit code, unique among organizations, and a
    /// parent that exists and is not the organization itself or one of its subsidiaries.
    func validate(_ org: Organization) throws(DomainError) {
        try Self.validate(org, code: registry.organizations.first(where: { $0.creditCode == org.creditCode && $0.id != org.id }),
                          parent: { registry.organization($0) })
    }

    /// `validate` with the lookups given: `other`, another organization holding the same code;
    /// `organization`, an organization by id.
    static func validate(_ org: Organization, code other: Organization?, parent organization: (String) -> Organization?) throws(DomainError) {
        if let problem = CreditCode.problem(org.creditCode) {
            throw DomainError(problem)
        }
        if let other {
            throw DomainError(zh: "统一社会信用代码 \(org.creditCode) 已属于“\(other.name)”", en: "Credit code \(org.creditCode) already belongs to “\(other.name)”")
        }
        if let p = org.parentID {
            guard organization(p) != nil else {
                throw DomainError(zh: "母公司 \(p) 不在组织名录中", en: "Parent organization \(p) is not in the registry")
            }
            var seen: Set<String> = [org.id]
            var cur: String? = p
            while let c = cur {
                guard seen.insert(c).inserted else {
                    throw DomainError(zh: "母子公司关系成环：\(org.name) 不能是自己的上级", en: "Parent chain loops back: \(org.name) cannot be its own parent")
                }
                cur = organization(c)?.parentID
            }
        }
    }
}

extension Array where Element: Identifiable {
    /// Replaces the element with the same id, or appends it.
    mutating func upsert(_ e: Element) {
        if let i = firstIndex(where: { $0.id == e.id }) { self[i] = e } else { append(e) }
    }
}
