import Foundation
import Testing

/// The procedure's refusals in the real terminal UI (docs/procedure.md): each case the secretariat
/// found accepted, tried as a user would on the sample data, is refused on the screen with its
/// article, and the journal holds no new change afterwards (`audit log`, read while the UI is
/// open). The terminal is 220 columns wide so the status line shows a refusal whole. The real
/// clock is used, which is after every 2026 date the sample records (as in ProcedureCLITests).
///
/// Cases of the list that the UI does not offer to attempt, so that only the command line
/// (ProcedureCLITests) can try them:
/// - an objection received in the future: the form's date must fall inside a running period, and
///   the sample's periods are over; one started today would make the test depend on the day it
///   runs (ProcedureCLITests dates one 2099-01-01);
/// - a publication or a revocation dated in the future: both need an approved (and published)
///   award first, which the sample has not (ProcedureCLITests, AwardsCommandTests);
/// - a place-tie or shortlist-tie decision without a reason: the sample has no tie to decide;
/// - a voided draw's sheets still counting: not a refusal; the ranking leaves them out
///   (RedrawSheetTests, ReviewerPackagesE2ETests);
/// - an internal publicity under a panel's id: the UI numbers periods itself (GS2026-01 …);
@Suite(.serialized) struct ProcedureTmuxTests {
    /// The office's UI on `dir`, 220 × 30, on the dashboard.
    func ui(_ dir: String) throws -> Tmux {
        let tmux = try Tmux(command: "\(Paths.binary) --data \(dir)", width: 220, height: 30)
        try tmux.waitFor(text: "工作台")
        return tmux
    }

    func changes(_ dir: String) throws -> Int { try ProcedureCLITests().entries(dir) }

    /// The cycle file's data, as the last checkpoint wrote it.
    static func cycle(_ dir: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/cycles/2026.json"))) as? [String: Any]
        return object?["data"] as? [String: Any] ?? [:]
    }

    /// 第十一条（一）: marking A2026-018 (a draft) submitted after the 03-31 deadline (A1); an
    /// internal publicity for A2026-004, already submitted (A4); withdrawing A2026-004 without a
    /// reason, which the question itself cites; a judgement on E3 with no basis (A5, 第十一条（二）):
    /// the form holds it back as required before the domain sees it, so no article is shown there.
    @Test func intakeRefusals() throws {
        let dir = try Run.sampleDirectory()
        let before = try changes(dir)
        let tmux = try ui(dir)
        try tmux.send(keys: "2")
        try tmux.waitFor(text: "申报资格审查")
        try tmux.send(literal: "/")
        try tmux.send(literal: "华宇节能")
        try tmux.waitFor(text: "显示 1/20")
        try tmux.send(keys: "Enter")
        try tmux.send(literal: "s")
        let late = try tmux.waitForStatus("不能提交申报")
        #expect(late.contains("申报 A2026-018 的提交日期") && late.contains("晚于申报截止日 2026-03-31（第十一条（一））"))

        // Withdrawal: the question names the application and the article and asks for the reason.
        try tmux.send(literal: "/")
        try tmux.send(keys: "C-u")
        try tmux.send(literal: "东台绿源")
        try tmux.waitFor(text: "显示 1/20")
        try tmux.send(keys: "Enter")
        try tmux.send(literal: "w")
        try tmux.waitFor(text: "撤回 A2026-004（东台绿源食品有限公司）的申报？")
        try tmux.waitFor(text: "提交期限内可写明理由恢复（第十一条（一））")
        try tmux.send(keys: "Enter")
        try tmux.waitFor(text: "请填写理由")
        try tmux.send(keys: "Escape")
        try tmux.waitFor("the question to close") { !$0.joined().contains("撤回理由") }

        // A judgement without its basis stays in the form, marked required.
        try tmux.send(literal: "j")
        try tmux.waitFor(text: "人工判断 A2026-004")
        try tmux.send(keys: "Enter")
        try tmux.waitFor(text: "必填")
        try tmux.send(keys: "Escape")
        try tmux.waitFor("the judgement form to close") { !$0.joined().contains("人工判断 A2026-004") }

        // Internal publicity after submission, on the timers screen.
        try tmux.send(keys: "5")
        try tmux.waitFor(text: "截至")
        try tmux.send(literal: "p")
        try tmux.waitFor(text: "开始公示 GS2026-01")
        try tmux.send(keys: "Right")
        try tmux.waitFor(text: "‹ 内部公示 ›")
        try tmux.fill([nil, "A2026-004"])
        try tmux.send(keys: "Enter")
        let internalRefusal = try tmux.waitForStatus("不能登记内部公示")
        #expect(internalRefusal.contains("申报 A2026-004 已于 2026-03-27 提交") && internalRefusal.contains("（第十一条（一））"))
        try tmux.send(keys: "Escape")
        #expect(try changes(dir) == before)
        try tmux.send(literal: "q")
        try tmux.waitForShellPrompt()
        // The files as the UI left them at close: both applications as they were, no withdrawal reason.
        let apps = try Self.cycle(dir)["applications"] as? [[String: Any]] ?? []
        #expect(apps.first { $0["id"] as? String == "A2026-018" }?["status"] as? String == "draft")
        #expect(apps.first { $0["id"] as? String == "A2026-004" }?["status"] as? String == "submitted")
        #expect(try changes(dir) == before)
    }

    /// 第十一条（三）, P2: a second document-review panel for A2026-001, which sits on P2026-01.
    @Test func aSecondPanelForAnApplicantIsRefused() throws {
        let dir = try Run.sampleDirectory()
        let before = try changes(dir)
        let tmux = try ui(dir)
        try tmux.send(keys: "3")
        try tmux.waitFor(text: "P2026-02")
        try tmux.send(literal: "n")
        try tmux.waitFor(text: "新建评审组 P2026-03")
        try tmux.fill(["第九组", "A2026-001", "2026-05-10~2026-05-12"])
        try tmux.send(keys: "Enter")
        let refusal = try tmux.waitForStatus("不能组建评审组")
        #expect(refusal.contains("申报 A2026-001 已由评审组 P2026-01 评审（第十一条（三））"))
        // The form keeps what was typed.
        #expect(try tmux.screen().contains { $0.contains("申报编号 A2026-001") })
        try tmux.send(keys: "Escape")
        try tmux.waitFor("the form to close") { !$0.joined().contains("新建评审组") }
        #expect(try changes(dir) == before)
        #expect(try Run(["--data", dir, "draw", "show", "D2026-03-1"]).status == 1)
        try tmux.send(literal: "q")
        try tmux.waitForShellPrompt()
    }

    /// After scoring (demo-scores): a Q&A score for A2026-002, below the 1:1.5 cut (S2, 第十一条
    /// （三）); public publicity for A2026-001 before the committee's decision (G1, 第十一条（七）);
    /// the committee's meeting dated 2099-01-01 (C1, 第三条).
    @Test func scoringAndDecisionRefusals() throws {
        let dir = try Run.sampleDirectory()
        #expect(try Run(["--data", dir, "demo-scores"]).status == 0)
        let before = try changes(dir)
        let tmux = try ui(dir)

        try tmux.send(keys: "4")
        try tmux.waitFor(text: "资料评审 · 评分表")
        try tmux.send(literal: "g")
        try tmux.waitFor(text: "问询答辩 · 评分表")
        // Rows 1–5 are A2026-001's five Q sheets; the sixth is E002's for A2026-002.
        try tmux.press("Down", times: 5)
        try tmux.send(keys: "Enter")
        try tmux.waitFor(text: "P2026-01 · 问询答辩 · E002 李国平 · 未开始 · A2026-002 盐都精工机械股份有限公司")
        try tmux.send(literal: "50")
        try tmux.send(keys: "Enter")
        let below = try tmux.waitForStatus("不能录入评分")
        #expect(below.contains("申报 A2026-002 不在 1:1.5 入围名单中，不参加问询答辩（第十一条（三））"))
        try tmux.send(keys: "Escape")
        try tmux.waitFor(text: "问询答辩 · 评分表")

        try tmux.send(keys: "5")
        try tmux.waitFor(text: "截至")
        try tmux.send(literal: "p")
        try tmux.waitFor(text: "开始公示 GS2026-01")
        try tmux.waitFor(text: "‹ 社会公示 ›")
        try tmux.fill([nil, "A2026-001"])
        try tmux.send(keys: "Enter")
        let early = try tmux.waitForStatus("不能开始社会公示")
        #expect(early.contains("质量发展委员会尚未审议通过 A2026-001（第十一条（七））"))
        try tmux.send(keys: "Escape")
        try tmux.waitFor("the form to close") { !$0.joined().contains("开始公示 GS2026-01") }

        try tmux.send(keys: "7")
        try tmux.waitFor(text: "推荐名单")
        try tmux.send(keys: "Tab")
        try tmux.waitFor(text: "委员会已审议 0/3")
        try tmux.send(literal: "d")
        try tmux.waitFor(text: "质量发展委员会审议 A2026-001")
        try tmux.send(keys: "Tab")
        try tmux.press("BSpace", times: 10)
        try tmux.send(literal: "2099-01-01")
        try tmux.send(keys: "Enter")
        let future = try tmux.waitForStatus("不能记录委员会决定")
        #expect(future.contains("所记录的日期 2099-01-01 晚于当天") && future.contains("（第三条）"))
        try tmux.send(keys: "Escape")
        try tmux.waitFor("the form to close") { !$0.joined().contains("质量发展委员会审议 A2026-001") }

        // The city's approval dated 2099-01-01 (C1, 第三条).
        try tmux.send(literal: "a")
        try tmux.waitFor(text: "市政府批准（第十一条（八））")
        try tmux.fill(["盐政复〔2026〕18号", nil])
        try tmux.press("BSpace", times: 10)
        try tmux.send(literal: "2099-01-01")
        try tmux.send(keys: "Enter")
        let approval = try tmux.waitForStatus("不能记录市政府批准")
        #expect(approval.contains("所记录的日期 2099-01-01 晚于当天") && approval.contains("（第三条）"))
        try tmux.send(keys: "Escape")
        try tmux.waitFor("the form to close") { !$0.joined().contains("市政府批准（第十一条（八））") }

        #expect(try changes(dir) == before)
        try tmux.send(literal: "q")
        try tmux.waitForShellPrompt()
        let cycle = try Self.cycle(dir)
        let sheets = (cycle["sheets"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(!sheets.contains("Q/A2026-002/E002"))
        #expect((cycle["publicity"] as? [[String: Any]] ?? []).isEmpty)
        #expect((cycle["decisions"] as? [Any] ?? []).isEmpty)
        #expect(try changes(dir) == before)
    }

    /// The board date a week ahead (`--today`) shows the board as of that day, but never dates an
    /// action (C1, 第三条): the approval form offers the board date, and saving it is refused as a
    /// fact dated after the real day. (With the board date set a week ahead, approval, publication
    /// and revocation were once taken as of that future day.)
    @Test func theBoardDateNeverDatesAnApproval() throws {
        let dir = try Run.sampleDirectory()
        #expect(try Run(["--data", dir, "demo-scores"]).status == 0)
        let before = try changes(dir)
        var shanghai = Calendar(identifier: .gregorian)
        shanghai.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        let ahead = shanghai.date(byAdding: .day, value: 7, to: Date())!
        let c = shanghai.dateComponents([.year, .month, .day], from: ahead)
        let board = String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
        let tmux = try Tmux(command: "\(Paths.binary) --data \(dir) --today \(board)", width: 220, height: 30)
        try tmux.waitFor(text: "工作台")
        try tmux.send(keys: "7")
        try tmux.waitFor(text: "推荐名单")
        try tmux.send(keys: "Tab")
        try tmux.waitFor(text: "委员会已审议 0/3")
        try tmux.send(literal: "a")
        try tmux.waitFor(text: "市政府批准（第十一条（八））")
        #expect(try tmux.screen().contains { $0.contains("日期 \(board)") })
        try tmux.send(literal: "盐政复〔2026〕18号")
        try tmux.send(keys: "Enter")
        let refusal = try tmux.waitForStatus("不能记录市政府批准")
        #expect(refusal.contains("所记录的日期 \(board) 晚于当天") && refusal.contains("（第三条）") && refusal.contains("看板日期只影响看板显示"))
        try tmux.send(keys: "Escape")
        try tmux.send(literal: "q")
        try tmux.waitForShellPrompt()
        #expect(try changes(dir) == before)
    }

    /// 第十一条（三）, P3: once the committee decided on A2026-001 (a later step used the document
    /// review's results), its panel P2026-01 can neither have a member replaced nor its draw voided,
    /// and neither is asked about: the refusal comes at the key, before a member or a reason.
    @Test func aPanelWhoseResultsWereUsedDoesNotChange() throws {
        let dir = try Run.sampleDirectory()
        #expect(try Run(["--data", dir, "demo-scores"]).status == 0)
        #expect(try Run(["--data", dir, "decide", "--application", "A2026-001", "--meeting", "2026-09-29"]).status == 0)
        let before = try changes(dir)
        let tmux = try ui(dir)
        try tmux.send(keys: "3")
        try tmux.waitFor(text: "P2026-01 资料评审第1组")
        try tmux.send(literal: "r")
        let replace = try tmux.waitForStatus("不能替换组员")
        #expect(replace.contains("资料评审的结果已于") && replace.contains("评审组 P2026-01 不能再变更（第十一条（三））"))
        #expect(!(try tmux.screen().joined().contains("哪位组员不能参加？")))
        try tmux.send(literal: "x")
        let void = try tmux.waitForStatus("不能作废抽取")
        #expect(void.contains("评审组 P2026-01 不能再变更（第十一条（三））"))
        #expect(!(try tmux.screen().joined().contains("作废理由")))
        #expect(try changes(dir) == before)
        try tmux.send(literal: "q")
        try tmux.waitForShellPrompt()
        let shown = try Run(["--data", dir, "draw", "show", "D2026-01-1"]).stdout
        #expect(!shown.contains("本次抽取已作废") && !shown.contains("替换记录"))
    }
}
