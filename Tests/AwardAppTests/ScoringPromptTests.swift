import AwardDomain
import Testing
import TerminalUI
@testable import AwardApp

/// The line typed under the score grid (a comment, a finding, a reopen reason) is the app's one
/// form (`Modal`, drawn on one line): Enter saves, Esc closes, a reason the measures require is
/// required, and the store's refusal stays in the form with what was typed (第十一条（三）).
@Suite struct ScoringPromptTests {
    /// E036's A2026-002 is a draft in the fixture; while a comment is typed, another process
    /// closes the document review (第十一条（三）): the comment is refused (condition S3: the
    /// stage's results are used, its sheets no longer change), the line stays open with the
    /// comment and the domain's words, and Esc closes it.
    @Test func aRefusedCommentStaysInTheLine() throws {
        var h = ScoringFixtures.harness()
        h.openSheet("A2026-002", "E036")
        let draft = h.model.scoring
        h.send(.char("c"), .ctrl("u"))
        h.type("方法展开充分")
        try h.io.othersSave(.procedure(.closeDocumentReview(reason: "按已提交的评分表确定入围")), by: "李四", today: Day("2026-04-21")!)
        h.send(.tick)
        h.send(.enter)
        #expect(h.committed.isEmpty)
        let m = try #require(h.model.scoring.field?.modal)
        #expect(m[.text] == "方法展开充分")
        #expect(!m.waiting)
        #expect(m.refusal?.zh.contains("评分表不能再变更") == true)
        #expect(h.screenText().contains("评分表不能再变更"))
        #expect(h.model.status?.kind == .error)
        h.send(.escape)
        #expect(h.model.scoring == draft) // the sheet as it was
        #expect(h.sheet("D/A2026-002/E036")?.comments["4.1.2"] != "方法展开充分")
    }

    /// `a` on E033's A2026-003 (not started; 80 % entered first): each Enter saves one strength
    /// and, once saved, the line opens again empty for the next; Enter on the empty line closes
    /// it and saves nothing more.
    @Test func findingsOneAfterAnother() throws {
        var h = ScoringFixtures.harness()
        h.openSheet("A2026-003", "E033")
        h.type("80")
        let seq = h.model.journalSeq
        h.send(.char("a")) // commits the 80 first, then opens the line
        #expect(h.committed.count == 1)
        #expect(h.model.scoring.field == ScoringScreen.FieldEdit(.finding(itemID: "4.1.2", kind: .strength), openedAt: seq))
        #expect(h.screenText().contains("4.1.2 优势："))
        h.type("方法系统")
        h.send(.enter)
        #expect(h.committed.last == .review(.addFinding(panelID: "P2026-01", applicationID: "A2026-003", expertID: "E033", stage: .document,
                                                        itemID: "4.1.2", finding: Finding(kind: .strength, text: "方法系统"))))
        // Saved: open again, empty, for the next strength.
        #expect(h.model.scoring.field?.purpose == .finding(itemID: "4.1.2", kind: .strength))
        #expect(h.model.scoring.field?.modal[.text] == "")
        #expect(h.model.scoring.field?.modal.waiting == false)
        let count = h.committed.count
        h.send(.enter)
        #expect(h.model.scoring.field == nil)
        #expect(h.committed.count == count)
        #expect(h.sheet("D/A2026-003/E033")?.findings["4.1.2"]?.map(\.text) == ["方法系统"])
    }
}
