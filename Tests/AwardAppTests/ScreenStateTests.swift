import AwardDomain
import AwardStore
import Testing
import TerminalUI
@testable import AwardApp

/// Each key of a screen as a whole-state transition: the state after the key equals the state
/// written out by hand, field by field (screens' states are Equatable).
@Suite struct ScreenStateTests {
    /// The audit screen over the three-entry journal of `AuditScreenTests`.
    @Test func auditKeys() {
        var h = AuditScreenTests.harness()
        h.send(.char("9"))
        var expected = AuditScreen()
        expected.rows = h.journal.reversed()
        expected.loaded = true
        #expect(h.model.audit == expected)

        // ↓ twice, End: the last of three rows; ↑: the second.
        h.send(.down, .down)
        expected.table.selected = 2
        #expect(h.model.audit == expected)
        h.send(.up)
        expected.table.selected = 1
        #expect(h.model.audit == expected)

        // a: the operator field; typed text goes into it, not to commands (`v` is not verify).
        h.send(.char("a"))
        expected.editing = .actor
        #expect(h.model.audit == expected)
        h.type("李v")
        expected.actorField = TextFieldState("李v", maxLength: 64)
        #expect(h.model.audit == expected)

        // Esc puts the fields back to the filters in force; nothing is read.
        h.send(.escape)
        expected.actorField = TextFieldState("", maxLength: 64)
        expected.editing = nil
        #expect(h.model.audit == expected)
        #expect(h.auditLoads.count == 1)

        // v: the check; its report is kept and the status says so (3 entries, 3 files).
        h.send(.char("v"))
        expected.report = AuditReport(entriesChecked: 3, filesChecked: 3, problems: [])
        #expect(h.model.audit == expected)
        #expect(h.model.status == StatusMessage("审计校验通过：已核对日志条目 3 条、数据文件 3 个，哈希链完整，数据文件与日志一致", kind: .success))
    }

    /// The settings screen: t opens the one form; Esc closes it and leaves everything as it was.
    @Test func settingsKeys() {
        var h = AppHarness()
        h.send(.char("8"))
        #expect(h.model.settings == SettingsScreen())
        h.send(.char("t"), .escape)
        #expect(h.model.settings == SettingsScreen())
        #expect(h.model.env.today == Day("2026-03-20"))
    }
}

/// Esc on the score grid's band overlay closes the overlay and leaves the sheet open; a second
/// Esc goes back to the list of sheets.
@Suite struct BandOverlayTests {
    @Test func escapeClosesOnlyTheOverlay() {
        var h = ScoringFixtures.harness()
        h.openSheet("A2026-003", "E033")
        h.send(.char("b"))
        var expected = h.model.scoring
        #expect(expected.bandsVisible && expected.grid != nil)
        h.send(.escape)
        expected.bandsVisible = false
        #expect(h.model.scoring == expected)
        h.send(.escape)
        #expect(h.model.scoring.grid == nil)
    }
}
