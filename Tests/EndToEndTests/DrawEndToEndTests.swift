import Foundation
import Testing

/// A draw made through the terminal UI on the sample data, then checked by the command line
/// (第十一条（三）; RULES.md §3: anyone can replay the record).
@Suite struct DrawEndToEndTests {
    @Test func drawInTheUIVerifiesThereAndOnTheCommandLine() throws {
        let dir = try Run.sampleDirectoryWithFirstPanelVoided()
        let tmux = try Tmux(command: "\(Paths.binary) --data \(dir) --today 2026-04-10 --operator 测试员", width: 100, height: 30)
        _ = try tmux.waitFor(text: "工作台")
        try tmux.send(keys: "3")
        _ = try tmux.waitFor(text: "P2026-02") // the sample's two panels, already drawn
        try tmux.send(keys: "n")
        _ = try tmux.waitFor(text: "新建评审组 P2026-03")
        try tmux.send(literal: "第一评审组")
        try tmux.send(keys: "Tab")
        try tmux.send(literal: "A2026-001,A2026-002")
        try tmux.send(keys: "Tab")
        try tmux.send(literal: "2026-05-10~2026-05-12")
        _ = try tmux.waitFor(text: "2026-05-10~2026-05-12")
        try tmux.send(keys: "Enter")
        _ = try tmux.waitFor(text: "尚未抽取")
        try tmux.send(keys: "d")
        _ = try tmux.waitFor(text: "监督人姓名")
        try tmux.send(literal: "李监督")
        try tmux.send(keys: "Enter")
        // The commitment is on screen before anything is drawn.
        let committed = try tmux.waitFor(text: "揭示抽取 D2026-03-1")
        #expect(committed.contains { $0.contains("承诺值") })
        #expect(!committed.contains { $0.contains("★") })
        // Until the reveal the seed waits where `qaward draw commit` keeps it, owner-only.
        let seedPath = try #require(DrawCommitRevealCLITests.seedFiles(dir, "D2026-03-1").first)
        #expect((try FileManager.default.attributesOfItem(atPath: seedPath)[.posixPermissions] as? Int) == 0o600)
        try tmux.send(keys: "Enter")
        _ = try tmux.waitFor(text: "★组长")
        #expect(!FileManager.default.fileExists(atPath: seedPath))
        try tmux.send(keys: "v")
        _ = try tmux.waitFor(text: "复核一致")
        try tmux.send(keys: "q")
        try tmux.waitForShellPrompt()

        let verify = try Run(["draw", "verify", "--data", dir, "D2026-03-1"])
        #expect(verify.status == 0)
        #expect(verify.stdout.contains("复核一致"))
    }
}
