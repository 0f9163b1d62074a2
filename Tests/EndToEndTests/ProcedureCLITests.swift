import Foundation
import Testing

/// The procedure from the command line (docs/procedure.md): each case the secretariat found
/// accepted is refused with exit 1, the article and what to do instead, and the journal does not
/// grow. These runs use the real clock, which is after every 2026 date they record.
@Suite struct ProcedureCLITests {
    func q(_ dir: String, _ args: String...) throws -> Run { try Run(["--data", dir] + args) }

    /// The number of changes in the journal (what a refusal must leave as it was); the entries that
    /// bring the data files up to date at close are not changes.
    func entries(_ dir: String) throws -> Int {
        let r = try q(dir, "audit", "log", "--format", "json")
        let rows = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]]
        return rows?.filter { ($0["summary"] as? String)?.contains("数据文件写到最新") == false }.count ?? -1
    }

    func expectRefused(_ r: Run, _ text: String, article: String, _ dir: String, entries before: Int,
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(r.status == 1, "\(r.stdout)", sourceLocation: sourceLocation)
        #expect(r.stderr.contains(text), "\(r.stderr)", sourceLocation: sourceLocation)
        #expect(r.stderr.contains("（\(article)）"), "\(r.stderr)", sourceLocation: sourceLocation)
        #expect(try entries(dir) == before, sourceLocation: sourceLocation)
    }

    /// 第十一条（三）: a second panel for A2026-001 (on P2026-01 in the sample) is refused; a
    /// reopened sheet needs a reason; sheets of a panel are submitted all or none.
    @Test func panelsAndSheets() throws {
        let dir = try Run.sampleDirectory()
        let n = try entries(dir)
        try expectRefused(q(dir, "draw", "new", "--panel", "P2026-09", "--name", "第九组", "--applications", "A2026-001",
                            "--dates", "2026-05-10~2026-05-12", "--supervisor", "李监督"),
                          "不能组建评审组：申报 A2026-001 已由评审组 P2026-01 评审", article: "第十一条（三）", dir, entries: n)
        try expectRefused(q(dir, "sheets", "reopen", "D/A2026-001/E023"), "不能退回评分表：退回评分表没有写明理由", article: "第十一条（三）", dir, entries: n)
        let some = try q(dir, "sheets", "submit", "--panel", "P2026-01", "--stage", "D")
        #expect(some.status == 1 && some.stderr.contains("未保存任何评分表"))
        #expect(try entries(dir) == n)
        let reopened = try q(dir, "sheets", "reopen", "D/A2026-001/E023", "--reason", "偏离中位数，请复核", "--format", "json")
        #expect(reopened.status == 0)
        #expect(reopened.stdout.contains("\"status\" : \"reopened\""))
        // The reopened sheet is complete: submitted again, it is locked again.
        let again = try q(dir, "sheets", "submit", "D/A2026-001/E023")
        #expect(again.status == 0 && again.stdout.contains("已提交\tD/A2026-001/E023"))
        #expect(try entries(dir) == n + 2)
    }

    /// 第十一条（一）: late submission, withdrawal without a reason, reinstatement after the
    /// submission period; an extension with its reason and document number lets A2026-018 in.
    @Test func intake() throws {
        let dir = try Run.sampleDirectory()
        let n = try entries(dir)
        try expectRefused(q(dir, "application", "submit", "A2026-018"), "晚于申报截止日 2026-03-31", article: "第十一条（一）", dir, entries: n)
        try expectRefused(q(dir, "application", "withdraw", "A2026-004"), "撤回申报没有写明理由", article: "第十一条（一）", dir, entries: n)
        try expectRefused(q(dir, "application", "extend", "A2026-018", "--until", "2030-12-31", "--reason", "系统故障"),
                          "延期须写明理由和批准文号", article: "第三条", dir, entries: n)
        #expect(try q(dir, "application", "extend", "A2026-018", "--until", "2030-12-31", "--reason", "系统故障",
                      "--document", "盐质办〔2026〕3号").status == 0)
        let submitted = try q(dir, "application", "submit", "A2026-018", "--format", "json")
        #expect(submitted.status == 0 && submitted.stdout.contains("\"status\" : \"submitted\""))
        let w = try q(dir, "application", "withdraw", "A2026-004", "--reason", "申报组织来函撤回")
        #expect(w.status == 0 && w.stdout.contains("已撤回申报 A2026-004：申报组织来函撤回"))
        let m = try entries(dir)
        try expectRefused(q(dir, "application", "reinstate", "A2026-004", "--reason", "误撤"), "提交期限已于 2026-03-31 结束",
                          article: "第十一条（一）", dir, entries: m)
    }

    /// 第十一条（七）（八）, 第三条: publicity only after the committee's decision and from its
    /// meeting; objections dated no later than today and decided with a reason; a closed period
    /// cannot be cancelled; the decision is frozen; the board date never dates an approval.
    @Test func publicityAndObjections() throws {
        let dir = try Run.sampleDirectory()
        #expect(try q(dir, "demo-scores").status == 0)
        var n = try entries(dir)
        try expectRefused(q(dir, "publicize", "--start", "2026-09-29"), "请选择公示的申报组织", article: "第十一条（七）", dir, entries: n)
        #expect(try q(dir, "decide", "--application", "A2026-001", "--meeting", "2026-09-29").status == 0)
        n += 1
        try expectRefused(q(dir, "publicize", "--start", "2026-09-28"), "早于委员会审议 A2026-001 的会议日 2026-09-29", article: "第十一条（七）", dir, entries: n)
        #expect(try q(dir, "publicize", "--start", "2026-09-29").status == 0)
        n += 1
        try expectRefused(q(dir, "decide", "--application", "A2026-001", "--meeting", "2026-09-29", "--rejected"),
                          "委员会决定不能更改", article: "第十一条（七）", dir, entries: n)
        try expectRefused(q(dir, "objection", "add", "--period", "GS2026-01", "--application", "A2026-001", "--received", "2099-01-01",
                            "--by", "张三", "--text", "反映产品质量问题"), "晚于当天", article: "第三条", dir, entries: n)
        let added = try q(dir, "objection", "add", "--period", "GS2026-01", "--application", "A2026-001", "--received", "2026-09-30",
                          "--by", "张三", "--text", "反映产品质量问题", "--format", "json")
        #expect(added.status == 0 && added.stdout.contains("\"id\" : \"YY2026-01\""))
        n += 1
        let both = try q(dir, "objection", "decide", "YY2026-01", "--reason", "x")
        #expect(both.status == 1 && both.stderr.contains("--upheld"))
        #expect(try q(dir, "objection", "decide", "YY2026-01", "--dismissed", "--reason", "经核查，问题产品非该组织生产").status == 0)
        n += 1
        let list = try q(dir, "publicity", "list", "--format", "json")
        let rows = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]]
        #expect(rows?.first?["id"] as? String == "GS2026-01")
        #expect((rows?.first?["objections"] as? [[String: Any]])?.first?["by"] as? String == "张三")
        // The period 09-29…10-05 is over by the real date, whatever the board date says.
        #expect(try q(dir, "--today", "2026-09-30", "publicity", "close", "GS2026-01").status == 0)
        n += 1
        try expectRefused(q(dir, "publicity", "cancel", "GS2026-01", "--reason", "误开"), "已关闭的公示不能撤销", article: "第十一条（七）", dir, entries: n)
        try expectRefused(q(dir, "--today", "2099-01-01", "approve", "--document", "盐政复〔2026〕18号", "--date", "2099-01-01"),
                          "晚于当天", article: "第三条", dir, entries: n)
        // Back-dated: the objection received on 09-30 was recorded later; the audit log says so.
        let log = try q(dir, "audit", "log")
        #expect(log.stdout.contains("（补记：事实日期 2026-09-30）"))
    }

    /// A period started by mistake is cancelled with its reason and started again.
    @Test func cancelAndRestart() throws {
        let dir = try Run.sampleDirectory()
        #expect(try q(dir, "demo-scores").status == 0)
        #expect(try q(dir, "decide", "--application", "A2026-001", "--meeting", "2026-09-29").status == 0)
        #expect(try q(dir, "publicize", "--start", "2026-09-29").status == 0)
        let n = try entries(dir)
        try expectRefused(q(dir, "publicity", "cancel", "GS2026-01"), "撤销公示没有写明理由", article: "第十一条（七）", dir, entries: n)
        #expect(try q(dir, "publicity", "cancel", "GS2026-01", "--reason", "公示名单有误").status == 0)
        #expect(try q(dir, "publicize", "--start", "2026-09-30").status == 0)
        let list = try q(dir, "publicity", "list")
        #expect(list.stdout.contains("GS2026-01") && list.stdout.contains("已撤销：公示名单有误"))
        #expect(list.stdout.contains("GS2026-02"))
    }

    /// The table prints as docs/procedure.md, and as JSON with each condition's article.
    @Test func procedureTable() throws {
        let md = try Run(["procedure", "--format", "markdown"])
        let doc = try String(contentsOf: Paths.packageRoot.appendingPathComponent("docs/procedure.md"), encoding: .utf8)
        #expect(md.status == 0 && md.stdout == doc)
        let json = try Run(["procedure", "--format", "json", "--lang", "en"])
        let rows = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(rows?.contains { $0["condition"] as? String == "P2" && $0["citation"] as? String == "Art. 11(3)" && $0["action"] as? String == "createPanel" } == true)
    }
}
