import AwardDomain
import Testing
import TerminalUI
@testable import AwardApp

/// 第二十条 保守秘密: the audit journal (every panel's actions) and the office's screens stay closed
/// to a reviewer, whatever keys are pressed (the score-sheet fence is in ReviewerFenceTests).
@Suite struct ReviewerAuditFenceTests {
    /// Sample data plus two sheets: one by E001 (王建国), one by E002 (李国平).
    static func data() -> AwardData {
        var d = AppHarness.sampleData()
        d.cycle.sheets = [
            ScoreSheet(panelID: "P2026-01", applicationID: "A2026-001", expertID: "E001", stage: .document, rubricID: "gbt19580"),
            ScoreSheet(panelID: "P2026-02", applicationID: "A2026-002", expertID: "E002", stage: .document, rubricID: "gbt19580"),
        ]
        return d
    }

    @Test func auditScreenIsClosedToReviewers() {
        var h = AppHarness(data: Self.data(), reviewer: "E001")
        h.send(.char("9"))
        #expect(h.model.screen == .dashboard)
        #expect(h.auditLoads.isEmpty) // the journal is never even read
        #expect(h.screenText().contains("第二十条"))
        h.send(.char("v"))
        #expect(h.auditLoads.isEmpty)
        #expect(!h.screenText().contains("审计校验"))
    }

    @Test func everyOfficeScreenIsClosedByEveryKey() {
        for s in ScreenID.allCases {
            var h = AppHarness(data: Self.data(), reviewer: "E001")
            h.send(s.keys)
            #expect(h.model.screen == (s.reviewerAllowed ? s : .dashboard), "\(s)")
        }
        #expect(ScreenID.allCases.filter(\.reviewerAllowed) == [.dashboard, .scoring])
    }
}
