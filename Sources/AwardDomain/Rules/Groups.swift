/// Related organizations (有关联关系的母、子公司, 第十条（七）, 第十一条（六）): a parent with its
/// subsidiaries at any depth forms one group. Built once from the registry; every walk keeps a
/// visited set, so a parent chain that loops back (refused by the registry, but possible in a
/// hand-edited file) ends instead of spinning.
public struct Groups: Sendable {
    /// Parent of each organization, only where the parent is itself in the registry.
    private let parentOf: [String: String]
    /// Direct subsidiaries, in registry order.
    private let childrenOf: [String: [String]]

    public init(_ organizations: [Organization]) {
        var ids = Set<String>(minimumCapacity: organizations.count)
        for i in organizations.indices { ids.insert(organizations[i].id) }
        self.init(organizations, isRegistered: { ids.contains($0) })
    }

    /// The same over `index.registry`, asking the id index whether a parent is registered instead
    /// of hashing every id into a set again.
    public init(_ index: RegistryIndex) {
        self.init(index.registry.organizations, isRegistered: { index.contains(organization: $0) })
    }

    private init(_ organizations: [Organization], isRegistered: (String) -> Bool) {
        // Reads the two fields in place: copying each Organization (with its history) is the cost.
        var parents: [String: String] = [:]
        var children: [String: [String]] = [:]
        for i in organizations.indices {
            let id = organizations[i].id
            guard let p = organizations[i].parentID, p != id, isRegistered(p) else { continue }
            parents[id] = p
            children[p, default: []].append(id)
        }
        parentOf = parents
        childrenOf = children
    }

    /// Parent, grandparent, … nearest first.
    public func ancestors(of id: String) -> [String] {
        var result: [String] = []
        var seen: Set<String> = [id]
        var current = parentOf[id]
        while let c = current, seen.insert(c).inserted {
            result.append(c)
            current = parentOf[c]
        }
        return result
    }

    /// Subsidiaries at any depth, breadth first (children before grandchildren).
    public func descendants(of id: String) -> [String] {
        var result: [String] = []
        var seen: Set<String> = [id]
        var queue = childrenOf[id] ?? []
        var next = 0
        while next < queue.count {
            let c = queue[next]
            next += 1
            guard seen.insert(c).inserted else { continue }
            result.append(c)
            queue.append(contentsOf: childrenOf[c] ?? [])
        }
        return result
    }

    /// The top of the organization's parent chain (itself when it has no parent).
    public func root(of id: String) -> String {
        ancestors(of: id).last ?? id
    }

    /// Every organization of the group the organization belongs to, the root first, itself included.
    public func members(ofGroupOf id: String) -> [String] {
        let r = root(of: id)
        var all = [r] + descendants(of: r)
        // In a looped chain the "root" is wherever the walk stopped; make sure `id` is listed.
        if !all.contains(id) { all.append(id) }
        return all
    }

    public func areRelated(_ a: String, _ b: String) -> Bool {
        a == b || root(of: a) == root(of: b)
    }
}

extension Registry {
    /// The group index over all organizations; build it once per evaluation, not per lookup.
    public var groups: Groups { Groups(organizations) }
}
