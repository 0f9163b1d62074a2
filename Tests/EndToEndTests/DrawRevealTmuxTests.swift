import Foundation
import Testing

/// A draw committed on the command line and revealed on the draw screen of the real binary in a
/// real terminal (第十一条（三）; RULES.md §3: the seed committed to before the draw, revealed in
/// front of the supervisor). Both keep the seed in the data directory's `draw-<id>.seed`, so the
/// screen finds it; the command line then agrees with what the screen did. Panel P2026-03 as in
/// DrawCLITests: A2026-001 and A2026-002, 2026-05-10~12, 37 of 40 experts eligible.
@Suite struct DrawRevealTmuxTests {
    @Test func aDrawCommittedOnTheCommandLineIsRevealedOnTheScreen() throws {
        let dir = try Run.sampleDirectoryWithFirstPanelVoided()
        let commit = try Run(["draw", "commit", "--data", dir, "--size", "5", "--format", "json"] + DrawCLITests.panelArgs)
        #expect(commit.status == 0, "\(commit.stderr)")
        let made = try #require(try JSONSerialization.jsonObject(with: Data(commit.stdout.utf8)) as? [String: Any])
        #expect(made["draw"] as? String == "D2026-03-1")
        let commitment = try #require(made["commitment"] as? String)
        let seedPath = dir + "/draw-D2026-03-1-\(commitment.prefix(16)).seed"
        let seed = try String(contentsOfFile: seedPath, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)

        // 80×24, the smallest terminal the screens are made for: the question still shows the
        // 64 digits of the commitment whole, on a line of their own.
        let tmux = try Tmux(command: "\(Paths.binary) --data \(dir) --today 2026-04-10 --operator 测试员", width: 80, height: 24)
        _ = try tmux.waitFor(text: "工作台")
        try tmux.send(keys: "3")
        _ = try tmux.waitFor(text: "P2026-03") // the sample's two panels, then the one committed above
        try tmux.press("Down", "Down")
        _ = try tmux.waitFor(text: "P2026-03 第一评审组")
        try tmux.send(keys: "d")
        let asked = try tmux.waitFor(text: "揭示抽取 D2026-03-1")
        #expect(asked.contains { $0.contains(commitment) }, "\(asked.joined(separator: "\n"))")
        #expect(asked.contains { $0.contains("李监督") && $0.contains("D2026-03-1") })
        #expect(asked.joined().contains("不可撤销"))
        #expect(!asked.joined().contains(String(seed.prefix(16)))) // the seed is not shown before the reveal
        #expect(FileManager.default.fileExists(atPath: seedPath))
        try tmux.send(keys: "Enter")
        let drawn = try tmux.waitFor(text: "★组长")
        #expect(drawn.contains { $0.hasPrefix("P2026-03") && $0.contains("已抽取") })
        #expect(drawn.contains { $0.contains("揭示时间：") && !$0.contains("尚未揭示") })
        try tmux.send(keys: "q")
        try tmux.waitForShellPrompt()

        // The command line agrees: the record holds the seed kept by `draw commit`, it replays,
        // the journal and the data files check out, and the seed file is gone.
        let shown = try Run(["draw", "show", "--data", dir, "D2026-03-1", "--format", "json"])
        let record = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        #expect(record["seed"] as? String == seed)
        #expect(record["commitment"] as? String == commitment)
        #expect(record["revealedAt"] is String)
        let text = try Run(["draw", "show", "--data", dir, "D2026-03-1"])
        #expect(text.stdout.contains("随机种子：" + seed))
        let verify = try Run(["draw", "verify", "--data", dir, "D2026-03-1"])
        #expect(verify.status == 0)
        #expect(verify.stdout.contains("复核一致"))
        #expect(try Run(["audit", "verify", "--data", dir]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: seedPath))
    }
}
