// Keys as the app sees them, independent of ncurses key codes (the backend translates).

public enum Key: Hashable, Sendable {
    /// A printable character; a Chinese character from an input method arrives as one Character.
    case char(Character)
    case enter, escape, tab, backTab
    case up, down, left, right, home, end, pageUp, pageDown
    case backspace, delete, insert
    /// F1…F12 as function(1)…function(12).
    case function(Int)
    /// Control plus a letter; backends should send the lowercase letter, matching ignores case.
    case ctrl(Character)
    /// The terminal changed size; redraw at the backend's new size.
    case resize

    /// How the key is written in help bars: "Enter", "↑", "F1", "^S", or the character itself
    /// ("Space" for the space bar, which would otherwise be invisible).
    public var label: String {
        switch self {
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .backspace: "Bksp"
        case .delete: "Del"
        case .insert: "Ins"
        case .function(let n): "F\(n)"
        case .ctrl(let c): "^" + c.uppercased()
        case .resize: "Resize"
        }
    }

    /// Whether two keys mean the same thing; differs from `==` only in ignoring the case of a
    /// ctrl letter (terminals cannot tell ^S from ^s).
    public func matches(_ other: Key) -> Bool {
        if case .ctrl(let a) = self, case .ctrl(let b) = other {
            return a.lowercased() == b.lowercased()
        }
        return self == other
    }

    /// The character a text field should insert, or nil: only `.char` with a visible (non-zero
    /// width) grapheme, so controls and stray combining marks never enter the text.
    public var insertableCharacter: Character? {
        guard case .char(let c) = self, displayWidth(c) > 0 else { return nil }
        return c
    }
}
