// A virtualized table: only the rows on screen are asked for, so a million-row list costs no more
// to draw than a ten-row one. Selection and scroll position live in TableState, apart from the
// data, so the same state survives a re-sort or a reload.

public struct TableColumn: Sendable, Equatable {
    public var title: String
    /// Width in display columns; 0 means "share the space the fixed columns leave".
    public var width: Int
    public var alignment: Alignment

    public init(_ title: String, width: Int = 0, alignment: Alignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }

    public init(title: String, width: Int = 0, alignment: Alignment = .left) {
        self.init(title, width: width, alignment: alignment)
    }
}

public struct TableState: Sendable, Equatable {
    /// Index of the selected row.
    public var selected: Int
    /// Index of the first row on screen.
    public var offset: Int

    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// Moves the selection for ↑ ↓ Home End PgUp PgDn and returns true; other keys return false.
    /// PgUp/PgDn move the view a page along with the selection, like a pager.
    public mutating func handle(_ key: Key, rowCount: Int, pageSize: Int) -> Bool {
        let page = max(1, pageSize)
        switch key {
        case .up: selected -= 1
        case .down: selected += 1
        case .home: selected = 0
        case .end: selected = rowCount - 1
        case .pageUp:
            selected -= page
            offset -= page
        case .pageDown:
            selected += page
            offset += page
        default: return false
        }
        clamp(rowCount: rowCount, pageSize: pageSize)
        return true
    }

    /// Keeps the selection on a real row and inside the `pageSize` rows shown from `offset`, and
    /// the view from running past the last row (no blank space below it after a shrink or PgDn).
    public mutating func clamp(rowCount: Int, pageSize: Int) {
        guard rowCount > 0 else {
            selected = 0
            offset = 0
            return
        }
        let page = max(1, pageSize)
        selected = min(max(0, selected), rowCount - 1)
        offset = min(max(0, offset), max(0, rowCount - page))
        if selected < offset { offset = selected }
        if selected >= offset + page { offset = selected - page + 1 }
    }
}

/// Screen widths of the columns: fixed widths as given, the 0-width columns sharing what remains of
/// `total` after the fixed ones and the one-space gaps (leftmost flexible columns get the spare).
public func columnWidths(_ columns: [TableColumn], total: Int) -> [Int] {
    let flexible = columns.filter { $0.width <= 0 }.count
    let fixed = columns.reduce(0) { $0 + max(0, $1.width) }
    let rest = max(0, total - fixed - max(0, columns.count - 1))
    var spare = flexible > 0 ? rest % flexible : 0
    return columns.map { c in
        if c.width > 0 { return c.width }
        let extra = spare > 0 ? 1 : 0
        spare -= extra
        return rest / flexible + extra
    }
}

/// Draws a header row (header style) and the visible rows below it. `row(i)` gives the cell texts
/// of row i and is called only for rows on screen (at most `area.height - 1` of them). The selected
/// row is drawn in the selected style across the full width; others in `rowStyle(i)`'s role or
/// normal. Cells are truncated with "…" by display width; columns are one space apart. When
/// `rowCount` is 0, `empty` is drawn dim under the header. `state` is clamped to the area first.
public func renderTable(
    columns: [TableColumn],
    rowCount: Int,
    row: (Int) -> [String],
    state: inout TableState,
    into buf: inout Buffer,
    area: Rect,
    theme: Theme,
    rowStyle: ((Int) -> StyleRole?)? = nil,
    empty: String = ""
) {
    guard area.width > 0 && area.height > 0 else { return }
    let widths = columnWidths(columns, total: area.width)
    let (headerArea, body) = area.splitTop(1)

    func drawRow(_ texts: [String], y: Int, style: Style) {
        buf.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: style)
        var x = area.x
        for (i, column) in columns.enumerated() where x < area.maxX {
            // What `padded` would give, without building it: the row is already blank in
            // `style`, so only the (truncated) text is drawn, shifted by the alignment's padding.
            let w = widths[i]
            var text = i < texts.count ? texts[i] : ""
            var textWidth = displayWidth(text)
            if textWidth > w {
                text = truncate(text, toWidth: w)
                textWidth = displayWidth(text)
            }
            let gap = max(0, w - textWidth)
            let lead = switch column.alignment {
            case .left: 0
            case .right: gap
            case .center: gap / 2
            }
            buf.put(text, x: x + lead, y: y, maxWidth: area.maxX - x - lead, style: style)
            x += w + 1
        }
    }

    drawRow(columns.map(\.title), y: headerArea.y, style: theme[.header])
    buf.fill(body, style: theme[.normal])
    let pageSize = body.height
    state.clamp(rowCount: rowCount, pageSize: pageSize)
    if rowCount == 0 {
        if !empty.isEmpty && body.height > 0 {
            buf.put(truncate(empty, toWidth: body.width), x: body.x, y: body.y, style: theme[.dim])
        }
        return
    }
    let last = min(rowCount, state.offset + pageSize)
    for i in state.offset..<max(state.offset, last) {
        let style: Style
        if i == state.selected {
            style = theme[.selected]
        } else {
            style = theme[rowStyle?(i) ?? .normal]
        }
        drawRow(row(i), y: body.y + i - state.offset, style: style)
    }
}
