/// Everything one open cycle works on: the shared registry, the cycle, and the reference data
/// (working-day calendar, rubrics) read from the data directory.
public struct AwardData: Hashable, Sendable {
    public var registry: Registry
    public var cycle: Cycle
    public var calendar: WorkdayCalendar
    /// Rubric per stage (第六条); by default D and S use the 23 items, Q the 7 categories.
    public var rubrics: [Stage: Rubric]

    public init(registry: Registry, cycle: Cycle, calendar: WorkdayCalendar = .shipped, rubrics: [Stage: Rubric]? = nil) {
        self.registry = registry
        self.cycle = cycle
        self.calendar = calendar
        let full = Rubric.gbt19580
        self.rubrics = rubrics ?? [.document: full, .qa: full.categoriesOnly, .onsite: full]
    }
}

/// Who acts and when: injected so reducers stay pure and tests can fix the clock.
///
/// Two dates, kept apart: `at` is the real instant of the action (its day in Asia/Shanghai,
/// `clock`, is the latest date a recorded fact may carry and the date an action takes effect);
/// `today` is the board date (`--today`, 看板日期), which changes only what the board shows and
/// counts. No reducer and no condition of the procedure reads `today`.
public struct ActionContext: Sendable {
    public var actor: String
    public var at: Timestamp
    /// The board date, journaled for the record; never the date of an action.
    public var today: Day
    public init(actor: String, at: Timestamp, today: Day? = nil) {
        self.actor = actor; self.at = at; self.today = today ?? at.day
    }
    /// The real date in Asia/Shanghai when the action is taken.
    public var clock: Day { at.day }
}

/// Which stored files an action changes, so the store rewrites only those.
public struct Touches: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let registry = Touches(rawValue: 1)
    public static let cycle = Touches(rawValue: 2)
    public static let calendar = Touches(rawValue: 4)
}
