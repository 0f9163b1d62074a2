import FuzzSupport
import AwardDomain
import Testing
import TerminalUI
@testable import AwardApp

/// 第二十条 保守秘密: the audit journal (every panel's actions) and the office's screens stay closed
/// to a reviewer, and the scoring screen never shows another panel, whatever keys are pressed.
/// (ReviewerFenceTests renders every reachable screen once; these drive keys.)
@Suite struct AuditFenceTests {
    static func data() -> AwardData { AppHarness.sampleData() }

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

    // Whatever keys a reviewer presses on the scoring screen (any of its commands, list moves,
    // forms, Chinese text, other screens' keys), no frame ever shows the other panel's applicants.
    @Test func scoringNeverShowsTheOtherPanelWhateverTheKeys() throws {
        let (data, reviewer, _) = try ReviewerFenceTests.twoPanels()
        let hidden = ["A2026-003", "A2026-004"].flatMap { id -> [String] in
            let org = data.cycle.application(id).flatMap { data.registry.organization($0.orgID) }
            return [id] + (org.map { [$0.name] } ?? [])
        }
        var h = AppHarness(data: data, reviewer: reviewer)
        h.send(.char("4"))
        var rng = FuzzRNG(seed: Fuzz.seed ^ 0xF3)
        let keys: [Key] = [.up, .down, .enter, .escape, .tab, .pageDown, .end, .home, .char("/"), .char("a"), .char("e"),
                           .char("s"), .char("9"), .char("2"), .char("4"), .char("8"), .char("5"), .function(5), .char("盐")]
        for i in 0..<300 {
            h.send(rng.pick(keys))
            #expect(h.model.screen == .scoring || h.model.screen == .dashboard)
            let text = h.screenText()
            for x in hidden where text.contains(x) { Issue.record("key \(i): the reviewer's screen shows \(x)") }
        }
    }
}
