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
        let zh = lang == .zh
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
            notes.append(zh ? "综合得分：\(c)（满分1000）；排名：第\(ranked!.rank!)名。" : "Composite: \(c) of 1000; rank \(ranked!.rank!).")
        } else if ranked == nil {
            notes.append(zh ? "未进入问询答辩和现场评审名单（第十一条（三））。" : "Not shortlisted for Q&A defence and on-site review (Art. 11(3)).")
        } else {
            notes.append(zh ? "评分尚未完成，暂无综合得分。" : "Scoring is not complete: no composite yet.")
        }
        for f in ranked?.flags ?? [] { notes.append((zh ? "提示：" : "Note: ") + f.phrase.text(lang)) }
        let board = RankingBoard.build(data)
        if let row = board.rows.first(where: { $0.applicationID == applicationID }) {
            notes += sheetLines(row, board: board, data: data, lang)
        }
        return OfficeDocument(
            title: zh ? "\(data.cycle.year)年度盐城市市长质量奖评审得分：\(org.name)" : "\(data.cycle.year) Mayor's Quality Award scores: \(org.name)",
            paragraphs: [zh ? "综合得分 = 资料评审 20% + 问询答辩 10% + 现场评审 70%，各阶段先按其满分折算（第十一条（六））。"
                            : "Composite = 20 % document review + 10 % Q&A defence + 70 % on-site review, each stage scaled to its maximum (Art. 11(6))."],
            headers: zh ? ["阶段", "得分", "满分", "权重", "折算得分", "评分表数"] : ["Stage", "Score", "Maximum", "Weight", "Weighted", "Sheets"],
            rows: rows, kinds: [.text, .number, .number, .text, .number, .number], notes: notes, closing: [data.registry.settings.officeName])
    }

    /// Every shortlisted applicant's D, Q, S, composite and rank, for the CSV writer.
    public static func table(_ data: AwardData, _ lang: Language) -> [[String]] {
        let headers = lang == .zh ? ["排名", "申报编号", "组织名称", "资料评审", "问询答辩", "现场评审", "综合得分"]
                                  : ["Rank", "Application", "Organization", "Document review", "Q&A defence", "On-site review", "Composite"]
        return [headers] + Ranking.compute(data).map { r in
            let name = data.cycle.application(r.applicationID).flatMap { data.registry.organization($0.orgID) }?.name ?? ""
            return [r.rank.map(String.init) ?? "—", r.applicationID, name, r.document.score?.description ?? "—",
                    r.qa.score?.description ?? "—", r.onsite.score?.description ?? "—", r.composite?.description ?? "—"]
        }
    }

    /// Every stage's submitted sheets with their category subtotals, the aggregation, and where
    /// the applicant stands at the 1:1.5 cut (第十一条（三））.
    static func sheetLines(_ r: RankingBoard.Row, board: RankingBoard, data: AwardData, _ lang: Language) -> [String] {
        let zh = lang == .zh
        var out: [String] = []
        for stage in Stage.allCases {
            let result = r.result(stage)
            out.append(zh ? "\(stage.name.zh)（满分 \(result.maximumPoints)）" : "\(stage.name.en) (out of \(result.maximumPoints))")
            let categories = data.rubrics[stage]?.categories ?? []
            for s in result.submitted {
                let name = data.registry.expert(s.expertID)?.name ?? ""
                let total = ExactScore.format(hundredths: s.hundredths)
                let cats = categories.map { "\($0.id) \(ExactScore.format(hundredths: s.categories[$0.id] ?? 0))" }
                out.append((zh ? "专家 \(s.expertID) \(name)  合计 \(total)" : "Expert \(s.expertID) \(name)  total \(total)") + "  " + cats.joined(separator: "  "))
            }
            out.append(result.summary.text(lang))
            if !result.unsubmittedSheetIDs.isEmpty {
                out.append((zh ? "未提交：" : "Not submitted: ") + result.unsubmittedSheetIDs.joined(separator: ", "))
            }
            if !result.missingExperts.isEmpty {
                out.append((zh ? "尚未评分的专家：" : "Experts who have not scored: ") + result.missingExperts.joined(separator: ", "))
            }
        }
        let invited = board.shortlist.invitedCount
        if let rank = r.rank {
            let of = board.rows.filter(\.shortlisted).count
            out.append(zh ? "综合排名：第 \(rank) 名（共 \(of) 家入围）" : "Composite rank: \(rank) of \(of) shortlisted")
        }
        out.append(r.shortlisted ? (zh ? "资料评审后入围（按1:1.5邀请 \(invited) 家）" : "Shortlisted after document review (1:1.5 invites \(invited))")
                   : r.tiedAtCut ? (zh ? "资料评审得分并列于入围线（邀请 \(invited) 家），待办公室决定" : "Document-review score tied at the cut (\(invited) invited); the office decides")
                   : (zh ? "资料评审后未入围（按1:1.5邀请 \(invited) 家）" : "Not shortlisted after document review (1:1.5 invites \(invited))"))
        return out
    }
}
