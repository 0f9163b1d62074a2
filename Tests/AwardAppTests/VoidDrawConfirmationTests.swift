import AwardDomain
import Testing
import TerminalUI
@testable import AwardApp

/// Voiding a draw cannot be taken back: `x` asks first, naming the draw and the submitted sheets
/// that stop counting, and takes the required reason; Esc leaves the draw as it was.
@Suite struct VoidDrawConfirmationTests {
    @Test func voidingADrawAsksNamesItAndTakesTheReason() throws {
        var h = DrawScreenTests.drawn()
        let before = h.model.data
        let sent = h.committed.count
        let screen = h.model.draw
        h.send(.char("x"))
        let c = try #require(h.model.draw.voidConfirmation?.modal)
        #expect(h.model.draw.voidConfirmation?.drawID == "D2026-01-1")
        #expect(c.confirmation?.question == .voidDrawQuestion("D2026-01-1", "P2026-01"))
        #expect(c.confirmation?.reasonLabel == .voidDrawReason)
        #expect(h.screenText().contains("作废抽取 D2026-01-1"))
        #expect(h.screenText().contains("不可撤销"))

        h.send(.escape)
        #expect(h.model.draw.voidConfirmation == nil)
        #expect(h.model.draw == screen) // closed, nothing of the question stays
        #expect(h.committed.count == sent)
        #expect(h.model.data == before)

        h.send(.char("x"), .enter)
        #expect(h.model.draw.voidConfirmation?.modal.confirmation?.reasonError == .reasonRequired)
        #expect(h.committed.count == sent)
        #expect(h.model.data == before)
        h.type("监督人未到场")
        h.send(.enter)
        #expect(h.committed.last == .draw(.void(drawID: "D2026-01-1", reason: "监督人未到场")))
        #expect(h.model.draw.voidConfirmation == nil)
        #expect(DrawScreenTests.record(h)?.voided?.reason == "监督人未到场")
    }

    @Test func theWarningNamesTheSheetsThatStopCounting() {
        #expect(Phrase.voidDrawWarning(["D/A2026-001/E003", "D/A2026-001/E004"]).zh
                == "此操作不可撤销；以下已提交的评分表将不再计分：D/A2026-001/E003、D/A2026-001/E004")
    }
}
