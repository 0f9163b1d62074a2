import TerminalUI

/// A screen's name. Its tab number, keys and title come from its place in the registry
/// (`ScreenRegistry`); each screen declares its own id next to its state
/// (`extension ScreenID { static let ranking = ScreenID("ranking") }`).
public struct ScreenID: Hashable, Sendable, CustomStringConvertible {
    public let name: String
    public init(_ name: String) { self.name = name }
    public var description: String { name }

    /// The program's screens, in tab order.
    public static var allCases: [ScreenID] { ScreenRegistry.standard.ids }

    /// Its place in the program's tab row, from 0.
    public var tab: Int { ScreenRegistry.standard.index(of: self) ?? 0 }
    /// The number key of its tab (`1`…`9`, `0` for the tenth).
    public var numberKey: Key { ScreenRegistry.keys(ofTab: tab)[0] }
    /// Its number key and F-key.
    public var keys: [Key] { ScreenRegistry.keys(ofTab: tab) }

    /// Screens a reviewer may open (第二十条 保守秘密: only their own panels and sheets).
    var reviewerAllowed: Bool { ScreenRegistry.standard.type(of: self)?.reviewerAllowed ?? false }
}
