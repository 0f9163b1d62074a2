import AwardDomain
import AwardStore
import Foundation

/// Documents the ranking screen exports: the ranking as CSV (opens in Excel) and one applicant's
/// score report as plain text, with every sheet, the panel's aggregation and the composite.
enum ScoreReport {
    static func rankingCSV(_ b: RankingBoard, sort: RankingSort, ranks: [String: Int], t: Strings) -> Data {
        let headers = [t("ranking.col.rank"), t("col.application"), t("col.org"), t.text(Stage.document.name), t.text(Stage.qa.name),
                       t.text(Stage.onsite.name), t("ranking.col.composite"), t("ranking.col.shortlisted"), t("ranking.col.flags")]
        let rows = b.sorted(by: sort).map { r in
            [ranks[r.applicationID].map(String.init) ?? "", r.applicationID, r.name, r.document.score?.description ?? "", r.qa.score?.description ?? "",
             r.onsite.score?.description ?? "", r.composite?.description ?? "",
             r.shortlisted ? t("form.yes") : (r.tiedAtCut ? t("ranking.pending") : t("form.no")),
             (r.flags.map { t.text($0.phrase) } + (r.tiedAtCut ? [t("ranking.tiedAtCutPhrase")] : [])).joined(separator: t("ranking.sep.clause"))]
        }
        return CSVExport.table(headers: headers, rows: rows)
    }

    static func text(_ r: RankingBoard.Row, board: RankingBoard, data: AwardData, t: Strings) -> String {
        var out = [t("report.title", data.cycle.year), t("report.applicant", r.applicationID, r.name), ""]
        for stage in Stage.allCases {
            let result = r.result(stage)
            out.append(t("report.stage", t.text(stage.name), result.maximumPoints))
            let rubric = data.rubrics[stage]
            for s in result.submitted {
                let name = data.registry.expert(s.expertID)?.name ?? ""
                let cats = (rubric?.categories ?? []).map { "\($0.id) \(ExactScore.format(hundredths: s.categories[$0.id] ?? 0))" }
                out.append("  " + t("report.sheet", s.expertID, name, ExactScore.format(hundredths: s.hundredths)) + "  " + cats.joined(separator: "  "))
            }
            out.append("  " + AggregationText.line(result, t: t))
            if !result.unsubmittedSheetIDs.isEmpty { out.append("  " + t("report.unsubmitted", result.unsubmittedSheetIDs.joined(separator: ", "))) }
            if !result.missingExperts.isEmpty { out.append("  " + t("report.missing", result.missingExperts.joined(separator: ", "))) }
            out.append("")
        }
        out.append(r.composite.map { t("report.composite", $0.description) } ?? t("ranking.noComposite"))
        if let rank = r.rank { out.append(t("report.rank", rank, board.rows.filter(\.shortlisted).count)) }
        out.append(t(r.shortlisted ? "report.shortlisted" : (r.tiedAtCut ? "report.tiedAtCut" : "report.notShortlisted"), board.shortlist.invitedCount))
        let flags = r.flags.map { t.text($0.phrase) }
        if !flags.isEmpty { out.append(t("report.flags", flags.joined(separator: t("ranking.sep.clause")))) }
        return out.joined(separator: "\n") + "\n"
    }
}
