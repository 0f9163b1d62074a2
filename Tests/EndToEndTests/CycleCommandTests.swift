import Foundation
import Testing

/// Several award years in one data directory (第三条: every year), and the settings that govern a
/// cycle (第三条, 第十一条（三）, RULES.md §4), through the command line.
@Suite struct CycleCommandTests {
    func qaward(_ dir: URL, _ args: String...) throws -> Run {
        try Run(["--data", dir.path] + args)
    }

    struct Check: Decodable { var code: String, citation: String, outcome: String, reason: String }
    struct Eligibility: Decodable { var id: String, overall: String, checks: [Check] }

    func eligibility(_ dir: URL, cycle: Int) throws -> [String: [String: Check]] {
        let r = try qaward(dir, "--cycle", "\(cycle)", "eligibility", "--format", "json")
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try JSONDecoder().decode([Eligibility].self, from: Data(r.stdout.utf8))
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.id, Dictionary(uniqueKeysWithValues: $0.checks.map { ($0.code, $0) })) })
    }

    /// The two-year test. 2026 runs to publication as in `AwardsCommandTests` (places 1 + 1):
    /// O0003 (A2026-001) wins the 2026 award and O0015 (A2026-014) the 2026 nomination, both
    /// approved 2026-06-29 (the award record's date). The nomination is then revoked for fraud on
    /// 2026-09-01 (第十四条). `cycle new 2027` in the same directory; both apply in 2027
    /// (deadline 2027-03-31, carried from 2026-03-31):
    ///   E11 (第十六条) for O0003: 2026-06-29 + 5 years = 2031-06-29 > 2027-03-31 → fail.
    ///   E10 (第十四条、第十五条) for O0015: 2026-09-01 + 5 years = 2031-09-01 > 2027-03-31 → fail.
    /// 2026's own eligibility, read again with `--cycle 2026`, still passes E10 and E11 for
    /// A2026-001 (no award before 2026).
    @Test func aPublishedYearBarsItsWinnersAndItsRevocationTheNextYear() throws {
        let dir = Paths.temporaryDirectory().appendingPathComponent("data")
        #expect(try Run(["--data", dir.path, "init", "--sample"]).status == 0)

        // Before it is made, 2027 is named as never made, with the command that makes it.
        let early = try qaward(dir, "--cycle", "2027", "eligibility")
        #expect(early.status == 1)
        #expect(early.stderr.contains("数据目录中还没有 2027 年度（已有：2026）。新建该年度请运行 qaward --data \(dir.path) cycle new 2027"))
        #expect(!early.stderr.contains("备份"))
        // init in a data directory points to `cycle new`.
        let reinit = try qaward(dir, "init", "--year", "2027")
        #expect(reinit.status == 1 && reinit.stderr.contains("cycle new 2027"))

        #expect(try qaward(dir, "demo-scores").status == 0)
        #expect(try qaward(dir, "places", "--award", "1", "--nomination", "1", "--note", "委员会办公室会议纪要").status == 0)
        for id in ["A2026-001", "A2026-014"] {
            #expect(try qaward(dir, "--today", "2026-06-18", "decide", "--application", id, "--meeting", "2026-06-18").status == 0)
        }
        #expect(try qaward(dir, "--today", "2026-06-22", "publicize", "--start", "2026-06-22").status == 0)
        #expect(try qaward(dir, "approve", "--document", "盐政复〔2026〕18号", "--date", "2026-06-29").status == 0)
        #expect(try qaward(dir, "publish-award", "--date", "2026-07-03").status == 0)
        let revoke = try qaward(dir, "--today", "2026-09-01", "revoke", "--org", "O0015", "--year", "2026", "--tier", "mayorNomination",
                                "--date", "2026-09-01", "--reason", "fraud", "--approval", "盐政复〔2026〕31号")
        #expect(revoke.status == 0, "\(revoke.stderr)")

        // A published list's quotas are fixed (第十一条（八）).
        let shrink = try qaward(dir, "settings", "set", "award-quota", "0")
        #expect(shrink.status == 1 && shrink.stderr.contains("名额不能再更改（第十一条（八））"))

        let made = try qaward(dir, "cycle", "new", "2027")
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("已新建 2027 年度（申报截止 2027-03-31"))
        #expect(try qaward(dir, "cycle", "new", "2027").stderr.contains("2027 年度已经建立"))
        struct Listed: Decodable { var year: Int, applications: Int, winners: Int, published: String?, isDefault: Bool }
        let list = try JSONDecoder().decode([Listed].self, from: Data(try qaward(dir, "cycle", "list", "--format", "json").stdout.utf8))
        #expect(list.map(\.year) == [2026, 2027])
        #expect(list.map(\.published) == ["2026-07-03", nil])
        #expect(list.map(\.winners) == [2, 0])
        #expect(list.map(\.isDefault) == [false, true])

        let csv = Paths.temporaryDirectory().appendingPathComponent("applications-2027.csv")
        let header = "申报编号,组织编号,拥护声明,内部公示开始,内部公示结束,内部公示结果,推荐部门类别,推荐部门,推荐日期,自我评价,申报日期,状态\n"
        let rows = ["A2027-001,O0003,是,2027-02-01,2027-02-05,无异议,县（市、区）市场监管部门,亭湖区市场监督管理局,2027-03-15,是,,草稿",
                    "A2027-002,O0015,是,2027-02-01,2027-02-05,无异议,县（市、区）市场监管部门,盐都区市场监督管理局,2027-03-15,是,,草稿"]
        try Data((header + rows.joined(separator: "\n") + "\n").utf8).write(to: csv)
        let imported = try qaward(dir, "import", "applications", csv.path)
        #expect(imported.status == 0, "\(imported.stderr)")

        let y2027 = try eligibility(dir, cycle: 2027)
        let e11 = try #require(y2027["A2027-001"]?["E11"])
        #expect(e11.outcome == "fail" && e11.citation == "第十六条")
        #expect(e11.reason.contains("于 2026-06-29 获得2026年度盐城市市长质量奖，至申报截止日 2027-03-31 不满5年（2031-06-29 满5年）"))
        let e10 = try #require(y2027["A2027-002"]?["E10"])
        #expect(e10.outcome == "fail" && e10.citation == "第十四条、第十五条")
        #expect(e10.reason.contains("2026年度") && e10.reason.contains("于 2026-09-01 被撤销") && e10.reason.contains("2031-09-01 起方可申报"))
        // The default cycle is now 2027: the same checks without --cycle.
        let plain = try qaward(dir, "eligibility", "--format", "json")
        #expect(plain.stdout.contains("A2027-001") && !plain.stdout.contains("A2026-001"))

        let y2026 = try eligibility(dir, cycle: 2026)
        #expect(y2026["A2026-001"]?["E11"]?.outcome == "pass")
        #expect(y2026["A2026-001"]?["E10"]?.outcome == "pass")
        #expect(try qaward(dir, "audit", "verify").status == 0)
    }

    /// RULES.md §4: the list invites 1.5 × the places to fill. `settings set award-places 3` and
    /// `nomination-places 2` (quotas 5 + 5, so a reason is needed, 第三条): 1.5 × 5 = 7.5 → 8,
    /// not 15. Bad values are refused with the rule and change nothing.
    @Test func placesSizeTheListAndBadValuesAreRefused() throws {
        let dir = Paths.temporaryDirectory().appendingPathComponent("data")
        #expect(try Run(["--data", dir.path, "init", "--year", "2026"]).status == 0)
        #expect(try qaward(dir, "shortlist").stdout.contains("名额 10，按1:1.5邀请 15 家"))
        let noReason = try qaward(dir, "settings", "set", "award-places", "3")
        #expect(noReason.status == 1 && noReason.stderr.contains("少评或空缺须记录理由（如会议纪要）（第三条）"))
        #expect(try qaward(dir, "settings", "set", "award-places", "3", "--note", "2026年第1次主任会议纪要").status == 0)
        #expect(try qaward(dir, "settings", "set", "nomination-places", "2").status == 0)
        #expect(try qaward(dir, "shortlist").stdout.contains("名额 5，按1:1.5邀请 8 家"))

        let quota = try qaward(dir, "settings", "set", "award-quota", "6")
        #expect(quota.status == 1 && quota.stderr.contains("每个奖项每年评定数量不超过5个（第三条）"))
        let date = try qaward(dir, "--lang", "en", "settings", "set", "review-deadline", "2026-02-30")
        #expect(date.status == 1 && date.stderr.contains("Review deadline “2026-02-30” is not valid: expected YYYY-MM-DD"))
        let before = try qaward(dir, "settings", "set", "review-deadline", "2026-03-01")
        #expect(before.status == 1 && before.stderr.contains("不能早于申报截止日 2026-03-31"))
        #expect(try qaward(dir, "settings", "set", "email", "zlb-at-yancheng").status == 1)

        #expect(try qaward(dir, "settings", "set", "aggregation", "trimmed-mean").status == 0)
        #expect(try qaward(dir, "settings", "set", "telephone", "0515-88888888").status == 0)
        #expect(try qaward(dir, "settings", "set", "contact-person", "王科长").status == 0)
        struct Row: Decodable { var key: String, value: String }
        let shown = try JSONDecoder().decode([Row].self, from: Data(try qaward(dir, "settings", "show", "--format", "json").stdout.utf8))
        let values = Dictionary(uniqueKeysWithValues: shown.map { ($0.key, $0.value) })
        #expect(values["award-places"] == "3" && values["nomination-places"] == "2" && values["award-quota"] == "5")
        #expect(values["aggregation"] == "trimmed-mean" && values["telephone"] == "0515-88888888" && values["contact-person"] == "王科长")
        #expect(values["review-deadline"] == "2026-06-30" && values["email"] == "")
        // Each change one journal entry: 4 accepted settings after the first entry.
        let log = try qaward(dir, "audit", "log", "--format", "json")
        #expect(log.stdout.components(separatedBy: "\"seq\"").count - 1 >= 6)
        #expect(try qaward(dir, "audit", "verify").status == 0)
    }
}
