import AwardDomain
import TerminalUI

/// The whole UI state: which screen is up, each screen's own lasting state (selection, scroll,
/// fields), the data as last saved, and what is derived from it.
public struct AppModel: Sendable {
    public var env: AppEnvironment
    public private(set) var data: AwardData
    /// Views computed from `data` when it changes, never per key or per frame.
    public private(set) var derived: Derived
    /// Goes up by one with every saved change; caches of costly views remember the version they
    /// were built from.
    public private(set) var dataVersion = 0
    /// The last journal entry `data` includes (set by the effect interpreter from the store): a
    /// form remembers it when it opens, and its save is refused if another process changed the
    /// same record after it.
    public internal(set) var journalSeq = 0
    public var screen: ScreenID = .dashboard
    public var helpVisible = false
    /// The detail view (Enter or `v`): the selected row, or the last message, in full.
    var detailShown: Detail?
    /// First wrapped line of the detail view shown (↑/↓, PgUp/PgDn scroll a long one).
    var detailScroll = 0
    /// The last message shown, kept for the detail view after the status line moves on.
    var lastMessage: StatusMessage?
    /// Terminal size as last reported by the run loop; list paging uses it.
    public var viewport = (width: 80, height: 24)
    public var status: StatusMessage?
    /// The files the last key's exports wrote: one key may write several (a record and its
    /// JSON), and the status line names them all.
    var exportedByKey: [String] = []
    /// The cycles of the data directory (the open one is `data.cycle.year`).
    public var cycleYears: [Int] = []
    /// Each registered screen's own state.
    var screens: ScreenStates

    public init(env: AppEnvironment, data: AwardData) {
        self.init(env: env, data: data, registry: .standard)
    }

    init(env: AppEnvironment, data: AwardData, registry: ScreenRegistry) {
        self.env = env
        self.data = data
        screens = ScreenStates(registry)
        derived = Derived(data: data, today: env.today)
        screensDataDidChange()
    }

    /// Called by the run loop after the store saved a change. A score entry changes nothing that
    /// `Derived` shows (eligibility, deadlines, counts), so the score grid's per-cell saves skip it.
    public mutating func dataDidChange(_ new: AwardData, by action: Action? = nil) {
        data = new
        dataVersion += 1
        if case .scoring? = action {} else { derived = Derived(data: new, today: env.today) }
        screensDataDidChange()
    }

    /// Shows and counts the board as of another day for this session (Settings); nothing is stored.
    mutating func setBoardDate(_ day: Day) {
        env.today = day
        derived = Derived(data: data, today: day)
        screensDataDidChange()
    }

    var t: Strings { env.strings }
    var theme: Theme { env.theme }
    var isReviewer: Bool { env.reviewerID != nil }
}
