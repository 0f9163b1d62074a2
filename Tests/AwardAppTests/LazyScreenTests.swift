import AwardDomain
import Testing
import TerminalUI
@testable import AwardApp

/// What opening the app builds: the dashboard's views only. The awards, draw and scoring screens
/// build their lists when first shown, again when the data changes while they are up, and once
/// more when shown after a change made elsewhere — never per key or frame.
@Suite struct LazyScreenTests {
    /// 第十一条（六）, AwardsFixture: composites 10p for p = 95 … 75 → A1 950.00 … A5 750.00.
    /// Raising A5's on-site sheet to 100 % makes its composite 0.2 × 750 + 0.1 × 750 + 0.7 × 1000
    /// = 150 + 75 + 700 = 925.00, second: A1, A5, A2, A3, A4.
    @Test func awardsAreBuiltWhenShownAndAfterAChangeMadeElsewhere() {
        var h = AppHarness(data: AwardsFixture.data(), today: Day("2026-06-20")!)
        #expect(h.model.awards.stale && h.model.awards.rows.isEmpty)
        h.send(.char("7"))
        #expect(!h.model.awards.stale)
        #expect(h.model.awards.rows.map(\.applicationID) == ["A1", "A2", "A3", "A4", "A5"])
        #expect(h.model.awards.rows.map { $0.composite?.description } == ["950.00", "900.00", "850.00", "800.00", "750.00"])
        #expect(h.model.awards.rows == AwardsRow.compute(h.model.data))
        #expect(h.model.awards.progress == DecisionFlow.progress(h.model.data, today: h.model.env.today))
        #expect(h.model.awards.payments == PaymentList.compute(h.model.data))

        var changed = h.model.data
        let i = changed.cycle.sheets.firstIndex { $0.id == "S/A5/E01" }!
        changed.cycle.sheets[i].percents["S1"] = 100
        h.send(.char("1"))
        h.replaceData(changed)
        #expect(h.model.awards.stale)   // not rebuilt while another screen is up
        h.send(.char("7"))
        #expect(h.model.awards.rows.map(\.applicationID) == ["A1", "A5", "A2", "A3", "A4"])
        #expect(h.model.awards.rows[1].composite?.description == "925.00")
        #expect(h.model.awards.rows == AwardsRow.compute(changed))

        // While the screen is up, a change is shown at once.
        h.replaceData(AwardsFixture.data())
        #expect(!h.model.awards.stale)
        #expect(h.model.awards.rows.map(\.applicationID) == ["A1", "A2", "A3", "A4", "A5"])
    }

    /// 第十一条（三）: the sample pool of 40 experts less 3 unavailable (DrawScreenTests) is built
    /// for the new panel P2026-01 once the draw screen is up; once the panel is drawn its pool is
    /// the one on record, so none is built for it.
    @Test func drawPoolsAreBuiltWhenShownOnlyForPanelsWithoutADraw() {
        var h = AppHarness()
        #expect(h.model.draw.poolsStale && h.model.draw.pools.isEmpty)
        DrawScreenTests.createPanel(&h)
        #expect(h.model.draw.pools["P2026-01"]?.pool.count == 37)
        #expect(h.model.draw.pools["P2026-01"]?.exclusions.count == 3)
        h.send(.char("d"))
        h.type("纪检组 李监督")
        h.send(.enter, .enter)
        #expect(DrawScreenTests.record(h)?.isRevealed == true)
        #expect(h.model.draw.pools.isEmpty)
        #expect(h.screen(width: 160).joined(separator: "\n").contains("抽取时专家库 40 人，可抽取 37 人，排除 3 人"))
    }

    /// The scoring chooser is not built when the app opens, nor by a change made elsewhere; it is
    /// when the screen is shown. The office sees every D slot of the sample review: P2026-01's 5
    /// members × 3 applicants + P2026-02's 5 × 2 = 25.
    @Test func scoringListIsBuiltWhenShown() {
        var h = ScoringFixtures.harness()
        #expect(h.model.scoring.slotsVersion == -1 && h.model.scoring.slots.isEmpty)
        h.replaceData(h.model.data)
        #expect(h.model.scoring.slotsVersion == -1)
        h.send(.function(4))
        #expect(h.model.scoring.slotsVersion == h.model.dataVersion)
        #expect(h.model.scoring.slots == SheetSlot.slots(model: h.model, stage: .document))
        #expect(h.model.scoring.slots.count == 25)
    }
}
