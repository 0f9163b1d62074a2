extension Conflicts {
    /// Every organization of `orgID`'s group: its topmost parent and all subsidiaries of that parent,
    /// at any depth (第十条（七） calls them one related group). A parent chain that loops back on
    /// itself stops where it repeats instead of hanging. Sorted by id; empty for an unknown id.
    static func groupMembers(of orgID: String, in registry: Registry) -> [Organization] {
        groupMembers(of: orgID, groups: registry.groups, index: registry.index)
    }

    /// The same with the indexes built once by the caller (both from one registry).
    static func groupMembers(of orgID: String, groups: Groups, index: RegistryIndex) -> [Organization] {
        guard index.organization(orgID) != nil else { return [] }
        // `members(ofGroupOf:)` keeps orgID even in a corrupt loop that never reaches a root, so
        // its own employees are still excluded.
        return Set(groups.members(ofGroupOf: orgID)).compactMap { index.organization($0) }
            .sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
    }
}
