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
        var parts = [stage.name.text(lang), Phrase(zh: "已交 \(submitted.count)/\(expectedSheets)",
                                                   en: "in \(submitted.count)/\(expectedSheets)").text(lang)]
        guard let mean else { return (parts + [Phrase(zh: "尚无得分", en: "no score yet").text(lang)]).joined(separator: " · ") }
        parts.append(trimmed ? Phrase(zh: "去高低均值 \(mean)", en: "trimmed mean \(mean)").text(lang) : Phrase(zh: "均值 \(mean)", en: "mean \(mean)").text(lang))
        parts.append(Phrase(zh: "中位 ", en: "median ").text(lang) + (median?.description ?? "—"))
        parts.append(Phrase(zh: "极差 ", en: "range ").text(lang) + ExactScore.format(hundredths: range))
        parts.append(Phrase(zh: "标准差 ", en: "sd ").text(lang) + String(format: "%.2f", standardDeviation))
        if !outlierSheetIDs.isEmpty { parts.append(Phrase(zh: "离群 ", en: "outliers ").text(lang) + outlierExperts.joined(separator: ",")) }
        return parts.joined(separator: " · ")
    }
}
