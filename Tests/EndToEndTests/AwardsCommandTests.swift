import Foundation
import Testing

/// The awards commands on a real data directory (第十一条（六）至（八）, 第三条, 第十二条, 第十六条, 第十八条).
///
/// The sample cycle stops at document review, so the directory is prepared by `init --sample`
/// and the hidden `demo-scores`, which commits the office's own actions through the store: the
/// drawn members' unfinished document-review sheets completed at 65 %, then Q&A and on-site
/// sheets at 90 %, 85 %, 80 % for the shortlist in order. With the D means the sample then has
/// (`qaward rank`): composite = 0.2 D + 0.1 × 10 Q + 0.7 × 10 S
///   A2026-001  D 791.00, 90 % → 158.20 + 90 + 630 = 878.20
///   A2026-014  D 780.00, 85 % → 156.00 + 85 + 595 = 836.00
///   A2026-019  D 664.40, 80 % → 132.88 + 80 + 560 = 772.88
@Suite struct AwardsCommandTests {
    func qaward(_ dir: URL, _ args: String...) throws -> Run {
        try Run(["--data", dir.path] + args)
    }

    struct Row: Decodable {
        var id: String, name: String, rank: Int, composite: String
        var tier: String?, skipped: Bool, reason: String?, citation: String?
        var countsAgainstQuota: Bool, prize: Int
    }

    func decode(_ r: Run) throws -> [Row] {
        #expect(r.status == 0, "\(r.stderr)")
        return try JSONDecoder().decode([Row].self, from: Data(r.stdout.utf8))
    }

    @Test func recommendThenDecidePublicizeApprovePublishAndTheResults() throws {
        let dir = Paths.temporaryDirectory().appendingPathComponent("data")
        #expect(try Run(["--data", dir.path, "init", "--sample"]).status == 0)
        #expect(try qaward(dir, "demo-scores").status == 0)

        // Quotas 5 + 5: all three for the award. A2026-014 (O0015) won the 2019 award: it takes no
        // place of the year (第十六条) and gets the plaque only (第十二条).
        let all = try decode(qaward(dir, "recommend", "--format", "json"))
        #expect(all.map(\.id) == ["A2026-001", "A2026-014", "A2026-019"])
        #expect(all.map(\.composite) == ["878.20", "836.00", "772.88"])
        #expect(all.map(\.tier) == ["award", "award", "award"])
        #expect(all.map(\.countsAgainstQuota) == [true, false, true])
        #expect(all.map(\.prize) == [500_000, 0, 500_000])

        // 第三条: the office fills 1 + 1 places (the reason recorded). A2026-014 now takes the
        // nomination place, a tier it never won (100,000); A2026-019 is left out.
        #expect(try qaward(dir, "places", "--award", "1", "--nomination", "1", "--note", "委员会办公室会议纪要").status == 0)
        let rows = try decode(qaward(dir, "recommend", "--format", "json"))
        try #require(rows.count == 3)
        #expect(rows.map(\.tier) == ["award", "nomination", nil])
        #expect(rows.map(\.prize) == [500_000, 100_000, 0])
        #expect(rows.map(\.countsAgainstQuota) == [true, true, false])
        #expect(rows[2].skipped && rows[2].citation == "第三条")
        #expect(rows[2].reason?.contains("名额已满，其余名额空缺") == true)

        // 第十一条（八）: nothing to announce before the city's approval.
        let early = try qaward(dir, "publish", "results")
        #expect(early.status == 1 && early.stderr.contains("获奖名单尚未经市政府批准，不能公布（第十一条（八））"))

        for id in ["A2026-001", "A2026-014"] {
            #expect(try qaward(dir, "--today", "2026-06-18", "decide", "--application", id, "--meeting", "2026-06-18").status == 0)
        }
        // 7 days counting the start: 2026-06-22 … 2026-06-28.
        let publicize = try qaward(dir, "--today", "2026-06-22", "publicize", "--start", "2026-06-22")
        #expect(publicize.stdout.contains("2026-06-22 至 2026-06-28"))
        let onLastDay = try qaward(dir, "approve", "--document", "盐政复〔2026〕18号", "--date", "2026-06-28")
        #expect(onLastDay.status == 1 && onLastDay.stderr.contains("市政府批准日期须在其后（第十一条（七））"))
        #expect(try qaward(dir, "approve", "--document", "盐政复〔2026〕18号", "--date", "2026-06-29").status == 0)
        #expect(try qaward(dir, "publish-award", "--date", "2026-07-03").status == 0)

        // 第十八条: each title with its year.
        let results = try qaward(dir, "publish", "results")
        #expect(results.status == 0)
        #expect(results.stdout.hasPrefix("关于公布2026年度盐城市市长质量奖获奖名单的通知"))
        #expect(results.stdout.contains("“2026年度盐城市市长质量奖”（1个）：盐城海瀚新能源科技有限公司。"))
        #expect(results.stdout.contains("“2026年度盐城市市长质量奖提名奖”（1个）：盐都晨光电子有限公司。"))

        // 第十二条、第十三条: 500,000 + 100,000 = 600,000; CSV with BOM for Excel.
        let csvFile = dir.deletingLastPathComponent().appendingPathComponent("payments.csv")
        #expect(try qaward(dir, "publish", "payments", "--format", "csv", "--out", csvFile.path).status == 0)
        let csv = try Data(contentsOf: csvFile)
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: csv, as: UTF8.self).contains("盐都晨光电子有限公司,91320900MA0KY00QWA,2026年度盐城市市长质量奖提名奖,100000"))
        #expect(try qaward(dir, "publish", "payments").stdout.contains("合计：600,000 元；年度奖励经费：3,000,000 元（第十三条）。"))
    }
}
