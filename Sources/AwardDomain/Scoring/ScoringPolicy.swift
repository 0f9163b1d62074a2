/// How a stage's sheets are combined into the panel's score (RULES.md §4), per cycle.
public struct ScoringPolicy: Hashable, Codable, Sendable {
    /// Drop one highest and one lowest sheet when a stage has 5 or more submitted sheets.
    public var trimExtremes: Bool
    /// A sheet whose total is further than this share of the stage maximum from the panel's
    /// median is flagged as an outlier (15 % of 1000 = 150 points).
    public var outlierThresholdPercent: Int
    /// Places the shortlist is sized for; nil = award quota + nomination quota (第十一条（三）).
    public var shortlistPlaces: Int?
    /// Whether a stage's score is the mean of the sheets or the panel's agreed score.
    public var stageScore: StageScoreRule

    public init(trimExtremes: Bool = false, outlierThresholdPercent: Int = 15, shortlistPlaces: Int? = nil,
                stageScore: StageScoreRule = .sheetMean) {
        self.trimExtremes = trimExtremes
        self.outlierThresholdPercent = outlierThresholdPercent
        self.shortlistPlaces = shortlistPlaces
        self.stageScore = stageScore
    }
}

extension ScoringPolicy {
    // Files written before `stageScore` existed keep the mean of the sheets.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        trimExtremes = try c.decode(Bool.self, forKey: .trimExtremes)
        outlierThresholdPercent = try c.decode(Int.self, forKey: .outlierThresholdPercent)
        shortlistPlaces = try c.decodeIfPresent(Int.self, forKey: .shortlistPlaces)
        stageScore = try c.decodeIfPresent(StageScoreRule.self, forKey: .stageScore) ?? .sheetMean
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
