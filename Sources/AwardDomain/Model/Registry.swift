/// What all cycles share: organizations (with their award history) and the expert pool.
/// Stored in one file; each cycle has a file of its own so opening this year's cycle does not
/// parse twenty years of history.
public struct Registry: Hashable, Codable, Sendable {
    public var organizations: [Organization]
    public var experts: [Expert]
    public var settings: OfficeSettings
    /// The office's public keys, which sign review packages and receive returns (第二十条).
    public var officeKey: PublicKeys?
    /// Experts' public keys for review packages, replaced ones kept with when they were replaced.
    public var reviewerKeys: [ReviewerKey]

    public init(organizations: [Organization] = [], experts: [Expert] = [], settings: OfficeSettings = OfficeSettings(),
                officeKey: PublicKeys? = nil, reviewerKeys: [ReviewerKey] = []) {
        self.organizations = organizations; self.experts = experts; self.settings = settings
        self.officeKey = officeKey; self.reviewerKeys = reviewerKeys
    }

    public func organization(_ id: String) -> Organization? { organizations.first { $0.id == id } }
    public func expert(_ id: String) -> Expert? { experts.first { $0.id == id } }
}

extension Registry {
    // Files written before review packages existed decode without keys.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        organizations = try c.decode([Organization].self, forKey: .organizations)
        experts = try c.decode([Expert].self, forKey: .experts)
        settings = try c.decode(OfficeSettings.self, forKey: .settings)
        officeKey = try c.decodeIfPresent(PublicKeys.self, forKey: .officeKey)
        reviewerKeys = try c.decodeIfPresent([ReviewerKey].self, forKey: .reviewerKeys) ?? []
    }
}

/// The office's own settings, shown on published documents (the publicity notice's contact and how
/// to object, 第十一条（七）; the issuer of the results, 第十一条（八）).
public struct OfficeSettings: Hashable, Codable, Sendable {
    public var officeName: String
    /// Free text kept from files written before the separate contact fields existed.
    public var contactLine: String
    public var address: String
    public var telephone: String
    public var email: String
    public var contactPerson: String
    /// Who issues the results announcement.
    public var resultsIssuer: ResultsIssuer
    public var currentCycle: Int?
    public init(officeName: String = "盐城市质量发展委员会办公室", contactLine: String = "", address: String = "",
                telephone: String = "", email: String = "", contactPerson: String = "",
                resultsIssuer: ResultsIssuer = .office, currentCycle: Int? = nil) {
        self.officeName = officeName; self.contactLine = contactLine; self.address = address
        self.telephone = telephone; self.email = email; self.contactPerson = contactPerson
        self.resultsIssuer = resultsIssuer; self.currentCycle = currentCycle
    }
}

/// Who issues the results announcement: the city government (which approves the list, 第十一条（八）)
/// or the office in its name.
public enum ResultsIssuer: String, Hashable, Codable, Sendable, CaseIterable {
    case cityGovernment
    case office
}

extension OfficeSettings {
    // Files written before the separate contact fields existed decode with them empty.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        officeName = try c.decode(String.self, forKey: .officeName)
        contactLine = try c.decodeIfPresent(String.self, forKey: .contactLine) ?? ""
        address = try c.decodeIfPresent(String.self, forKey: .address) ?? ""
        telephone = try c.decodeIfPresent(String.self, forKey: .telephone) ?? ""
        email = try c.decodeIfPresent(String.self, forKey: .email) ?? ""
        contactPerson = try c.decodeIfPresent(String.self, forKey: .contactPerson) ?? ""
        resultsIssuer = try c.decodeIfPresent(ResultsIssuer.self, forKey: .resultsIssuer) ?? .office
        currentCycle = try c.decodeIfPresent(Int.self, forKey: .currentCycle)
    }
}
