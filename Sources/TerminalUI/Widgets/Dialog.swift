// A modal message with buttons ("确定" / "取消"), sized to its text and centred on screen.

public struct Dialog: Sendable, Equatable {
    public var title: String
    /// Paragraphs of the message; each is wrapped to the dialog's width.
    public var lines: [String]
    public var buttons: [String]
    /// Index of the highlighted button.
    public var selected: Int

    public init(title: String, lines: [String], buttons: [String] = [], selected: Int = 0) {
        self.title = title
        self.lines = lines
        self.buttons = buttons
        self.selected = selected
    }

    /// ← → Tab Shift-Tab move between buttons (wrapping). Returns true if the key was used.
    /// Enter and Esc are left to the caller, which knows what the buttons mean.
    public mutating func handle(_ key: Key) -> Bool {
        guard !buttons.isEmpty else { return false }
        switch key {
        case .right, .tab: selected = (selected + 1) % buttons.count
        case .left, .backTab: selected = (selected + buttons.count - 1) % buttons.count
        default: return false
        }
        return true
    }
}

/// Widest a dialog grows before wrapping, in columns, so short messages stay compact and long
/// ones remain readable lines rather than screen-wide ones.
let dialogMaxTextWidth = 60

/// Draws `d` as a box centred in `area`: wrapped lines (one space of padding inside the border),
/// then a blank row and the buttons as "[ 确定 ]" two spaces apart, centred, the selected one in the
/// selected style. Returns the dialog's rectangle.
@discardableResult
public func renderDialog(_ d: Dialog, into buf: inout Buffer, area: Rect, theme: Theme) -> Rect {
    let labels = d.buttons.map { "[ \($0) ]" }
    let buttonsWidth = labels.isEmpty ? 0 : labels.map(displayWidth).reduce(0, +) + 2 * (labels.count - 1)
    let maxText = max(1, min(dialogMaxTextWidth, area.width - 4))
    let natural = d.lines.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false) }
        .map { displayWidth(String($0)) }.max() ?? 0
    let textWidth = min(maxText, max(natural, buttonsWidth, displayWidth(d.title) + 2))
    let wrapped = d.lines.flatMap { wrap($0, width: textWidth) }
    let height = wrapped.count + 2 + (labels.isEmpty ? 0 : 2)
    let box = area.centered(width: textWidth + 4, height: height)
    let inner = renderBox(title: d.title, into: &buf, area: box, theme: theme).inset(dx: 1, dy: 0)
    guard inner.width > 0 && inner.height > 0 else { return box }
    let textRows = labels.isEmpty ? inner.height : max(0, inner.height - 2)
    for (i, line) in wrapped.enumerated() where i < textRows {
        buf.put(line, x: inner.x, y: inner.y + i, maxWidth: inner.width, style: theme[.normal])
    }
    if !labels.isEmpty {
        let y = inner.maxY - 1
        var x = inner.x + max(0, (inner.width - buttonsWidth) / 2)
        for (i, label) in labels.enumerated() {
            let style = i == d.selected ? theme[.selected] : theme[.normal]
            x += buf.put(label, x: x, y: y, maxWidth: max(0, inner.maxX - x), style: style) + 2
        }
    }
    return box
}
