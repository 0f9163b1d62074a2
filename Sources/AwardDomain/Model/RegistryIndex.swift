/// Organizations and experts by id, for code that looks many of them up: `Registry.organization(_:)`
/// and `expert(_:)` scan the lists, which is fine once and too slow per row or per application.
/// Build it once per evaluation or per data change. It keeps the registry it was built from, so
/// its answers are always those of that registry (the first of a duplicated id, like the scans).
public struct RegistryIndex: Sendable {
    public let registry: Registry
    private let organizationAt: [String: Int]
    private let expertAt: [String: Int]

    public init(_ registry: Registry) {
        self.registry = registry
        organizationAt = Dictionary(registry.organizations.indices.map { (registry.organizations[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
        expertAt = Dictionary(registry.experts.indices.map { (registry.experts[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func organization(_ id: String) -> Organization? { organizationAt[id].map { registry.organizations[$0] } }
    public func contains(organization id: String) -> Bool { organizationAt[id] != nil }
    public func expert(_ id: String) -> Expert? { expertAt[id].map { registry.experts[$0] } }
}

extension Registry {
    /// The id index over this registry; build it once, not per lookup.
    public var index: RegistryIndex { RegistryIndex(self) }
}
