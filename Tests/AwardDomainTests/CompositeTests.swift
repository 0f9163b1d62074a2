import Testing
@testable import AwardDomain

/// 第十一条（六）, RULES.md §4: composite = 20 % D + 10 % Q + 70 % S, each stage scaled to its
/// maximum, on 1000 points, two decimals half-up.
struct CompositeTests {
    /// D 800/1000, Q 85/100, S 750/1000 → 0.2 × 800 + 0.1 × 850 + 0.7 × 750 = 160 + 85 + 525 = 770.00.
    @Test func example770() {
        let c = Composite.score(document: ExactScore(hundredths: 80000), documentMax: 1000,
                                qa: ExactScore(hundredths: 8500), qaMax: 100,
                                onsite: ExactScore(hundredths: 75000), onsiteMax: 1000)
        #expect(c == ExactScore(hundredths: 77000))
        #expect(c.description == "770.00")
    }

    /// D mean of sheets 800.00 and 800.25 = 800.125; 0.2 × 800.125 = 160.025; + 85 + 525 =
    /// 770.025 exactly → 770.03 (half-up; a binary double would have to guess at 770.02…5).
    /// Second: S mean (700 + 750 + 750) / 3 = 733.333…: 0.2 × 762.50 + 0.1 × 850 + 0.7 × 733.333…
    /// = 152.50 + 85 + 513.333… = 750.833… → 750.83.
    @Test func rounding() {
        let a = Composite.score(document: ExactScore(160025, over: 2), documentMax: 1000,
                                qa: ExactScore(hundredths: 8500), qaMax: 100,
                                onsite: ExactScore(hundredths: 75000), onsiteMax: 1000)
        #expect(a == ExactScore(154005, over: 2))
        #expect(a.description == "770.03")
        let b = Composite.score(document: ExactScore(hundredths: 76250), documentMax: 1000,
                                qa: ExactScore(hundredths: 8500), qaMax: 100,
                                onsite: ExactScore(220000, over: 3), onsiteMax: 1000)
        #expect(b.description == "750.83")
    }

    /// Equal published composites share a rank (1, 1, 3) and carry the tie flag; an applicant
    /// without an S score has no composite and no rank and comes last.
    @Test func sharedRanks() {
        func ranked(_ id: String, _ d: Int, _ q: Int, _ s: Int?) -> RankedApplicant {
            Ranking.applicant(id, document: ScoreFixture.stage(.document, app: id, hundredths: d),
                              qa: ScoreFixture.stage(.qa, app: id, hundredths: q, maximum: 100),
                              onsite: ScoreFixture.stage(.onsite, app: id, hundredths: s))
        }
        // B and C: 160 + 85 + 525 = 770.00; A: D 850, Q 50, S 750 → 170 + 50 + 525 = 745.00.
        let list = Ranking.rank([ranked("A", 85000, 5000, 75000), ranked("B", 80000, 8500, 75000),
                                 ranked("C", 80000, 8500, 75000), ranked("D", 90000, 9000, nil)])
        #expect(list.map(\.applicationID) == ["B", "C", "A", "D"])
        #expect(list.map(\.rank) == [1, 1, 3, nil])
        #expect(list[0].flags.contains(.tie) && list[1].flags.contains(.tie) && !list[2].flags.contains(.tie))
        #expect(list[2].composite?.description == "745.00")
        #expect(list[3].flags.contains(.missingStage(.onsite)))
    }

    /// End to end through the reducer: places 1 → 2 invited. Panel P1 (A1, A2, A3) of 3 drawn
    /// experts. D: A1 90 % (900), A2 and A3 80 % (800) → A2 and A3 tie at the cut. The office
    /// picks A3. Q (100 points): 85 % → 85.00 each; S: 75 % → 750.00 each.
    /// A1: 180 + 85 + 525 = 790.00 (rank 1); A3: 160 + 85 + 525 = 770.00 (rank 2).
    @Test func shortlistTieDecisionAndRanking() throws {
        var panel = try ScoreFixture.ScoredPanel()
        let ctx = DrawFixture.context()
        try panel.score("A1", .document, "K1", 90)
        try panel.score("A2", .document, "K1", 80)
        try panel.score("A3", .document, "K1", 80)
        #expect(Shortlist.compute(panel.data).tieAtCut == ["A2", "A3"])
        #expect(refusal { () throws(DomainError) in try panel.data.applying(.scoring(.decideShortlistTie(include: ["A1"], note: "")), context: ctx) } != nil)
        panel.data = try panel.data.applying(.scoring(.decideShortlistTie(include: ["A3"], note: "委员会办公室会议决定")), context: ctx)
        #expect(Shortlist.compute(panel.data).shortlisted == ["A1", "A3"])
        for app in ["A1", "A3"] {
            try panel.score(app, .qa, "Q1", 85)
            try panel.score(app, .onsite, "S1", 75)
        }
        let d = panel.data
        let ranking = Ranking.compute(d)
        #expect(ranking.map(\.applicationID) == ["A1", "A3"])
        #expect(ranking.map { $0.composite?.description } == ["790.00", "770.00"])
        #expect(ranking.map(\.rank) == [1, 2])
        #expect(ranking.allSatisfy { $0.flags.isEmpty })
        #expect(StageResult.compute(applicationID: "A3", stage: .onsite, in: d).isComplete)
    }
}
