@testable import AwardStore
import AwardDomain
import Foundation
import Testing

/// A cycle file written before sheets were set aside (第十一条（三）) holds the sheets of a voided
/// draw in the live table. This program reads it with them aside, as the void sets them aside now,
/// so the journal's replay (`audit verify`) and the file agree without the file being rewritten;
/// anything else that differs is still found. On the sample: P2026-02's draw D2026-02-1 is voided
/// (its nine submitted sheets and its agreed scores go aside).
struct SetAsideLayoutTests {
    static func voided() throws -> AwardData {
        let d = try ReviewReportsTests.sample()
        let at = ActionContext(actor: "办公室王某", at: Timestamp(millis: ReviewReportsTests.ctx.at.millis + 60_000))
        return try d.applying(.draw(.void(drawID: "D2026-02-1", reason: "组员回避")), context: at)
    }

    /// The cycle as an older program stored it: every sheet and agreed score in the live tables.
    static func olderLayout(_ c: Cycle) -> Cycle {
        var old = c
        old.sheets = c.setAsideSheets.map(\.sheet) + c.sheets
        old.consensus = c.setAsideConsensus.map(\.record) + c.consensus
        old.setAside = nil
        return old
    }

    @Test func anOlderFileReadsAsTheJournalsStateAndATamperedOneDoesNot() throws {
        let d = try Self.voided()
        #expect(d.cycle.setAsideSheets.filter { $0.sheet.status == .submitted }.count == 9)
        var state = AuditReplay.State()
        state.cycles[2026] = d.cycle
        let old = Self.olderLayout(d.cycle)
        let bytes = EnvelopeCodec.encode(old, kind: "cycle", seq: 7)
        #expect(!String(decoding: bytes, as: UTF8.self).contains("setAside"))
        // Not the same bytes as this program writes, but the same state once read.
        #expect(bytes != EnvelopeCodec.encode(d.cycle, kind: "cycle", seq: 7))
        #expect(AuditReplay.readsAs("cycles/2026.json", bytes, state))

        // A score changed in a sheet of the voided draw, or in a live one, is found.
        var tampered = old
        let i = try #require(tampered.sheets.firstIndex { $0.panelID == "P2026-02" })
        let item = try #require(tampered.sheets[i].percents.keys.sorted().first)
        tampered.sheets[i].percents[item] = (tampered.sheets[i].percents[item]! + 5) % 105
        #expect(!AuditReplay.readsAs("cycles/2026.json", EnvelopeCodec.encode(tampered, kind: "cycle", seq: 7), state))
        var live = old
        let j = try #require(live.sheets.firstIndex { $0.panelID == "P2026-01" })
        live.sheets[j].status = .draft
        #expect(!AuditReplay.readsAs("cycles/2026.json", EnvelopeCodec.encode(live, kind: "cycle", seq: 7), state))
        // And a file that is not a cycle's never passes this way.
        #expect(!AuditReplay.readsAs("registry.json", bytes, state))
        #expect(AuditReplay.continuedAfterSetAside("cycles/2026.json", bytes).isEmpty)
    }

    /// An older program let a member drawn again go on with a sheet of the voided draw: the file
    /// does not read as the replay's state, and the audit names that sheet as the cause.
    @Test func aSheetContinuedAfterItsDrawWasVoidedIsNamed() throws {
        let d = try Self.voided()
        var old = Self.olderLayout(d.cycle)
        let i = try #require(old.sheets.firstIndex { $0.id == "D/A2026-019/E021" })
        let voidedAt = try #require(d.cycle.drawRecord("D2026-02-1")?.voided?.at)
        old.sheets[i].history.append(SheetEvent(status: .submitted, by: "E021", at: Timestamp(millis: voidedAt.millis + 86_400_000)))
        var state = AuditReplay.State()
        state.cycles[2026] = d.cycle
        let bytes = EnvelopeCodec.encode(old, kind: "cycle", seq: 9)
        #expect(!AuditReplay.readsAs("cycles/2026.json", bytes, state))
        #expect(AuditReplay.continuedAfterSetAside("cycles/2026.json", bytes) == ["D/A2026-019/E021"])
    }
}
