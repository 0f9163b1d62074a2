/// One item's score as the panel agreed it in deliberation (合议, 第十一条（三）: 组长负责制).
public struct AgreedItem: Hashable, Codable, Sendable {
    /// Percent of the item's points, 0…100 in 5 % steps (第六条).
    public var percent: Int
    /// Why, when the percent lies outside the members' range; may be empty otherwise.
    public var reason: String
    /// Who recorded it: the leader, or someone of the office recording for the leader.
    public var by: String
    /// The panel's leader the agreement is recorded under.
    public var leaderID: String
    public var at: Timestamp

    public init(percent: Int, reason: String, by: String, leaderID: String, at: Timestamp) {
        self.percent = percent; self.reason = reason; self.by = by; self.leaderID = leaderID; self.at = at
    }

    /// True when the office, not the leader in person, recorded it.
    public var recordedForLeader: Bool { by != leaderID }
}

/// A panel's deliberation on one applicant at one stage: the agreed percentage per item. The
/// panel's findings are not stored here: they are the members' submitted findings merged
/// (`PanelFindings`), so they cannot fall behind the sheets.
public struct ConsensusRecord: Hashable, Codable, Sendable, Identifiable {
    public var id: String                  // "<stage>/<application>"
    public var panelID: String
    public var applicationID: String
    public var stage: Stage
    /// Item id → the agreed score.
    public var items: [String: AgreedItem]

    public static func makeID(stage: Stage, applicationID: String) -> String { "\(stage.rawValue)/\(applicationID)" }

    public init(panelID: String, applicationID: String, stage: Stage) {
        id = ConsensusRecord.makeID(stage: stage, applicationID: applicationID)
        self.panelID = panelID; self.applicationID = applicationID; self.stage = stage; items = [:]
    }
}

/// Where a stage's score comes from (RULES.md §4, a cycle setting): the mean of the submitted
/// sheets (trimmed under `trimExtremes`), or the panel's agreed (合议) score.
public enum StageScoreRule: String, Codable, Sendable, CaseIterable {
    case sheetMean, agreed

    public var name: Phrase {
        switch self {
        case .sheetMean: Phrase(zh: "评分表均值", en: "mean of the sheets")
        case .agreed: Phrase(zh: "合议得分", en: "agreed score")
        }
    }
}
