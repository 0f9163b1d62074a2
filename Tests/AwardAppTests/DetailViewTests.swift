import AwardDomain
import Testing
import TerminalUI
@testable import AwardApp

/// Reading what is cut: `v` (or Enter where the screen does not use it) shows the selected row in
/// full, or else the last message; any key closes it and does nothing else.
@Suite struct DetailViewTests {
    /// At 80 columns the intake list shows "盐城海瀚…" and the panel cuts every reason; the detail
    /// has the whole name and each check's whole reason.
    @Test func intakeRowInFull() throws {
        var h = AppHarness(width: 80, height: 24)
        h.send(.char("2"))
        #expect(h.screen()[4].contains("盐城海瀚…"))
        h.send(.char("v"))
        let results = try #require(h.model.derived.eligibility["A2026-001"]?.results)
        #expect(results.count == 11)
        let expected = Detail(title: "申报资格审查", lines: [
            "A2026-001  盐城海瀚新能源科技有限公司",
            "县区：亭湖区  状态：符合资格",
        ] + results.map { "\($0.outcome.mark) \($0.code) \($0.citation.zh) \($0.reason.zh)" })
        #expect(h.model.detailShown == expected)
        let text = h.screenText()
        #expect(text.contains("A2026-001  盐城海瀚新能源科技有限公司"))
        // 11 checks wrap to more lines than 24 rows hold: the view scrolls rather than cut.
        #expect(text.contains("↑↓ 翻行"))
        h.send(.down, .down)
        #expect(h.model.detailScroll == 2 && h.model.detailShown == expected)
        // Any other key closes it and is not acted on: `q` does not quit.
        h.send(.char("q"))
        #expect(h.model.detailShown == nil && !h.quit)
    }

    /// Where nothing is selected, the last message in full.
    @Test func lastMessageInFull() {
        var h = AppHarness(width: 80, height: 24)
        h.send(.char("2"), .char("w"))
        h.type("来函撤回")
        h.send(.enter) // A2026-001 withdrawn: "已保存"
        h.send(.char("1"), .char("v"))
        #expect(h.model.detailShown == Detail(title: "最近的消息", lines: ["已保存"]))
    }
}
