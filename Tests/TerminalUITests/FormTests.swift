import Testing
@testable import TerminalUI

private func sampleForm() -> FormState {
    FormState(fields: [
        FormField(label: "名称", text: "盐城", width: 10),
        FormField(label: "联系电话", text: "123", error: "格式不正确", width: 10),
        FormField(label: "邮箱", text: "", error: "请填写有效的电子邮箱地址，例如 a@b.cn", width: 10),
    ])
}

@Test func tabAndShiftTabMoveFocusAndWrap() {
    var f = sampleForm()
    _ = f.handle(.tab)
    #expect(f.focus == 1)
    _ = f.handle(.down)
    #expect(f.focus == 2)
    _ = f.handle(.tab)
    #expect(f.focus == 0)
    _ = f.handle(.backTab)
    #expect(f.focus == 2)
    _ = f.handle(.up)
    #expect(f.focus == 1)
    // Other keys edit the focused field only.
    _ = f.handle(.char("4"))
    #expect(f.values == ["盐城", "1234", ""])
    #expect(f.hasErrors)
    f.fields[1].error = nil
    f.fields[2].error = nil
    #expect(!f.hasErrors)
}

@Test func formLayoutAndInlineErrors() {
    // 50×7 box; content starts at x 2 (border + space), rows 1–5. Labels right-aligned to 8
    // ("联系电话"), a space, inputs at x 11, 10 wide (to x 21). 37 columns remain after x 11.
    var b = Buffer(width: 50, height: 7)
    let theme = Theme.monochrome
    let cursor = renderForm(sampleForm(), title: "企业信息", into: &b, area: b.area, theme: theme)
    #expect(b.line(0).hasPrefix("┌ 企业信息 ─"))
    #expect(b.line(1).hasPrefix("│     名称 盐城      "))
    #expect(b.line(2).hasPrefix("│ 联系电话 123        格式不正确"))
    // The short error sits on the field's row, one space after the input (x 22).
    #expect(b[x: 22, y: 2].grapheme == "格")
    #expect(b[x: 22, y: 2].style == theme[.error])
    // The long one (37 wide, 38 with its space > 27 left) goes under the input, at x 11.
    // Its own row holds only the label and the empty input.
    #expect(b.line(3).hasPrefix("│     邮箱 " + String(repeating: " ", count: 20)))
    #expect(b[x: 11, y: 4].grapheme == "请")
    #expect(b[x: 11, y: 4].style == theme[.error])
    // Focused field 0: cursor after 盐城 → x 11 + 4.
    #expect(cursor?.x == 15 && cursor?.y == 1)
    // The focused label is in the accent style.
    #expect(b[x: 6, y: 1].style == theme[.accent])
}

@Test func formScrollsToTheFocusedField() {
    // Inner height 2: fields 0 and 1 (one row each) fit; focusing field 2 (two rows with its
    // error underneath) scrolls the view to start at field 2.
    var f = sampleForm()
    f.focus = 2
    var b = Buffer(width: 50, height: 4)
    let cursor = renderForm(f, title: "", into: &b, area: b.area, theme: .monochrome)
    #expect(b.line(1).hasPrefix("│     邮箱 "))
    #expect(cursor?.x == 11 && cursor?.y == 1)
}

@Test func aLongNoteBelowItsFieldIsWrappedNotCut() {
    // 30×10 box: inputs at x 11 (border, space, label 8 wide, space), 30 − 2 − 11 = 17 columns
    // of room to the inner edge. Rows: 1 名称; 2 联系电话 and 3 its error (10 wide, more than the
    // 6 left beside the input); 4 邮箱 and under it its error (37 wide) wrapped to 17 columns:
    // "请填写有效的电子" (16), "邮箱地址，例如" (14), "a@b.cn" — rows 5 to 7, nothing cut.
    var b = Buffer(width: 30, height: 10)
    _ = renderForm(sampleForm(), title: "", into: &b, area: b.area, theme: .monochrome)
    #expect(b.line(3).contains("格式不正确"))
    #expect(b.line(4).hasPrefix("│     邮箱"))
    let below = (5...7).map { String(b.line($0).dropFirst(11)).filter { $0 != " " && $0 != "│" } }
    #expect(below.joined() == "请填写有效的电子邮箱地址，例如a@b.cn")
    #expect(b.line(9).hasPrefix("└"))
}
