import Foundation
import Testing

/// A revocation in the real binary (第十四条): the form acts on the selected award, asks first
/// naming the award and the organization, Esc on the question goes back to the form with what
/// was typed, and the confirmed revocation is journaled and shown in the history.
@Suite(.serialized)
struct RevocationE2ETests {
    @Test func revokingAsksNamingTheAwardAndEscGoesBackToTheForm() throws {
        let dir = Paths.temporaryDirectory().appendingPathComponent("data")
        #expect(try Run(["--data", dir.path, "init", "--sample"]).status == 0)
        let tmux = try Tmux(command: "\(Paths.binary) --data \(dir.path)")
        try tmux.waitFor(text: "工作台")
        // 历年获奖与撤销, newest first: 2024 O0022, then 2023 O0020 (建湖华宇, 提名奖).
        try tmux.send(literal: "7")
        try tmux.send(keys: "BTab")
        try tmux.waitFor(text: "建湖华宇节能科技有限公司")
        try tmux.send(keys: "Down")
        try tmux.send(literal: "r")
        try tmux.waitFor(text: "撤销奖励：O0020 建湖华宇节能科技有限公司 2023年度")
        try tmux.send(keys: "Tab", "Tab")
        try tmux.send(literal: "盐政复〔2026〕30号")
        try tmux.send(keys: "Enter")
        // (The question wraps before “奖？”: a row never starts with “？”.)
        let asked = try tmux.waitFor(text: "撤销 O0020（建湖华宇节能科技有限公司）的 2023 年度盐城市市长质量奖提名")
        #expect(asked.contains { $0.contains("此操作不可撤销") && $0.contains("第十四条") })
        // Esc: back to the form, the approval document still there; nothing saved.
        try tmux.send(keys: "Escape")
        let form = try tmux.waitFor(text: "市政府批准文号 盐政复〔2026〕30号")
        #expect(!form.joined().contains("此操作不可撤销"))
        #expect(!String(decoding: try Data(contentsOf: dir.appendingPathComponent("journal.jsonl")), as: UTF8.self).contains("盐政复〔2026〕30号"))
        // Enter asks again; Enter confirms: journaled at once, and the history shows the date.
        try tmux.send(keys: "Enter")
        try tmux.waitFor(text: "此操作不可撤销")
        try tmux.send(keys: "Enter")
        let saved = try tmux.waitFor("the revocation in the history") { lines in
            lines.contains { $0.contains("建湖华宇节能科技有限公司") && $0.range(of: #"提名奖\s+20\d\d-\d\d-\d\d"#, options: .regularExpression) != nil }
        }
        #expect(!saved.joined().contains("撤销原因"))
        #expect(String(decoding: try Data(contentsOf: dir.appendingPathComponent("journal.jsonl")), as: UTF8.self).contains("盐政复〔2026〕30号"))
        try tmux.send(literal: "q")
        try tmux.waitForShellPrompt()
    }
}
