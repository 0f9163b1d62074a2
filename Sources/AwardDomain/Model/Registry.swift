/// What all cycles share: organizations (with their award history) and the expert pool.
/// Stored in one file; each cycle has a file of its own so opening this year's cycle does not
/// parse twenty years of history.
public struct Registry: Hashable, Codable, Sendable {
    public var organizations: [Organization]
    public var experts: [Expert]
    public var settings: OfficeSettings

    public init(organizations: [Organization] = [], experts: [Expert] = [], settings: OfficeSettings = OfficeSettings()) {
        self.organizations = organizations; self.experts = experts; self.settings = settings
    }

    public func organization(_ id: String) -> Organization? { organizations.first { $0.id == id } }
    public func expert(_ id: String) -> Expert? { experts.first { $0.id == id } }
}

/// The office's own settings, shown on published documents.
public struct OfficeSettings: Hashable, Codable, Sendable {
    public var officeName: String
    public var contactLine: String
    public var currentCycle: Int?
    public init(officeName: String = "盐城市质量发展委员会办公室", contactLine: String = "", currentCycle: Int? = nil) {
        self.officeName = officeName; self.contactLine = contactLine; self.currentCycle = currentCycle
    }
}
