/// An applicant's score report (第十一条（六）): D, Q and S with their weights, the composite and
/// the rank, then every submitted sheet, the panel's aggregation and the 1:1.5 shortlist. The
/// ranking screen, the awards screen and `qaward publish report` all write this one document.
public enum ScoreReport {
    /// The file a score report is exported to.
    public static func fileName(applicationID: String) -> String { "score-report-\(applicationID).txt" }

    public static func make(_ data: AwardData, applicationID: String, _ lang: Language) throws(DomainError) -> OfficeDocument {
        guard let app = data.cycle.application(applicationID), let org = data.registry.organization(app.orgID) else {
            throw DomainError(zh: "申报 \(applicationID) 不存在", en: "Application \(applicationID) does not exist")
        }
        let ranked = Ranking.compute(data).first { $0.applicationID == applicationID }
        let document = ranked?.document ?? StageResult.compute(applicationID: applicationID, stage: .document, in: data)
        let stages: [(StageResult, Int)] = [(document, Composite.documentWeight)]
            + (ranked.map { [($0.qa, Composite.qaWeight), ($0.onsite, Composite.onsiteWeight)] } ?? [])
        let rows = stages.map { r, w in
            [r.stage.name.text(lang) + " (\(r.stage.rawValue))", r.score?.description ?? "—", "\(r.maximumPoints)", "\(w)%",
             r.score.map { ($0 * (10 * w) / r.maximumPoints).description } ?? "—", "\(r.submitted.count)"]
        }
        var notes: [String] = []
        if let c = ranked?.composite {
            notes.append(Phrase.scoreReportComposite(composite: c, rank: ranked!.rank!).text(lang))
        } else if ranked == nil {
            notes.append(Phrase(zh: "未进入问询答辩和现场评审名单（第十一条（三））。", en: "Not shortlisted for Q&A defence and on-site review (Art. 11(3)).").text(lang))
        } else {
            notes.append(Phrase(zh: "评分尚未完成，暂无综合得分。", en: "Scoring is not complete: no composite yet.").text(lang))
        }
        for f in ranked?.flags ?? [] { notes.append(Phrase(zh: "提示：", en: "Note: ").text(lang) + f.phrase.text(lang)) }
        let board = RankingBoard.build(data)
        if let row = board.rows.first(where: { $0.applicationID == applicationID }) {
            notes += sheetLines(row, board: board, data: data, lang)
        }
        return OfficeDocument(
            title: Phrase.scoreReportTitle(year: data.cycle.year, name: org.name).text(lang),
            paragraphs: [Phrase(zh: "综合得分 = 资料评审 20% + 问询答辩 10% + 现场评审 70%，各阶段先按其满分折算（第十一条（六））。",
                                en: "Composite = 20 % document review + 10 % Q&A defence + 70 % on-site review, each stage scaled to its maximum (Art. 11(6)).").text(lang)],
            headers: [
                Phrase(zh: "阶段", en: "Stage"),
                Phrase(zh: "得分", en: "Score"),
                Phrase(zh: "满分", en: "Maximum"),
                Phrase(zh: "权重", en: "Weight"),
                Phrase(zh: "折算得分", en: "Weighted"),
                Phrase(zh: "评分表数", en: "Sheets"),
            ].text(lang),
            rows: rows, kinds: [.text, .number, .number, .text, .number, .number], notes: notes, closing: [data.registry.settings.officeName])
    }

    /// Every shortlisted applicant's D, Q, S, composite and rank, for the CSV writer.
    public static func table(_ data: AwardData, _ lang: Language) -> [[String]] {
        let headers = [
            Phrase(zh: "排名", en: "Rank"),
            Phrase.columnApplication,
            Phrase.columnOrganization,
            Stage.document.heading,
            Stage.qa.heading,
            Stage.onsite.heading,
            Phrase.columnComposite,
        ].text(lang)
        return [headers] + Ranking.compute(data).map { r in
            let name = data.cycle.application(r.applicationID).flatMap { data.registry.organization($0.orgID) }?.name ?? ""
            return [r.rank.map(String.init) ?? "—", r.applicationID, name, r.document.score?.description ?? "—",
                    r.qa.score?.description ?? "—", r.onsite.score?.description ?? "—", r.composite?.description ?? "—"]
        }
    }

    /// Every stage's submitted sheets with their category subtotals, the aggregation, and where
    /// the applicant stands at the 1:1.5 cut (第十一条（三））.
    static func sheetLines(_ r: RankingBoard.Row, board: RankingBoard, data: AwardData, _ lang: Language) -> [String] {
        var out: [String] = []
        for stage in Stage.allCases {
            let result = r.result(stage)
            out.append(Phrase.scoreReportStage(stage: stage.name, maximumPoints: result.maximumPoints).text(lang))
            let categories = data.rubrics[stage]?.categories ?? []
            for s in result.submitted {
                let name = data.registry.expert(s.expertID)?.name ?? ""
                let total = ExactScore.format(hundredths: s.hundredths)
                let cats = categories.map { "\($0.id) \(ExactScore.format(hundredths: s.categories[$0.id] ?? 0))" }
                out.append(Phrase.scoreReportExpert(expertID: s.expertID, name: name, total: total).text(lang) + "  " + cats.joined(separator: "  "))
            }
            out.append(result.summary.text(lang))
            if !result.unsubmittedSheetIDs.isEmpty {
                out.append(Phrase(zh: "未提交：", en: "Not submitted: ").text(lang) + result.unsubmittedSheetIDs.joined(separator: ", "))
            }
            if !result.missingExperts.isEmpty {
                out.append(Phrase(zh: "尚未评分的专家：", en: "Experts who have not scored: ").text(lang) + result.missingExperts.joined(separator: ", "))
            }
        }
        let invited = board.shortlist.invitedCount
        if let rank = r.rank {
            let of = board.rows.filter(\.shortlisted).count
            out.append(Phrase.scoreReportRank(rank: rank, of: of).text(lang))
        }
        out.append(r.shortlisted ? Phrase.scoreReportShortlisted(invited: invited).text(lang)
                   : r.tiedAtCut ? Phrase.scoreReportTied(invited: invited).text(lang)
                   : Phrase.scoreReportNotShortlisted(invited: invited).text(lang))
        return out
    }
}
