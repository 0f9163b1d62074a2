import Foundation
import Testing

/// The awards commands on a real data directory (第十一条（六）至（八）, 第三条, 第十二条, 第十八条).
///
/// The sample cycle has no scores, so the directory is prepared by `init --sample` and the hidden
/// `demo-scores`, which commits the office's own actions through the store: a panel for the five
/// eligible applicants, a draw with the fixed seed 00…1f (commit, then reveal) and a submitted
/// sheet from every drawn member with the same percentage on every item — 90, 85, 80, 75, 70 for
/// A2026-001, -002, -003, -014, -019 — so the composites are 10p: 900.00 … 700.00.
@Suite struct AwardsCommandTests {
    func qaward(_ dir: URL, _ args: String...) throws -> (status: Int32, stdout: String, stderr: String) {
        try run([Paths.binary, "--data", dir.path] + args)
    }

    struct Row: Decodable {
        var id: String, name: String, rank: Int, composite: String
        var tier: String?, skipped: Bool, reason: String?, citation: String?
        var countsAgainstQuota: Bool, prize: Int
    }

    @Test func recommendThenDecidePublicizeApprovePublishAndTheResults() throws {
        let dir = Paths.temporaryDirectory().appendingPathComponent("data")
        #expect(try run([Paths.binary, "--data", dir.path, "init", "--sample"]).status == 0)
        #expect(try qaward(dir, "demo-scores").status == 0)
        // 第三条: the office fills 2 + 2 places (the reason recorded), not the quotas 5 + 5.
        #expect(try qaward(dir, "places", "--award", "2", "--nomination", "2", "--note", "委员会办公室会议纪要").status == 0)

        // Walk (第十一条（六）): 001, 002 award; 003 and 014 the two nomination places (014 won the
        // 2019 award, not a nomination, so no cool-down, and 100,000 for a new tier, 第十二条);
        // 019 is left out by the office's decision (第三条).
        let json = try qaward(dir, "recommend", "--format", "json")
        #expect(json.status == 0)
        let rows = try JSONDecoder().decode([Row].self, from: Data(json.stdout.utf8))
        #expect(rows.map(\.id) == ["A2026-001", "A2026-002", "A2026-003", "A2026-014", "A2026-019"])
        #expect(rows.map(\.composite) == ["900.00", "850.00", "800.00", "750.00", "700.00"])
        #expect(rows.map(\.tier) == ["award", "award", "nomination", "nomination", nil])
        #expect(rows.map(\.prize) == [500_000, 500_000, 100_000, 100_000, 0])
        #expect(rows.map(\.countsAgainstQuota) == [true, true, true, true, false])
        #expect(rows[4].skipped && rows[4].citation == "第三条")
        #expect(rows[4].reason?.contains("名额已满，其余名额空缺") == true)

        // 第十一条（八）: nothing to announce before the city's approval.
        let early = try qaward(dir, "publish", "results")
        #expect(early.status == 1 && early.stderr.contains("获奖名单尚未经市政府批准，不能公布（第十一条（八））"))

        for id in ["A2026-001", "A2026-002", "A2026-003", "A2026-014"] {
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
        #expect(results.stdout.contains("“2026年度盐城市市长质量奖”（2个）：盐城海瀚新能源科技有限公司、盐都精工机械股份有限公司。"))
        #expect(results.stdout.contains("“2026年度盐城市市长质量奖提名奖”（2个）：大丰港临海风电装备有限公司、盐都晨光电子有限公司。"))

        // 第十二条、第十三条: 2 × 500,000 + 2 × 100,000 = 1,200,000; CSV with BOM for Excel.
        let csvFile = dir.deletingLastPathComponent().appendingPathComponent("payments.csv")
        #expect(try qaward(dir, "publish", "payments", "--format", "csv", "--out", csvFile.path).status == 0)
        let csv = try Data(contentsOf: csvFile)
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: csv, as: UTF8.self).contains("盐都晨光电子有限公司,91320900MA0KY00QWA,2026年度盐城市市长质量奖提名奖,100000"))
        #expect(try qaward(dir, "publish", "payments").stdout.contains("合计：1,200,000 元；年度奖励经费：3,000,000 元（第十三条）。"))
    }
}
