import Foundation
import Testing

/// Findings at the keyboard beside the score grid, and the leader's deliberation (合议), in the
/// real binary in tmux on `init --sample` data (第十一条（三）, 第二十条).
@Suite(.serialized) struct ReviewTmuxTests {
    /// Reviewer E033 has not started A2026-003 (their third sheet). For every one of the 23 items:
    /// 80, `a`, a strength, Enter, Enter (closes the field), Enter (down); on 4.7.7 an improvement
    /// opportunity too; then `s` submits. 23 × 80 % = 800.00, 23 strengths and 1 opportunity.
    @Test func aReviewerWritesFindingsForAWholeSheet() throws {
        let dir = try Run.sampleDirectory()
        let tmux = try Tmux(command: "\(Paths.binary) --data \(dir) --reviewer E033 --today 2026-04-21")
        try tmux.waitFor(text: "工作台")
        try tmux.send(keys: "F4")
        try tmux.waitFor(text: "仅显示专家 E033 本人的评分表")
        try tmux.send(keys: "Down")
        try tmux.send(keys: "Down")
        try tmux.send(keys: "Enter")
        try tmux.waitFor(text: "E033 肖永明 · 未开始 · A2026-003")
        for i in 0..<23 {
            try tmux.send(literal: "80")
            try tmux.send(literal: "a")
            try tmux.waitFor(text: "优势：")
            try tmux.send(literal: "第\(i + 1)项方法系统")
            try tmux.send(keys: "Enter")
            try tmux.waitFor("strength \(i + 1) saved") { lines in lines.contains { $0.contains("已评 \(i + 1)/23") } && lines.contains { $0.contains("1/0") } }
            try tmux.send(keys: "Enter")
            if i == 22 {
                try tmux.send(literal: "i")
                try tmux.waitFor(text: "改进机会：")
                try tmux.send(literal: "结果缺少对比")
                try tmux.send(keys: "Enter")
                try tmux.waitFor(text: "1/1")
                try tmux.send(keys: "Enter")
            }
            try tmux.send(keys: "Enter")
        }
        try tmux.waitFor(text: "合计 800.00 / 1000")
        let grid = try tmux.waitFor(text: "优势：第23项方法系统  改进机会：结果缺少对比")
        #expect(grid.contains { $0.contains("4.7.7") && $0.contains("1/1") })
        try tmux.send(literal: "s")
        try tmux.waitFor(text: "提交评分表") // asked first: a submitted sheet only the office can reopen
        try tmux.send(keys: "Enter")
        try tmux.waitFor(text: "E033 肖永明 · 已提交")
        try tmux.send(keys: "q")
        try tmux.waitForShellPrompt()

        // What the screen showed is what was saved: the findings file has the sheet's 24.
        let file = Paths.temporaryDirectory().appendingPathComponent("f.csv").path
        let out = try Run(["--data", dir, "findings", "export", file])
        #expect(out.status == 0, "\(out.stderr)")
        let rows = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\r\n").filter { $0.contains("A2026-003,E033") }
        #expect(rows.count == 23)
        #expect(rows.contains { $0.contains("4.7.7,第23项方法系统,结果缺少对比") })
    }

    /// The leader E002 deliberates on A2026-001 (sample agreed at the members' medians, 800.75):
    /// 4.1.4 (members 85 85 55 80 95, flagged first) to 100 % needs a reason, then 800.75 +
    /// 30 × 15 % = 805.25. Another member (E011) may not open the deliberation.
    @Test func theLeaderDeliberatesOnAPanel() throws {
        let dir = try Run.sampleDirectory()
        let member = try Tmux(command: "\(Paths.binary) --data \(dir) --reviewer E011 --today 2026-04-21")
        try member.waitFor(text: "工作台")
        try member.send(keys: "F4")
        try member.waitFor(text: "仅显示专家 E011 本人的评分表")
        try member.send(literal: "h")
        try member.waitFor(text: "合议由组长 E002 负责")
        try member.send(keys: "q")
        try member.waitForShellPrompt()

        let tmux = try Tmux(command: "\(Paths.binary) --data \(dir) --reviewer E002 --today 2026-04-21")
        try tmux.waitFor(text: "工作台")
        try tmux.send(keys: "F4")
        try tmux.waitFor(text: "仅显示专家 E002 本人的评分表")
        try tmux.send(literal: "h")
        let view = try tmux.waitFor(text: "合议 · P2026-01 · 资料评审 · A2026-001")
        #expect(view.contains { $0.contains("评分表均值 791.00 · 合议得分 800.75") })
        #expect(view.first { $0.contains("4.1.4") }?.contains("!4.1.4") == true)
        try tmux.send(literal: "100")
        try tmux.send(keys: "Enter")
        try tmux.waitFor(text: "4.1.4 合议 100% 在组员 55–95% 之外，理由：")
        try tmux.send(literal: "现场补充了社会责任报告")
        try tmux.send(keys: "Enter")
        let after = try tmux.waitFor(text: "合议得分 805.25")
        #expect(after.contains { $0.contains("!4.1.4") && $0.contains("100%") })
        try tmux.send(keys: "q")
        try tmux.waitForShellPrompt()

        let show = try Run(["--data", dir, "consensus", "show", "--panel", "P2026-01", "--stage", "D", "--application", "A2026-001", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [[String: Any]])
        let item = try #require((json.first?["items"] as? [[String: Any]])?.first)
        #expect(item["agreed"] as? Int == 100)
        // Typed in reviewer mode at the office's terminal: the record says so (E002@office), unlike a
        // return signed with the expert's own key.
        #expect(item["agreedBy"] as? String == "E002@office")
        #expect(item["reason"] as? String == "现场补充了社会责任报告")
    }

    /// On site (第十一条（五）) the document review's findings on an item wait to be checked: on
    /// A2026-001's 4.1.2 the panel wrote a strength (E002, E011) and an improvement opportunity
    /// (E002, E023). E002's on-site sheet: `y` confirms the first, `n` does not confirm the second.
    @Test func onSiteTheDocumentReviewFindingsAreChecked() throws {
        let dir = try Run.sampleDirectory()
        // On-site sheets follow the shortlist (第十一条（三）, condition S2): the office closes the
        // document review on the sheets in and decides the tie at the cut.
        #expect(try Run(["--data", dir, "procedure", "close-document-review", "--reason", "按已提交的评分表确定入围"]).status == 0)
        #expect(try Run(["--data", dir, "shortlist", "--decide", "A2026-003", "--note", "按申报材料完整性"]).status == 0)
        let tmux = try Tmux(command: "\(Paths.binary) --data \(dir) --reviewer E002 --today 2026-05-20")
        try tmux.waitFor(text: "工作台")
        try tmux.send(keys: "F4")
        try tmux.waitFor(text: "仅显示专家 E002 本人的评分表")
        try tmux.send(literal: "g")
        try tmux.send(literal: "g")
        try tmux.waitFor(text: "现场评审 · 评分表")
        try tmux.send(keys: "Enter")
        try tmux.waitFor(text: "[待核实]高层领导定期主持质量例会")
        try tmux.send(literal: "80")
        try tmux.send(literal: "y")
        try tmux.waitFor(text: "[确认]高层领导定期主持质量例会")
        try tmux.send(literal: "n")
        let screen = try tmux.waitFor(text: "改进机会：[未确认]对领导绩效的评价")
        #expect(screen.contains { $0.contains("4.1.2") && $0.contains("1/1") })
        try tmux.send(literal: "y")
        try tmux.waitFor(text: "条目 4.1.2 没有待核实")
        try tmux.send(keys: "Escape")
        try tmux.send(keys: "q")
        try tmux.waitForShellPrompt()

        let file = Paths.temporaryDirectory().appendingPathComponent("f.csv").path
        #expect(try Run(["--data", dir, "findings", "export", file]).status == 0)
        let rows = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\r\n")
        #expect(rows.contains { $0.hasPrefix("P2026-01,A2026-001,E002,现场评审,4.1.2,,,高层领导定期主持质量例会，战略目标逐级分解到部门,对领导绩效的评价缺少量化指标") })
    }
}
