import Foundation
import Testing

/// Score entry and ranking in the real binary on `init --sample` data (第六条, 第十一条（三）（六）).
@Suite(.serialized) struct ScoringEndToEndTests {
    /// Runs `qaward ARGS`, returning exit status and standard output and error.
    @discardableResult
    static func qaward(_ args: [String]) throws -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Paths.binary)
        p.arguments = args
        p.currentDirectoryURL = Paths.packageRoot
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    static func sampleDirectory() throws -> URL {
        let dir = Paths.temporaryDirectory().appendingPathComponent("data")
        let r = try qaward(["--data", dir.path, "init", "--sample"])
        #expect(r.status == 0, "init --sample failed: \(r.err)")
        return dir
    }

    @Test func aWholeSheetTypedInTheTerminalSubmitsAndMovesTheRanking() throws {
        // E033 has not scored A2026-003 (the 15th sheet of the chooser). All 23 items at 80 %
        // → 800.00; A2026-003's mean goes from 650.00 (tied at the cut with A2026-019) to
        // (640 + 655 + 650 + 655 + 800) / 5 = 680.00, and it alone takes the 3rd place.
        let dir = try Self.sampleDirectory()
        let tmux = try Tmux(command: "\(Paths.binary) --data \(dir.path) --today 2026-04-21")
        try tmux.waitFor(text: "工作台")
        try tmux.send(keys: "F6")
        try tmux.waitFor(text: "分数线并列：A2026-003、A2026-019")
        try tmux.send(keys: "F4")
        try tmux.waitFor(text: "评分表 25 张")
        for _ in 0..<14 { try tmux.send(keys: "Down") }
        try tmux.send(keys: "Enter")
        try tmux.waitFor(text: "E033 肖永明 · 未开始")
        for i in 0..<23 {
            try tmux.send(literal: "80")
            try tmux.send(keys: "Enter")
            try tmux.waitFor(text: "已评 \(i + 1)/23")
        }
        try tmux.waitFor(text: "合计 800.00 / 1000")
        try tmux.send(literal: "s")
        try tmux.waitFor(text: "提交评分表") // asked first: a submitted sheet only the office can reopen
        try tmux.send(keys: "Enter")
        let grid = try tmux.waitFor(text: "E033 肖永明 · 已提交")
        #expect(grid.contains { $0.contains("4.7 320.00") })
        #expect(grid.contains { $0.contains("资料评审 · 已交 5/5 · 均值 680.00") })
        try tmux.send(keys: "F6")
        let ranking = try tmux.waitFor("the ranking with A2026-003 at 680.00") { lines in
            lines.contains { $0.contains("A2026-003") && $0.contains("680.00") && $0.contains("✓") }
        }
        #expect(!ranking.contains { $0.contains("分数线并列") })
        let a3 = ranking.firstIndex { $0.contains("A2026-003") && $0.contains("680.00") }
        let cut = ranking.firstIndex { $0.contains("1:1.5 入围线") }
        #expect(a3 != nil && cut != nil && a3! < cut!)
        try tmux.send(keys: "q")
        try tmux.waitForShellPrompt()
        // What the screen showed is what was saved: the command line reads the same ranking.
        let rank = try Self.qaward(["rank", "--data", dir.path, "--stage", "document", "--format", "table"])
        #expect(rank.out.split(separator: "\n").contains { $0.contains("A2026-003") && $0.contains("680.00") }, "\(rank.err)")
    }

    @Test func rankAndShortlistAsJSON() throws {
        // 第十一条（三）: 2 places → 3 invited; A2026-003 and A2026-019 tie at the cut on 650.00.
        let dir = try Self.sampleDirectory()
        let r = try Self.qaward(["rank", "--data", dir.path, "--stage", "document", "--format", "json"])
        #expect(r.status == 0)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        #expect(doc["invited"] as? Int == 3)
        #expect(doc["tieAtCut"] as? [String] == ["A2026-003", "A2026-019"])
        let apps = try #require(doc["applicants"] as? [[String: Any]])
        #expect(apps.map { $0["id"] as? String } == ["A2026-001", "A2026-014", "A2026-003", "A2026-019", "A2026-002"])
        #expect(apps[0]["document"] as? String == "791.00")
        #expect(apps[0]["rank"] as? Int == 1)
        #expect(apps[0]["composite"] is NSNull)
        #expect(apps[2]["rank"] as? Int == 3 && apps[3]["rank"] as? Int == 3)
        #expect(apps[3]["tiedAtCut"] as? Bool == true)
        #expect(apps[4]["document"] as? String == "620.00")
        let s = try Self.qaward(["shortlist", "--data", dir.path, "--format", "table"])
        #expect(s.out.contains("名额 2，按1:1.5邀请 3 家，已入围 2 家"))
        #expect(s.out.contains("分数线并列，待办公室决定：A2026-003、A2026-019"))
    }

    @Test func scoresImportIsAllOrNothing() throws {
        // A file whose second sheet has a 7 % item imports nothing and names the row and column.
        let dir = try Self.sampleDirectory()
        let csv = "\u{FEFF}评审组,申报编号,专家编号,阶段,条目,得分率,评语\r\n"
            + "P2026-01,A2026-003,E033,D,4.1.2,80,\r\n"
            + "P2026-02,A2026-019,E021,D,4.7.5,7,\r\n"
        let file = dir.deletingLastPathComponent().appendingPathComponent("bad.csv")
        try Data(csv.utf8).write(to: file)
        let bad = try Self.qaward(["scores", "import", file.path, "--data", dir.path])
        #expect(bad.status == 1)
        #expect(bad.err.contains("没有导入任何数据"))
        #expect(bad.err.contains("第3行"))
        let export = dir.deletingLastPathComponent().appendingPathComponent("out.csv")
        let ex = try Self.qaward(["scores", "export", export.path, "--data", dir.path])
        #expect(ex.out.contains("已导出 24 张评分表"))
        let text = try String(contentsOf: export, encoding: .utf8)
        #expect(!text.contains("A2026-003,E033"))
        // The good row alone imports: one sheet, 1 row × 7 columns.
        try Data((csv.split(separator: "\r\n").prefix(2).joined(separator: "\r\n") + "\r\n").utf8).write(to: file)
        let good = try Self.qaward(["scores", "import", file.path, "--data", dir.path])
        #expect(good.status == 0)
        #expect(good.out.contains("已导入 1 张评分表（1 行 × 7 列）"))
    }
}
