/// How a stage's sheets are combined into the panel's score (RULES.md §4), per cycle.
public struct ScoringPolicy: Hashable, Codable, Sendable {
    /// Drop one highest and one lowest sheet when a stage has 5 or more submitted sheets.
    public var trimExtremes: Bool
    /// A sheet whose total is further than this share of the stage maximum from the panel's
    /// median is flagged as an outlier (15 % of 1000 = 150 points).
    public var outlierThresholdPercent: Int
    /// Places the shortlist is sized for; nil = award quota + nomination quota (第十一条（三）).
    public var shortlistPlaces: Int?

    public init(trimExtremes: Bool = false, outlierThresholdPercent: Int = 15, shortlistPlaces: Int? = nil) {
        self.trimExtremes = trimExtremes
        self.outlierThresholdPercent = outlierThresholdPercent
        self.shortlistPlaces = shortlistPlaces
    }
}

/// The office's decision on applicants tied at the shortlist cut (第十一条（三）, RULES.md §4).
public struct ShortlistDecision: Hashable, Codable, Sendable {
    /// The tied applicants the decision was about; a decision whose tie no longer matches the
    /// scores is shown again rather than applied to a different tie.
    public var tied: [String]
    /// The tied applicants the office chose to invite.
    public var include: [String]
    public var by: String
    public var at: Timestamp
    public var note: String
    public init(tied: [String], include: [String], by: String, at: Timestamp, note: String) {
        self.tied = tied; self.include = include; self.by = by; self.at = at; self.note = note
    }
}
