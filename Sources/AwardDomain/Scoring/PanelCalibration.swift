/// Applicants scored by different panels meet on one list at the 1 : 1.5 cut (第十一条（三）), so a
/// lenient or strict panel moves its applicants across the cut. Each panel's mean and spread of its
/// applicants' stage scores, and a flag on a panel whose mean stands far from the others'.
///
/// Threshold: a panel is flagged when its mean differs from the mean of every other panel's
/// applicants by more than 10 % of the stage maximum (100 of 1000 points). A sheet is an outlier
/// at 15 % from its panel's median (ScoringPolicy); a panel's mean averages several applicants,
/// so a smaller distance already says more than chance, and 10 % is half a scoring band (bands
/// are 15–20 percentage points wide) — enough to reorder applicants near the cut, too little to
/// come from one strong or weak applicant when a panel has three or more. Panels with fewer than
/// two scored applicants are shown but never flagged, nor compared with.
public struct PanelCalibration: Hashable, Sendable {
    public static let thresholdPercent = 10
    public static let minimumApplicants = 2

    public struct Row: Hashable, Sendable {
        public var panelID: String
        public var applicationIDs: [String]
        /// Mean of the panel's applicants' stage scores, hundredths.
        public var mean: ExactScore
        /// Highest minus lowest applicant score, hundredths.
        public var range: Int
        /// Population standard deviation of the applicants' scores, in points.
        public var standardDeviation: Double
        /// This panel's mean minus the mean of the other panels' applicants; nil when not compared.
        public var difference: ExactScore?
        public var flagged: Bool
    }

    public var stage: Stage
    public var maximumPoints: Int
    public var rows: [Row]

    public var flagged: [Row] { rows.filter(\.flagged) }

    /// Document review by default: the stage whose ranking sets the cut.
    public static func compute(_ data: AwardData, shortlist: Shortlist? = nil) -> PanelCalibration {
        let s = shortlist ?? Shortlist.compute(data)
        let scores = Dictionary(s.ranking.map { ($0.applicationID, $0.document.score) }, uniquingKeysWith: { a, _ in a })
        let maximum = s.ranking.first?.document.maximumPoints ?? (data.rubrics[.document]?.total_points ?? 1000)
        var perPanel: [(String, [(String, ExactScore)])] = []
        for p in data.cycle.panels where p.drawID.flatMap(data.cycle.drawRecord).map({ !$0.isVoided }) == true {
            let scored = p.applicationIDs.compactMap { id in scores[id].flatMap { $0 }.map { (id, $0) } }
            if !scored.isEmpty { perPanel.append((p.id, scored)) }
        }
        return compute(stage: .document, maximumPoints: maximum, panels: perPanel)
    }

    /// The arithmetic on given panels and their applicants' scores.
    public static func compute(stage: Stage, maximumPoints: Int, panels: [(String, [(String, ExactScore)])]) -> PanelCalibration {
        let threshold = ExactScore(hundredths: maximumPoints * thresholdPercent)
        let compared = panels.filter { $0.1.count >= minimumApplicants }
        let rows = panels.map { id, scored -> Row in
            let values = scored.map(\.1)
            let mean = values.reduce(ExactScore(hundredths: 0), +) / values.count
            let h = values.map(\.hundredths)
            let mu = Double(h.reduce(0, +)) / Double(h.count)
            let sd = (h.reduce(0.0) { $0 + (Double($1) - mu) * (Double($1) - mu) } / Double(h.count)).squareRoot() / 100
            var difference: ExactScore?
            let others = compared.filter { $0.0 != id }.flatMap { $0.1.map(\.1) }
            if scored.count >= minimumApplicants, !others.isEmpty {
                difference = mean - others.reduce(ExactScore(hundredths: 0), +) / others.count
            }
            return Row(panelID: id, applicationIDs: scored.map(\.0), mean: mean, range: (h.max() ?? 0) - (h.min() ?? 0),
                       standardDeviation: sd, difference: difference, flagged: difference.map { $0.magnitude > threshold } ?? false)
        }
        return PanelCalibration(stage: stage, maximumPoints: maximumPoints, rows: rows)
    }

    /// The table and any flag, for the reports and the ranking.
    public func blocks(_ lang: Language) -> [OfficeDocument.Block] {
        guard !rows.isEmpty else { return [.paragraph(Phrase(zh: "尚无评审组得分。", en: "No panel has scores yet.").text(lang))] }
        var out: [OfficeDocument.Block] = [
            .paragraph(Phrase(zh: "各评审组所评申报的\(stage.name.zh)得分：均值、极差、标准差，及与其他评审组申报均值之差；差值超过满分的 \(Self.thresholdPercent)%（\(maximumPoints * Self.thresholdPercent / 100) 分）的评审组标注，供办公室在确定名单前核查评分尺度。",
                              en: "Each panel's applicants' \(stage.name.en) scores: mean, range, standard deviation, and the difference from the other panels' applicants; a panel more than \(Self.thresholdPercent) % of the maximum (\(maximumPoints * Self.thresholdPercent / 100) points) away is flagged, for the office to check its scale before deciding.").text(lang)),
            .table(OfficeTable(headers: [
                Phrase(zh: "评审组", en: "Panel"),
                Phrase(zh: "申报数", en: "Applicants"),
                Phrase(zh: "均值", en: "Mean"),
                Phrase(zh: "极差", en: "Range"),
                Phrase(zh: "标准差", en: "SD"),
                Phrase(zh: "与其他组之差", en: "Difference"),
                Phrase(zh: "提示", en: "Flag"),
            ].text(lang),
                                 rows: rows.map { r in
                                     [r.panelID, "\(r.applicationIDs.count)", "\(r.mean)", ExactScore.format(hundredths: r.range),
                                      ExactScore.format(hundredths: Int((r.standardDeviation * 100).rounded())),
                                      r.difference.map { ($0.hundredths > 0 ? "+" : "") + "\($0)" } ?? "—",
                                      r.flagged ? Phrase(zh: "均值偏离其他评审组", en: "mean far from the others").text(lang) : ""]
                                 })),
        ]
        for r in flagged {
            let higher = r.difference!.hundredths > 0
            out.append(.paragraph(Phrase(zh: "提示：评审组 \(r.panelID) 的均值比其他评审组的申报均值\(higher ? "高" : "低") \(r.difference!.magnitude) 分，超过 \(maximumPoints * Self.thresholdPercent / 100) 分（评分可能偏\(higher ? "宽" : "严")）。",
                                         en: "Note: panel \(r.panelID)'s mean is \(r.difference!.magnitude) points \(higher ? "above" : "below") the other panels' applicants, more than \(maximumPoints * Self.thresholdPercent / 100) (a \(higher ? "lenient" : "strict") panel?).").text(lang)))
        }
        return out
    }
}
