import Testing
@testable import TerminalUI

@Test func statusLineTruncatesLeftFirst() {
    // Right "3/10" (4) at 16–19, a space, 15 columns left for "评审: 盐城市市长质量奖" (22):
    // budget 14 = "评审: " (6) + 盐城市市 (8), then "…".
    var b = Buffer(width: 20, height: 1)
    renderStatusLine(left: "评审: 盐城市市长质量奖", right: "3/10", into: &b, area: b.area, theme: .monochrome)
    #expect(b.line(0) == "评审: 盐城市市… 3/10")
    #expect(b[x: 0, y: 0].style == Theme.monochrome[.status])
    // A right text wider than the row is truncated itself and the left disappears.
    var c = Buffer(width: 10, height: 1)
    renderStatusLine(left: "左", right: "盐城市市长质量奖", into: &c, area: c.area, theme: .monochrome,
                     role: .statusError)
    #expect(c.line(0) == " 盐城市市…")
    #expect(c[x: 0, y: 0].style == Theme.monochrome[.statusError])
}

@Test func boxWithTitle() {
    var b = Buffer(width: 10, height: 3)
    let inner = renderBox(title: "提示", into: &b, area: b.area, theme: .monochrome)
    #expect(b.lines() == ["┌ 提示 ──┐", "│        │", "└────────┘"])
    #expect(inner == Rect(x: 1, y: 1, width: 8, height: 1))
}

@Test func progressBarClampsAndLabels() {
    // 45% of 10 columns → 4 done. The label "45%" centred at x 3: "4" over the done part.
    var b = Buffer(width: 10, height: 1)
    let t = Theme.monochrome
    renderProgressBar(fraction: 0.45, into: &b, area: b.area, theme: t, label: "45%")
    #expect(b.line(0) == "   45%    ")
    #expect((0..<4).allSatisfy { b[x: $0, y: 0].style == t[.progress] })
    #expect((4..<10).allSatisfy { b[x: $0, y: 0].style == t[.dim] })
    for (f, done) in [(Double.nan, 0), (-1, 0), (2.5, 10), (1, 10), (0.99, 9)] {
        var p = Buffer(width: 10, height: 1)
        renderProgressBar(fraction: f, into: &p, area: p.area, theme: t)
        #expect((0..<10).filter { p[x: $0, y: 0].style == t[.progress] }.count == done)
    }
}

@Test func memoryBackendRecordsFramesRunsAndKeys() {
    let backend = MemoryBackend(width: 6, height: 2)
    backend.type("盐城")
    backend.keys.append(.enter)
    #expect(backend.readKey(timeoutMilliseconds: 0) == .char("盐"))
    #expect(backend.readKey(timeoutMilliseconds: 0) == .char("城"))
    #expect(backend.readKey(timeoutMilliseconds: 0) == .enter)
    #expect(backend.readKey(timeoutMilliseconds: 0) == nil)

    var frame = Buffer(width: 6, height: 2)
    frame.put("盐城", x: 0, y: 0, style: .plain)
    backend.draw(frame, cursor: (4, 0))
    // First frame: everything, one run per row.
    #expect(backend.lastRuns.count == 2)
    frame.put("!", x: 5, y: 1, style: .plain)
    backend.draw(frame, cursor: nil)
    #expect(backend.lastRuns == [CellRun(x: 5, y: 1, cells: [Cell("!")])])
    #expect(backend.screen == ["盐城  ", "     !"])
    #expect(backend.drawCount == 2)
    #expect(backend.lastCursor == nil)

    backend.resize(width: 8, height: 3)
    #expect(backend.size.width == 8 && backend.size.height == 3)
    #expect(backend.readKey(timeoutMilliseconds: 0) == .resize)
}
