import AwardDomain
import Foundation
import Testing
import TerminalUI
@testable import AwardApp

/// 排名: D, Q, S, composite, the 1:1.5 cut and the office's tie decision (第十一条（三）（六）).
@Suite struct RankingScreenTests {
    /// The screen as F6 opens it on the sample review: the board in document order (A2026-001,
    /// A2026-014, A2026-003, A2026-019, A2026-002 — rows 0…4), the cut line after the third,
    /// document ranks 1, 2, 3, 3 (the tie), 5; the first row selected, nothing open. The board
    /// and calibration are the domain's (RankingBoardTests); the screen's own part is written out.
    static func opened(_ h: AppHarness) -> RankingScreen {
        var s = RankingScreen()
        s.board = h.model.ranking.board
        s.calibration = h.model.ranking.calibration
        s.lines = [.row(0), .row(1), .row(2), .cut, .row(3), .row(4)]
        s.ranks = ["A2026-001": 1, "A2026-014": 2, "A2026-003": 3, "A2026-019": 3, "A2026-002": 5]
        return s
    }

    @Test func theSampleShowsTheCutAndTheTieAtIt() {
        // 2 places → invited 1.5 × 2 = 3. D means: 791.00, 780.00, then A2026-003 and A2026-019
        // both 650.00 — a tie straddling the cut, for the office — and A2026-002 620.00.
        var h = ScoringFixtures.harness()
        h.send(.function(6))
        #expect(h.model.ranking.board?.rows.map(\.applicationID) == ["A2026-001", "A2026-014", "A2026-003", "A2026-019", "A2026-002"])
        #expect(h.model.ranking == RankingScreenTests.opened(h))
        let lines = h.screen()
        #expect(lines.contains { $0.contains("分数线并列：A2026-003、A2026-019") })
        let ids = ["A2026-001", "A2026-014", "A2026-003", "A2026-019", "A2026-002"]
        let order = lines.compactMap { l in ids.first { l.hasPrefix("   ") && l.contains($0) } }
        #expect(order == ids)
        let cut = lines.firstIndex { $0.contains("1:1.5 入围线（邀请 3 家）") }
        let a3 = lines.firstIndex { $0.hasPrefix("   ") && $0.contains("A2026-003") && $0.contains("650.00") }
        let a19 = lines.firstIndex { $0.hasPrefix("   ") && $0.contains("A2026-019") && $0.contains("650.00") }
        #expect(cut != nil && a3 != nil && a19 != nil && a3! < cut! && cut! < a19!)
        #expect(lines.contains { $0.contains("A2026-001") && $0.contains("791.00") && $0.contains("D离群") })
        #expect(lines.contains { $0.contains("A2026-002") && $0.contains("D未齐") })
    }

    /// Panel calibration (第十一条（三）: the 1:1.5 list meets applicants of several panels). By hand:
    /// P2026-01 scored A2026-001 791, A2026-003 650 and A2026-002 620 → mean 2061 / 3 = 687.00,
    /// range 791 − 620 = 171.00; P2026-02 scored A2026-014 780 and A2026-019 650 → mean 715.00,
    /// range 130.00. The means are 28.00 apart, under 10 % of 1000, so neither is marked.
    @Test func thePanelsMeansStandAboveTheList() {
        var h = ScoringFixtures.harness(width: 140)
        h.send(.function(6))
        let line = h.screen().first { $0.contains("各组资料评审均值") }
        #expect(line?.contains("P2026-01 687.00（极差 171.00）；P2026-02 715.00（极差 130.00）") == true)
        #expect(line?.contains("⚑") == false)
        let c = h.model.ranking.calibration
        #expect(c?.rows.map(\.panelID) == ["P2026-01", "P2026-02"] && c?.flagged.isEmpty == true)
    }

    @Test func theOfficeDecidesTheTieAndItIsRecorded() {
        var h = ScoringFixtures.harness()
        h.send(.function(6))
        let opened = RankingScreenTests.opened(h)
        h.send(.char("t"))
        var asking = h.model.ranking
        #expect(asking.tie != nil) // the tie's form; the rest of the screen as it was
        asking.tie = nil
        #expect(asking == opened)
        #expect(h.screenText().contains("尚余 1 个名额"))
        h.send(.char(" ")) // A2026-003
        h.send(.down, .down) // past A2026-019 to the note
        // The reason is required (第十一条（三）, condition S4): Enter without one saves nothing.
        let committedBefore = h.committed.count
        h.send(.enter)
        #expect(h.committed.count == committedBefore)
        #expect(h.model.ranking.tie?.fields.last?.error == .required)
        #expect(h.model.ranking.tie?.choice(.include("A2026-003")) == "yes")
        h.type("现场核实材料更完整")
        h.send(.enter)
        // Based on the journal as the form opened (entry 0: the fixture's data, nothing saved here).
        #expect(h.effects == [.commit(.scoring(.decideShortlistTie(include: ["A2026-003"], note: "现场核实材料更完整")), basedOn: 0)])
        #expect(h.committed.last == .scoring(.decideShortlistTie(include: ["A2026-003"], note: "现场核实材料更完整")))
        // Saved: the form closes and the board is rebuilt; three are still invited, so the
        // list, the ranks and the selection stay.
        var decided = h.model.ranking
        #expect(decided.board != opened.board)
        decided.board = opened.board
        decided.calibration = opened.calibration
        #expect(decided == opened)
        #expect(h.model.data.cycle.shortlistDecision?.by == "测试员")
        let board = h.model.ranking.board!
        #expect(board.rows.first { $0.applicationID == "A2026-003" }?.shortlisted == true)
        #expect(board.rows.first { $0.applicationID == "A2026-019" }?.shortlisted == false)
        #expect(h.screenText().contains("分数线并列已决定：入围 A2026-003"))
        // No tie left: the key says why it does nothing.
        let shown = h.model.ranking
        h.send(.char("t"))
        #expect(h.model.status?.text == "入围分数线上没有并列，无需决定")
        #expect(h.model.status?.kind == .error)
        #expect(h.model.ranking == shown)
    }

    @Test func sortCyclesAndTheDetailShowsTheAggregation() {
        var h = ScoringFixtures.harness()
        h.send(.function(6))
        // Detail of the first row: five sheets, mean 791.00, median 820.00, range 835 − 655 = 180.00.
        #expect(h.screenText().contains("资料评审 · 已交 5/5 · 均值 791.00 · 中位 820.00 · 极差 180.00"))
        let opened = RankingScreenTests.opened(h)
        #expect(h.model.ranking == opened)
        h.send(.char("s"))
        #expect(h.model.ranking.sort == .composite)
        // No applicant has a composite yet (no Q or S scores): document order, no cut, no ranks.
        var composite = opened
        composite.sort = .composite
        composite.lines = [.row(0), .row(1), .row(2), .row(3), .row(4)]
        composite.ranks = [:]
        #expect(h.model.ranking == composite)
        #expect(h.screenText().contains("排序：综合得分"))
        #expect(!h.screenText().contains("入围线")) // the cut belongs to document order
        h.send(.char("s"), .char("s"), .char("s"), .char("s"))
        #expect(h.model.ranking.sort == .document)
        #expect(h.model.ranking == opened) // composite → Q → S → id → document
    }

    @Test func exportsTheRankingAndAScoreReport() throws {
        var h = ScoringFixtures.harness()
        // Each key asks the format; Enter takes the first (CSV for the ranking, text for a report).
        h.send(.function(6), .char("e"))
        let opened = RankingScreenTests.opened(h)
        var asking = opened
        asking.pendingExport = .exportCSV
        asking.exportChoice = .exportFormat(Phrase(zh: "排名", en: "ranking"), formats: [.csv, .xlsx, .docx])
        #expect(h.model.ranking == asking)
        #expect(h.exports.isEmpty)
        h.send(.enter)
        #expect(h.model.ranking == opened)
        #expect(h.model.status == StatusMessage("已导出到 /data/exports/ranking-2026.csv", kind: .success))
        h.send(.char("r"))
        asking.pendingExport = .exportReport
        asking.exportChoice = .exportFormat(Phrase(zh: "评审得分报告", en: "score report"), formats: [.text, .docx])
        #expect(h.model.ranking == asking)
        h.send(.enter)
        #expect(h.model.ranking == opened)
        #expect(h.model.status == StatusMessage("已导出到 /data/exports/score-report-A2026-001.txt", kind: .success))
        let csv = String(decoding: try #require(h.exports["ranking-2026.csv"]), as: UTF8.self)
        #expect(csv.contains("1,A2026-001,盐城海瀚新能源科技有限公司,791.00"))
        let report = String(decoding: try #require(h.exports["score-report-A2026-001.txt"]), as: UTF8.self)
        #expect(report.contains("专家 E023 谢振华  合计 655.00"))
        #expect(report.contains("离群 E023"))
        #expect(report.contains("资料评审后入围（按1:1.5邀请 3 家）"))
        // → Excel for the ranking, → Word for the report.
        h.send(.char("e"), .right, .enter, .char("r"), .right, .enter)
        #expect(h.exports["ranking-2026.xlsx"].map { Array($0.prefix(2)) } == [0x50, 0x4B])
        #expect(h.exports["score-report-A2026-001.docx"].map { Array($0.prefix(2)) } == [0x50, 0x4B])
    }

    @Test func compositeIsTwentyTenSeventy() throws {
        // 第十一条（六）: D 800/1000, Q 85/100, S 750/1000 → 160 + 85 + 525 = 770.00; one
        // applicant with one sheet per stage is enough to see the board carry it.
        var data = ScoringFixtures.data()
        let ctx = ActionContext(actor: "test", at: Timestamp(millis: 1_774_830_000_000))
        let q = data.rubrics[.qa]!, s = data.rubrics[.onsite]!
        func set(_ stage: Stage, _ rubric: Rubric, _ pct: Int) throws {
            for item in rubric.items {
                data = try data.applying(.scoring(.setPercent(panelID: "P2026-01", applicationID: "A2026-001", expertID: "E002",
                                                              stage: stage, itemID: item.id, percent: pct)), context: ctx)
            }
            data = try data.applying(.scoring(.submit(sheetID: "\(stage.rawValue)/A2026-001/E002")), context: ctx)
        }
        // Q and S sheets follow the shortlist (condition S2): the office closes the review on the
        // sheets in and settles the sample's tie at the cut.
        data = try data.applying(.procedure(.closeDocumentReview(reason: "按已提交评分表确定入围")), context: ctx)
        let tie = Shortlist.compute(data).tieAtCut
        if !tie.isEmpty { data = try data.applying(.scoring(.decideShortlistTie(include: tie, note: "并列者均入围")), context: ctx) }
        try set(.qa, q, 85)
        try set(.onsite, s, 75)
        let board = RankingBoard.build(data)
        let row = board.rows.first { $0.applicationID == "A2026-001" }!
        // D mean 791.00 → 20 % × 791.00 = 158.20; Q 85.00/100 → 85.00; S 750.00 → 525.00: 768.20.
        #expect(row.composite?.description == "768.20")
        #expect(row.rank == 1)
    }
}
