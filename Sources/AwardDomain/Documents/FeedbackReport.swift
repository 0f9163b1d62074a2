/// 反馈报告: what the applicant receives — the panels' strengths and improvement opportunities by
/// category and the score band each category and the whole reached, with the band's meaning from
/// the rubric file. No expert's name and no individual sheet (第二十条 保守秘密); no number but
/// the bands.
public enum FeedbackReport {
    public static func make(_ data: AwardData, applicationID: String, today: Day, _ lang: Language) throws(DomainError) -> OfficeDocument {
        let p = ReviewReportParts(data: data, lang: lang)
        let (app, org) = try p.application(applicationID)
        // The latest stage with a score speaks for the applicant: on-site if visited, else document review.
        let onsite = StageResult.compute(applicationID: applicationID, stage: .onsite, in: data)
        let stage: Stage = onsite.score != nil ? .onsite : .document
        let rubric = data.rubrics[stage] ?? .gbt19580
        guard let result = stage == .onsite ? onsite : Optional(StageResult.compute(applicationID: applicationID, stage: .document, in: data)),
              let total = result.score else {
            throw DomainError(zh: "申报 \(app.id) 尚无评审得分，不能出具反馈报告", en: "Application \(app.id) has no review score yet: no feedback report",
                              citation: .art11_3)
        }
        let categories = categoryShares(data, applicationID: applicationID, stage: stage, rubric: rubric, result: result)

        // Findings: the document review's, less those the visit did not confirm, and the visit's new ones.
        let carried = PanelFindings.carried(applicationID: applicationID, in: data)
        var findings = carried.filter { $0.verdict != .notConfirmed }.map(\.finding)
        if stage == .onsite { findings += PanelFindings.of(applicationID: applicationID, stage: .onsite, in: data) }

        var blocks: [OfficeDocument.Block] = [
            .paragraph(Phrase.feedbackSalutation(name: org.name).text(p.lang)),
            .paragraph(Phrase.feedbackThanks(year: data.cycle.year, standard: rubric.standard).text(p.lang)),
            .heading(Phrase(zh: "一、总体评价", en: "1. Overall").text(p.lang)),
            .paragraph(bandSentence(rubric: rubric, share: total * 100 / result.maximumPoints, kind: nil, p)),
            .heading(Phrase(zh: "二、各类目的优势与改进机会", en: "2. Strengths and opportunities by category").text(p.lang)),
        ]
        for (c, share) in categories {
            blocks.append(.subheading("\(c.id) \(c.title(lang))"))
            blocks.append(.paragraph(bandSentence(rubric: rubric, share: share, kind: c.kind, p)))
            let ids = Set(c.items.map(\.id))
            for kind in FindingKind.allCases {
                let list = findings.filter { $0.kind == kind && ids.contains($0.itemID) }
                guard !list.isEmpty else { continue }
                blocks.append(.paragraph(kind.plural.text(lang) + Phrase.labelSeparator.text(p.lang).trimmingCharacters(in: .whitespaces)))
                blocks.append(p.bullets(list.map { f in "\(f.itemID) \(c.items.first { $0.id == f.itemID }?.title(lang) ?? "")" + Phrase.labelSeparator.text(p.lang) + f.text }))
            }
        }
        return OfficeDocument(title: Phrase.feedbackTitle(year: data.cycle.year).text(p.lang),
                                  blocks: blocks, closing: [data.registry.settings.officeName, today.written(lang)])
    }

    /// Each category's share of its points, in hundredths of a percent: from the agreed items
    /// when the cycle counts agreed scores and every item is agreed, else the mean of the counted
    /// sheets' category subtotals.
    static func categoryShares(_ data: AwardData, applicationID: String, stage: Stage, rubric: Rubric,
                               result: StageResult) -> [(Rubric.Category, ExactScore)] {
        let record = data.cycle.consensusRecord(stage: stage, applicationID: applicationID)
        let useAgreed = result.scoreRule == .agreed && result.agreed != nil
        let counted = result.submitted.filter { result.countedSheetIDs.contains($0.sheetID) }
        return rubric.categories.map { c in
            let hundredths: ExactScore
            if useAgreed, let record {
                hundredths = ExactScore(hundredths: c.items.reduce(0) { $0 + $1.points * (record.items[$1.id]?.percent ?? 0) })
            } else {
                hundredths = ExactScore(counted.reduce(0) { $0 + ($1.categories[c.id] ?? 0) }, over: max(counted.count, 1))
            }
            return (c, hundredths * 100 / max(c.points, 1))
        }
    }

    /// "得分率区间 50–65%：…" with the band's meaning for the category's kind (both kinds overall).
    static func bandSentence(rubric: Rubric, share: ExactScore, kind: String?, _ p: ReviewReportParts) -> String {
        guard let i = rubric.bandIndex(reaching: share), rubric.bands[i].count == 2 else { return "" }
        let range = "\(rubric.bands[i][0])–\(rubric.bands[i][1])%"
        let kinds = kind.map { [$0] } ?? ["process", "result"]
        let meanings = kinds.compactMap { k in rubric.bandText(kind: k, index: i).map { (k, $0.text(p.lang)) } }
        let head = Phrase.feedbackScoreBand(band: range).text(p.lang)
        guard !meanings.isEmpty else { return head + Phrase(zh: "。", en: ".").text(p.lang) }
        if kind != nil { return head + Phrase(zh: "：", en: ": ").text(p.lang) + meanings[0].1 + Phrase(zh: "。", en: ".").text(p.lang) }
        return head + Phrase(zh: "。", en: ". ").text(p.lang) + meanings.map { k, t in (k == "process" ? Phrase(zh: "过程类目：", en: "Process categories: ").text(p.lang) : Phrase(zh: "结果类目：", en: "Result categories: ").text(p.lang)) + t }
            .joined(separator: Phrase.listSeparator.text(p.lang)) + Phrase(zh: "。", en: ".").text(p.lang)
    }
}
