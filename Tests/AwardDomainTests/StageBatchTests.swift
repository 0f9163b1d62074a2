import Testing
@testable import AwardDomain

/// The ranking computed from a shortlist already at hand, and stage results computed for many
/// applicants at once, against the one-at-a-time computations (第十一条（三）至（六）, RULES.md §4).
struct StageBatchTests {
    /// Panel P1 (A1, A2, A3) of 3 drawn experts, every sheet one item, all experts alike.
    /// D: A1 90 % → 900.00, A2 80 % → 800.00, A3 70 % → 700.00. Places 1 → 2 invited: A1, A2
    /// (A3 is below the cut, no tie). Q (100 points): A1 85 % → 85.00, A2 60 % → 60.00.
    /// S: A1 75 % → 750.00, A2 80 % → 800.00.
    func scored(onsiteA2: Int = 80) throws -> AwardData {
        var panel = try ScoreFixture.ScoredPanel()
        for (app, p) in [("A1", 90), ("A2", 80), ("A3", 70)] { try panel.score(app, .document, "K1", p) }
        for (app, q, s) in [("A1", 85, 75), ("A2", 60, onsiteA2)] {
            try panel.score(app, .qa, "Q1", q)
            try panel.score(app, .onsite, "S1", s)
        }
        return panel.data
    }

    /// 第十一条（六）: A1 0.2 × 900 + 85 + 0.7 × 750 = 180 + 85 + 525 = 790.00;
    /// A2 160 + 60 + 560 = 780.00. From the shortlist already computed, the same ranking as the
    /// whole computation; with A2's S raised to 90 % (900.00): 160 + 60 + 630 = 850.00, A2 first.
    @Test func rankingFromAComputedShortlistEqualsTheWholeComputation() throws {
        let d = try scored()
        let shortlist = Shortlist.compute(d)
        #expect(shortlist.shortlisted == ["A1", "A2"])
        let ranking = Ranking.compute(d, shortlist: shortlist)
        #expect(ranking == Ranking.compute(d))
        #expect(ranking.map { $0.composite?.description } == ["790.00", "780.00"])
        #expect(ranking.map(\.rank) == [1, 2])

        let changed = try scored(onsiteA2: 90)
        let again = Ranking.compute(changed, shortlist: Shortlist.compute(changed))
        #expect(again == Ranking.compute(changed))
        #expect(again.map(\.applicationID) == ["A2", "A1"])
        #expect(again.map { $0.composite?.description } == ["850.00", "790.00"])
    }

    /// 第十一条（三）至（五）: results for several applicants at once, in the order asked, equal
    /// each applicant's own; an applicant with no sheets (X) has no mean. A3's D: 3 × 700.00.
    @Test func batchResultsEqualOneByOne() throws {
        let d = try scored()
        let sheets = StageSheets(d.cycle)
        let ids = ["A3", "A1", "X"]
        for stage in Stage.allCases {
            let batch = sheets.results(applicationIDs: ids, stage: stage, in: d)
            #expect(batch == ids.map { StageResult.compute(applicationID: $0, stage: stage, in: d) })
        }
        let a3 = sheets.results(applicationIDs: ids, stage: .document, in: d)[0]
        #expect(a3.mean == ExactScore(hundredths: 70000))
        #expect(a3.submitted.map(\.hundredths) == [70000, 70000, 70000])
        #expect(sheets.results(applicationIDs: ids, stage: .document, in: d)[2].mean == nil)
    }

    /// 第六条: a submitted sheet's total keeps its category subtotals in rubric order. GB/T 19580,
    /// every item 50 % except 4.1.2 (50 points) 85 %: categories at 50 % are 110, 90, 90, 130,
    /// 100, 80, 400 points → 55.00, 45.00, 45.00, 65.00, 50.00, 40.00, 200.00; 4.1 gains
    /// 50 × 35 % = 17.50 → 72.50. Total 517.50, as `totalHundredths` gives.
    @Test func sheetTotalKeepsCategorySubtotalsInRubricOrder() throws {
        let rubric = Rubric.gbt19580
        var sheet = ScoreSheet(panelID: "P1", applicationID: "A1", expertID: "E1", stage: .document, rubricID: rubric.id)
        for item in rubric.items { sheet.percents[item.id] = item.id == "4.1.2" ? 85 : 50 }
        sheet.status = .submitted
        let r = StageResult.compute(applicationID: "A1", stage: .document, sheets: [sheet], rubric: rubric,
                                    policy: ScoringPolicy(), expectedExperts: ["E1"])
        let total = try #require(r.submitted.first)
        #expect(total.categoryIDs == ["4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7"])
        #expect(total.categorySubtotals == [7250, 4500, 4500, 6500, 5000, 4000, 20000])
        #expect(total.hundredths == 51750 && total.hundredths == sheet.totalHundredths(rubric: rubric))
        #expect(total.categories == sheet.categoryHundredths(rubric: rubric))
        #expect(total.categories["4.1"] == 7250)
    }
}
