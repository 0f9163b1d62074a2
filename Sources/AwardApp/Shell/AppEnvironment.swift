import AwardDomain
import Foundation
import TerminalUI

/// What the app was started with: language, theme, who is at the keyboard, and the day the
/// board is shown as of (injected so tests and `--today` can fix it).
public struct AppEnvironment: Sendable {
    public var strings: Strings
    public var theme: Theme
    public var operatorName: String
    /// Set in reviewer mode: the expert id whose own panels and sheets alone are reachable.
    public var reviewerID: String?
    public var today: Day
    public var dataDirectory: String
    /// The draw's random seed (第十一条（三）): the system's secure source in use, fixed in tests.
    public var makeSeed: @Sendable () -> DrawSeed = { DrawSeed.secure() }
    /// The time the store will date a change by, for checking the procedure before a question
    /// is asked: the real clock in the program (the board date never dates a fact); in tests,
    /// whose in-memory store dates changes on the board date, that date.
    public var clock: @Sendable (_ boardDate: Day) -> Timestamp = { _ in Timestamp(Date()) }
    /// Counts scoring computations when set (tests); nil in the program.
    public var probe: ResultProbe?

    public init(lang: Language, theme: Theme, operatorName: String, reviewerID: String? = nil, today: Day, dataDirectory: String) {
        strings = Strings(lang)
        self.theme = theme
        self.operatorName = operatorName
        self.reviewerID = reviewerID
        self.today = today
        self.dataDirectory = dataDirectory
    }

    public var lang: Language { strings.lang }
}
