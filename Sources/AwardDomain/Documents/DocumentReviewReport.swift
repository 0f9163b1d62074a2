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
            .heading(p.l("一、评审概况", "1. The review")),
            .paragraph(p.l("申报组织：", "Applicant: ") + p.named(org.name, app.id)),
        ]
        blocks += p.panelLines(d).map(OfficeDocument.Block.paragraph)
        blocks += [.heading(p.l("二、评分（合议得分与组员评分）", "2. Scores (agreed and members')")), .table(p.scoreTable(d)), .paragraph(p.totalsParagraph(d))]
        let departures = p.departures(d)
        if !departures.isEmpty {
            blocks += [.paragraph(p.l("合议得分在组员评分范围之外的条目：", "Agreed scores outside the members' range:")), p.bullets(departures)]
        }
        blocks.append(.heading(p.l("三、主要优势", "3. Strengths")))
        blocks += p.findingsByCategory(d.findings, kind: .strength, rubric: d.rubric)
        blocks.append(.heading(p.l("四、改进机会", "4. Opportunities for improvement")))
        blocks += p.findingsByCategory(d.findings, kind: .improvement, rubric: d.rubric)
        blocks.append(.heading(p.l("五、进入问询答辩和现场评审的建议名单（1:1.5）", "5. Proposed list for Q&A defence and on-site review (1 : 1.5)")))
        blocks += shortlistBlocks(data, applicationID: applicationID, p)
        blocks.append(.heading(p.l("六、评审组签字", "6. Signatures of the panel")))
        blocks.append(.table(p.signatureTable(d)))
        return OfficeDocument(title: p.l("\(data.cycle.year)年度盐城市市长质量奖资料评审报告", "\(data.cycle.year) Yancheng Mayor's Quality Award: document review report")
                                      + p.l("（\(org.name)）", " — \(org.name)"),
                                  blocks: blocks)
    }

    /// The cycle's document-review ranking with the cut (applicants of every panel meet on one list).
    static func shortlistBlocks(_ data: AwardData, applicationID: String, _ p: ReviewReportParts) -> [OfficeDocument.Block] {
        let s = Shortlist.compute(data)
        let rows = s.ranking.enumerated().map { i, e in
            let name = data.cycle.application(e.applicationID).flatMap { data.registry.organization($0.orgID) }?.name ?? ""
            let state = s.shortlisted.contains(e.applicationID) ? p.l("建议进入", "proposed")
                : s.tieAtCut.contains(e.applicationID) ? p.l("分数线并列，待办公室决定", "tied at the cut, for the office") : p.l("未进入", "not proposed")
            return ["\(i + 1)", e.applicationID, name, ExactScore.format(hundredths: e.hundredths),
                    Deliberation.panelID(of: e.applicationID, in: data.cycle) ?? "", state]
        }
        let own = s.shortlisted.contains(applicationID) ? p.l("建议进入问询答辩和现场评审。", "proposed for Q&A defence and on-site review.")
            : s.tieAtCut.contains(applicationID) ? p.l("与他人并列于分数线，由办公室决定。", "tied at the cut; the office decides.")
            : p.l("未进入建议名单。", "not on the proposed list.")
        return [
            .paragraph(p.l("名额 \(s.places) 个，按1:1.5提出 \(s.invitedCount) 家（第十一条（三））；各评审组的申报按资料评审得分合并排序。",
                           "\(s.places) places; 1 : 1.5 proposes \(s.invitedCount) (Art. 11(3)); applicants of every panel are ranked together by their document-review score.")),
            .table(OfficeTable(headers: p.zh ? ["名次", "申报编号", "组织名称", "资料评审得分", "评审组", "建议"]
                                                : ["Rank", "Application", "Organization", "Document review", "Panel", "Proposal"], rows: rows)),
            .paragraph(p.l("本申报：", "This applicant: ") + own),
        ]
    }
}
