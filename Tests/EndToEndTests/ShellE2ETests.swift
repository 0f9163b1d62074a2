import Foundation
import Testing

/// The real `qaward --demo` in a real terminal (tmux), as a newcomer would first see it.
@Suite(.serialized)
struct ShellE2ETests {
    static let screens = ["工作台", "申报受理", "专家抽取", "评分录入", "公示计时", "排名", "奖励", "设置", "审计"]

    @Test func demoVisitsEveryScreenOpensHelpAndQuitsCleanly() throws {
        let tmux = try Tmux(command: "\(Paths.binary) --demo --today 2026-03-20")
        let first = try tmux.waitFor(text: "盐城市市长质量奖 · 2026年度")
        // The title starts at column 0; on the tab row " 1 工作台 " takes 1+1+1+6+1 = 10 columns,
        // so " 2 申报受理 " starts at 10 and its title at 13 — counted the terminal's way.
        #expect(column(of: "盐城市市长质量奖", in: first[0]) == 0)
        #expect(column(of: "申报受理", in: first[1]) == 13)
        #expect(column(of: "专家抽取", in: first[1]) == 25) // 13 + 8 + 1 + 1 + 1 + 1 = " 3 " after " 2 申报受理 "
        for (i, name) in ShellE2ETests.screens.enumerated() {
            try tmux.send(literal: "\(i + 1)")
            try tmux.send(literal: "?")
            try tmux.waitFor(text: "帮助：\(name)")
            try tmux.send(keys: "Escape")
            try tmux.waitFor("help closed on \(name)") { !$0.joined().contains("帮助：\(name)") }
        }
        try tmux.send(literal: "q")
        // The prompt is back on the last line; where the typed command wraps depends on the
        // path's length and on whether bash echoed it before its first prompt, so only look for it.
        let after = try tmux.waitFor("the shell prompt") { lines in
            lines.joined().contains("--demo") && (lines.last { !$0.isEmpty }?.hasPrefix("e2e$") ?? false)
        }
        // Leaving the alternate screen brings back what was there before: the command line typed.
        #expect(!after.joined().contains("工作台"))
    }

    @Test func resizeBelowMinimumShowsOneLineThenRecovers() throws {
        let tmux = try Tmux(command: "\(Paths.binary) --demo --today 2026-03-20")
        try tmux.waitFor(text: "盐城市市长质量奖")
        try tmux.resize(width: 70, height: 20)
        try tmux.waitFor(text: "请将终端窗口放大到至少 80×24")
        try tmux.resize(width: 100, height: 30)
        try tmux.waitFor(text: "工作台")
        try tmux.send(keys: "F10")
        try tmux.waitForShellPrompt()
    }

    @Test func englishWithLangFlag() throws {
        let tmux = try Tmux(command: "\(Paths.binary) --demo --lang en --today 2026-03-20")
        try tmux.waitFor(text: "Yancheng Mayor's Quality Award")
        try tmux.send(literal: "2")
        try tmux.waitFor(text: "Eligibility")
        try tmux.send(keys: "C-c")
        try tmux.waitForShellPrompt("the shell prompt after Ctrl-C")
    }

    @Test func secondInstanceIsRefusedWithTheHolder() throws {
        let dir = Paths.temporaryDirectory().appendingPathComponent("data")
        let initRun = try Run(["--data", dir.path, "init", "--sample"])
        #expect(initRun.status == 0)
        let tmux = try Tmux(command: "\(Paths.binary) --data \(dir.path)")
        try tmux.waitFor(text: "工作台")
        let second = try Run(["--data", dir.path, "eligibility"])
        #expect(second.status == 1)
        #expect(second.stderr.contains("正被进程"))
        #expect(second.stderr.contains("请先关闭那个 qaward"))
        try tmux.send(literal: "q")
        try tmux.waitForShellPrompt()
    }

    @Test(.enabled(if: Tmux.which("pkill") != nil, "pkill is not installed: SIGTERM test skipped"))
    func sigtermRestoresTheTerminal() throws {
        let dir = Paths.temporaryDirectory().appendingPathComponent("data")
        #expect(try Run(["--data", dir.path, "init", "--sample"]).status == 0)
        let tmux = try Tmux(command: "\(Paths.binary) --data \(dir.path)")
        try tmux.waitFor(text: "工作台")
        let kill = Process()
        kill.executableURL = URL(fileURLWithPath: Tmux.which("pkill") ?? "/usr/bin/pkill")
        kill.arguments = ["-TERM", "-f", "qaward --data \(dir.path)"]
        try kill.run()
        kill.waitUntilExit()
        // The program leaves the alternate screen: the shell and the typed command are back.
        try tmux.waitFor("the shell prompt after SIGTERM") { lines in
            !lines.joined().contains("工作台") && (lines.last { !$0.isEmpty }?.hasPrefix("e2e$") ?? false)
        }
    }
}
