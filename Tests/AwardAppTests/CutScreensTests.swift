import AwardDomain
import Testing
import TerminalUI
@testable import AwardApp

/// Reading what is cut at 80×24: a list too long for the screen scrolls to its last row, and
/// Enter or `v` shows in full what a narrow column cuts.
@Suite struct CutScreensTests {
    /// The settings screen has 20 rows (data directory, cycle, quotas, the 12 other settings,
    /// calendar, board date, rubric, theme, language; the sample has no contact line and no
    /// missing calendar year); at 80×24 the body is 20 rows, one blank above the list: 19 rows of
    /// room, the last of which says what is below: 18 shown, 2 below (主题, 语言). End scrolls by
    /// 20 − 19 = 1 to the last row, 语言; `v` shows every row in full.
    @Test func settingsScrollToTheLastRowAndShowInFull() {
        var h = AppHarness(width: 80, height: 24)
        h.send(.char("8"))
        let rows = h.model.settings.rows(h.model)
        #expect(rows.count == 20)
        #expect(SettingsScreen.visibleRows(h.model) == 19)
        #expect(!h.screenText().contains("语言"))
        #expect(h.screen()[21].contains("↓ 下面还有 2 项"))
        h.send(.end)
        #expect(h.model.settings == SettingsScreen(offset: 1)) // the first row scrolled off
        #expect(h.screen()[21].contains("语言  中文"))
        #expect(h.screen()[3].contains("当前年度")) // the first row, 数据目录, scrolled off
        h.send(.home)
        #expect(h.model.settings == SettingsScreen())
        h.send(.char("v"))
        #expect(h.model.detailShown?.title == "设置")
        #expect(h.model.detailShown?.lines.count == 20)
        #expect(h.model.detailShown?.lines.last == "语言：中文")
        #expect(h.model.detailShown?.lines.contains("评分标准：GB/T 19580-2012 卓越绩效评价准则 (with GB/Z 19579-2012 实施指南)") == true)
    }

    /// The scoring chooser's selected sheet, and the grid's focused item, in full.
    @Test func scoringSheetAndItemInFull() {
        var h = ScoringFixtures.harness(width: 80, height: 24)
        h.send(.function(4), .char("v"))
        #expect(h.model.detailShown?.title == "A2026-001 盐城海瀚新能源科技有限公司")
        #expect(h.model.detailShown?.lines.first == "P2026-01 · 资料评审 · E002 李国平")
        h.send(.escape)
        h.openSheet("A2026-001", "E002")
        h.send(.char("v"))
        #expect(h.model.detailShown?.lines.first == "P2026-01 · 资料评审 · E002 李国平 · 已提交 · A2026-001 盐城海瀚新能源科技有限公司")
        #expect(h.model.detailShown?.lines[1] == "4.1.2 高层领导的作用")
    }

    /// The awards screen's places line ends "名额可少额或空缺（" at 80 columns; `v` shows it
    /// whole with the selected applicant. The ranking's lines above the list follow the
    /// selected applicant in its detail.
    @Test func awardsAndRankingHeadersInFull() {
        var h = AppHarness(width: 80, height: 24)
        h.send(.char("7"))
        #expect(!h.screenText().contains("名额可少额或空缺（第三条）"))
        h.send(.char("v"))
        #expect(h.model.detailShown?.title == "推荐名单")
        #expect(h.model.detailShown?.lines.first?.hasSuffix("名额可少额或空缺（第三条）") == true)
        h.send(.escape)
        var r = ScoringFixtures.harness(lang: .en, width: 80, height: 24)
        r.send(.function(6), .char("v"))
        #expect(r.model.detailShown?.lines.contains { $0.hasPrefix("Tie at the cut: A2026-003, A2026-019 (650.00)") && $0.hasSuffix("t for the office to decide") } == true)
    }
}
