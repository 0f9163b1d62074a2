import Foundation
import Testing

/// `qaward findings`, `consensus` and `report` through the real binary on the sample
/// (第十一条（三）、（五）、（六）): a findings file out and back in, the deliberation as JSON, the
/// leader's rule for who agrees, and the reports written 0600.
@Suite struct ReviewCLITests {
    /// sample-data/scores.csv holds 20 findings: A2026-001 4.1.2 4, 4.2.2 3, 4.3.3 2, 4.5.3 1,
    /// 4.6.3 2, 4.7.2 3, 4.7.5 1 (16); A2026-014 4.1.2 1, 4.4.2 2, 4.7.3 1 (4).
    /// The sample's A2026-002 sheet of E036 is a draft (docs/scoring.md): a file giving it one more
    /// pair of strengths goes in; a submitted sheet refuses one.
    @Test func findingsOutAndBackIn() throws {
        let dir = try Run.sampleDirectory()
        let file = Paths.temporaryDirectory().appendingPathComponent("findings.csv").path
        let out = try Run(["--data", dir, "findings", "export", file])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("已导出 20 条评审意见"))
        #expect(try posixMode(file) == 0o600)
        let exported = try String(contentsOfFile: file, encoding: .utf8)
        #expect(exported.contains("评审组,申报编号,专家编号,阶段,条目,优势,改进机会,已确认,未确认"))

        let input = Paths.temporaryDirectory().appendingPathComponent("in.csv").path
        try "评审组,申报编号,专家编号,阶段,条目,优势\nP2026-01,A2026-002,E036,D,4.5.2,\"流程图完整\n关键过程有测量\"\n".write(toFile: input, atomically: true, encoding: .utf8)
        let before = try Run(["--data", dir, "scores", "export", Paths.temporaryDirectory().appendingPathComponent("s1.csv").path])
        #expect(before.status == 0)
        let imp = try Run(["--data", dir, "findings", "import", input])
        #expect(imp.status == 0, "\(imp.stderr)")
        let again = try Run(["--data", dir, "findings", "export", file])
        #expect(again.stdout.contains("已导出 22 条评审意见"))
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("P2026-01,A2026-002,E036,资料评审,4.5.2,\"流程图完整\n关键过程有测量\""))

        // A submitted sheet refuses an imported finding, naming the row; nothing changes.
        try "评审组,申报编号,专家编号,阶段,条目,优势\nP2026-01,A2026-001,E002,D,4.5.2,新意见\n".write(toFile: input, atomically: true, encoding: .utf8)
        let refused = try Run(["--data", dir, "findings", "import", input])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("第2行"))
    }

    /// The deliberation on A2026-001 shows 4.1.4 first (members 85, 85, 55, 80, 95: bands 3 to 5,
    /// two apart) and the sample's agreed score 800.75.
    @Test func consensusShowAndAgree() throws {
        let dir = try Run.sampleDirectory()
        let show = try Run(["--data", dir, "consensus", "show", "--panel", "P2026-01", "--stage", "D", "--application", "A2026-001", "--format", "json"])
        #expect(show.status == 0, "\(show.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [[String: Any]])
        let d = try #require(json.first)
        #expect(d["leader"] as? String == "E002")
        #expect(d["agreed"] as? String == "800.75")
        #expect(d["sheetMean"] as? String == "791.00")
        let items = try #require(d["items"] as? [[String: Any]])
        #expect(items.first?["id"] as? String == "4.1.4")
        #expect(items.first?["flagged"] as? Bool == true)
        #expect(items.first?["bandsApart"] as? Int == 2)
        #expect((d["findings"] as? [[String: Any]])?.first?["authors"] as? [String] == ["E002", "E011"])

        // A member other than the leader cannot agree for the panel; the leader can, outside the
        // members' range only with a reason.
        let member = try Run(["--data", dir, "--operator", "E011", "consensus", "agree", "--panel", "P2026-01", "--stage", "D",
                              "--application", "A2026-001", "--item", "4.1.4", "--percent", "80"])
        #expect(member.status == 1)
        #expect(member.stderr.contains("只有组长 E002 或办公室可以记录合议得分"))
        let noReason = try Run(["--data", dir, "--operator", "E002", "consensus", "agree", "--panel", "P2026-01", "--stage", "D",
                                "--application", "A2026-001", "--item", "4.1.4", "--percent", "100"])
        #expect(noReason.status == 1)
        #expect(noReason.stderr.contains("55%–95%"))
        let ok = try Run(["--data", dir, "--operator", "E002", "consensus", "agree", "--panel", "P2026-01", "--stage", "D",
                          "--application", "A2026-001", "--item", "4.1.4", "--percent", "100", "--reason", "现场补充了社会责任报告"])
        #expect(ok.status == 0, "\(ok.stderr)")
        // 4.1.4 (30 points) from 85 % to 100 %: 800.75 + 30 × 15 % = 805.25.
        #expect(ok.stdout.contains("合议得分 805.25"))
        let waiting = try Run(["--data", dir, "consensus", "agree", "--panel", "P2026-01", "--stage", "D",
                               "--application", "A2026-002", "--item", "4.1.4", "--percent", "80"])
        #expect(waiting.status == 1)
        #expect(waiting.stderr.contains("E036"))
    }

    @Test func reportsAreWrittenPrivately() throws {
        let dir = try Run.sampleDirectory()
        let out = Paths.temporaryDirectory().appendingPathComponent("report.md").path
        let r = try Run(["--data", dir, "report", "document-review", "--application", "A2026-001", "--format", "markdown", "--out", out])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try posixMode(out) == 0o600)
        let md = try String(contentsOfFile: out, encoding: .utf8)
        #expect(md.hasPrefix("# 2026年度盐城市市长质量奖资料评审报告"))
        #expect(md.contains("| 4.1.2 | 高层领导的作用 | 50 | 75% | 37.50 |"))
        let en = try Run(["--data", dir, "--lang", "en", "report", "feedback", "--application", "A2026-014"])
        #expect(en.status == 0, "\(en.stderr)")
        #expect(en.stdout.contains("feedback report") && en.stdout.contains("Score band"))
        let composite = try Run(["--data", dir, "report", "composite"])
        #expect(composite.status == 0 && composite.stdout.contains("综合评价报告"))
        // Word: a package (ZIP) written 0600; several reports go into one file, each from a new page.
        let docx = Paths.temporaryDirectory().appendingPathComponent("report.docx").path
        let w = try Run(["--data", dir, "report", "feedback", "--application", "A2026-001", "--format", "docx", "--out", docx])
        #expect(w.status == 0, "\(w.stderr)")
        #expect(try posixMode(docx) == 0o600)
        #expect(FileManager.default.contents(atPath: docx)?.prefix(2) == Data("PK".utf8))
        let many = try Run(["--data", dir, "report", "feedback", "--format", "docx", "--out", docx])
        #expect(many.status == 0 && many.stdout.contains(docx), "\(many.stderr)")
        let noOut = try Run(["--data", dir, "report", "feedback", "--format", "docx"])
        #expect(noOut.status == 1 && noOut.stderr.contains("--out"))
        let bad = try Run(["--data", dir, "report", "onsite", "--application", "A2026-999"])
        #expect(bad.status == 1 && bad.stderr.contains("A2026-999"))
    }

    private func posixMode(_ path: String) throws -> Int {
        ((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? 0) & 0o777
    }
}
