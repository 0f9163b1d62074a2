import TerminalUI

/// The screens of the design card, in tab order. Number keys and F-keys reach them.
public enum ScreenID: Int, CaseIterable, Sendable {
    case dashboard, intake, draw, scoring, timers, ranking, awards, settings, audit

    /// Catalog key of the screen's title ("screen.dashboard" …).
    var titleKey: String { ScreenID.titleKeys[rawValue] }

    /// Made once: interpolating a case name goes through reflection, and the tab row and the key
    /// bar ask for every screen's title each frame. Raw values are 0… in declaration order.
    private static let titleKeys = allCases.map { "screen.\($0)" }

    /// `1`…`9`; F2…F9 for the first eight (F1 is help, F10 quit).
    var numberKey: Key { .char(Character(String(rawValue + 1))) }
    var keys: [Key] { rawValue + 2 < 10 ? [numberKey, .function(rawValue + 2)] : [numberKey] }

    /// Screens a reviewer may open (第二十条 保守秘密: only their own panels and sheets).
    var reviewerAllowed: Bool { self == .dashboard || self == .scoring }
}
