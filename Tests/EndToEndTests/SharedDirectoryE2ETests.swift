import Foundation
import Testing

/// A review meeting on one data directory: the office's UI and two reviewers' UIs open at once,
/// each in its own terminal; the reviewers type and submit their sheets (第十一条（三）), the
/// office sees them without restarting, a command-line import runs meanwhile, and the audit holds.
@Suite(.serialized) struct SharedDirectoryE2ETests {
    /// On `init --sample` (board date 2026-04-21, document review):
    /// - E033 has not started A2026-003: 23 items at 80 % → 800.00; A2026-003's mean becomes
    ///   (640 + 655 + 650 + 655 + 800) / 5 = 680.00 (as in ScoringEndToEndTests).
    /// - E021 has scored 20 of 23 items of A2026-019 (618.00); the last three, 4.7.5 (60 points),
    ///   4.7.6 (50) and 4.7.7 (50), at 70 % add 42 + 35 + 35 = 112 → 730.00.
    /// The office's scoring screen counts the submitted sheets: two more once both are in.
    @Test func officeAndTwoReviewersWorkOnOneDirectoryAtOnce() throws {
        guard Tmux.isAvailable else {
            Issue.record("tmux is not installed")
            return
        }
        let dir = Paths.temporaryDirectory().appendingPathComponent("data")
        #expect(try Run(["--data", dir.path, "init", "--sample"]).status == 0)
        let open = "\(Paths.binary) --data \(dir.path) --today 2026-04-21"
        let office = try Tmux(command: open)
        try office.waitFor(text: "组织名录 22 家")
        let e033 = try Tmux(command: open + " --reviewer E033")
        let e021 = try Tmux(command: open + " --reviewer E021")
        try e033.waitFor(text: "本人参加的评审组")
        try e021.waitFor(text: "本人参加的评审组")

        try office.send(literal: "4")
        let before = try office.waitFor("the office's sheet count") { $0.contains { $0.contains("资料评审 · 评分表 25 张 · 已提交") } }
        let submitted = try #require(Self.submittedCount(before))

        // E033 types a whole sheet.
        try e033.send(literal: "4")
        try e033.waitFor(text: "A2026-003")
        try e033.send(keys: "Down", "Down", "Enter")
        try e033.waitFor(text: "E033 肖永明 · 未开始")
        for i in 0..<23 {
            try e033.send(literal: "80")
            try e033.send(keys: "Enter")
            try e033.waitFor(text: "已评 \(i + 1)/23")
        }
        try e033.waitFor(text: "合计 800.00 / 1000")

        // Meanwhile the office imports an organization from the command line.
        let csv = dir.deletingLastPathComponent().appendingPathComponent("orgs.csv")
        let header = try String(contentsOf: Paths.packageRoot.appendingPathComponent("sample-data/orgs.csv"), encoding: .utf8)
            .split(separator: "\n").first.map(String.init) ?? ""
        let first17 = "91320900MA9XK0001"
        let row = "O0901,盐城会中导入测试有限公司,\(first17)\(Self.check(first17)),是,亭湖区,是,否,装备制造,,2015-04-18,,,,,,,否"
        try Data((header + "\n" + row + "\n").utf8).write(to: csv)
        let imported = try Run(["--data", dir.path, "import", "orgs", csv.path])
        #expect(imported.status == 0, "\(imported.stderr)")

        try e033.send(literal: "s")

        try e033.waitFor(text: "提交评分表") // asked first: a submitted sheet only the office can reopen

        try e033.send(keys: "Enter")
        try e033.waitFor(text: "E033 肖永明 · 已提交")

        // E021 completes the last three items and submits.
        try e021.send(literal: "4")
        try e021.waitFor(text: "A2026-019")
        try e021.send(keys: "Down", "Enter")
        try e021.waitFor(text: "已评 20/23")
        for _ in 0..<20 { try e021.send(keys: "Down") }
        for i in 20..<23 {
            try e021.send(literal: "70")
            try e021.send(keys: "Enter")
            try e021.waitFor(text: "已评 \(i + 1)/23")
        }
        try e021.waitFor(text: "合计 730.00 / 1000")
        try e021.send(literal: "s")
        try e021.waitFor(text: "提交评分表") // asked first: a submitted sheet only the office can reopen
        try e021.send(keys: "Enter")
        try e021.waitFor(text: "E021 郑建国 · 已提交")

        // The office, never restarted, shows both sheets and the imported organization.
        try office.waitFor(text: "已提交 \(submitted + 2) 张")
        try office.send(literal: "1")
        try office.waitFor(text: "组织名录 23 家")

        for t in [e033, e021, office] {
            try t.send(keys: "F10")
            try t.waitForShellPrompt()
        }
        let verify = try Run(["--data", dir.path, "audit", "verify"])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        let rank = try Run(["--data", dir.path, "rank", "--stage", "document", "--format", "table"])
        #expect(rank.stdout.split(separator: "\n").contains { $0.contains("A2026-003") && $0.contains("680.00") }, "\(rank.stdout)")
    }

    static func submittedCount(_ lines: [String]) -> Int? {
        guard let line = lines.first(where: { $0.contains("已提交") && $0.contains("评分表 25 张") }),
              let r = line.range(of: "已提交 ") else { return nil }
        return Int(line[r.upperBound...].prefix { $0.isNumber })
    }

    /// GB 32100 check character of a credit code's first 17 characters.
    static func check(_ first17: String) -> String {
        let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
        let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
        let sum = zip(first17, weights).reduce(0) { $0 + (alphabet.firstIndex(of: $1.0) ?? 0) * $1.1 }
        return String(alphabet[(31 - sum % 31) % 31])
    }
}
