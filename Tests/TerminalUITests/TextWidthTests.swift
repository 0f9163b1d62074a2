import Testing
@testable import TerminalUI

// Expected widths are counted by hand: CJK ideographs, fullwidth forms and CJK punctuation are 2
// columns; ASCII 1; combining marks, joiners and selectors 0.

@Test func chineseTitleIsSixteenColumns() {
    // 8 ideographs × 2.
    #expect(displayWidth("盐城市市长质量奖") == 16)
}

@Test func mixedLatinAndChinese() {
    // "Yancheng" 8 + space 1 + 盐城 4.
    #expect(displayWidth("Yancheng 盐城") == 13)
}

@Test func combiningAccentTakesNoColumn() {
    // e + U+0301 is one grapheme cluster, drawn in one column.
    #expect(displayWidth("e\u{301}") == 1)
    #expect(displayWidth(Character("e\u{301}")) == 1)
    #expect(displayWidth("\u{301}") == 0)
}

@Test func emojiAreTwoColumns() {
    #expect(displayWidth("👍") == 2)
    // Skin-tone modifier joins the cluster and adds nothing.
    #expect(displayWidth("👍🏽") == 2)
    // Flag: two regional indicators, one cluster.
    #expect(displayWidth("🇨🇳") == 2)
    // ZWJ family sequence: one cluster, width of its first emoji.
    #expect(displayWidth("👨‍👩‍👧") == 2)
    // U+2764 alone is text presentation (1); with VS16 it becomes an emoji (2).
    #expect(displayWidth("❤") == 1)
    #expect(displayWidth("❤️") == 2)
    // Keycap: digit + VS16 + U+20E3.
    #expect(displayWidth("1️⃣") == 2)
}

@Test func fullwidthFormsAndPunctuation() {
    // （ 二 ） each 2.
    #expect(displayWidth("（二）") == 6)
    // U+FF21 fullwidth A.
    #expect(displayWidth("Ａ") == 2)
    // U+3000 ideographic space.
    #expect(displayWidth("\u{3000}") == 2)
    // 【 】 、 ， 。 each 2.
    #expect(displayWidth("【】、，。") == 10)
    // Halfwidth katakana U+FF76 stays 1; FFE5 fullwidth yen is 2.
    #expect(displayWidth("ｶ") == 1)
    #expect(displayWidth("￥") == 2)
}

@Test func otherWideScripts() {
    // Hangul syllables and kana are East Asian Wide.
    #expect(displayWidth("한국") == 4)
    #expect(displayWidth("カタカナ") == 8)
    // A CJK Extension B ideograph (plane 2).
    #expect(displayWidth("𠀀") == 2)
}

@Test func invisibleCharactersAreZero() {
    #expect(displayWidth("\u{200B}") == 0)  // zero-width space
    #expect(displayWidth("\u{200D}") == 0)  // zero-width joiner
    #expect(displayWidth("\u{FE0F}") == 0)  // variation selector alone
    #expect(displayWidth("\t") == 0)        // control
    #expect(displayWidth("\u{7}") == 0)     // BEL
    #expect(displayWidth("") == 0)
}

@Test func truncateMixedAtOddWidths() {
    // Budget 5 - 1 (ellipsis) = 4 → 质量.
    #expect(truncate("质量奖ABC", toWidth: 5) == "质量…")
    // Budget 3: 质 fits (2), 量 would make 4 → dropped; result is one column short.
    #expect(truncate("质量奖ABC", toWidth: 4) == "质…")
    #expect(displayWidth(truncate("质量奖ABC", toWidth: 4)) == 3)
    // Budget 7: 质量奖 (6) + A (7).
    #expect(truncate("质量奖ABC", toWidth: 8) == "质量奖A…")
    // 6 + 3 = 9 fits exactly: unchanged.
    #expect(truncate("质量奖ABC", toWidth: 9) == "质量奖ABC")
    // Only room for the ellipsis.
    #expect(truncate("盐城", toWidth: 1) == "…")
    #expect(truncate("abc", toWidth: 0) == "")
}

@Test func truncateWithEmoji() {
    // "Hi👍👍" is 6 wide; budget 3 holds "Hi", the emoji (2) would make 4.
    #expect(truncate("Hi👍👍", toWidth: 4) == "Hi…")
    // Budget 4: "Hi👍".
    #expect(truncate("Hi👍👍", toWidth: 5) == "Hi👍…")
    // A flag is never split into its two regional indicators.
    #expect(truncate("🇨🇳🇨🇳", toWidth: 3) == "🇨🇳…")
}

@Test func paddedAlignsByDisplayWidth() {
    #expect(padded("盐城", toWidth: 6) == "盐城  ")
    #expect(padded("盐城", toWidth: 6, align: .right) == "  盐城")
    // Gap 3: 1 before, 2 after.
    #expect(padded("盐", toWidth: 5, align: .center) == " 盐  ")
    // Truncated to "质…" (3), padded back to 4.
    #expect(padded("质量奖ABC", toWidth: 4) == "质… ")
    #expect(padded("x", toWidth: 0) == "")
}

@Test func wrapChineseAtAnyCharacter() {
    // 10 ideographs, 3 fit in 6 columns.
    #expect(wrap("盐城市市长质量奖评审", width: 6) == ["盐城市", "市长质", "量奖评", "审"])
}

/// 避头尾: a line never ends with an opening bracket nor starts with closing punctuation (the
/// awards screen's places line ended in “（” with “第三条）” under it).
@Test func wrapKeepsChinesePunctuationWithItsWords() {
    // 8 ideographs fill 16 of 18 columns; “（” would fit at 17–18 but goes down with 第.
    #expect(wrap("名额可少额或空缺（第三条）", width: 18) == ["名额可少额或空缺", "（第三条）"])
    // “，” would start the second row: 丙 goes down with it.
    #expect(wrap("甲乙丙，丁", width: 6) == ["甲乙", "丙，丁"])
    // After a Latin word the closing bracket stays on its row too.
    #expect(wrap("甲乙丙 E1）丁", width: 9) == ["甲乙丙", "E1）丁"])
}

@Test func wrapLatinAtSpaces() {
    #expect(wrap("the quick brown fox", width: 10) == ["the quick", "brown fox"])
    // A word longer than the line is split.
    #expect(wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
}

@Test func wrapMixedTextAndNewlines() {
    // 评审 (4); "deadline" (8) needs its own line; 是明天 (6).
    #expect(wrap("评审 deadline 是明天", width: 8) == ["评审", "deadline", "是明天"])
    #expect(wrap("a\nb", width: 5) == ["a", "b"])
    #expect(wrap("", width: 5) == [""])
    #expect(wrap("abc", width: 0) == [])
    for line in wrap("盐城市 Yancheng 市长质量奖 quality award 2026", width: 7) {
        #expect(displayWidth(line) <= 7)
    }
}
