// A column of labelled text fields. Validation is the caller's: it sets `error` on fields and the
// form shows each message next to its field, where the user is looking.

public struct FormField: Sendable, Equatable {
    public var label: String
    public var state: TextFieldState
    /// Validation message, drawn in the error style beside (or under) the input.
    public var error: String?
    /// Guidance drawn dim where the error would go, when there is no error.
    public var hint: String?
    /// Input width in columns; nil means `FormField.defaultInputWidth` (less if the area is narrow).
    public var width: Int?

    public static let defaultInputWidth = 24

    public init(
        label: String, state: TextFieldState = TextFieldState(), error: String? = nil,
        hint: String? = nil, width: Int? = nil
    ) {
        self.label = label
        self.state = state
        self.error = error
        self.hint = hint
        self.width = width
    }

    /// A field holding `text`.
    public init(label: String, text: String, error: String? = nil, hint: String? = nil, width: Int? = nil) {
        self.init(label: label, state: TextFieldState(text), error: error, hint: hint, width: width)
    }
}

public struct FormState: Sendable, Equatable {
    public var fields: [FormField]
    /// Index of the focused field.
    public var focus: Int

    public init(fields: [FormField], focus: Int = 0) {
        self.fields = fields
        self.focus = focus
    }

    /// Tab or ↓ focuses the next field, Shift-Tab or ↑ the previous (both wrap around); every other
    /// key goes to the focused field. Returns true if the form or the field used the key.
    public mutating func handle(_ key: Key) -> Bool {
        guard !fields.isEmpty else { return false }
        focus = min(max(0, focus), fields.count - 1)
        switch key {
        case .tab, .down:
            focus = (focus + 1) % fields.count
            return true
        case .backTab, .up:
            focus = (focus + fields.count - 1) % fields.count
            return true
        default:
            return fields[focus].state.handle(key)
        }
    }

    public var hasErrors: Bool { fields.contains { $0.error != nil } }

    /// The texts of all fields, in order.
    public var values: [String] { fields.map(\.state.text) }
}

/// Draws the form in a box titled `title` (no box title when empty). Each field is a row: its label
/// right-aligned in a column as wide as the widest label, a space, the input, then the error (error
/// style) or hint (dim) one space to the right — or on the row below, under the input, when it does
/// not fit. If the fields do not all fit, the view scrolls to keep the focused one visible. The last
/// `footerRows` rows inside the box are left to the caller (a message under the fields that must
/// not cover them). Returns the screen position of the cursor in the focused field.
@discardableResult
public func renderForm(
    _ f: FormState, title: String, into buf: inout Buffer, area: Rect, theme: Theme, footerRows: Int = 0
) -> (x: Int, y: Int)? {
    let box = renderBox(title: title.isEmpty ? nil : title, into: &buf, area: area, theme: theme)
        .inset(dx: 1, dy: 0)
    let inner = Rect(x: box.x, y: box.y, width: box.width, height: max(0, box.height - max(0, footerRows)))
    guard inner.width > 0 && inner.height > 0 && !f.fields.isEmpty else { return nil }
    let focus = min(max(0, f.focus), f.fields.count - 1)
    let labelWidth = min(f.fields.map { displayWidth($0.label) }.max() ?? 0, inner.width / 2)
    let inputX = inner.x + labelWidth + 1
    let room = inner.maxX - inputX

    struct Layout {
        var inputWidth: Int
        var note: String?
        /// A note too long for the room beside the input goes below it, wrapped (read whole).
        var below: [String]
        var height: Int { 1 + below.count }
    }
    let layouts: [Layout] = f.fields.map { field in
        let w = max(1, min(field.width ?? FormField.defaultInputWidth, room))
        let note = field.error ?? field.hint
        let below = note.flatMap { 1 + displayWidth($0) > room - w ? wrap($0, width: max(1, room)) : nil } ?? []
        return Layout(inputWidth: w, note: note, below: below)
    }

    // First field shown: the smallest that still lets the focused field fit.
    var first = 0
    while first < focus && layouts[first...focus].reduce(0, { $0 + $1.height }) > inner.height {
        first += 1
    }

    var cursor: (x: Int, y: Int)?
    var y = inner.y
    for i in first..<f.fields.count {
        let field = f.fields[i]
        let layout = layouts[i]
        guard y < inner.maxY else { break }
        let focused = i == focus
        buf.put(padded(field.label, toWidth: labelWidth, align: .right), x: inner.x, y: y,
                style: focused ? theme[.accent] : theme[.normal])
        let inputArea = Rect(x: inputX, y: y, width: layout.inputWidth, height: 1)
        if let cx = renderTextField(field.state, into: &buf, area: inputArea, focused: focused, theme: theme) {
            cursor = (cx, y)
        }
        if let note = layout.note {
            let noteStyle = field.error != nil ? theme[.error] : theme[.dim]
            if !layout.below.isEmpty {
                for (k, line) in layout.below.enumerated() where y + 1 + k < inner.maxY {
                    buf.put(line, x: inputX, y: y + 1 + k, maxWidth: room, style: noteStyle)
                }
            } else {
                buf.put(note, x: inputArea.maxX + 1, y: y, maxWidth: inner.maxX - inputArea.maxX - 1, style: noteStyle)
            }
        }
        y += layout.height
    }
    return cursor
}
