import Testing
@testable import TerminalUI

@Test func dialogWrapsChineseAndCentresButtons() {
    // Text 38 wide, capped at 30 - 4 = 26 → 13 ideographs per line. Buttons "[ 确定 ]" 8 each,
    // 18 with the gap, centred in 26 → 4 spaces before. Box 30×6 centred in 30×10 → y 2.
    let d = Dialog(title: "确认", lines: ["确定要删除评审记录吗？此操作无法撤销。"], buttons: ["确定", "取消"])
    var b = Buffer(width: 30, height: 10)
    let box = renderDialog(d, into: &b, area: b.area, theme: .monochrome)
    #expect(box == Rect(x: 0, y: 2, width: 30, height: 6))
    let blank = String(repeating: " ", count: 30)
    #expect(b.lines() == [
        blank,
        blank,
        "┌ 确认 " + String(repeating: "─", count: 22) + "┐",
        "│ 确定要删除评审记录吗？此操 │",
        "│ 作无法撤销。" + String(repeating: " ", count: 14) + " │",
        "│" + String(repeating: " ", count: 28) + "│",
        "│     [ 确定 ]  [ 取消 ]     │",
        "└" + String(repeating: "─", count: 28) + "┘",
        blank,
        blank,
    ])
    // The selected button is highlighted, the other is not.
    #expect(b[x: 6, y: 6].style == Style(reverse: true))
    #expect(b[x: 16, y: 6].style == .plain)
}

@Test func dialogKeysMoveBetweenButtons() {
    var d = Dialog(title: "t", lines: [], buttons: ["是", "否", "取消"])
    _ = d.handle(.right)
    #expect(d.selected == 1)
    _ = d.handle(.left)
    _ = d.handle(.left)
    #expect(d.selected == 2)
    let enter = d.handle(.enter)
    #expect(!enter)
}

@Test func dialogShrinksToShortText() {
    // "OK?" is 3 wide but the title needs 2+2 and the button "[ Yes ]" 7: content 7, box 11×5.
    let d = Dialog(title: "Hi", lines: ["OK?"], buttons: ["Yes"])
    var b = Buffer(width: 11, height: 5)
    renderDialog(d, into: &b, area: b.area, theme: .monochrome)
    #expect(b.lines() == [
        "┌ Hi ─────┐",
        "│ OK?     │",
        "│         │",
        "│ [ Yes ] │",
        "└─────────┘",
    ])
}
