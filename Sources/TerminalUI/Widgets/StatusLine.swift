// The one-row status line: context on the left, short state (position, mode, clock) on the right.

/// Fills the first row of `area` in `role`'s style, right-aligns `right`, and draws `left` in the
/// room left over (one space apart). The left text is truncated first; the right text only when it
/// alone is wider than the row.
public func renderStatusLine(
    left: String, right: String, into buf: inout Buffer, area: Rect, theme: Theme, role: StyleRole = .status
) {
    guard area.width > 0 && area.height > 0 else { return }
    let style = theme[role]
    let row = area.row(0)
    buf.fill(row, style: style)
    let r = truncate(right, toWidth: row.width)
    let rw = displayWidth(r)
    if rw > 0 { buf.put(r, x: row.maxX - rw, y: row.y, style: style) }
    let room = row.width - rw - (rw > 0 ? 1 : 0)
    if room > 0 { buf.put(truncate(left, toWidth: room), x: row.x, y: row.y, maxWidth: room, style: style) }
}
