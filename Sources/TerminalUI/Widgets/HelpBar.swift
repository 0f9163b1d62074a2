// Help drawn from the same KeyMap that dispatches keys, so the bar never lists a key that does
// nothing or misses one that works.

/// One row: "F1 帮助  q 退出 …". Each entry is the binding's key labels joined by "/" in the
/// helpKey style, a space, and its help text in the helpText style; entries are two spaces apart.
/// Bindings with `showInBar == false` are skipped; disabled ones are drawn dim. When not every
/// entry fits, those that do are followed by "…?" (more keys: `?` lists them all), never cut
/// silently; an entry that does not fit is dropped whole with everything after it (the map's
/// order is its priority).
public func renderHelpBar<A>(_ map: KeyMap<A>, into buf: inout Buffer, area: Rect, theme: Theme) {
    guard area.width > 0 && area.height > 0 else { return }
    let row = area.row(0)
    buf.fill(row, style: theme[.helpText])
    let entries = map.reachable.filter(\.showInBar)
    let widths = entries.map { displayWidth($0.keyLabel) + 1 + displayWidth($0.help) }
    let more = "…?"
    /// How many entries fit in `room` columns, two spaces apart.
    func fitting(_ room: Int) -> Int {
        var used = 0
        for (i, w) in widths.enumerated() {
            let next = used + (i == 0 ? 0 : 2) + w
            if next > room { return i }
            used = next
        }
        return widths.count
    }
    var shown = fitting(row.width)
    let cut = shown < entries.count
    if cut { shown = fitting(row.width - 1 - displayWidth(more)) }
    var x = row.x
    for b in entries.prefix(shown) {
        if x > row.x { x += 2 }
        let keyStyle = b.isEnabled ? theme[.helpKey] : theme[.dim]
        let textStyle = b.isEnabled ? theme[.helpText] : theme[.dim]
        x += buf.put(b.keyLabel, x: x, y: row.y, style: keyStyle)
        x += buf.put(" ", x: x, y: row.y, style: textStyle)
        x += buf.put(b.help, x: x, y: row.y, style: textStyle)
    }
    if cut, x + 1 + displayWidth(more) <= row.maxX {
        buf.put(more, x: x + (x > row.x ? 1 : 0), y: row.y, style: theme[.helpKey])
    }
}

/// A centred, boxed modal listing every binding a key reaches (including those hidden from the
/// bar; a key an earlier binding takes is listed only there): keys in a
/// column as wide as the widest key label, then the help text; a disabled binding is drawn dim
/// with its reason on the rows under its text (a sentence of its own, so neither language gets
/// the other's brackets around it). A text too long for the box wraps under itself, so every
/// word is read. A list taller than the area shows the rows from `offset`
/// on and, on its last row, `scrollHint(first, last, total)` (1-based rows) or "…".
public func renderHelpOverlay<A>(
    _ map: KeyMap<A>, title: String, into buf: inout Buffer, area: Rect, theme: Theme,
    offset: Int = 0, scrollHint: ((Int, Int, Int) -> String)? = nil
) {
    let layout = HelpOverlayLayout(map, title: title, area: area, scrollHint: scrollHint)
    let bindings = layout.bindings, rows = layout.rows
    let box = area.centered(width: layout.width, height: rows.count + 2)
    let inner = renderBox(title: title, into: &buf, area: box, theme: theme).inset(dx: 1, dy: 0)
    guard inner.width > 0, inner.height > 0 else { return }
    let first = min(max(0, offset), layout.lastOffset)
    for (k, r) in rows.dropFirst(first).prefix(layout.page).enumerated() {
        let y = inner.y + k
        let enabled = bindings[r.binding].isEnabled
        var x = inner.x
        x += buf.put(padded(r.key, toWidth: min(layout.keyColumn, inner.width)), x: x, y: y,
                     maxWidth: inner.maxX - x, style: enabled ? theme[.helpKey] : theme[.dim])
        x += 2
        guard x < inner.maxX else { continue }
        buf.put(r.text, x: x, y: y, maxWidth: inner.maxX - x, style: enabled && !r.isReason ? theme[.helpText] : theme[.dim])
    }
    if layout.scrolls {
        let hint = scrollHint?(first + 1, first + layout.page, rows.count) ?? "…"
        buf.put(truncate(hint, toWidth: inner.width), x: inner.x, y: inner.maxY - 1, style: theme[.dim])
    }
}

/// How the help overlay lays `map` out in `area`: its rows (a wrapped text takes several) and
/// how many show at once, so the caller can keep a scroll offset in range.
public struct HelpOverlayLayout<A: Sendable> {
    let bindings: [KeyBinding<A>]
    let rows: [(binding: Int, key: String, text: String, isReason: Bool)]
    let keyColumn: Int
    let width: Int
    /// Rows shown at once (one less than the box holds when the last shows the scroll hint).
    public let page: Int
    public var scrolls: Bool { rows.count > page }
    /// The largest offset that still fills the page.
    public var lastOffset: Int { max(0, rows.count - page) }

    /// `scrollHint` as `renderHelpOverlay` takes it: a list that scrolls is at least as wide as
    /// its hint, so the hint is read whole.
    public init(_ map: KeyMap<A>, title: String, area: Rect, scrollHint: ((Int, Int, Int) -> String)? = nil) {
        let list = map.reachable
        bindings = list
        let keys = list.map(\.keyLabel)
        let keyColumn = keys.map(displayWidth).max() ?? 0
        self.keyColumn = keyColumn
        let textColumn = list.flatMap { [$0.help] + ($0.disabledReason.map { [$0] } ?? []) }.map(displayWidth).max() ?? 0
        func rows(width: Int) -> [(binding: Int, key: String, text: String, isReason: Bool)] {
            let room = max(1, width - 4 - keyColumn - 2)
            return list.indices.flatMap { i in
                wrap(list[i].help, width: room).enumerated().map { (k, line) in (i, k == 0 ? keys[i] : "", line, false) }
                    + (list[i].disabledReason.map { wrap($0, width: room) } ?? []).map { (i, "", $0, true) }
            }
        }
        func page(_ count: Int) -> Int {
            let inside = max(0, min(area.height, count + 2) - 2)
            return count > inside ? max(1, inside - 1) : inside
        }
        // Border + one space of padding each side, two spaces between the columns.
        var width = min(area.width, max(keyColumn + 2 + textColumn, displayWidth(title) + 2) + 4)
        var laid = rows(width: width)
        if laid.count > page(laid.count), let hint = scrollHint.map({ $0(laid.count, laid.count, laid.count) }),
           displayWidth(hint) + 4 > width {
            width = min(area.width, displayWidth(hint) + 4)
            laid = rows(width: width)
        }
        self.width = width
        self.rows = laid
        self.page = page(laid.count)
    }
}
