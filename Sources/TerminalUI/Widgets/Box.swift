// A bordered box, the frame of dialogs, forms and overlays. Box-drawing characters are East Asian
// Ambiguous; we count them as one column, as terminals do unless set to "ambiguous = wide".

/// Clears `area` to the normal style, draws a ┌─┐│└┘ border in the border style with the title
/// in the top edge ("┌ 标题 ───┐"), and returns the area inside the border.
@discardableResult
public func renderBox(title: String?, into buf: inout Buffer, area: Rect, theme: Theme) -> Rect {
    buf.fill(area, style: theme[.normal])
    guard area.width >= 2 && area.height >= 2 else { return Rect(x: area.x, y: area.y, width: 0, height: 0) }
    let border = theme[.border]
    let inner = String(repeating: "─", count: area.width - 2)
    buf.put("┌" + inner + "┐", x: area.x, y: area.y, style: border)
    for y in (area.y + 1)..<(area.maxY - 1) {
        buf.put("│", x: area.x, y: y, style: border)
        buf.put("│", x: area.maxX - 1, y: y, style: border)
    }
    buf.put("└" + inner + "┘", x: area.x, y: area.maxY - 1, style: border)
    if let title, !title.isEmpty, area.width > 4 {
        buf.put(" " + truncate(title, toWidth: area.width - 4) + " ", x: area.x + 1, y: area.y,
                maxWidth: area.width - 2, style: theme[.title])
    }
    return area.inset(by: 1)
}

/// A one-row progress bar: the done part in the progress style, the rest in the dim style, with an
/// optional centred label such as "42%". `fraction` is clamped to 0…1 (NaN counts as 0).
public func renderProgressBar(
    fraction: Double, into buf: inout Buffer, area: Rect, theme: Theme, label: String? = nil
) {
    guard area.width > 0 && area.height > 0 else { return }
    let f = fraction.isNaN ? 0 : min(1, max(0, fraction))
    let done = Int((f * Double(area.width)).rounded(.down))
    let row = area.row(0)
    buf.fill(row, style: theme[.dim])
    buf.fill(Rect(x: row.x, y: row.y, width: done, height: 1), style: theme[.progress])
    guard let label, !label.isEmpty else { return }
    let text = truncate(label, toWidth: area.width)
    let x = row.x + (area.width - displayWidth(text)) / 2
    buf.put(text, x: x, y: row.y, maxWidth: row.maxX - x, style: theme[.dim])
    // Label characters over the done part take its style so the bar's edge stays visible.
    var col = x
    for c in text {
        let w = displayWidth(c)
        if col < row.x + done {
            buf.setStyle(Rect(x: col, y: row.y, width: w, height: 1), style: theme[.progress])
        }
        col += w
    }
}
