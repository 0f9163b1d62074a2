import Foundation
import Testing

/// The settings screen changes what it governs (第三条, RULES.md §4), and makes and switches cycles,
/// in a real terminal; the command line then reads what was saved.
@Suite(.serialized) struct SettingsScreenE2ETests {
    /// Places 3 + 2 with the minutes as the reason: the 1:1.5 list invites ceil(1.5 × 5) = 8.
    /// Then `n` makes 2027 after asking (the title shows it open), `y` goes back to 2026; the journal verifies.
    @Test func placesEditedOnTheScreenSizeTheListAndCyclesAreMadeAndSwitched() throws {
        guard Tmux.isAvailable else {
            Issue.record("tmux is not installed")
            return
        }
        let dir = Paths.temporaryDirectory().appendingPathComponent("data")
        #expect(try Run(["--data", dir.path, "init", "--year", "2026"]).status == 0)
        let ui = try Tmux(command: "\(Paths.binary) --data \(dir.path) --today 2026-03-20")
        try ui.waitFor(text: "工作台")
        try ui.send(literal: "8")
        try ui.waitFor(text: "当前年度  2026（数据目录中的年度：2026；")
        try ui.send(literal: "e")
        try ui.waitFor(text: "2026 年度设置和办公室设置")
        // Fields: 0 application deadline … 4 award places, 5 nomination places … 13 the reason.
        try ui.send(keys: "Tab", "Tab", "Tab", "Tab", "BSpace")
        try ui.send(literal: "3")
        try ui.send(keys: "Tab", "BSpace")
        try ui.send(literal: "2")
        try ui.send(keys: "Enter")
        // No reason: refused with the article before anything is saved, the form keeps what was
        // typed and the focus moves to the field in error, the reason.
        try ui.waitFor(text: "少评或空缺须记录理由")
        try ui.send(literal: "2026年第1次主任会议纪要")
        try ui.send(keys: "Enter")
        try ui.waitFor(text: "市长质量奖拟评名额  3")
        try ui.waitFor(text: "提名奖拟评名额  2")

        let shortlist = try Run(["--data", dir.path, "shortlist"])
        #expect(shortlist.stdout.contains("名额 5，按1:1.5邀请 8 家"), "\(shortlist.stdout)\(shortlist.stderr)")

        try ui.send(literal: "n")
        try ui.waitFor(text: "新建下一年度（第三条：每年评审一次）")
        try ui.send(keys: "Enter")
        // It cannot be taken back: it asks first, naming the year.
        try ui.waitFor(text: "在本数据目录中新建 2027 年度并打开它？")
        try ui.send(keys: "Enter")
        try ui.waitFor(text: "盐城市市长质量奖 · 2027年度")
        try ui.waitFor(text: "当前年度  2027（数据目录中的年度：2026、2027；")
        try ui.send(literal: "y")
        try ui.send(keys: "Enter")
        try ui.waitFor(text: "盐城市市长质量奖 · 2026年度")
        try ui.send(literal: "q")
        try ui.waitForShellPrompt()

        let list = try Run(["--data", dir.path, "cycle", "list"])
        #expect(list.stdout.contains("2027"))
        #expect(try Run(["--data", dir.path, "audit", "verify"]).status == 0)
    }

    /// `--demo` is for trying things out: its temporary data directory is gone after quitting.
    @Test func theDemoDirectoryIsRemovedOnExit() throws {
        guard Tmux.isAvailable else {
            Issue.record("tmux is not installed")
            return
        }
        let ui = try Tmux(command: "\(Paths.binary) --demo --today 2026-03-20")
        try ui.waitFor(text: "工作台")
        try ui.send(literal: "8")
        let screen = try ui.waitFor(text: "数据目录")
        let line = try #require(screen.first { $0.contains("数据目录") })
        let path = try #require(line.split(separator: " ").last.map(String.init))
        #expect(path.contains("qaward-demo-") && FileManager.default.fileExists(atPath: path))
        try ui.send(literal: "q")
        try ui.waitForShellPrompt()
        // The restored screen may show the prompt a moment before the program has ended.
        let deadline = Date().addingTimeInterval(10)
        while FileManager.default.fileExists(atPath: path) && Date() < deadline { usleep(50_000) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
