import Testing
@testable import TerminalUI

@Test func oneCharacterChangeIsOneRunOfOneCell() {
    var old = Buffer(width: 5, height: 2)
    old.put("hello", x: 0, y: 0, style: .plain)
    var new = old
    new.put("j", x: 0, y: 0, style: .plain)
    #expect(diff(from: old, to: new) == [CellRun(x: 0, y: 0, cells: [Cell("j")])])
}

@Test func changedWideCharacterBringsItsContinuation() {
    // 城 → 质 at column 2: the continuation at 3 is identical in both frames but must be sent
    // with its wide character.
    var old = Buffer(width: 5, height: 1)
    old.put("盐城", x: 0, y: 0, style: .plain)
    var new = old
    new.put("质", x: 2, y: 0, style: .plain)
    let runs = diff(from: old, to: new)
    #expect(runs.count == 1)
    #expect(runs[0].x == 2)
    #expect(runs[0].cells == [Cell("质", width: 2), Cell.continuation(.plain)])
}

@Test func changedContinuationBringsItsWideCharacter() {
    var old = Buffer(width: 4, height: 1)
    old.put("盐", x: 0, y: 0, style: .plain)
    var new = old
    new.setStyle(Rect(x: 1, y: 0, width: 1, height: 1), style: Style(bold: true))
    let runs = diff(from: old, to: new)
    #expect(runs.map(\.x) == [0])
    #expect(runs[0].cells.count == 2)
}

@Test func separateChangesMakeSeparateRuns() {
    let old = Buffer(width: 6, height: 2)
    var new = old
    new.put("a", x: 1, y: 0, style: .plain)
    new.put("bc", x: 4, y: 0, style: .plain)
    new.put("d", x: 0, y: 1, style: .plain)
    let runs = diff(from: old, to: new)
    #expect(runs.map { [$0.x, $0.y, $0.cells.count] } == [[1, 0, 1], [4, 0, 2], [0, 1, 1]])
    #expect(diff(from: new, to: new).isEmpty)
}

@Test func noOldFrameOrNewSizeRedrawsEverything() {
    let new = Buffer(width: 3, height: 2)
    let full = diff(from: nil, to: new)
    #expect(full.count == 2)
    #expect(full.allSatisfy { $0.x == 0 && $0.cells.count == 3 })
    #expect(diff(from: Buffer(width: 4, height: 2), to: new) == full)
}

@Test func unchangedRowsAreSkippedAndRunsStopAtTheRowEnd() {
    // Width 4. Row 0 gains 盐 at 2–3 (a run of 2 cells ending at the right edge, not spilling
    // into row 1); row 1 has the same text in both frames (no run); row 2 changes column 0.
    var old = Buffer(width: 4, height: 3)
    old.put("same", x: 0, y: 1, style: .plain)
    var new = old
    new.put("盐", x: 2, y: 0, style: .plain)
    new.put("x", x: 0, y: 2, style: .plain)
    let runs = diff(from: old, to: new)
    #expect(runs.map { [$0.x, $0.y, $0.cells.count] } == [[2, 0, 2], [0, 2, 1]])
    #expect(runs[0].cells == [Cell("盐", width: 2), Cell.continuation(.plain)])
}
