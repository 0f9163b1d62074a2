// A one-line text input. The cursor counts Characters (grapheme clusters), so a Chinese character
// or an emoji is one step of ← or →, one Backspace, and never half-deleted.

public struct TextFieldState: Sendable, Equatable {
    public var text: String
    /// Cursor position in Characters from the start, 0...text.count.
    public var cursor: Int
    /// Longest text accepted, in Characters; typing beyond it is ignored.
    public var maxLength: Int?

    /// A field holding `text`, cursor at the end.
    public init(_ text: String = "", maxLength: Int? = nil) {
        self.text = text
        self.cursor = text.count
        self.maxLength = maxLength
    }

    /// Edits for printable characters (inserted at the cursor), ← → Home End (also ^A ^E),
    /// Backspace, Delete, and ^U (clear). Returns true if the key was one of these, even when it
    /// changed nothing (e.g. ← at the start), so it does not fall through to other bindings.
    public mutating func handle(_ key: Key) -> Bool {
        cursor = min(max(0, cursor), text.count)
        if let c = key.insertableCharacter {
            if let maxLength, text.count >= maxLength { return true }
            text.insert(c, at: index(cursor))
            // Inserting can merge with a neighbour into one cluster (two regional indicators make
            // one flag), so the count may not grow: clamp.
            cursor = min(text.count, cursor + 1)
            return true
        }
        switch key {
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = text.count
        case .backspace:
            if cursor > 0 {
                text.remove(at: index(cursor - 1))
                cursor -= 1
            }
        case .delete:
            if cursor < text.count { text.remove(at: index(cursor)) }
        default:
            if case .ctrl(let c) = key {
                switch c.lowercased() {
                case "u":
                    text = ""
                    cursor = 0
                case "a": cursor = 0
                case "e": cursor = text.count
                default: return false
                }
                return true
            }
            return false
        }
        return true
    }

    private func index(_ n: Int) -> String.Index {
        text.index(text.startIndex, offsetBy: min(max(0, n), text.count))
    }

    /// Display columns before the cursor (a Chinese character counts 2).
    public var cursorColumn: Int {
        displayWidth(String(text.prefix(min(max(0, cursor), text.count))))
    }
}

/// Draws the field in the first row of `area` (input style, or inputFocused when focused) and
/// returns the cursor's screen x when focused, else nil. Text wider than the area scrolls
/// horizontally so the cursor column stays visible; the view starts on a character boundary, so a
/// wide character is never cut in half at the left edge.
@discardableResult
public func renderTextField(
    _ s: TextFieldState, into buf: inout Buffer, area: Rect, focused: Bool, theme: Theme
) -> Int? {
    guard area.width > 0 && area.height > 0 else { return nil }
    let row = area.row(0)
    let style = focused ? theme[.inputFocused] : theme[.input]
    buf.fill(row, style: style)
    let cursorCol = s.cursorColumn
    // Smallest scroll that keeps the cursor cell inside: first character boundary at or after
    // cursorCol - width + 1. Without state, the view is a function of the cursor alone.
    var start = s.text.startIndex
    var skipped = 0
    let need = cursorCol - row.width + 1
    while skipped < need && start < s.text.endIndex {
        skipped += displayWidth(s.text[start])
        start = s.text.index(after: start)
    }
    buf.put(String(s.text[start...]), x: row.x, y: row.y, maxWidth: row.width, style: style)
    return focused ? row.x + cursorCol - skipped : nil
}
