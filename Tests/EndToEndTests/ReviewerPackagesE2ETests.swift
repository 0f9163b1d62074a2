import Foundation
import Testing

/// Reviewers on their own machines (第二十条 保守秘密), in the real binary: the office draws a
/// panel of three and exports a package for each member; each reviewer makes keys in a directory
/// of their own, which the office records; one scores in the terminal UI opened on the package,
/// two import scores drafted in Excel; each submits a signed return, which the office imports;
/// the ranking shows the panel's score.
@Suite(.serialized) struct ReviewerPackagesE2ETests {
    @Test func threeReviewersScoreInTheirOwnDirectoriesAndTheRankingShowsThePanel() throws {
        let root = Paths.temporaryDirectory()
        let data = root.appendingPathComponent("office").path
        @discardableResult
        func q(_ args: [String]) throws -> Run {
            let r = try Run(args + ["--lang", "en"])
            #expect(r.status == 0, "qaward \(args.joined(separator: " ")) failed: \(r.stderr)")
            return r
        }
        let initRun = try q(["--data", data, "init", "--sample"])
        #expect(initRun.stdout.contains("Office signing key fingerprint:"))
        func currentMembers(_ r: Run) throws -> [String] {
            let line = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("Current members: ") })
            return line.dropFirst("Current members: ".count).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        // One standing panel per applicant (第十一条（三）): the sample's second draw is voided first.
        // Its sheets are set aside with it, so a member of it drawn again here starts afresh.
        try q(["--data", data, "draw", "void", "D2026-02-1", "--reason", "重新组建评审组"])
        let record = try q(["--data", data, "draw", "new", "--panel", "P2026-03", "--applications", "A2026-014,A2026-019",
                            "--dates", "2026-05-06~2026-05-08", "--size", "3", "--alternates", "0", "--supervisor", "王纪检"])
        let members = try currentMembers(record)
        #expect(members.count == 3)
        #expect(record.stdout.contains("Office signing key fingerprint"))

        var packages: [String: String] = [:]
        for e in members {
            let rdir = root.appendingPathComponent("reviewer-\(e)").path
            let made = try q(["reviewer", "init", "--expert", e, "--dir", rdir])
            let fingerprint = try #require(made.stdout.split(separator: "\n").last).trimmingCharacters(in: .whitespaces)
            let recorded = try q(["--data", data, "experts", "key", e, "--import", "\(rdir)/\(e).pub.json"])
            #expect(recorded.stdout.contains(fingerprint), "the office reads back the fingerprint the expert made")
            let pkg = root.appendingPathComponent("\(e).qpkg").path
            try q(["--data", data, "package", "export", "--panel", "P2026-03", "--stage", "D", "--expert", e, "--out", pkg])
            let mode = try FileManager.default.attributesOfItem(atPath: pkg)[.posixPermissions] as? Int
            #expect(mode == 0o600)
            packages[e] = pkg
        }

        // One member's package does not open with another member's keys.
        let wrong = try Run(["reviewer", "submit", packages[members[0]]!, "--dir", root.appendingPathComponent("reviewer-\(members[1])").path,
                             "--out", root.appendingPathComponent("x.qret").path, "--lang", "en"])
        #expect(wrong.status == 1 && wrong.stderr.contains("the keys here"), "\(wrong.stderr)")

        // The first member scores in the terminal: both applicants, every item at 80 % and 70 %.
        let first = members[0]
        let tmux = try Tmux(command: "\(Paths.binary) reviewer open \(packages[first]!) --dir \(root.path)/reviewer-\(first) --today 2026-05-06")
        try tmux.waitFor(text: "P2026-03")
        try tmux.send(literal: "4")
        try tmux.waitFor(text: "评分表 2 张")
        for (row, percent) in [(0, 80), (1, 70)] {
            if row == 1 { try tmux.send(keys: "Down") }
            try tmux.send(keys: "Enter")
            try tmux.waitFor(text: "已评 0/23")
            for i in 0..<23 {
                try tmux.send(literal: "\(percent)")
                try tmux.send(keys: "Enter")
                try tmux.waitFor(text: "已评 \(i + 1)/23")
            }
            try tmux.waitFor(text: "合计 \(percent * 10).00 / 1000")
            try tmux.send(literal: "s")
            try tmux.waitFor(text: "提交评分表") // asked first: a submitted sheet only the office can reopen
            try tmux.send(keys: "Enter")
            try tmux.waitFor(text: "已提交")
            try tmux.send(keys: "Escape")
            try tmux.waitFor(text: "已提交 \(row + 1) 张")
        }
        // The reviewer sees only their own sheets (第二十条).
        let list = try tmux.screen()
        let others = members.dropFirst()
        #expect(!list.contains { line in others.contains { line.contains($0) } })
        try tmux.send(keys: "q")
        try tmux.waitForShellPrompt()

        // The other two draft in Excel: 70/60 % and 60/50 % on every item.
        let items = try Self.rubricItems()
        for (e, p) in [(members[1], 70), (members[2], 60)] {
            var csv = "panel_id,application_id,expert_id,stage,item_id,percent\n"
            for (app, pct) in [("A2026-014", p), ("A2026-019", p - 10)] {
                for item in items { csv += "P2026-03,\(app),\(e),D,\(item),\(pct)\n" }
            }
            let file = root.appendingPathComponent("\(e).csv")
            try csv.write(to: file, atomically: true, encoding: .utf8)
            let r = try q(["reviewer", "scores", packages[e]!, "--dir", root.appendingPathComponent("reviewer-\(e)").path,
                           "--import", file.path, "--submit"])
            #expect(r.stdout.contains("submitted 2"))
        }

        // Each returns the signed sheets; the office imports them.
        for e in members {
            let ret = root.appendingPathComponent("\(e).qret").path
            try q(["reviewer", "submit", packages[e]!, "--dir", root.appendingPathComponent("reviewer-\(e)").path, "--out", ret])
            let imported = try q(["--data", data, "package", "import", ret])
            #expect(imported.stdout.contains("Imported 2 score sheet(s)") && imported.stdout.contains("signed by \(e), key"))
        }
        // A second import of the same return is a replay.
        let replay = try Run(["--data", data, "--lang", "en", "package", "import", root.appendingPathComponent("\(members[0]).qret").path])
        #expect(replay.status == 1 && replay.stderr.contains("replayed return"))

        // A2026-014: (800 + 700 + 600) / 3 = 700.00; A2026-019: (700 + 600 + 500) / 3 = 600.00.
        let rank = try q(["--data", data, "rank", "--stage", "document"])
        let rows = rank.stdout.split(separator: "\n")
        #expect(rows.contains { $0.contains("A2026-014") && $0.contains("700.00") }, "\(rank.stdout)")
        #expect(rows.contains { $0.contains("A2026-019") && $0.contains("600.00") }, "\(rank.stdout)")
        let log = try q(["--data", data, "audit", "log"])
        #expect(members.allSatisfy { e in log.stdout.contains("signed by \(e), key") })
    }

    static func rubricItems() throws -> [String] {
        let url = Paths.packageRoot.appendingPathComponent("Sources/AwardDomain/Resources/gbt19580-items.json")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        let categories = json?["categories"] as? [[String: Any]] ?? []
        return categories.flatMap { ($0["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } }
    }
}
