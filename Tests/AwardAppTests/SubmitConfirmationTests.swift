import AwardDomain
import Testing
import TerminalUI
@testable import AwardApp

/// 第十一条: a submitted sheet is locked and only the office can send it back, so `s` asks
/// first, naming the sheet (application, stage, expert); Esc leaves it a draft.
@Suite struct SubmitConfirmationTests {
    @Test func submittingASheetAsksAndNamesIt() throws {
        var h = ScoringFixtures.harness()
        h.openSheet("A2026-003", "E033")
        for _ in 0..<23 { h.enter("80") }
        let cells = h.committed.count
        let open = h.model.scoring
        h.send(.char("s"))
        let c = try #require(h.model.scoring.confirmation)
        let q = try #require(c.confirmation?.question.zh)
        #expect(q.hasPrefix("提交评分表 A2026-003（"))
        #expect(q.contains("E033"))
        #expect(q.contains(Stage.document.name.zh))
        #expect(h.screenText().contains("提交后只能由办公室退回（第十一条）"))
        #expect(h.committed.count == cells)

        h.send(.escape)
        #expect(h.model.scoring.confirmation == nil)
        #expect(h.model.scoring == open) // the sheet as it was, its cursor where it was
        #expect(h.committed.count == cells)
        #expect(h.sheet("D/A2026-003/E033")?.status == .draft)

        h.send(.char("s"), .enter)
        #expect(h.committed.count == cells + 1)
        #expect(h.committed.last == .scoring(.submit(sheetID: "D/A2026-003/E033")))
        #expect(h.model.scoring.confirmation == nil)
        #expect(h.sheet("D/A2026-003/E033")?.status == .submitted)
    }
}
