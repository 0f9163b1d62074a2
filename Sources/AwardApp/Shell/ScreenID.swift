import TerminalUI

/// The screens of the design card, in tab order. Number keys and F-keys reach them.
public enum ScreenID: Int, CaseIterable, Sendable {
    case dashboard, intake, draw, scoring, timers, ranking, awards, settings, audit

    /// Catalog key of the screen's title.
    var titleKey: String { "screen.\(self)" }

    /// `1`…`9`; F2…F9 for the first eight (F1 is help, F10 quit).
    var numberKey: Key { .char(Character(String(rawValue + 1))) }
    var keys: [Key] { rawValue + 2 < 10 ? [numberKey, .function(rawValue + 2)] : [numberKey] }

    /// Screens a reviewer may open (第二十条 保守秘密: only their own panels and sheets).
    var reviewerAllowed: Bool { self == .dashboard || self == .scoring }
}
