/// What the office records to steer the procedure itself, each with who, when and why. Kept in the
/// cycle (`Cycle.procedure`); files written before it existed read as empty.
public struct ProcedureRecords: Hashable, Codable, Sendable {
    /// Deadline extensions the office granted, each cited when the application is submitted late.
    public var extensions: [DeadlineExtension] = []
    /// Stages the office reopened after their results were used (第十一条（三）).
    public var reopenings: [StageReopening] = []
    /// The office's decision to draw the shortlist before every document-review sheet is in.
    public var documentReviewClosed: OfficeNote?
    /// The office's decisions on equal composites across a place cut (第十一条（六）).
    public var placeTies: [PlaceTieDecision] = []

    public init() {}

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        extensions = try c.decodeIfPresent([DeadlineExtension].self, forKey: .extensions) ?? []
        reopenings = try c.decodeIfPresent([StageReopening].self, forKey: .reopenings) ?? []
        documentReviewClosed = try c.decodeIfPresent(OfficeNote.self, forKey: .documentReviewClosed)
        placeTies = try c.decodeIfPresent([PlaceTieDecision].self, forKey: .placeTies) ?? []
    }
}

/// A reason the office recorded, with who and when.
public struct OfficeNote: Hashable, Codable, Sendable {
    public var reason: String
    public var by: String
    public var at: Timestamp
    public init(reason: String, by: String, at: Timestamp) { self.reason = reason; self.by = by; self.at = at }
}

/// A later submission day the office allowed one applicant, on a numbered document (第三条).
public struct DeadlineExtension: Hashable, Codable, Sendable {
    public var applicationID: String
    public var until: Day
    public var reason: String
    public var documentNumber: String
    public var by: String
    public var at: Timestamp
    public init(applicationID: String, until: Day, reason: String, documentNumber: String, by: String, at: Timestamp) {
        self.applicationID = applicationID; self.until = until; self.reason = reason; self.documentNumber = documentNumber
        self.by = by; self.at = at
    }
}

/// The office reopened a stage whose results a later step had used, so its panels may change.
public struct StageReopening: Hashable, Codable, Sendable {
    public var stage: Stage
    public var reason: String
    public var by: String
    public var at: Timestamp
    public init(stage: Stage, reason: String, by: String, at: Timestamp) {
        self.stage = stage; self.reason = reason; self.by = by; self.at = at
    }
}

/// The office's order among applicants with equal composites across the last place of a tier.
public struct PlaceTieDecision: Hashable, Codable, Sendable {
    public var tier: PrizeTier
    public var tied: [String]
    /// The tied applicants who take the places at the cut, in the order given.
    public var include: [String]
    public var reason: String
    public var by: String
    public var at: Timestamp
    public init(tier: PrizeTier, tied: [String], include: [String], reason: String, by: String, at: Timestamp) {
        self.tier = tier; self.tied = tied; self.include = include; self.reason = reason; self.by = by; self.at = at
    }
}

/// A publicity period stopped by the office, with the reason; it no longer counts for anything,
/// and the period may be started again under a new id (第十一条（七）).
public struct PublicityCancellation: Hashable, Codable, Sendable {
    public var reason: String
    public var by: String
    public var at: Timestamp
    public init(reason: String, by: String, at: Timestamp) { self.reason = reason; self.by = by; self.at = at }
}
