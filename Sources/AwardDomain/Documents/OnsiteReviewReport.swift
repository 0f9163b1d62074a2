/// 现场评审报告 (第十一条（五）: "评审组对通过资料评审程序的组织进行现场评审，形成现场评审报告"): per
/// applicant, the visit's dates and panel, each document-review finding confirmed or not, the new
/// findings, the on-site scores and the panel's signatures.
public enum OnsiteReviewReport {
    public static func make(_ data: AwardData, applicationID: String, _ lang: Language) throws(DomainError) -> OfficeDocument {
        let p = ReviewReportParts(data: data, lang: lang)
        let (app, org) = try p.application(applicationID)
        let d = try p.deliberation(applicationID, .onsite)
        var blocks: [OfficeDocument.Block] = [
            .heading(Phrase(zh: "一、评审概况", en: "1. The visit").text(p.lang)),
            .paragraph(Phrase(zh: "受评组织：", en: "Organization: ").text(p.lang) + p.named(org.name, app.id)),
        ]
        blocks += p.panelLines(d).map(OfficeDocument.Block.paragraph)
        let submittedOn = data.cycle.sheets.filter { $0.applicationID == applicationID && $0.stage == .onsite }
            .compactMap { $0.history.last { $0.status == .submitted }?.at.day }.sorted()
        if let first = submittedOn.first, let last = submittedOn.last {
            blocks.append(.paragraph(Phrase(zh: "现场评分表提交：", en: "On-site sheets submitted: ").text(p.lang)
                                     + (first == last ? first.written(lang) : "\(first.written(lang))—\(last.written(lang))")))
        }

        blocks.append(.heading(Phrase(zh: "二、资料评审意见的现场核实", en: "2. Document-review findings checked on site").text(p.lang)))
        let carried = PanelFindings.carried(applicationID: applicationID, in: data)
        if carried.isEmpty {
            blocks.append(.paragraph(Phrase(zh: "资料评审组未提出意见。", en: "The document-review panel recorded no findings.").text(p.lang)))
        } else {
            let rows = carried.map { c in
                [c.finding.itemID, c.finding.kind.name.text(lang), c.finding.text, c.verdictName.text(lang),
                 "\(c.confirmedBy.count)/\(c.notConfirmedBy.count)"]
            }
            blocks.append(.table(OfficeTable(headers: [
                Phrase(zh: "条目", en: "Item"),
                Phrase(zh: "类别", en: "Kind"),
                Phrase(zh: "意见", en: "Finding"),
                Phrase(zh: "核实结论", en: "Verdict"),
                Phrase(zh: "确认/未确认人数", en: "Confirmed/not"),
            ].text(p.lang), rows: rows)))
            let counts = [CarriedFinding.Verdict.confirmed, .notConfirmed, .unchecked].map { v in carried.filter { $0.verdict == v }.count }
            blocks.append(.paragraph(Phrase.onsiteFindingsChecked(confirmed: counts[0], unconfirmed: counts[1], unchecked: counts[2]).text(p.lang)))
        }
        blocks.append(.heading(Phrase(zh: "三、现场新发现的优势", en: "3. New strengths found on site").text(p.lang)))
        blocks += p.findingsByCategory(d.findings, kind: .strength, rubric: d.rubric)
        blocks.append(.heading(Phrase(zh: "四、现场新发现的改进机会", en: "4. New opportunities for improvement found on site").text(p.lang)))
        blocks += p.findingsByCategory(d.findings, kind: .improvement, rubric: d.rubric)
        blocks += [.heading(Phrase(zh: "五、现场评审评分", en: "5. On-site scores").text(p.lang)), .table(p.scoreTable(d)), .paragraph(p.totalsParagraph(d))]
        let departures = p.departures(d)
        if !departures.isEmpty {
            blocks += [.paragraph(Phrase(zh: "合议得分在组员评分范围之外的条目：", en: "Agreed scores outside the members' range:").text(p.lang)), p.bullets(departures)]
        }
        blocks += [.heading(Phrase(zh: "六、评审组签字", en: "6. Signatures of the panel").text(p.lang)), .table(p.signatureTable(d))]
        return OfficeDocument(title: Phrase.onsiteTitle(year: data.cycle.year).text(p.lang)
                                      + Phrase(zh: "（\(org.name)）", en: " — \(org.name)").text(p.lang),
                                  blocks: blocks)
    }
}
