import Testing
@testable import TerminalUI

private let columns = [
    TableColumn("编号", width: 4),
    TableColumn("名称", width: 0),
    TableColumn("得分", width: 5, alignment: .right),
]
private let data = [
    ["1", "盐城市市长质量奖", "95.5"],
    ["2", "Acme", "80"],
    ["3", "质量", "7"],
]

@Test func tableGoldenLines() {
    // 20 columns: fixed 4 + 5, two gaps → the flexible column gets 9.
    // Row 0's name (16 wide) becomes "盐城市市…" (8 + 1).
    var b = Buffer(width: 20, height: 4)
    var state = TableState()
    renderTable(columns: columns, rowCount: data.count, row: { data[$0] }, state: &state,
                into: &b, area: b.area, theme: .monochrome)
    #expect(b.lines() == [
        // 名称 padded to 9 (+5), gap, then " 得分" right-aligned in 5.
        "编号 名称" + String(repeating: " ", count: 7) + "得分",
        "1    盐城市市…  95.5",
        "2    Acme         80",
        "3    质量          7",
    ])
    // The selected row is reversed across the full width, gaps included.
    for x in 0..<20 { #expect(b[x: x, y: 1].style == Style(reverse: true)) }
    #expect(b[x: 0, y: 0].style == Style(bold: true))
    #expect(b[x: 0, y: 2].style == .plain)
}

@Test func tableRowStyleAndEmptyMessage() {
    var b = Buffer(width: 20, height: 4)
    var state = TableState()
    renderTable(columns: columns, rowCount: 3, row: { data[$0] }, state: &state, into: &b,
                area: b.area, theme: .monochrome, rowStyle: { $0 == 2 ? .error : nil })
    #expect(b[x: 0, y: 3].style == Theme.monochrome[.error])
    #expect(b[x: 0, y: 2].style == .plain)

    var e = Buffer(width: 20, height: 3)
    var s = TableState(selected: 5, offset: 3)
    renderTable(columns: columns, rowCount: 0, row: { _ in [] }, state: &s, into: &e,
                area: e.area, theme: .monochrome, empty: "暂无数据")
    #expect(e.line(1) == "暂无数据" + String(repeating: " ", count: 12))
    #expect(e[x: 0, y: 1].style == Style(dim: true))
    #expect(s == TableState(selected: 0, offset: 0))
}

@Test func tableAsksOnlyForVisibleRows() {
    // A million rows, 10 visible: the closure runs 10 times, for the rows on screen only.
    var b = Buffer(width: 30, height: 11)
    var calls = 0
    var asked: [Int] = []
    var state = TableState(selected: 999_999)
    renderTable(columns: columns, rowCount: 1_000_000, row: { i in
        calls += 1
        asked.append(i)
        return ["\(i)", "行\(i)", ""]
    }, state: &state, into: &b, area: b.area, theme: .monochrome)
    #expect(calls == 10)
    #expect(asked == Array(999_990...999_999))
    #expect(state == TableState(selected: 999_999, offset: 999_990))
    // The 4-column 编号 cell truncates "999999" to "999…".
    #expect(b.line(10).hasPrefix("999… 行999999 "))
}

@Test func tableKeysAndPageDownPastTheEnd() {
    // 25 rows, 10 per page; the view never scrolls past row 24 (max offset 15).
    var s = TableState()
    let handled = s.handle(.pageDown, rowCount: 25, pageSize: 10)
    #expect(handled)
    #expect(s == TableState(selected: 10, offset: 10))
    _ = s.handle(.pageDown, rowCount: 25, pageSize: 10)
    #expect(s == TableState(selected: 20, offset: 15))
    _ = s.handle(.pageDown, rowCount: 25, pageSize: 10)
    #expect(s == TableState(selected: 24, offset: 15))
    _ = s.handle(.pageUp, rowCount: 25, pageSize: 10)
    #expect(s == TableState(selected: 14, offset: 5))
    _ = s.handle(.home, rowCount: 25, pageSize: 10)
    #expect(s == TableState(selected: 0, offset: 0))
    _ = s.handle(.up, rowCount: 25, pageSize: 10)
    #expect(s == TableState(selected: 0, offset: 0))
    _ = s.handle(.end, rowCount: 25, pageSize: 10)
    #expect(s == TableState(selected: 24, offset: 15))
    _ = s.handle(.up, rowCount: 25, pageSize: 10)
    #expect(s.selected == 23)
    let ignored = s.handle(.char("x"), rowCount: 25, pageSize: 10)
    #expect(!ignored)
    // The list shrank under the selection.
    s.clamp(rowCount: 5, pageSize: 10)
    #expect(s == TableState(selected: 4, offset: 0))
}

@Test func tableScrolledViewShowsTheRightRows() {
    // After ↓ ×3 with 2 visible rows, rows 2 and 3 are shown, row 3 selected.
    let rows = (0..<6).map { ["\($0)", "名\($0)", ""] }
    var s = TableState()
    for _ in 0..<3 { _ = s.handle(.down, rowCount: 6, pageSize: 2) }
    var b = Buffer(width: 12, height: 3)
    renderTable(columns: [TableColumn("#", width: 2), TableColumn("名", width: 0)], rowCount: 6,
                row: { rows[$0] }, state: &s, into: &b, area: b.area, theme: .monochrome)
    #expect(b.lines() == ["#  名       ", "2  名2      ", "3  名3      "])
    #expect(b[x: 0, y: 2].style == Style(reverse: true))
}

@Test func flexibleColumnsShareTheRest() {
    // 30 - 6 fixed - 3 gaps = 21 → 7 each for three flexible columns.
    let w = columnWidths([TableColumn("a", width: 6), TableColumn("b"), TableColumn("c"), TableColumn("d", width: 0)], total: 30)
    #expect(w == [6, 7, 7, 7])
    // Two flexible and a fixed 4: 30 - 4 - 2 gaps = 24 → 12, 12; with 31 the spare goes left.
    #expect(columnWidths([TableColumn("a"), TableColumn("b"), TableColumn("c", width: 4)], total: 30) == [12, 12, 4])
    #expect(columnWidths([TableColumn("a"), TableColumn("b"), TableColumn("c", width: 4)], total: 31) == [13, 12, 4])
}

@Test func tableCellsAreWhatPaddedTextWouldDraw() {
    // Widths: 3 (centred) + gap + 4 flexible (13 − 3 − 4 − 2 gaps) + gap + 4 (right).
    // 盐 centred in 3: gap 1, 0 before → "盐 ". 质量奖 (6) in 4: budget 3 holds 质, 量 would make
    // 4 → "质…" one short, padded "质… ". 城 right in 4 → "  城". "Acme Co" (7) → "Acm…";
    // "12345" (5) → "123…". Header: " a " + gap + "b   " + gap + "   c" (7 spaces after b).
    // The cells must equal a fill of the row plus `padded` text put over it.
    let cols = [TableColumn("a", width: 3, alignment: .center), TableColumn("b"),
                TableColumn("c", width: 4, alignment: .right)]
    let rows = [["盐", "质量奖", "城"], ["ab", "Acme Co", "12345"]]
    var b = Buffer(width: 13, height: 3)
    var state = TableState(selected: 1)
    renderTable(columns: cols, rowCount: rows.count, row: { rows[$0] }, state: &state,
                into: &b, area: b.area, theme: .monochrome)
    #expect(b.lines() == [" a  b       c", "盐  质…    城", "ab  Acm… 123…"])
    var reference = Buffer(width: 13, height: 3)
    for (y, texts) in ([cols.map(\.title)] + rows).enumerated() {
        let style = y == 0 ? Style(bold: true) : y == 2 ? Style(reverse: true) : .plain
        reference.fill(Rect(x: 0, y: y, width: 13, height: 1), style: style)
        for (i, (x, w)) in [(0, 3), (4, 4), (9, 4)].enumerated() {
            reference.put(padded(texts[i], toWidth: w, align: cols[i].alignment), x: x, y: y, style: style)
        }
    }
    #expect(b == reference)
}

@Test func tableColumnCutByTheAreaEdge() {
    // Fixed widths 4 + 8 with the gap need 13 columns; the area has 10. The second column starts
    // at 5 with 5 columns left: 盐 5–6, 城 7–8, 市 would straddle 9–10, so 9 is a space.
    let cols = [TableColumn("n", width: 4), TableColumn("名称", width: 8)]
    var b = Buffer(width: 10, height: 2)
    var state = TableState()
    renderTable(columns: cols, rowCount: 1, row: { _ in ["1", "盐城市"] }, state: &state,
                into: &b, area: b.area, theme: .monochrome)
    #expect(b.lines() == ["n    名称 ", "1    盐城 "])
    #expect(b[x: 9, y: 1].width == 1)
}
