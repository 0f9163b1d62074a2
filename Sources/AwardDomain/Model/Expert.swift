/// An expert of the pool (专家库).
public struct Expert: Hashable, Codable, Sendable, Identifiable {
    public var id: String                 // e.g. "E001"
    public var name: String
    /// Employer as an organization of the registry, when it is one.
    public var employerOrgID: String?
    /// Employer as written, and its credit code, when it is not in the registry.
    public var employerName: String
    public var employerCreditCode: String?
    public var specialties: [String]
    public var industries: [String]
    public var county: County
    public var title: String              // professional title, e.g. 高级工程师
    public var available: Bool
    public var unavailable: [DayRange]
    /// Organizations the expert declared a conflict of interest with.
    public var conflicts: [String]

    public init(id: String, name: String, employerOrgID: String? = nil, employerName: String = "",
                employerCreditCode: String? = nil, specialties: [String] = [], industries: [String] = [],
                county: County, title: String = "", available: Bool = true, unavailable: [DayRange] = [],
                conflicts: [String] = []) {
        self.id = id; self.name = name; self.employerOrgID = employerOrgID; self.employerName = employerName
        self.employerCreditCode = employerCreditCode; self.specialties = specialties; self.industries = industries
        self.county = county; self.title = title; self.available = available; self.unavailable = unavailable
        self.conflicts = conflicts
    }
}
