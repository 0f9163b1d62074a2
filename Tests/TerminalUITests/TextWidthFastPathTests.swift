import Testing
@testable import TerminalUI

// The scalar fast path of `displayWidth(String)` and `Buffer.put`: it must give exactly what the
// grapheme-by-grapheme path gives. Expected widths are counted by hand: ideographs, fullwidth and
// CJK punctuation 2; ASCII, Latin, "·", "…" and box drawing 1; combining marks and joiners 0.

@Test func everyScalarTheFastPathTrustsIsAGraphemeOfItsOwn() {
    // For each trusted scalar X, Swift's own grapheme breaking must split "aXa" into 3 graphemes
    // (X neither extends "a" nor is extended by it) and "XX" into 2 (X does not pair with itself,
    // as Hangul jamo and regional indicators do), and X must take a column or two, never none.
    // Nothing above the BMP is trusted.
    var trusted = 0
    for v in UInt32(0)...0x10FFFF {
        guard let u = Unicode.Scalar(v), standsAlone(u) else { continue }
        #expect(v <= 0xFFFF)
        var aXa = "a"
        aXa.unicodeScalars.append(u)
        aXa.append("a")
        var xx = ""
        xx.unicodeScalars.append(contentsOf: [u, u])
        #expect(aXa.count == 3, "U+\(String(v, radix: 16))")
        #expect(xx.count == 2, "U+\(String(v, radix: 16))")
        #expect(scalarWidth(u) >= 1, "U+\(String(v, radix: 16))")
        trusted += 1
    }
    // 95 ASCII + 607 Latin (U+00A0–02FF less U+00AD) + 24 + 47 + 96 + 2816 general punctuation
    // to symbols + 42 + 16 CJK punctuation + 6592 + 20992 ideographs + 96 + 7 fullwidth.
    #expect(trusted == 95 + 607 + 24 + 47 + 96 + 2816 + 42 + 16 + 6592 + 20992 + 96 + 7)
}

@Test func scalarsThatJoinTheirNeighboursAreNotTrusted() {
    // Combining acute, ZWJ, VS16, Hangul choseong ᄀ, regional indicator C, Arabic number sign
    // (prepended), CR, LF, soft hyphen, an ideographic tone mark (U+302A, combining).
    for v: UInt32 in [0x301, 0x200D, 0xFE0F, 0x1100, 0x1F1E8, 0x600, 0xD, 0xA, 0xAD, 0x302A] {
        #expect(!standsAlone(Unicode.Scalar(v)!), "U+\(String(v, radix: 16))")
    }
    // ASCII, 盐, fullwidth comma, ellipsis, middle dot, box-drawing line: trusted.
    for c: Unicode.Scalar in ["A", "盐", "，", "…", "·", "─"] { #expect(standsAlone(c)) }
}

@Test func fastAndGraphemeWidthsAgree() {
    // Trusted only: 盐城市 6 + space 1 + Yancheng 8 = 15.
    // （一）6 + 申报 4 + " · " 3 + 2026 4 + 年 2 = 19.
    // With a flag (two scalars of width 2, one grapheme): 盐城 4 + 🇨🇳 2 = 6 (not 8).
    // With ❤ + VS16 (1 + 0 per scalar, 2 as a grapheme): 质量 4 + 2 = 6 (not 5).
    // A ZWJ family (three width-2 emoji in one grapheme) between A and B: 1 + 2 + 1 = 4 (not 8).
    // A combining acute on an ideograph: 盐́ 2 + 城 2 = 4.
    let cases: [(String, Int)] = [
        ("盐城市 Yancheng", 15), ("（一）申报 · 2026年", 19), ("盐城🇨🇳", 6), ("质量❤️", 6),
        ("A👨‍👩‍👧B", 4), ("盐\u{301}城", 4), ("", 0),
    ]
    for (s, expected) in cases {
        #expect(displayWidth(s) == expected, "\(s)")
        #expect(s.reduce(0) { $0 + displayWidth($1) } == expected, "\(s)")
    }
}

@Test func putGivesTheSameCellsOnEitherPath() {
    // "盐城" takes the scalar path; "盐\u{200B}城" has a zero-width space (a control: not trusted)
    // and takes the grapheme path, where the space is skipped. Both draw 盐 at 0–1 and 城 at 2–3.
    var fast = Buffer(width: 5, height: 1), slow = Buffer(width: 5, height: 1)
    #expect(fast.put("盐城", x: 0, y: 0, style: .plain) == 4)
    #expect(slow.put("盐\u{200B}城", x: 0, y: 0, style: .plain) == 4)
    #expect(fast == slow)
}

@Test func putTakesTheGraphemePathWhenAScalarJoins() {
    // 盐 + U+0301 is one grapheme of width 2 (0–1), 城 2–3, e + U+0301 one column (4): 5 columns.
    var b = Buffer(width: 6, height: 1)
    #expect(b.put("盐\u{301}城e\u{301}", x: 0, y: 0, style: .plain) == 5)
    #expect(b[x: 0, y: 0].grapheme == "盐\u{301}")
    #expect(b[x: 0, y: 0].width == 2)
    #expect(b[x: 1, y: 0].isContinuation)
    #expect(b[x: 2, y: 0].grapheme == "城")
    #expect(b[x: 4, y: 0].grapheme == "e\u{301}")
    #expect(b[x: 4, y: 0].width == 1)
}

@Test func fastPathPutOverAWideCharacterBoundary() {
    // "盐城市" fills 0–5. "ab" at x = 1 (scalar path) lands on 盐's right half and 城's left half:
    // 盐 goes (column 0 blank), a at 1, b at 2, 城's right half goes (column 3 blank), 市 stays.
    var b = Buffer(width: 6, height: 1)
    b.put("盐城市", x: 0, y: 0, style: .plain)
    #expect(b.put("ab", x: 1, y: 0, style: .plain) == 2)
    #expect(b.line(0) == " ab 市")
    #expect((0..<6).map { b[x: $0, y: 0].width } == [1, 1, 1, 1, 2, 0])
}

@Test func scalarWidthShortcutsAgreeWithTheTables() {
    // Printable ASCII (U+0020–007E) is 1 and the common ideographs (U+4E00–9FFF) are 2 without a
    // table search; the tables say the same: neither range is zero-width, only the second wide.
    for v in UInt32(0x20)...0x7E {
        #expect(!tableContains(zeroWidthRanges, v) && !tableContains(wideRanges, v))
        #expect(scalarWidth(Unicode.Scalar(v)!) == 1)
    }
    for v in UInt32(0x4E00)...0x9FFF {
        #expect(!tableContains(zeroWidthRanges, v) && tableContains(wideRanges, v))
        #expect(scalarWidth(Unicode.Scalar(v)!) == 2)
    }
}

@Test func wrapGivesTheSameLinesOnEitherPath() {
    // The same text with and without a zero-width space at the end (a control: not trusted, so
    // the second goes grapheme by grapheme; the space has no width and stays in the last word).
    // 盐城市市长 (10) fills a line of 10; "quality award" (13) does not fit, so "quality" alone;
    // "award 2026" (5 + 1 + 4) fits exactly; 年 (2) would make 12, so it starts the last line,
    // where the zero-width space joins it.
    let text = "盐城市市长 quality award 2026年"
    #expect(wrap(text, width: 10) == ["盐城市市长", "quality", "award 2026", "年"])
    #expect(wrap(text + "\u{200B}", width: 10) == ["盐城市市长", "quality", "award 2026", "年\u{200B}"])
}

@Test func wrapOfTextThatFitsDropsOnlyTheOuterSpaces() {
    // Trusted text no wider than the line is one line: "  盐城  市长 " is 2 + 4 + 2 + 4 + 1 = 13
    // columns; the outer spaces go, the two inside stay (8 columns). The same text with a tab
    // inside (a control: grapheme path) gives the same line, the tab counted as one space.
    #expect(wrap("  盐城  市长 ", width: 13) == ["盐城  市长"])
    #expect(wrap("  盐城 \t市长 ", width: 13) == ["盐城  市长"])
    // Only spaces, or nothing: one empty line, as before.
    #expect(wrap("   ", width: 5) == [""])
    #expect(wrap("", width: 5) == [""])
    // Exactly the width still fits; one column more wraps at the space.
    #expect(wrap("ab 盐城", width: 7) == ["ab 盐城"])
    #expect(wrap("ab 盐城", width: 6) == ["ab 盐", "城"])
}
