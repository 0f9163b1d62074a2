import AwardDomain
import TerminalUI

/// The whole UI state: which screen is up, each screen's own lasting state (selection, scroll,
/// fields), the data as last saved, and what is derived from it.
public struct AppModel: Sendable {
    public var env: AppEnvironment
    public private(set) var data: AwardData
    /// Views computed from `data` when it changes, never per key or per frame.
    public private(set) var derived: Derived
    public var screen: ScreenID = .dashboard
    public var helpVisible = false
    /// Terminal size as last reported by the run loop; list paging uses it.
    public var viewport = (width: 80, height: 24)
    public var status: StatusMessage?
    public var intake = IntakeScreen()
    public var panels = TableState(selected: 0, offset: 0)
    public var sheets = TableState(selected: 0, offset: 0)
    public var timers = TableState(selected: 0, offset: 0)
    public var ranking = TableState(selected: 0, offset: 0)
    public var awards = TableState(selected: 0, offset: 0)

    public init(env: AppEnvironment, data: AwardData) {
        self.env = env
        self.data = data
        derived = Derived(data: data, today: env.today)
        refilterIntake()
    }

    private mutating func refilterIntake() {
        var screen = intake
        screen.refilter(self)
        intake = screen
    }

    /// Called by the run loop after the store saved a change.
    public mutating func dataDidChange(_ new: AwardData) {
        data = new
        derived = Derived(data: new, today: env.today)
        refilterIntake()
    }

    var t: Strings { env.strings }
    var theme: Theme { env.theme }
    var isReviewer: Bool { env.reviewerID != nil }

    /// True while a text field has the keyboard, so digits and letters are typed, not commands.
    var capturesText: Bool {
        switch screen {
        case .intake: intake.capturesText
        default: false
        }
    }
}
