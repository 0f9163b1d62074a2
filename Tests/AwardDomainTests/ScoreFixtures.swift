@testable import AwardDomain

/// Small rubrics and sheets with numbers that are easy to work by hand.
enum ScoreFixture {
    /// One category with one item worth `points`: a sheet's total is points × percent.
    static func single(_ itemID: String, points: Int) -> Rubric {
        let item = Rubric.Item(id: itemID, name: itemID, name_en: itemID, points: points)
        return Rubric(id: "test-\(itemID)", standard: "test", total_points: points,
                      categories: [Rubric.Category(id: "C", name: "C", name_en: "C", kind: "process", points: points, items: [item])],
                      bands: [])
    }

    static let d = single("K1", points: 1000)
    static let q = single("Q1", points: 100)
    static let s = single("S1", points: 1000)
    static let rubrics: [Stage: Rubric] = [.document: d, .qa: q, .onsite: s]

    /// A submitted one-item sheet.
    static func sheet(_ expert: String, app: String = "A1", stage: Stage = .document, item: String = "K1",
                      percent: Int, status: SheetStatus = .submitted) -> ScoreSheet {
        var sh = ScoreSheet(panelID: "P1", applicationID: app, expertID: expert, stage: stage, rubricID: "t")
        sh.percents = [item: percent]
        sh.status = status
        return sh
    }

    static func result(_ percents: [Int], policy: ScoringPolicy = ScoringPolicy(), expected: [String] = []) -> StageResult {
        let sheets = percents.enumerated().map { sheet("E\($0.offset + 1)", percent: $0.element) }
        return StageResult.compute(applicationID: "A1", stage: .document, sheets: sheets, rubric: d, policy: policy, expectedExperts: expected)
    }

    /// A stage result with only a mean, for shortlist and ranking tests.
    static func stage(_ stage: Stage, app: String, hundredths: Int?, maximum: Int = 1000) -> StageResult {
        StageResult(applicationID: app, stage: stage, maximumPoints: maximum, submitted: [], countedSheetIDs: [], trimmed: false,
                    mean: hundredths.map { ExactScore(hundredths: $0) }, median: nil, range: 0, standardDeviation: 0,
                    outlierSheetIDs: [], unsubmittedSheetIDs: [], missingExperts: [])
    }

    static func entry(_ app: String, _ hundredths: Int) -> ShortlistEntry {
        ShortlistEntry(applicationID: app, document: stage(.document, app: app, hundredths: hundredths), hundredths: hundredths)
    }

    /// Panel P1 (A1, A2, A3) with 3 drawn experts and no alternates, 1 place (→ 2 invited), and a
    /// way to give one item the same percentage from every member, each sheet then submitted.
    struct ScoredPanel {
        var data: AwardData
        let members: [String]

        init() throws {
            var d = DrawFixture.data(rubrics: ScoreFixture.rubrics)
            d.cycle.settings.scoring.shortlistPlaces = 1
            data = try DrawFixture.drawn(d, panel: DrawFixture.panel(apps: ["A1", "A2", "A3"], size: 3, alternates: 0))
            members = data.cycle.drawRecord("D1")!.currentMembers
        }

        mutating func score(_ app: String, _ stage: Stage, _ item: String, _ p: Int) throws {
            let ctx = DrawFixture.context()
            for m in members {
                data = try data.applying(.scoring(.setPercent(panelID: "P1", applicationID: app, expertID: m, stage: stage, itemID: item, percent: p)), context: ctx)
                data = try data.applying(.scoring(.submit(sheetID: ScoreSheet.makeID(stage: stage, applicationID: app, expertID: m))), context: ctx)
            }
        }
    }
}
