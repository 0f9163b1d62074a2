/// A review panel (评审组) for one or more applicants, formed by a recorded draw (第十一条（三）).
public struct Panel: Hashable, Codable, Sendable, Identifiable {
    public var id: String                  // e.g. "P2026-01"
    public var name: String
    public var applicationIDs: [String]
    /// Review dates, used to exclude unavailable experts.
    public var dates: DayRange
    public var size: Int
    public var alternates: Int
    /// The draw in force; earlier draws stay in `Cycle.draws`, voided, with a reason.
    public var drawID: String?
    /// The one stage the panel scores; nil: every stage (D, Q and S).
    public var stage: Stage?

    public init(id: String, name: String, applicationIDs: [String], dates: DayRange, size: Int = 5, alternates: Int = 2, drawID: String? = nil,
                stage: Stage? = nil) {
        self.id = id; self.name = name; self.applicationIDs = applicationIDs; self.dates = dates
        self.size = size; self.alternates = alternates; self.drawID = drawID; self.stage = stage
    }

    /// True when the panel scores `stage`.
    public func serves(_ stage: Stage) -> Bool { self.stage.map { $0 == stage } ?? true }

    /// The stages the panel scores.
    public var stages: [Stage] { stage.map { [$0] } ?? Stage.allCases }
}

/// Why an expert of the pool could not be drawn.
public struct Exclusion: Hashable, Codable, Sendable {
    public var expertID: String
    public var reasons: [Phrase]
    public init(expertID: String, reasons: [Phrase]) { self.expertID = expertID; self.reasons = reasons }
}

/// A panel member who declined and the alternate who took the seat.
public struct Replacement: Hashable, Codable, Sendable {
    public var declined: String
    public var replacement: String
    public var at: Timestamp
    public var reason: String
    public init(declined: String, replacement: String, at: Timestamp, reason: String) {
        self.declined = declined; self.replacement = replacement; self.at = at; self.reason = reason
    }
}

/// A voided draw keeps its record; the reason and the draw that replaced it are written here.
public struct Voiding: Hashable, Codable, Sendable {
    public var at: Timestamp
    public var by: String
    public var reason: String
    public var supersededBy: String?
    public init(at: Timestamp, by: String, reason: String, supersededBy: String?) {
        self.at = at; self.by = by; self.reason = reason; self.supersededBy = supersededBy
    }
}

/// The complete record of one draw: enough for anyone to replay it (RULES.md §3).
/// Commit, then reveal: `commitment` = SHA-256(seed) is recorded before the draw is made.
public struct DrawRecord: Hashable, Codable, Sendable, Identifiable {
    public var id: String                  // e.g. "D2026-01-1"
    public var panelID: String
    public var committedAt: Timestamp
    /// When the commitment was first published (printed or exported for the supervisor, or shown
    /// on the draw screen) as a step of its own before the reveal; nil when it never was, as in a
    /// draw committed and revealed at once (`draw new`), which the record then says.
    public var commitmentPublishedAt: Timestamp?
    public var revealedAt: Timestamp?
    public var supervisor: String
    public var operatorName: String
    public var size: Int
    public var alternateCount: Int
    /// Eligible pool as it stood, sorted by expert id, and the SHA-256 of its canonical listing.
    public var pool: [String]
    public var poolDigest: String
    public var exclusions: [Exclusion]
    /// Hex SHA-256 of the 32-byte seed.
    public var commitment: String
    /// Hex seed, written only when revealed.
    public var seed: String?
    /// Every expert in draw order: the first `size` form the panel, the next `alternateCount` are alternates.
    public var order: [String]
    public var leaderID: String?
    public var leaderDesignatedBy: String?
    public var replacements: [Replacement]
    public var voided: Voiding?

    public init(id: String, panelID: String, committedAt: Timestamp, supervisor: String, operatorName: String,
                size: Int, alternateCount: Int, pool: [String], poolDigest: String, exclusions: [Exclusion],
                commitment: String) {
        self.id = id; self.panelID = panelID; self.committedAt = committedAt; self.commitmentPublishedAt = nil; self.revealedAt = nil
        self.supervisor = supervisor; self.operatorName = operatorName; self.size = size
        self.alternateCount = alternateCount; self.pool = pool; self.poolDigest = poolDigest
        self.exclusions = exclusions; self.commitment = commitment; self.seed = nil; self.order = []
        self.leaderID = nil; self.leaderDesignatedBy = nil; self.replacements = []; self.voided = nil
    }
}
