import AwardDomain
import Testing
import TerminalUI
@testable import AwardApp

/// 第十一条（二）: the eligibility decision is asked first, naming the application; "ineligible"
/// takes its reason; Esc leaves everything as it was.
@Suite struct DecisionConfirmationTests {
    @Test func decidingEligibilityAsksAndTakesTheReason() throws {
        var h = AppHarness()
        // A2026-020 fails E3 in the sample (the judgement recorded against it).
        h.send(.char("2"), .char("/"))
        h.type("A2026-020")
        h.send(.enter)
        let listed = h.model.intake
        h.send(.char("d"))
        let c = try #require(h.model.intake.confirmation?.modal)
        #expect(c.confirmation?.question.zh.hasPrefix("确认 A2026-020（") == true)
        #expect(c.confirmation?.question.zh.hasSuffix("）不符合资格？") == true)
        #expect(h.screenText().contains("不符合的理由"))
        h.send(.escape)
        #expect(h.model.intake.confirmation == nil && h.committed.isEmpty)
        #expect(h.model.intake == listed) // the search and the selection as they were; nothing of the question stays
        h.send(.char("d"), .enter)
        #expect(h.committed.isEmpty)
        #expect(h.model.intake.confirmation?.modal.confirmation?.reasonError == .reasonRequired)
        h.type("扩建项目环评批复未办结")
        h.send(.enter)
        #expect(h.committed == [.intake(.setStatus(applicationID: "A2026-020", status: .ineligible, note: "扩建项目环评批复未办结"))])
        #expect(h.model.data.cycle.application("A2026-020")?.status == .ineligible)
    }
}
