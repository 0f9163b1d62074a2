import Foundation

/// How a panel's result for one applicant and stage reads on screen and in reports: sheets in,
/// mean (trimmed or not, per the cycle's policy), median, spread and outlier sheets (RULES.md §4).
extension StageResult {
    /// Sheets the panel owes: submitted, drafts and experts who have not started.
    public var expectedSheets: Int { submitted.count + unsubmittedSheetIDs.count + missingExperts.count }

    /// Experts whose submitted sheet lies far from the panel's median.
    public var outlierExperts: [String] {
        submitted.filter { outlierSheetIDs.contains($0.sheetID) }.map(\.expertID)
    }

    /// One line: `资料评审 · 已交 5/5 · 均值 791.00 · 中位 820.00 · 极差 180.00 · 标准差 … · 离群 E023`.
    public var summary: Phrase { Phrase(zh: summary(.zh), en: summary(.en)) }

    private func summary(_ lang: Language) -> String {
        let zh = lang == .zh
        var parts = [stage.name.text(lang), zh ? "已交 \(submitted.count)/\(expectedSheets)" : "in \(submitted.count)/\(expectedSheets)"]
        guard let mean else { return (parts + [zh ? "尚无得分" : "no score yet"]).joined(separator: " · ") }
        parts.append(trimmed ? (zh ? "去高低均值 \(mean)" : "trimmed mean \(mean)") : (zh ? "均值 \(mean)" : "mean \(mean)"))
        parts.append((zh ? "中位 " : "median ") + (median?.description ?? "—"))
        parts.append((zh ? "极差 " : "range ") + ExactScore.format(hundredths: range))
        parts.append((zh ? "标准差 " : "sd ") + String(format: "%.2f", standardDeviation))
        if !outlierSheetIDs.isEmpty { parts.append((zh ? "离群 " : "outliers ") + outlierExperts.joined(separator: ",")) }
        return parts.joined(separator: " · ")
    }
}
