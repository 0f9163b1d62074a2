import Foundation
import Testing

/// `qaward draw commit` then `qaward draw reveal` (第十一条（三）; RULES.md §3: the seed is
/// committed to before the draw): the commitment is journaled and published (printed, exported
/// with the journal head) while the seed stays secret in a 0600 file outside every audited file;
/// the reveal consumes it, the record gives the three times, and `draw verify` replays it. Panel
/// P2026-03 as in DrawCLITests: A2026-001 and A2026-002, 2026-05-10~12, 37 of 40 experts eligible.
@Suite struct DrawCommitRevealCLITests {
    /// The seed files kept for draw `id`: `draw-<id>-<first 16 digits of the commitment>.seed`.
    static func seedFiles(_ dir: String, _ id: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { $0.hasPrefix("draw-\(id)-") && $0.hasSuffix(".seed") }.sorted().map { dir + "/" + $0 }
    }

    @Test func commitPublishesTheCommitmentKeepsTheSeedSecretAndRevealDrawsIt() throws {
        let dir = try Run.sampleDirectoryWithFirstPanelVoided()
        let notice = Paths.temporaryDirectory().appendingPathComponent("commitment.docx")
        let commit = try Run(["draw", "commit", "--data", dir, "--size", "5", "--export", notice.path] + DrawCLITests.panelArgs)
        #expect(commit.status == 0, "\(commit.stderr)")
        #expect(commit.stdout.contains("盐城市市长质量奖评审专家抽取承诺公告"))
        #expect(commit.stdout.contains("抽取编号：D2026-03-1"))
        #expect(commit.stdout.contains("揭示时间：尚未揭示"))
        #expect(commit.stdout.contains("监督人签字（揭示前）"))
        #expect(commit.stdout.contains("本文件生成时审计日志位于第"))
        // The commitment printed is the one journaled; the seed is nowhere in the audited files.
        let shown = try Run(["draw", "show", "--data", dir, "D2026-03-1", "--format", "json"])
        let pending = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        let commitment = try #require(pending["commitment"] as? String)
        #expect(commit.stdout.contains("承诺值（随机种子的 SHA-256）：" + commitment))
        #expect(pending["seed"] == nil)
        #expect(pending["commitmentPublishedAt"] is String)
        // One file, named for the draw and the start of its commitment.
        #expect(Self.seedFiles(dir, "D2026-03-1") == [dir + "/draw-D2026-03-1-\(commitment.prefix(16)).seed"])
        let seedPath = try #require(Self.seedFiles(dir, "D2026-03-1").first)
        let attributes = try FileManager.default.attributesOfItem(atPath: seedPath)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let seed = try String(contentsOfFile: seedPath, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(seed.count == 64)
        for file in ["journal.jsonl", "cycles/2026.json", "registry.json"] {
            let text = try String(contentsOfFile: dir + "/" + file, encoding: .utf8)
            #expect(!text.contains(seed), "\(file) holds the seed before the reveal")
        }
        // The notice as Word, read back by python-docx.
        try OfficeFilesEndToEndTests().check([.init(path: notice.path, texts: ["盐城市市长质量奖评审专家抽取承诺公告", commitment, "第十一条（三）"])],
                                             in: Paths.temporaryDirectory())
        let noticeMode = try FileManager.default.attributesOfItem(atPath: notice.path)[.posixPermissions] as? Int
        #expect(noticeMode == 0o600)

        let reveal = try Run(["draw", "reveal", "--data", dir, "D2026-03-1"])
        #expect(reveal.status == 0, "\(reveal.stderr)")
        #expect(reveal.stdout.contains("随机种子：" + seed))
        #expect(reveal.stdout.contains("抽取顺序（前 5 名为组员）"))
        #expect(!FileManager.default.fileExists(atPath: seedPath))
        let record = try #require(try JSONSerialization.jsonObject(with: Data(try Run(["draw", "show", "--data", dir, "D2026-03-1", "--format", "json"]).stdout.utf8)) as? [String: Any])
        let committedAt = try #require(record["committedAt"] as? String)
        let publishedAt = try #require(record["commitmentPublishedAt"] as? String)
        let revealedAt = try #require(record["revealedAt"] as? String)
        // Stored times share one layout (…T09:30:00.000+08:00), so text order is time order.
        #expect(committedAt <= publishedAt && publishedAt <= revealedAt)
        #expect(reveal.stdout.contains("承诺公布时间：" + String(publishedAt.prefix(10)) + " " + String(publishedAt.dropFirst(11).prefix(8))))
        let verify = try Run(["draw", "verify", "--data", dir, "D2026-03-1"])
        #expect(verify.status == 0)
        #expect(verify.stdout.contains("复核一致"))
        #expect(try Run(["audit", "verify", "--data", dir]).status == 0)
        // Revealed once only.
        let again = try Run(["draw", "reveal", "--data", dir, "D2026-03-1"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("已于") && again.stderr.contains("公开种子，不能再次公开"))
    }

    @Test func revealOfAnUnknownDrawOrOneWithoutItsSeedIsRefusedAndChangesNothing() throws {
        let dir = try Run.sampleDirectoryWithFirstPanelVoided()
        let head = try Run(["audit", "head", "--data", dir, "--short"]).stdout
        let unknown = try Run(["draw", "reveal", "--data", dir, "D2026-09-1"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("没有编号为 D2026-09-1 的抽取记录"))
        let en = try Run(["draw", "reveal", "--data", dir, "--lang", "en", "D2026-09-1"])
        #expect(en.stderr.contains("No draw record with id D2026-09-1"))
        #expect(try Run(["audit", "head", "--data", dir, "--short"]).stdout == head)
        // A commitment refused by the procedure (A2026-014 already sits on P2026-02: 第十一条（三）)
        // leaves neither a record nor a seed behind.
        let refused = try Run(["draw", "commit", "--data", dir, "--panel", "P2026-09", "--applications", "A2026-014",
                               "--dates", "2026-05-10~2026-05-12", "--supervisor", "李监督"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("已由评审组 P2026-02 评审") && refused.stderr.contains("第十一条（三）"))
        #expect(try Run(["audit", "head", "--data", dir, "--short"]).stdout == head)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".seed") }.isEmpty)
        // A commitment whose seed is gone (made elsewhere, or lost) cannot be revealed: void it.
        let json = try Run(["draw", "commit", "--data", dir, "--size", "5", "--format", "json"] + DrawCLITests.panelArgs)
        #expect(json.status == 0)
        let made = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(made["draw"] as? String == "D2026-03-1")
        #expect((made["commitment"] as? String)?.count == 64)
        #expect(made["publishedAt"] as? String != nil && made["head"] as? String != nil)
        for file in Self.seedFiles(dir, "D2026-03-1") { try FileManager.default.removeItem(atPath: file) }
        let before = try Run(["audit", "head", "--data", dir, "--short"]).stdout
        let lost = try Run(["draw", "reveal", "--data", dir, "D2026-03-1"])
        #expect(lost.status == 1)
        #expect(lost.stderr.contains("抽取 D2026-03-1 的随机种子不在本数据目录"))
        #expect(lost.stderr.contains("qaward draw void D2026-03-1 --reason"))
        #expect(try Run(["audit", "head", "--data", dir, "--short"]).stdout == before)
    }

    /// A voided draw's seed is of no more use (第十一条（三）: the panel is drawn again): `draw void`
    /// removes it, as the draw screen's void does, and the record stays.
    @Test func voidRemovesTheSeedOfACommittedDraw() throws {
        let dir = try Run.sampleDirectoryWithFirstPanelVoided()
        let commit = try Run(["draw", "commit", "--data", dir, "--size", "5"] + DrawCLITests.panelArgs)
        #expect(commit.status == 0, "\(commit.stderr)")
        let seedPath = try #require(Self.seedFiles(dir, "D2026-03-1").first)
        #expect(FileManager.default.fileExists(atPath: seedPath))
        let void = try Run(["draw", "void", "--data", dir, "D2026-03-1", "--reason", "监督人未到场"])
        #expect(void.status == 0, "\(void.stderr)")
        #expect(void.stderr.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: seedPath))
        let shown = try Run(["draw", "show", "--data", dir, "D2026-03-1", "--format", "json"])
        let record = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        #expect((record["voided"] as? [String: Any])?["reason"] as? String == "监督人未到场")
        #expect(try Run(["audit", "verify", "--data", dir]).status == 0)
    }

    /// `draw new` still draws at once for scripts, and its record says the commitment was not
    /// published before the reveal.
    @Test func drawNewSaysItsCommitmentWasNotPublishedBeforeTheReveal() throws {
        let dir = try Run.sampleDirectoryWithFirstPanelVoided()
        let new = try Run(["draw", "new", "--data", dir, "--size", "5"] + DrawCLITests.panelArgs)
        #expect(new.status == 0)
        #expect(new.stdout.contains("承诺公布时间：揭示前未单独公布（承诺与揭示在同一步完成，揭示前无人见过承诺值）"))
        #expect(Self.seedFiles(dir, "D2026-03-1").isEmpty)
        #expect(try Run(["draw", "verify", "--data", dir, "D2026-03-1"]).status == 0)
    }
}
