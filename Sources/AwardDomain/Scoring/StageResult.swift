import Foundation

/// One submitted sheet's total, as the stage result counts it.
public struct SheetTotal: Hashable, Sendable {
    public var sheetID: String
    public var expertID: String
    /// Hundredths of a point.
    public var hundredths: Int
    /// The rubric's category ids (one array shared by every sheet of the stage) and each
    /// category's hundredths in that order: no dictionary per sheet.
    public var categoryIDs: [String]
    public var categorySubtotals: [Int]

    /// Category id → hundredths of a point.
    public var categories: [String: Int] { Dictionary(uniqueKeysWithValues: zip(categoryIDs, categorySubtotals)) }
}

/// The panel's score for one applicant at one stage (第十一条（三）至（五）, RULES.md §4): the mean of
/// the submitted sheets, how far the sheets spread, which sheets stand out and what is missing.
public struct StageResult: Hashable, Sendable {
    public var applicationID: String
    public var stage: Stage
    /// The rubric total for the stage, in points.
    public var maximumPoints: Int
    /// Submitted sheets, by expert id.
    public var submitted: [SheetTotal]
    /// Sheets the mean counts (all submitted, or without one highest and one lowest).
    public var countedSheetIDs: [String]
    public var trimmed: Bool
    /// Hundredths of a point; nil with no submitted sheet.
    public var mean: ExactScore?
    public var median: ExactScore?
    /// Highest minus lowest submitted total, in hundredths.
    public var range: Int
    /// Population standard deviation of the submitted totals, in points.
    public var standardDeviation: Double
    /// Submitted sheets further from the median than the policy's threshold.
    public var outlierSheetIDs: [String]
    /// Sheets started or reopened but not submitted.
    public var unsubmittedSheetIDs: [String]
    /// Current panel members with no sheet at all for this applicant and stage.
    public var missingExperts: [String]
    /// The panel's agreed (合议) total in hundredths, once every item is agreed; nil before.
    public var agreed: ExactScore? = nil
    /// The cycle's rule for the stage score (RULES.md §4).
    public var scoreRule: StageScoreRule = .sheetMean

    /// The stage's score under the cycle's rule: the (trimmed) mean of the submitted sheets, or
    /// the agreed score. Rankings, the shortlist and the composite use this.
    public var score: ExactScore? { scoreRule == .agreed ? agreed : mean }

    /// Every expected sheet is in, and there is at least one.
    public var isComplete: Bool { !submitted.isEmpty && unsubmittedSheetIDs.isEmpty && missingExperts.isEmpty }

    /// Recomputes one applicant's result for one stage from the data (cheap: only that
    /// applicant's sheets and panels are kept). For many applicants, build `StageSheets` once.
    public static func compute(applicationID: String, stage: Stage, in data: AwardData) -> StageResult {
        StageSheets(data.cycle, only: [applicationID]).result(applicationID: applicationID, stage: stage, in: data)
    }

    /// The arithmetic alone, on the given sheets (and the panel's agreed items, if any).
    public static func compute(applicationID: String, stage: Stage, sheets: [ScoreSheet], rubric: Rubric,
                               policy: ScoringPolicy, expectedExperts: [String], agreed: ConsensusRecord? = nil) -> StageResult {
        compute(applicationID: applicationID, stage: stage, sheets: sheets, at: Array(sheets.indices), rubric: rubric,
                layout: RubricLayout(rubric), policy: policy, expectedExperts: expectedExperts, agreed: agreed)
    }

    /// The same on the sheets at `positions` of `all`, read in place (`StageSheets` passes the
    /// cycle's whole array rather than a copy of each applicant's sheets); `layout` is `rubric`'s.
    static func compute(applicationID: String, stage: Stage, sheets all: [ScoreSheet], at positions: [Int], rubric: Rubric,
                        layout: RubricLayout, policy: ScoringPolicy, expectedExperts: [String], agreed: ConsensusRecord?) -> StageResult {
        // The total is the sum of the category subtotals (the rubric's items are its categories' items).
        var submitted: [SheetTotal] = []
        var unsubmitted: [String] = []
        for i in positions {
            guard all[i].status == .submitted else {
                unsubmitted.append(all[i].id)
                continue
            }
            let subtotals = all[i].categorySubtotals(layout)
            submitted.append(SheetTotal(sheetID: all[i].id, expertID: all[i].expertID, hundredths: subtotals.reduce(0, +),
                                        categoryIDs: layout.categoryIDs, categorySubtotals: subtotals))
        }
        submitted.sort { utf8Less($0.expertID, $1.expertID) }
        // A handful of sheets and panel members: comparing beats hashing them into a set.
        let missing = expectedExperts.filter { e in !positions.contains { all[$0].expertID == e } }
        var r = StageResult(
            applicationID: applicationID, stage: stage, maximumPoints: rubric.total_points, submitted: submitted,
            countedSheetIDs: [], trimmed: false, mean: nil, median: nil, range: 0, standardDeviation: 0,
            outlierSheetIDs: [],
            unsubmittedSheetIDs: unsubmitted.sorted(by: utf8Less),
            missingExperts: missing.sorted(by: utf8Less))
        r.scoreRule = policy.stageScore
        r.agreed = agreed?.totalHundredths(rubric: rubric).map { ExactScore(hundredths: $0) }
        guard !submitted.isEmpty else { return r }

        let ascending = submitted.sorted { ($0.hundredths, $0.expertID) < ($1.hundredths, $1.expertID) }
        let counted = meanSheets(ascending, policy: policy)
        r.trimmed = counted.count < ascending.count
        r.countedSheetIDs = counted.map(\.sheetID)
        r.mean = ExactScore(counted.reduce(0) { $0 + $1.hundredths }, over: counted.count)

        let values = ascending.map(\.hundredths)
        let n = values.count
        let median = n % 2 == 1 ? ExactScore(hundredths: values[n / 2]) : ExactScore(values[n / 2 - 1] + values[n / 2], over: 2)
        r.median = median
        r.range = values[n - 1] - values[0]
        let mu = Double(values.reduce(0, +)) / Double(n)
        r.standardDeviation = (values.reduce(0.0) { $0 + (Double($1) - mu) * (Double($1) - mu) } / Double(n)).squareRoot() / 100
        let threshold = outlierThreshold(maximumPoints: rubric.total_points, policy: policy)
        r.outlierSheetIDs = submitted.filter { (ExactScore(hundredths: $0.hundredths) - median).magnitude > threshold }.map(\.sheetID)
        return r
    }

    /// RULES.md §4 (policy option): with 5 or more sheets, one highest and one lowest are dropped.
    static func meanSheets(_ ascending: [SheetTotal], policy: ScoringPolicy) -> [SheetTotal] {
        guard policy.trimExtremes, ascending.count >= 5 else { return ascending }
        return Array(ascending.dropFirst().dropLast())
    }

    /// Outlier threshold in hundredths: the policy's percentage of the stage maximum.
    /// 15 % of 1000 points = 150 points = 15000 hundredths = 1000 × 15.
    static func outlierThreshold(maximumPoints: Int, policy: ScoringPolicy) -> ExactScore {
        ExactScore(hundredths: maximumPoints * policy.outlierThresholdPercent)
    }
}
