/// 资料评审报告 (第十一条（三）: "组建评审组，实行组长负责制，进行资料评审，形成评审报告，按照1:1.5的比例
/// 提出进入问询答辩和现场评审程序的名单"): per applicant, the panel as drawn, the agreed score item by
/// item with the members' mean and range, the panel's strengths and improvement opportunities by
/// category, the panel's proposal for the 1:1.5 list with its ranking, and every member's signature.
public enum DocumentReviewReport {
    public static func make(_ data: AwardData, applicationID: String, _ lang: Language) throws(DomainError) -> OfficeDocument {
        let p = ReviewReportParts(data: data, lang: lang)
        let (app, org) = try p.application(applicationID)
        let d = try p.deliberation(applicationID, .document)
        var blocks: [OfficeDocument.Block] = [
            .heading(Phrase(zh: "一、评审概况", en: "1. The review").text(p.lang)),
            .paragraph(Phrase(zh: "申报组织：", en: "Applicant: ").text(p.lang) + p.named(org.name, app.id)),
        ]
        blocks += p.panelLines(d).map(OfficeDocument.Block.paragraph)
        blocks += [.heading(Phrase(zh: "二、评分（合议得分与组员评分）", en: "2. Scores (agreed and members')").text(p.lang)), .table(p.scoreTable(d)), .paragraph(p.totalsParagraph(d))]
        let departures = p.departures(d)
        if !departures.isEmpty {
            blocks += [.paragraph(Phrase(zh: "合议得分在组员评分范围之外的条目：", en: "Agreed scores outside the members' range:").text(p.lang)), p.bullets(departures)]
        }
        blocks.append(.heading(Phrase(zh: "三、主要优势", en: "3. Strengths").text(p.lang)))
        blocks += p.findingsByCategory(d.findings, kind: .strength, rubric: d.rubric)
        blocks.append(.heading(Phrase(zh: "四、改进机会", en: "4. Opportunities for improvement").text(p.lang)))
        blocks += p.findingsByCategory(d.findings, kind: .improvement, rubric: d.rubric)
        blocks.append(.heading(Phrase(zh: "五、进入问询答辩和现场评审的建议名单（1:1.5）", en: "5. Proposed list for Q&A defence and on-site review (1 : 1.5)").text(p.lang)))
        blocks += shortlistBlocks(data, applicationID: applicationID, p)
        blocks.append(.heading(Phrase(zh: "六、评审组签字", en: "6. Signatures of the panel").text(p.lang)))
        blocks.append(.table(p.signatureTable(d)))
        return OfficeDocument(title: Phrase.documentReviewTitle(year: data.cycle.year).text(p.lang)
                                      + Phrase(zh: "（\(org.name)）", en: " — \(org.name)").text(p.lang),
                                  blocks: blocks)
    }

    /// The cycle's document-review ranking with the cut (applicants of every panel meet on one list).
    static func shortlistBlocks(_ data: AwardData, applicationID: String, _ p: ReviewReportParts) -> [OfficeDocument.Block] {
        let s = Shortlist.compute(data)
        let rows = s.ranking.enumerated().map { i, e in
            let name = data.cycle.application(e.applicationID).flatMap { data.registry.organization($0.orgID) }?.name ?? ""
            let state = s.shortlisted.contains(e.applicationID) ? Phrase(zh: "建议进入", en: "proposed").text(p.lang)
                : s.tieAtCut.contains(e.applicationID) ? Phrase(zh: "分数线并列，待办公室决定", en: "tied at the cut, for the office").text(p.lang) : Phrase(zh: "未进入", en: "not proposed").text(p.lang)
            return ["\(i + 1)", e.applicationID, name, ExactScore.format(hundredths: e.hundredths),
                    Deliberation.panelID(of: e.applicationID, in: data.cycle) ?? "", state]
        }
        let own = s.shortlisted.contains(applicationID) ? Phrase(zh: "建议进入问询答辩和现场评审。", en: "proposed for Q&A defence and on-site review.").text(p.lang)
            : s.tieAtCut.contains(applicationID) ? Phrase(zh: "与他人并列于分数线，由办公室决定。", en: "tied at the cut; the office decides.").text(p.lang)
            : Phrase(zh: "未进入建议名单。", en: "not on the proposed list.").text(p.lang)
        return [
            .paragraph(Phrase.documentReviewShortlist(places: s.places, invited: s.invitedCount).text(p.lang)),
            .table(OfficeTable(headers: [
                Phrase.columnRank,
                Phrase.columnApplication,
                Phrase.columnOrganization,
                Phrase(zh: "资料评审得分", en: "Document review"),
                Phrase(zh: "评审组", en: "Panel"),
                Phrase(zh: "建议", en: "Proposal"),
            ].text(p.lang), rows: rows)),
            .paragraph(Phrase(zh: "本申报：", en: "This applicant: ").text(p.lang) + own),
        ]
    }
}
