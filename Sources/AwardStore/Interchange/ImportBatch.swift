import AwardDomain

/// A fully checked import, ready to become domain actions. Organizations, experts and sheets are
/// given as they will be stored (already merged with the stored ones of the same id).
public enum ImportBatch: Hashable, Sendable {
    case organizations([Organization])
    /// Organizations with the file's adverse records merged in.
    case records([Organization])
    /// Organizations with the file's awards merged in.
    case awards([Organization])
    case experts([Expert])
    case applications(new: [Application], updated: [Application])
    case sheets([ScoreSheet])

    /// How many things the import adds or changes (organizations, experts, applications or sheets).
    public var count: Int {
        switch self {
        case .organizations(let o), .records(let o), .awards(let o): o.count
        case .experts(let e): e.count
        case .applications(let n, let u): n.count + u.count
        case .sheets(let s): s.count
        }
    }

    /// The domain actions that store the batch. Registry imports are ONE all-or-nothing action;
    /// applications likewise, so a refused row leaves nothing half-imported.
    public func actions() -> [Action] {
        switch self {
        case .organizations(let o), .records(let o), .awards(let o): [.registry(.importOrganizations(o))]
        case .experts(let e): [.registry(.importExperts(e))]
        case .applications(let new, let updated): [.intake(.importApplications(new: new, updated: updated))]
        case .sheets(let s): [.scoring(.importSheets(s))]
        }
    }
}
