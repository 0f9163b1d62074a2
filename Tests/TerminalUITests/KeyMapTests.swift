import Testing
@testable import TerminalUI

private enum Act: Sendable, Equatable { case help, quit, save, find }

private let map = KeyMap<Act>([
    KeyBinding(.function(1), help: "帮助", action: .help),
    KeyBinding(keys: [.char("q"), .escape], help: "退出", action: .quit),
    KeyBinding(.ctrl("s"), help: "保存", action: .save, disabledReason: "有错误"),
    KeyBinding(.char("/"), help: "查找", action: .find, showInBar: false),
])

@Test func keyLabels() {
    #expect(Key.enter.label == "Enter")
    #expect(Key.escape.label == "Esc")
    #expect(Key.backTab.label == "S-Tab")
    #expect([Key.up, .down, .left, .right].map(\.label) == ["↑", "↓", "←", "→"])
    #expect(Key.pageDown.label == "PgDn")
    #expect(Key.function(12).label == "F12")
    #expect(Key.ctrl("s").label == "^S")
    #expect(Key.char("q").label == "q")
    #expect(Key.char("确").label == "确")
}

@Test func dispatchReadsTheKeyMap() {
    #expect(map.action(for: .function(1)) == .help)
    // Either key of a binding works.
    #expect(map.action(for: .char("q")) == .quit)
    #expect(map.action(for: .escape) == .quit)
    // Hidden from the bar but still bound.
    #expect(map.action(for: .char("/")) == .find)
    #expect(map.action(for: .char("x")) == nil)
}

@Test func disabledBindingDoesNotDispatchButExplainsWhy() {
    #expect(map.action(for: .ctrl("s")) == nil)
    // Ctrl letters match regardless of case.
    #expect(map.binding(for: .ctrl("S"))?.disabledReason == "有错误")
    // An enabled binding later in the list wins over a disabled one.
    let m = map.appending(KeyMap([KeyBinding(.ctrl("s"), help: "另存", action: .find)]))
    #expect(m.action(for: .ctrl("s")) == .find)
    #expect(m.binding(for: .ctrl("s"))?.help == "另存")
    // Re-enabling by predicate.
    #expect(map.disabling(where: { $0 == .save }, reason: nil).action(for: .ctrl("s")) == .save)
}

@Test func helpBarDrawsFromTheSameKeyMap() {
    // "F1 帮助" (7) + 2 + "q/Esc 退出" (10) + 2 + "^S 保存" (7) = 28; "/" hidden.
    var b = Buffer(width: 40, height: 1)
    let theme = Theme.defaultColors
    renderHelpBar(map, into: &b, area: b.area, theme: theme)
    #expect(b.line(0) == "F1 帮助  q/Esc 退出  ^S 保存" + String(repeating: " ", count: 12))
    #expect(b[x: 0, y: 0].style == theme[.helpKey])
    #expect(b[x: 3, y: 0].style == theme[.helpText])
    // The disabled ^S entry (columns 21–27) is dim.
    #expect(b[x: 21, y: 0].style == theme[.dim])
    #expect(b[x: 24, y: 0].style == theme[.dim])
}

@Test func helpBarDropsWholeEntriesThatDoNotFitAndSaysSo() {
    // 28 columns: all three entries fit exactly, no mark.
    var a = Buffer(width: 28, height: 1)
    renderHelpBar(map, into: &a, area: a.area, theme: .monochrome)
    #expect(a.line(0) == "F1 帮助  q/Esc 退出  ^S 保存")
    // 22 columns: the first two end at 19 and " …?" (3) needs 22: room for both and the mark.
    var b = Buffer(width: 22, height: 1)
    renderHelpBar(map, into: &b, area: b.area, theme: .monochrome)
    #expect(b.line(0) == "F1 帮助  q/Esc 退出 …?")
    // 20 columns: two entries and the mark need 22, so the second is dropped whole, not cut.
    var c = Buffer(width: 20, height: 1)
    renderHelpBar(map, into: &c, area: c.area, theme: .monochrome)
    #expect(c.line(0) == "F1 帮助 …?" + String(repeating: " ", count: 10))
}

@Test func helpOverlayListsEveryBinding() {
    // Key column 5 ("q/Esc"); widest text 4 (保存, 有错误 is 6): box 5+2+6+4 = 17 wide, 5+2
    // high, centred in 40×10 at x 11, y 1. The disabled ^S has its reason on the row under it,
    // without brackets (they were " (有错误)", ASCII brackets in a Chinese list, and nested
    // brackets in English when the reason ended in an article).
    var b = Buffer(width: 40, height: 10)
    renderHelpOverlay(map, title: "帮助", into: &b, area: b.area, theme: .monochrome)
    let left = String(repeating: " ", count: 11), right = String(repeating: " ", count: 12)
    let lines = b.lines()
    #expect(lines[1] == left + "┌ 帮助 " + String(repeating: "─", count: 9) + "┐" + right)
    #expect(lines[2] == left + "│ F1     帮助   │" + right)
    #expect(lines[3] == left + "│ q/Esc  退出   │" + right)
    #expect(lines[4] == left + "│ ^S     保存   │" + right)
    #expect(lines[5] == left + "│        有错误 │" + right)
    #expect(lines[6] == left + "│ /      查找   │" + right)
    #expect(lines[7] == left + "└" + String(repeating: "─", count: 15) + "┘" + right)
    #expect(!lines.joined().contains("("))
    // The reason is dim: inner x 13, "^S   " 13–17, gap 18–19, 有 at 20.
    #expect(b[x: 20, y: 5].grapheme == "有")
    #expect(b[x: 20, y: 5].style == Theme.monochrome[.dim])
}

/// The help lists a key only where it goes: a screen's Enter comes before the global "Enter/v
/// show in full", so the latter reads "v" alone; a binding no key reaches is not listed; a
/// disabled binding keeps its key while no enabled one takes it (pressing it says why).
@Test func theHelpListsEachKeyWhereItGoes() {
    let m = KeyMap<Act>([
        KeyBinding(.enter, help: "确认", action: .save),
        KeyBinding(.ctrl("s"), help: "保存", action: .save, disabledReason: "有错误"),
        KeyBinding(keys: [.enter, .char("v")], help: "查看全文", action: .find),
        KeyBinding(.enter, help: "再一个", action: .quit),
        KeyBinding(keys: [.ctrl("s"), .char("x")], help: "另存", action: .help),
    ])
    #expect(m.reachable.map(\.keyLabel) == ["Enter", "v", "^S/x"])
    #expect(m.reachable.map(\.help) == ["确认", "查看全文", "另存"])
    // ^S goes to the enabled 另存, as dispatch does.
    #expect(m.action(for: .ctrl("s")) == .help)
    var b = Buffer(width: 30, height: 8)
    renderHelpOverlay(m, title: "帮助", into: &b, area: b.area, theme: .monochrome)
    #expect(b.lines().contains { $0.contains("v      查看全文") })
    #expect(!b.lines().joined().contains("Enter/v"))
    #expect(!b.lines().joined().contains("再一个"))
}
