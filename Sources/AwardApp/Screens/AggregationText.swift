import AwardDomain
import Foundation

/// How a panel's result for one applicant and stage reads on screen and in reports: sheets in,
/// mean (trimmed or not, per the cycle's policy), median, spread and outlier sheets (RULES.md §4).
enum AggregationText {
    static func line(_ r: StageResult, t: Strings) -> String {
        let expected = r.submitted.count + r.unsubmittedSheetIDs.count + r.missingExperts.count
        var parts = [t.text(r.stage.name), t("agg.sheets", r.submitted.count, expected)]
        guard let mean = r.mean else { return (parts + [t("agg.noScore")]).joined(separator: " · ") }
        parts.append(t(r.trimmed ? "agg.trimmedMean" : "agg.mean", mean.description))
        parts.append(t("agg.median", r.median?.description ?? "—"))
        parts.append(t("agg.range", ExactScore.format(hundredths: r.range)))
        parts.append(t("agg.sd", String(format: "%.2f", r.standardDeviation)))
        if !r.outlierSheetIDs.isEmpty { parts.append(t("agg.outliers", outlierExperts(r).joined(separator: ","))) }
        return parts.joined(separator: " · ")
    }

    /// Experts whose submitted sheet lies far from the panel's median.
    static func outlierExperts(_ r: StageResult) -> [String] {
        r.submitted.filter { r.outlierSheetIDs.contains($0.sheetID) }.map(\.expertID)
    }

    /// Short marks for the ranking list; the full phrases appear in the detail.
    static func shortFlags(_ row: RankingBoard.Row, t: Strings) -> String {
        var out: [String] = []
        for f in row.flags {
            switch f {
            case .incompleteSheets(let s): out.append(t("flag.incomplete", s.rawValue))
            case .outliers(let s): out.append(t("flag.outlier", s.rawValue))
            case .tie: out.append(t("flag.tie"))
            case .missingStage: break
            }
        }
        if row.tiedAtCut { out.append(t("flag.cutTie")) }
        return out.joined(separator: " ")
    }
}
