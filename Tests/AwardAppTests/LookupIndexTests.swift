import AwardDomain
import Testing
import TerminalUI
@testable import AwardApp

/// The indexes built once per data change or per computation answer as the scans they replace.
@Suite struct LookupIndexTests {
    /// `Derived.registry` (id → expert for list rows) is rebuilt with every change but a score
    /// entry, which cannot touch the registry: a renamed expert shows under the new name in the
    /// score grid's title, and still does after a committed cell.
    @Test func aRenamedExpertShowsInTheGridAndAfterAScoreEntry() throws {
        var h = ScoringFixtures.harness()
        h.openSheet("A2026-003", "E033")
        #expect(h.screenText().contains("E033 肖永明"))

        var e = try #require(h.model.data.registry.experts.first { $0.id == "E033" })
        e.name = "肖永清"
        let action = Action.registry(.upsertExpert(e))
        let context = ActionContext(actor: "测试员", at: Timestamp(millis: 1_774_830_000_000), today: h.model.env.today)
        h.replaceData(try h.model.data.applying(action, context: context), by: action)
        #expect(h.screenText().contains("E033 肖永清"))

        h.enter("80") // a score entry: Derived is kept
        #expect(h.committed.count == 1)
        #expect(h.screenText().contains("E033 肖永清"))
        #expect(h.model.derived.registry.registry == h.model.data.registry)
        #expect(h.model.derived.registry.expert("E033")?.name == "肖永清")
        #expect(h.model.derived.registry.expert("E999") == nil)
    }

    /// 第十一条（三）至（五）: every applicant's result at every stage from the one-pass sheet index
    /// equals the result from scanning every sheet and panel for that applicant (the old way).
    /// Hand-checked from the fixture: A2026-001 D mean 791.00 with E023 an outlier; A2026-003
    /// D mean 650.00 with E033 missing.
    @Test func stageSheetsGiveTheSameResultsAsAScan() {
        let data = ScoringFixtures.data()
        let index = StageSheets(data.cycle)
        for app in data.cycle.applications {
            for stage in Stage.allCases {
                let scanned = scan(app.id, stage, data)
                #expect(index.result(applicationID: app.id, stage: stage, in: data) == scanned)
                #expect(StageResult.compute(applicationID: app.id, stage: stage, in: data) == scanned)
            }
        }
        let a1 = index.result(applicationID: "A2026-001", stage: .document, in: data)
        #expect(a1.mean == ExactScore(hundredths: 79100))
        #expect(a1.outlierSheetIDs == ["D/A2026-001/E023"])
        let a3 = index.result(applicationID: "A2026-003", stage: .document, in: data)
        #expect(a3.mean == ExactScore(hundredths: 65000))
        #expect(a3.missingExperts == ["E033"])
    }

    /// The per-applicant scan the index replaces.
    private func scan(_ id: String, _ stage: Stage, _ data: AwardData) -> StageResult {
        let sheets = data.cycle.sheets.filter { $0.applicationID == id && $0.stage == stage }
        var expected: [String] = []
        for p in data.cycle.panels where p.applicationIDs.contains(id) {
            guard let d = p.drawID.flatMap(data.cycle.drawRecord), !d.isVoided else { continue }
            for m in d.currentMembers where !expected.contains(m) { expected.append(m) }
        }
        return StageResult.compute(applicationID: id, stage: stage, sheets: sheets, rubric: data.rubrics[stage] ?? Rubric.gbt19580,
                                   policy: data.cycle.settings.scoring, expectedExperts: expected,
                                   agreed: data.cycle.consensusRecord(stage: stage, applicationID: id))
    }
}
