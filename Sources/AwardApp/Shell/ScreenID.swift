import TerminalUI

/// The screens of the design card, in tab order. Number keys and F-keys reach them.
public enum ScreenID: Int, CaseIterable, Sendable {
    case dashboard, intake, draw, scoring, timers, ranking, awards, settings

    /// Catalog key of the screen's title.
    var titleKey: String { "screen.\(self)" }

    /// `1`…`8` and F2…F9 (F1 is help, F10 quit).
    var numberKey: Key { .char(Character(String(rawValue + 1))) }
    var functionKey: Key { .function(rawValue + 2) }

    /// Screens a reviewer may open (第二十条 保守秘密: only their own panels and sheets).
    var reviewerAllowed: Bool { self == .dashboard || self == .scoring }
}
