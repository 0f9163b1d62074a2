import Testing
@testable import AwardDomain

/// RULES.md §4: a stage's score is the mean of the submitted sheets (option: drop the highest
/// and lowest with 5 or more), with its spread and outliers. One item of 1000 points, so a sheet
/// at p % totals 10 × p points.
struct AggregationTests {
    /// Sheets 800, 750, 700, 650, 950: mean 3850 / 5 = 770.00; median 750; range 950 − 650 = 300.00;
    /// deviations from 770: 30, −20, −70, −120, 180 → squares 900 + 400 + 4900 + 14400 + 32400 =
    /// 53000, / 5 = 10600, √ = 102.956 points. Threshold 15 % × 1000 = 150: 950 is 200 from the
    /// median → outlier; 650 is 100 away → not.
    @Test func meanSpreadAndOutlier() {
        let r = ScoreFixture.result([80, 75, 70, 65, 95])
        #expect(r.mean?.description == "770.00")
        #expect(r.median == ExactScore(hundredths: 75000))
        #expect(r.range == 30000)
        #expect(abs(r.standardDeviation - 102.956) < 0.001)
        #expect(r.outlierSheetIDs == ["D/A1/E5"])
        #expect(!r.trimmed && r.countedSheetIDs.count == 5)
    }

    /// Trimmed mean (policy): drop 950 and 650 → (800 + 750 + 700) / 3 = 750.00.
    @Test func trimmedMeanOfFive() {
        let r = ScoreFixture.result([80, 75, 70, 65, 95], policy: ScoringPolicy(trimExtremes: true))
        #expect(r.mean?.description == "750.00")
        #expect(r.trimmed)
        #expect(Set(r.countedSheetIDs) == ["D/A1/E1", "D/A1/E2", "D/A1/E3"])
        // With 4 sheets nothing is dropped: (800 + 750 + 700 + 650) / 4 = 725.00.
        #expect(ScoreFixture.result([80, 75, 70, 65], policy: ScoringPolicy(trimExtremes: true)).mean?.description == "725.00")
    }

    /// Exactly at the threshold is not an outlier: 900 is 150 from the median 750 (not > 150).
    /// A 10 % threshold (100 points) flags it.
    @Test func outlierBoundary() {
        #expect(ScoreFixture.result([80, 75, 70, 65, 90]).outlierSheetIDs.isEmpty)
        #expect(ScoreFixture.result([80, 75, 70, 65, 90], policy: ScoringPolicy(outlierThresholdPercent: 10)).outlierSheetIDs == ["D/A1/E5"])
    }

    /// A mean that does not end: (800 + 750 + 750) / 3 = 766.666… → 766.67 (half-up, two decimals).
    /// Even count median: 800, 700 → 750.
    @Test func exactMeanRounded() {
        let r = ScoreFixture.result([80, 75, 75])
        #expect(r.mean == ExactScore(230000, over: 3))
        #expect(r.mean?.hundredths == 76667)
        #expect(ScoreFixture.result([80, 70]).median == ExactScore(hundredths: 75000))
    }

    /// Only submitted sheets count; a draft is listed as unsubmitted; a member without a sheet
    /// is missing. E1 80 % submitted, E2 draft, E3 nothing → mean 800.00, incomplete.
    @Test func unsubmittedAndMissing() {
        let sheets = [ScoreFixture.sheet("E1", percent: 80), ScoreFixture.sheet("E2", percent: 20, status: .draft)]
        let r = StageResult.compute(applicationID: "A1", stage: .document, sheets: sheets, rubric: ScoreFixture.d,
                                    policy: ScoringPolicy(), expectedExperts: ["E1", "E2", "E3"])
        #expect(r.mean?.description == "800.00")
        #expect(r.unsubmittedSheetIDs == ["D/A1/E2"])
        #expect(r.missingExperts == ["E3"])
        #expect(!r.isComplete)
    }
}
