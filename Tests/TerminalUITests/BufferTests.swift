import Testing
@testable import TerminalUI

@Test func putWideCharactersUsesContinuationCells() {
    // 盐 in 0–1, 城 in 2–3, column 4 untouched.
    var b = Buffer(width: 5, height: 1)
    let n = b.put("盐城", x: 0, y: 0, style: .plain)
    #expect(n == 4)
    #expect(b[x: 0, y: 0].grapheme == "盐")
    #expect(b[x: 0, y: 0].width == 2)
    #expect(b[x: 1, y: 0].width == 0)
    #expect(b[x: 2, y: 0].grapheme == "城")
    #expect(b.lines() == ["盐城 "])
}

@Test func wideCharacterAtRightEdgeIsReplacedBySpace() {
    // a b 盐 take columns 0–3; 城 would need 4–5 but the buffer ends at 4, so column 4 is a space.
    var b = Buffer(width: 5, height: 1)
    _ = b.put("xxxxx", x: 0, y: 0, style: .plain)
    let n = b.put("ab盐城", x: 0, y: 0, style: .plain)
    #expect(n == 5)
    #expect(b.line(0) == "ab盐 ")
    #expect(b[x: 4, y: 0].width == 1)
}

@Test func maxWidthStopsBeforeStraddlingWideCharacter() {
    // From x=1 with 3 columns: 盐 at 1–2, 城 cannot fit in column 3 → space.
    var b = Buffer(width: 10, height: 1)
    let n = b.put("盐城市", x: 1, y: 0, maxWidth: 3, style: .plain)
    #expect(n == 3)
    #expect(b.line(0) == " 盐" + String(repeating: " ", count: 7))
}

@Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
    var b = Buffer(width: 6, height: 1)
    b.put("盐城", x: 0, y: 0, style: .plain)
    // Writing over 盐's right half must not leave its left half on screen.
    b.put("A", x: 1, y: 0, style: .plain)
    #expect(b.line(0) == " A城  ")
    #expect(b[x: 0, y: 0] == Cell.blank)
    // Writing over 城's left half blanks its continuation.
    b.put("B", x: 2, y: 0, style: .plain)
    #expect(b.line(0) == " AB   ")
    #expect(b[x: 3, y: 0].width == 1)
}

@Test func wideOverWideShiftedByOne() {
    // 质 at 1–2 overlaps 盐 (0–1) and 城 (2–3): both lose their other halves.
    var b = Buffer(width: 6, height: 1)
    b.put("盐城", x: 0, y: 0, style: .plain)
    b.put("质", x: 1, y: 0, style: .plain)
    #expect(b.line(0) == " 质   ")
    #expect(b[x: 3, y: 0].width == 1)
}

@Test func fillOverHalfAWideCharacter() {
    var b = Buffer(width: 4, height: 1)
    b.put("盐城", x: 0, y: 0, style: .plain)
    b.fill(Rect(x: 1, y: 0, width: 1, height: 1), style: .plain)
    #expect(b.line(0) == "  城")
}

@Test func linesOfBufferWithChinese() {
    // Continuation cells are skipped; trailing spaces kept.
    var b = Buffer(width: 8, height: 3)
    b.put("评审", x: 0, y: 0, style: .plain)
    b.put("Score 9", x: 1, y: 1, style: .plain)
    b.put("（一）", x: 2, y: 2, style: .plain)
    #expect(b.lines() == ["评审    ", " Score 9", "  （一）"])
}

@Test func putClipsOutsideTheBuffer() {
    var b = Buffer(width: 4, height: 1)
    #expect(b.put("abc", x: 0, y: 5, style: .plain) == 0)
    #expect(b.put("abc", x: 9, y: 0, style: .plain) == 0)
    // Starting left of the screen: only "cd" is visible.
    #expect(b.put("abcd", x: -2, y: 0, style: .plain) == 2)
    #expect(b.line(0) == "cd  ")
    #expect(b[x: -1, y: 0] == .blank)
    #expect(b[x: 4, y: 0] == .blank)
}

@Test func zeroWidthClustersAreSkippedButCombiningMarksStay() {
    var b = Buffer(width: 4, height: 1)
    #expect(b.put("e\u{301}\u{200B}x", x: 0, y: 0, style: .plain) == 2)
    #expect(b[x: 0, y: 0].grapheme == "e\u{301}")
    #expect(b[x: 1, y: 0].grapheme == "x")
}

@Test func setStyleKeepsText() {
    var b = Buffer(width: 3, height: 1)
    b.put("abc", x: 0, y: 0, style: .plain)
    let bold = Style(bold: true)
    b.setStyle(Rect(x: 1, y: 0, width: 5, height: 1), style: bold)
    #expect(b.line(0) == "abc")
    #expect(b[x: 0, y: 0].style == .plain)
    #expect(b[x: 2, y: 0].style == bold)
}

@Test func rectSplitsInScreenOrder() {
    let r = Rect(x: 0, y: 0, width: 80, height: 24)
    let (top, rest) = r.splitTop(1)
    #expect(top == Rect(x: 0, y: 0, width: 80, height: 1))
    #expect(rest == Rect(x: 0, y: 1, width: 80, height: 23))
    let (body, status) = r.splitBottom(2)
    #expect(body.height == 22)
    #expect(status == Rect(x: 0, y: 22, width: 80, height: 2))
    let (left, right) = r.splitLeft(100)  // clamped
    #expect(left.width == 80 && right.width == 0)
    #expect(r.inset(by: 1) == Rect(x: 1, y: 1, width: 78, height: 22))
    #expect(r.centered(width: 20, height: 4) == Rect(x: 30, y: 10, width: 20, height: 4))
    #expect(Rect(x: 2, y: 3, width: 4, height: 2).rows == [
        Rect(x: 2, y: 3, width: 4, height: 1), Rect(x: 2, y: 4, width: 4, height: 1),
    ])
    #expect(Rect(x: 0, y: 0, width: 1, height: 1).inset(by: 3).isEmpty)
}

@Test func fillCutsWideCharactersAtBothEndsOnly() {
    // Row "盐城市" (columns 0–5). Filling columns 1–4 cuts 盐 (0–1) at the left end and 市 (4–5)
    // at the right end: both lose their outside halves too, so the row reads 6 spaces, each of
    // width 1. The 城 between (2–3) is simply replaced.
    var b = Buffer(width: 6, height: 1)
    b.put("盐城市", x: 0, y: 0, style: .plain)
    let bold = Style(bold: true)
    b.fill(Rect(x: 1, y: 0, width: 4, height: 1), style: bold)
    #expect(b.line(0) == "      ")
    #expect((0..<6).map { b[x: $0, y: 0].width } == [1, 1, 1, 1, 1, 1])
    // Inside the rect the new style; the halves blanked outside keep their old style.
    #expect((0..<6).map { b[x: $0, y: 0].style == bold } == [false, true, true, true, true, false])
}

@Test func fillOfOneAndTwoColumnsStillRepairsBothSides() {
    // "盐城" in 0–3. A 2-column fill over 1–2 takes 盐's right half and 城's left half: 0 and 3
    // become spaces. A 1-column fill at column 0 of "盐" takes its left half: column 1 too.
    var b = Buffer(width: 4, height: 1)
    b.put("盐城", x: 0, y: 0, style: .plain)
    b.fill(Rect(x: 1, y: 0, width: 2, height: 1), style: .plain)
    #expect(b.line(0) == "    ")
    #expect((0..<4).map { b[x: $0, y: 0].width } == [1, 1, 1, 1])
    b.put("盐", x: 0, y: 0, style: .plain)
    b.fill(Rect(x: 0, y: 0, width: 1, height: 1), style: .plain)
    #expect((0..<2).map { b[x: $0, y: 0].width } == [1, 1])
}
