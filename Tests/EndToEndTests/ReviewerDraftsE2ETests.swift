import Foundation
import Testing

/// A reviewer's drafts follow a newer package (docs/reviewer-packages.md, “When the office issues
/// a newer package”), in the real binary: the office issues package 1 to two members; each drafts
/// scores from Excel without submitting; the office changes the document-review rubric (item
/// 4.1.4 removed) and issues package 2; one member opens package 2 in the terminal UI and finds
/// the drafts there, told so in Chinese on the status line and, after quitting, in full in the
/// terminal; the other imports the rest of their scores into package 2 in English, submits and
/// returns, and the office ranks the carried scores.
@Suite(.serialized) struct ReviewerDraftsE2ETests {
    @Test func draftsTypedInAnOlderPackageAreThereWhenTheNewerOneIsOpened() throws {
        let root = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let data = root.appendingPathComponent("office").path
        @discardableResult
        func q(_ args: [String], lang: String = "en") throws -> Run {
            let r = try Run(args + ["--lang", lang])
            #expect(r.status == 0, "qaward \(args.joined(separator: " ")) failed: \(r.stderr)")
            return r
        }
        try q(["--data", data, "init", "--sample"])
        // One standing panel per applicant (第十一条（三）): the sample's second draw is voided first.
        try q(["--data", data, "draw", "void", "D2026-02-1", "--reason", "重新组建评审组"])
        let record = try q(["--data", data, "draw", "new", "--panel", "P2026-03", "--applications", "A2026-014,A2026-019",
                            "--dates", "2026-05-06~2026-05-08", "--size", "3", "--alternates", "0", "--supervisor", "王纪检"])
        let line = try #require(record.stdout.split(separator: "\n").first { $0.hasPrefix("Current members: ") })
        let members = line.dropFirst("Current members: ".count).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let (ui, cli) = (members[0], members[1])
        func rdir(_ e: String) -> String { root.appendingPathComponent("reviewer-\(e)").path }
        func pkg(_ e: String, _ n: Int) -> String { root.appendingPathComponent("\(e)-\(n).qpkg").path }

        let items = try ReviewerPackagesE2ETests.rubricItems()
        #expect(items.count == 23 && items.contains("4.1.4"))
        for (e, percent) in [(ui, 80), (cli, 70)] {
            try q(["reviewer", "init", "--expert", e, "--dir", rdir(e)])
            try q(["--data", data, "experts", "key", e, "--import", "\(rdir(e))/\(e).pub.json"])
            try q(["--data", data, "package", "export", "--panel", "P2026-03", "--stage", "D", "--expert", e, "--out", pkg(e, 1)])
            // Drafts, not submitted: A2026-014 every item, A2026-019 the first five.
            var csv = "panel_id,application_id,expert_id,stage,item_id,percent\n"
            for item in items { csv += "P2026-03,A2026-014,\(e),D,\(item),\(percent)\n" }
            for item in items.prefix(5) { csv += "P2026-03,A2026-019,\(e),D,\(item),\(percent - 10)\n" }
            let file = root.appendingPathComponent("\(e)-draft.csv")
            try csv.write(to: file, atomically: true, encoding: .utf8)
            let r = try q(["reviewer", "scores", pkg(e, 1), "--dir", rdir(e), "--import", file.path])
            #expect(r.stdout.contains("Imported 2 score sheets") && !r.stdout.contains("submitted"))
        }

        // The office changes the document-review rubric (4.1.4's 30 points to 4.1.2) and re-issues.
        let rubricURL = Paths.packageRoot.appendingPathComponent("Sources/AwardDomain/Resources/gbt19580-items.json")
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: rubricURL)) as? [String: Any])
        var categories = try #require(json["categories"] as? [[String: Any]])
        var first = try #require(categories[0]["items"] as? [[String: Any]])
        #expect(first.map { $0["id"] as? String } == ["4.1.2", "4.1.3", "4.1.4"])
        first[0]["points"] = (first[0]["points"] as? Int ?? 0) + (first[2]["points"] as? Int ?? 0)
        categories[0]["items"] = Array(first.prefix(2))
        json["categories"] = categories
        let rubric = root.appendingPathComponent("rubric-D.json")
        try JSONSerialization.data(withJSONObject: json).write(to: rubric)
        try q(["--data", data, "rubric", "install", rubric.path, "--stage", "D"])
        for e in [ui, cli] {
            let r = try q(["--data", data, "package", "export", "--panel", "P2026-03", "--stage", "D", "--expert", e, "--out", pkg(e, 2)])
            #expect(r.stdout.contains("number 2"))
        }
        let olderFolder = "\(rdir(ui))/packages/P2026-03.D.\(ui).1"
        let olderJournal = try Data(contentsOf: URL(fileURLWithPath: "\(olderFolder)/journal.jsonl"))

        // Rule 2, in Chinese and on the screen: the first member opens package 2 in the score grid.
        let tmux = try Tmux(command: "\(Paths.binary) reviewer open \(pkg(ui, 2)) --dir \(rdir(ui)) --today 2026-05-06")
        // Carried: A2026-014 22 items (23 less 4.1.4), A2026-019 4 (its first five are 4.1.2,
        // 4.1.3, 4.1.4, 4.2.2, 4.2.3): 26 values on 2 sheets; 4.1.4 (80 % and 70 %) stays behind.
        try tmux.waitFor(text: "已从旧评审包 P2026-03.D.\(ui).1 带入草稿：2 张评分表共 26 项")
        try tmux.waitFor(text: "未能带入 2 项")
        try tmux.send(literal: "4")
        try tmux.waitFor(text: "评分表 2 张")
        let grid = try tmux.screen()
        #expect(grid.contains { $0.contains("A2026-014") && $0.contains("22/22") && $0.contains("800.00") }, "\(grid.joined(separator: "\n"))")
        // A2026-019: 4.1.2 (50 + 30 = 80 points now) + 4.1.3 (30) + 4.2.2 (40) + 4.2.3 (50) = 200 × 70 % = 140.00.
        #expect(grid.contains { $0.contains("A2026-019") && $0.contains("4/22") && $0.contains("140.00") }, "\(grid.joined(separator: "\n"))")
        try tmux.send(keys: "q")
        let after = try tmux.waitForShellPrompt()
        // The full account is in the terminal once the grid is closed, naming the item left behind.
        #expect(after.contains { $0.contains("未能带入 2 项") })
        #expect(after.contains { $0.contains("A2026-014 第 4.1.4 项 80%") && $0.contains("条目 4.1.4 不在评分细则") })
        // The older folder was only read.
        #expect(try Data(contentsOf: URL(fileURLWithPath: "\(olderFolder)/journal.jsonl")) == olderJournal)

        // Rule 2 in English, on the command line: the second member completes A2026-019 in package 2
        // (the 18 items after its first five) and submits both sheets; the carried values travel.
        var rest = "panel_id,application_id,expert_id,stage,item_id,percent\n"
        for item in items.dropFirst(5) where item != "4.1.4" { rest += "P2026-03,A2026-019,\(cli),D,\(item),60\n" }
        let restFile = root.appendingPathComponent("\(cli)-rest.csv")
        try rest.write(to: restFile, atomically: true, encoding: .utf8)
        let scored = try q(["reviewer", "scores", pkg(cli, 2), "--dir", rdir(cli), "--import", restFile.path, "--submit"])
        #expect(scored.stderr.contains("Package P2026-03.D.\(cli).2 replaces P2026-03.D.\(cli).1"), "\(scored.stderr)")
        #expect(scored.stderr.contains("26 value(s) on 2 sheet(s)") && scored.stderr.contains("A2026-019: 4 score(s)"))
        #expect(scored.stderr.contains("2 value(s) could not be carried") && scored.stderr.contains("A2026-014 item 4.1.4 70%: Item 4.1.4 is not in the rubric"))
        #expect(scored.stdout.contains("submitted 2"), "\(scored.stdout)")
        // The older package, opened again, says it is replaced.
        let stale = try Run(["reviewer", "submit", pkg(cli, 1), "--dir", rdir(cli), "--out", root.appendingPathComponent("stale.qret").path, "--lang", "en"])
        #expect(stale.stderr.contains("package P2026-03.D.\(cli).1 is replaced by P2026-03.D.\(cli).2"))

        let ret = root.appendingPathComponent("\(cli).qret").path
        try q(["reviewer", "submit", pkg(cli, 2), "--dir", rdir(cli), "--out", ret])
        let imported = try q(["--data", data, "package", "import", ret])
        #expect(imported.stdout.contains("Imported 2 score sheet(s)"))
        // At the office, the expert's sheets as exported: A2026-014 the 22 carried items at 70 %;
        // A2026-019 the 4 carried at 60 % and the 18 imported at 60 %; no 4.1.4 on either.
        let export = root.appendingPathComponent("scores.csv").path
        try q(["--data", data, "scores", "export", export])
        let lines = try String(contentsOfFile: export, encoding: .utf8).split(whereSeparator: \.isNewline)
        let header = try #require(lines.first).split(separator: ",").map(String.init)
        let (app, expert, item, percent) = (try #require(header.firstIndex(of: "application_id")), try #require(header.firstIndex(of: "expert_id")),
                                            try #require(header.firstIndex(of: "item_id")), try #require(header.firstIndex(of: "percent")))
        let mine = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }.filter { $0[expert] == cli }
        for (a, p) in [("A2026-014", "70"), ("A2026-019", "60")] {
            let rows = mine.filter { $0[app] == a }
            #expect(rows.count == 22 && rows.allSatisfy { $0[percent] == p } && !rows.contains { $0[item] == "4.1.4" }, "\(a): \(rows)")
        }
    }
}
