import Testing
@testable import TerminalUI

// A cell keeps its grapheme as a number: the scalar itself, or an interned cluster's index.

@Test func oneScalarCellsHoldTheScalar() {
    // "盐" is U+76D0 and "j" U+006A: one scalar each, kept as the scalar value (below 0x110000).
    #expect(Cell("盐", width: 2).code == 0x76D0)
    #expect(Cell("j").code == 0x6A)
    #expect(Cell("盐", width: 2).grapheme == "盐")
}

@Test func clustersComeBackScalarForScalar() {
    // Each of these is one grapheme of several scalars: e + U+0301 (2), ❤ + U+FE0F (2), the flag
    // 🇨🇳 (2 regional indicators), 👨‍👩‍👧 (5: three emoji, two ZWJs). A cell gives back the same
    // scalars in the same order, and its code is past the last scalar value.
    for g: Character in ["e\u{301}", "❤️", "🇨🇳", "👨‍👩‍👧"] {
        let c = Cell(g, width: 2)
        #expect(c.code >= Cell.clusterBase)
        #expect(Array(c.grapheme.unicodeScalars) == Array(g.unicodeScalars))
    }
}

@Test func equalClustersAreEqualCellsAndEquivalentOnesStayApart() {
    // The same cluster twice gets the same number, so the cells compare equal (the frame diff
    // relies on it). e + U+0323 + U+0301 and e + U+0301 + U+0323 are canonically equivalent
    // Characters (Swift calls them ==) but different scalars: each cell keeps its own order.
    #expect(Cell("e\u{301}") == Cell("e\u{301}"))
    let a = Cell("e\u{323}\u{301}"), b = Cell("e\u{301}\u{323}")
    #expect(a != b)
    #expect(Array(a.grapheme.unicodeScalars).map(\.value) == [0x65, 0x323, 0x301])
    #expect(Array(b.grapheme.unicodeScalars).map(\.value) == [0x65, 0x301, 0x323])
}

@Test func settingTheGraphemeReplacesTheCode() {
    // A cell changed from "a" (U+0061) to "é" written as e + U+0301 then to "b" (U+0062).
    var c = Cell("a")
    c.grapheme = "e\u{301}"
    #expect(Array(c.grapheme.unicodeScalars).map(\.value) == [0x65, 0x301])
    c.grapheme = "b"
    #expect(c.code == 0x62)
}
