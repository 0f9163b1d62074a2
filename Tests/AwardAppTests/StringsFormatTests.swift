import Testing
@testable import AwardApp

// `Strings` fills `{0}`, `{1}` … in a catalog text. A key missing from the catalog shows itself,
// so these tests pass templates as keys.

@Test func placeholdersTakeTheirArguments() {
    let t = Strings(.zh)
    // {0} → 甲, {1} → 2.
    #expect(t("{0} 与 {1}", "甲", 2) == "甲 与 2")
    // Order and repetition follow the template: {1}{0}{1} with a, b → b a b.
    #expect(t("{1}{0}{1}", "a", "b") == "bab")
    // Between ideographs: 第{0}名 with 3 → 第3名.
    #expect(t("第{0}名", 3) == "第3名")
}

@Test func whatIsNotAPlaceholderWithAnArgumentStays() {
    let t = Strings(.zh)
    // One argument: {2} has none; {01} has a leading zero; {x} is no number; a lone { is text.
    #expect(t("{2} {01} {x} { {0}", "a") == "{2} {01} {x} { a")
    // An argument's own text is not searched for placeholders: the name keeps its "{1}".
    #expect(t("名称：{0}（{1}）", "ACME {1}", "盐城") == "名称：ACME {1}（盐城）")
}
