extension Conflicts {
    /// Every organization of `orgID`'s group: its topmost parent and all subsidiaries of that parent,
    /// at any depth (第十条（七） calls them one related group). A parent chain that loops back on
    /// itself stops where it repeats instead of hanging. Sorted by id; empty for an unknown id.
    /// (Kept here for the draw; the rules module has its own group helper that this may fold into.)
    static func groupMembers(of orgID: String, in registry: Registry) -> [Organization] {
        guard registry.organization(orgID) != nil else { return [] }
        var byID: [String: Organization] = [:]
        var children: [String: [String]] = [:]
        for o in registry.organizations {
            byID[o.id] = o
            if let p = o.parentID { children[p, default: []].append(o.id) }
        }
        // Climb to the top of the chain.
        var root = orgID
        var climbed: Set<String> = [orgID]
        while let p = byID[root]?.parentID, byID[p] != nil, climbed.insert(p).inserted { root = p }
        // Walk down from the top.
        var seen: Set<String> = [root]
        var queue = [root]
        while let id = queue.popLast() {
            for c in children[id] ?? [] where seen.insert(c).inserted { queue.append(c) }
        }
        // A loop that never reaches a root leaves orgID outside the walk only if the data is
        // corrupt; keep it in the group so its own employees are still excluded.
        seen.insert(orgID)
        return seen.compactMap { byID[$0] }.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
    }
}
