import Testing
@testable import TerminalUI

@Test func cursorMovesByCharacterOverChinese() {
    // Cursor counts Characters; cursorColumn counts display columns (2 per ideograph).
    var s = TextFieldState("盐城市")
    #expect(s.cursor == 3 && s.cursorColumn == 6)
    _ = s.handle(.left)
    #expect(s.cursor == 2 && s.cursorColumn == 4)
    _ = s.handle(.home)
    #expect(s.cursor == 0 && s.cursorColumn == 0)
    _ = s.handle(.left)
    #expect(s.cursor == 0)
    _ = s.handle(.right)
    #expect(s.cursor == 1 && s.cursorColumn == 2)
    _ = s.handle(.char("A"))
    #expect(s.text == "盐A城市" && s.cursor == 2 && s.cursorColumn == 3)
    _ = s.handle(.backspace)
    #expect(s.text == "盐城市" && s.cursor == 1)
    _ = s.handle(.delete)
    #expect(s.text == "盐市" && s.cursor == 1)
    _ = s.handle(.end)
    #expect(s.cursor == 2 && s.cursorColumn == 4)
    _ = s.handle(.char("👍"))
    #expect(s.text == "盐市👍" && s.cursor == 3 && s.cursorColumn == 6)
    _ = s.handle(.backspace)
    #expect(s.text == "盐市")
    _ = s.handle(.ctrl("u"))
    #expect(s.text == "" && s.cursor == 0)
}

@Test func textFieldHandlesOnlyEditingKeys() {
    var s = TextFieldState("a")
    let enter = s.handle(.enter)
    let tab = s.handle(.tab)
    let up = s.handle(.up)
    let control = s.handle(.char("\u{7}"))
    #expect(!enter && !tab && !up && !control)
    #expect(s.text == "a")
    let typed = s.handle(.char("质"))
    #expect(typed && s.text == "a质")
}

@Test func maxLengthCountsCharacters() {
    var s = TextFieldState("", maxLength: 3)
    for c in "盐城市长" { _ = s.handle(.char(c)) }
    #expect(s.text == "盐城市")
}

@Test func textFieldScrollsToKeepCursorVisible() {
    // "盐城市市长" is 10 wide in a 5-wide field, cursor at the end (column 10): the view skips
    // 盐城市 (6 columns) so the cursor sits on the blank after 长, at x 4.
    var b = Buffer(width: 5, height: 1)
    let s = TextFieldState("盐城市市长")
    let x = renderTextField(s, into: &b, area: b.area, focused: true, theme: .monochrome)
    #expect(b.line(0) == "市长 ")
    #expect(x == 4)
    #expect(b[x: 0, y: 0].style == Theme.monochrome[.inputFocused])
}

@Test func textFieldAtStartDoesNotScroll() {
    // Cursor at 0: 盐城 fills 4 columns, 市 would straddle the edge → a space.
    var b = Buffer(width: 5, height: 1)
    var s = TextFieldState("盐城市市长")
    _ = s.handle(.home)
    #expect(renderTextField(s, into: &b, area: b.area, focused: true, theme: .monochrome) == 0)
    #expect(b.line(0) == "盐城 ")
}

@Test func textFieldScrollNeverSplitsAWideCharacter() {
    // "ab盐城市", cursor after 城 (column 6), width 4: need to skip 3 columns, but 盐 ends at 4,
    // so the view starts at 城 and the cursor is at x 2, before 市.
    var b = Buffer(width: 4, height: 1)
    var s = TextFieldState("ab盐城市")
    _ = s.handle(.left)
    let x = renderTextField(s, into: &b, area: b.area, focused: true, theme: .monochrome)
    #expect(b.line(0) == "城市")
    #expect(x == 2)
}

@Test func unfocusedFieldHasNoCursor() {
    var b = Buffer(width: 12, height: 2)
    let x = renderTextField(TextFieldState("评审"), into: &b, area: Rect(x: 3, y: 1, width: 6, height: 1),
                            focused: false, theme: .monochrome)
    #expect(x == nil)
    #expect(b.line(1) == "   评审     ")
    #expect(b[x: 3, y: 1].style == Theme.monochrome[.input])
    // Focused at x 3: cursor after 评审 → 3 + 4.
    #expect(renderTextField(TextFieldState("评审"), into: &b, area: Rect(x: 3, y: 1, width: 6, height: 1),
                            focused: true, theme: .monochrome) == 7)
}
