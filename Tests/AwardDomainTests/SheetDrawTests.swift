import Foundation
import Testing
@testable import AwardDomain

/// Only the sheets of the current members of a panel whose draw stands count (第十一条（三）): a
/// sheet belongs to the draw it was made under. Voiding a draw, or replacing a member, sets that
/// draw's sheets (and the panel's agreed scores) aside: they stay on record, shown as not counted
/// with the reason, and an expert drawn again starts a fresh sheet. The world is
/// `ProcedureModel.world()`: one-item rubrics, D worth 1000 points.
@Suite struct SheetDrawTests {
    typealias T = ProcedureTests

    /// A seed for the redraw of P1 whose three members share exactly one expert with D1's.
    static func redrawSharingOne(_ d: AwardData) throws -> (seed: DrawSeed, shared: String) {
        let first = Set(T.members(d))
        for n in 1..<400 {
            let seed = ProcedureModel.seed(n)
            let order = DrawAlgorithm.order(pool: d.cycle.drawRecord("D1")!.pool, seed: seed, count: 4)
            let shared = first.intersection(order.prefix(3))
            if shared.count == 1 { return (seed, shared.first!) }
        }
        throw DomainError(zh: "无", en: "no seed")
    }

    static func redraw(_ d: AwardData, seed: DrawSeed, on day: String) throws -> AwardData {
        try T.apply(d, [.draw(.commit(drawID: "D2", panelID: "P1", supervisor: "纪检组", commitment: seed.commitment)),
                        .draw(.reveal(drawID: "D2", seed: seed.hex))], on: day)
    }

    /// A1 scored under D1 at 80, 70 and 60 % (D = (800 + 700 + 600) / 3 = 700.00). D1 is voided and
    /// P1 drawn again (D2); one expert, `shared`, is drawn again. The old sheets count for nothing:
    /// A1 has no D score. `shared` starts a fresh sheet (the old one was submitted and would be
    /// locked) at 50 %, the two new members at 90 and 40 %: D = (500 + 900 + 400) / 3 = 600.00.
    /// The three D1 sheets stay on record, set aside as made under a voided draw.
    @Test func aRedrawnExpertStartsAFreshSheetAndOnlyTheNewDrawCounts() throws {
        var d = try T.scoredA1()
        #expect(StageResult.compute(applicationID: "A1", stage: .document, in: d).mean?.description == "700.00")
        let (seed, shared) = try Self.redrawSharingOne(d)
        let oldPercent = d.cycle.sheets.first { $0.id == "D/A1/\(shared)" }!.percents["K1"]!
        d = try T.apply(d, [.draw(.void(drawID: "D1", reason: "组员回避"))], on: "2026-04-21")
        d = try Self.redraw(d, seed: seed, on: "2026-04-22")
        let members = d.cycle.drawRecord("D2")!.currentMembers
        #expect(members.contains(shared))
        // Before anyone scores under D2, nothing counts: not the shared expert's old submitted sheet.
        let before = StageResult.compute(applicationID: "A1", stage: .document, in: d)
        #expect(before.mean == nil && before.submitted.isEmpty)

        let newcomers = members.filter { $0 != shared }
        for (e, p) in [(shared, 50), (newcomers[0], 90), (newcomers[1], 40)] {
            d = try T.apply(d, [.scoring(.setPercent(panelID: "P1", applicationID: "A1", expertID: e, stage: .document, itemID: "K1", percent: p)),
                                .scoring(.submit(sheetID: "D/A1/\(e)"))], on: "2026-04-23")
        }
        #expect(StageResult.compute(applicationID: "A1", stage: .document, in: d).mean?.description == "600.00")
        // The fresh sheet's history starts under D2; the old one is kept aside with its own score.
        let fresh = try #require(d.cycle.sheets.first { $0.id == "D/A1/\(shared)" })
        #expect(fresh.percents["K1"] == 50 && fresh.history.first?.at.day == Day("2026-04-23"))
        let aside = d.cycle.setAsideSheets
        #expect(aside.count == 3 && aside.allSatisfy { $0.drawID == "D1" && $0.reason == .drawVoided })
        #expect(aside.first { $0.sheet.expertID == shared }?.sheet.percents["K1"] == oldPercent)
        #expect(aside.allSatisfy { $0.sheet.status == .submitted })
        // Every sheet, live or aside, says whether it counts and why not.
        let rows = SheetRoster.rows(d, stage: .document)
        #expect(rows.filter(\.counts).map(\.sheet.id).sorted() == members.map { "D/A1/\($0)" }.sorted())
        #expect(rows.filter { !$0.counts }.count == 3)
        #expect(rows.first { !$0.counts }?.why?.en == "draw D1 voided")
    }

    /// A member replaced, then drawn again after a void: the sheet made before the replacement does
    /// not come back. D1's first member (80 %) declines; A1 = (700 + 600) / 2 = 650.00 with the
    /// alternate's sheet missing. D1 is voided, P1 drawn again with the declined expert in it: A1
    /// has no score until D2's members score; the declined expert's D1 sheet is on record as
    /// "member replaced", the other two as "draw voided".
    @Test func aReplacedMemberDrawnAgainStartsAfresh() throws {
        var d = try T.scoredA1()
        let first = T.members(d)[0]
        d = try T.apply(d, [.draw(.replaceDeclined(drawID: "D1", expertID: first, reason: "出差"))], on: "2026-04-21")
        #expect(StageResult.compute(applicationID: "A1", stage: .document, in: d).mean?.description == "650.00")
        #expect(d.cycle.setAsideSheets.map(\.reason) == [.memberReplaced])
        d = try T.apply(d, [.draw(.void(drawID: "D1", reason: "重新组建"))], on: "2026-04-22")
        // Find a redraw with the declined expert among the members.
        var found: DrawSeed?
        for n in 1..<400 {
            let order = DrawAlgorithm.order(pool: d.cycle.drawRecord("D1")!.pool, seed: ProcedureModel.seed(n), count: 4)
            if order.prefix(3).contains(first) { found = ProcedureModel.seed(n); break }
        }
        d = try Self.redraw(d, seed: try #require(found), on: "2026-04-23")
        #expect(StageResult.compute(applicationID: "A1", stage: .document, in: d).mean == nil)
        #expect(d.cycle.sheets.isEmpty)
        let reasons = Dictionary(d.cycle.setAsideSheets.map { ($0.sheet.expertID, $0.reason) }, uniquingKeysWith: { a, _ in a })
        #expect(reasons[first] == .memberReplaced)
        #expect(reasons.filter { $0.value == .drawVoided }.count == 2)
        // The declined expert, drawn again, scores afresh at 30 %: one sheet, 300.00.
        d = try T.apply(d, [.scoring(.setPercent(panelID: "P1", applicationID: "A1", expertID: first, stage: .document, itemID: "K1", percent: 30)),
                            .scoring(.submit(sheetID: "D/A1/\(first)"))], on: "2026-04-24")
        #expect(StageResult.compute(applicationID: "A1", stage: .document, in: d).mean?.description == "300.00")
    }

    /// A sheet set aside takes no more changes: submitting or reopening it by its id reaches the
    /// live sheet of that id, and there is none until the expert scores under the new draw.
    @Test func aSetAsideSheetIsNotActedOn() throws {
        var d = try T.scoredA1()
        let m = T.members(d)[1]
        d = try T.apply(d, [.draw(.void(drawID: "D1", reason: "组员回避"))], on: "2026-04-21")
        let e = T.refused(d, .scoring(.reopen(sheetID: "D/A1/\(m)", reason: "重评")), on: "2026-04-22")
        #expect(e?.message.en.contains("does not exist") == true)
        #expect(d.cycle.setAsideSheets.count == 3)
    }

    /// The panel's agreed scores are the draw's too: under the agreed-score rule A1's D score is the
    /// leader's 75 % = 750.00; after the void it is gone, and the record is kept aside.
    @Test func agreedScoresOfAVoidedDrawAreSetAside() throws {
        var d = try T.scoredA1()
        d.cycle.settings.scoring.stageScore = .agreed
        let leader = d.cycle.drawRecord("D1")!.leaderID!
        d = try d.applying(.review(.agree(panelID: "P1", stage: .document, applicationID: "A1", itemID: "K1", percent: 75, reason: "")),
                           context: ActionContext(actor: leader, at: ProcedureModel.at(Day("2026-04-21")!), today: Day("2026-04-21")!))
        #expect(StageResult.compute(applicationID: "A1", stage: .document, in: d).score?.description == "750.00")
        d = try T.apply(d, [.draw(.void(drawID: "D1", reason: "组员回避"))], on: "2026-04-22")
        #expect(StageResult.compute(applicationID: "A1", stage: .document, in: d).score == nil)
        #expect(d.cycle.consensus.isEmpty)
        #expect(d.cycle.setAsideConsensus.map { $0.record.id } == ["D/A1"])
        #expect(d.cycle.setAsideConsensus.first?.drawID == "D1")
    }

    /// A cycle file written before sheets were set aside (every sheet in the one table) reads as if
    /// they had been: the sheets made under the voided D1 are aside, D2's live. Decoding never
    /// changes what a program that set them aside at the void would hold, so the journal's replay
    /// and the file agree.
    @Test func anOlderFileReadsWithTheVoidedDrawsSheetsAside() throws {
        var d = try T.scoredA1()
        let (seed, shared) = try Self.redrawSharingOne(d)
        // The leader agrees A1's score under D1; a member other than the shared one and the leader
        // declines (aside as "member replaced"); then D1 is voided (the rest, and the agreed score).
        let leader = d.cycle.drawRecord("D1")!.leaderID!
        d = try d.applying(.review(.agree(panelID: "P1", stage: .document, applicationID: "A1", itemID: "K1", percent: 70, reason: "")),
                           context: ActionContext(actor: leader, at: ProcedureModel.at(Day("2026-04-20")!, 30), today: Day("2026-04-20")!))
        let decliner = T.members(d).first { $0 != shared && $0 != leader }!
        d = try T.apply(d, [.draw(.replaceDeclined(drawID: "D1", expertID: decliner, reason: "出差"))], on: "2026-04-20")
        d = try T.apply(d, [.draw(.void(drawID: "D1", reason: "组员回避"))], on: "2026-04-21")
        #expect(d.cycle.setAsideSheets.map(\.reason) == [.memberReplaced, .drawVoided, .drawVoided])
        #expect(d.cycle.setAsideConsensus.count == 1)
        d = try Self.redraw(d, seed: seed, on: "2026-04-22")
        let newcomer = d.cycle.drawRecord("D2")!.currentMembers.first { $0 != shared }!
        d = try T.apply(d, [.scoring(.setPercent(panelID: "P1", applicationID: "A1", expertID: newcomer, stage: .document, itemID: "K1", percent: 90))],
                        on: "2026-04-23")
        // As an older program wrote it: the aside sheets back in the one table, no `setAside`.
        var old = d.cycle
        old.sheets = d.cycle.setAsideSheets.map(\.sheet) + d.cycle.sheets
        old.consensus = d.cycle.setAsideConsensus.map(\.record) + d.cycle.consensus
        old.setAside = nil
        let bytes = try JSONEncoder().encode(old)
        #expect(!String(decoding: bytes, as: UTF8.self).contains("setAside"))
        let read = try JSONDecoder().decode(Cycle.self, from: bytes)
        #expect(read == d.cycle)
    }
}
