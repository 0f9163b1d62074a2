/// The prize payment list (奖金发放名单, 第十二条) with the total against the budget (第十三条), the
/// approval it rests on (第十一条（八）), lines to sign, and a reclaim mark for a winner whose award
/// was revoked since (第十四条、第十五条: "收回奖牌和奖金").
public enum PaymentListDocument {
    /// - Parameter date: the day the list is drawn up (the command's today); without it, the
    ///   publication or approval date.
    public static func make(_ data: AwardData, _ lang: Language, date: Day? = nil) -> OfficeDocument {
        let list = PaymentList.compute(data)
        var reclaim = 0
        let rows = list.payments.enumerated().map { i, p -> [String] in
            var note = p.note.text(lang)
            let record = data.registry.organization(p.orgID)?.awards.first { $0.year == list.year && $0.tier == p.tier.awardTier }
            if let r = record?.revocation {
                let mark = Phrase(zh: "已撤销（\(r.approvalDocument)），" + (r.reclaimPrize && p.amount > 0 ? "奖金应收回" : "收回奖牌"),
                                  en: "revoked (\(r.approvalDocument)); " + (r.reclaimPrize && p.amount > 0 ? "money to be reclaimed" : "plaque reclaimed")).text(lang)
                if r.reclaimPrize { reclaim += p.amount }
                note = note.isEmpty ? mark : note + Phrase.listSeparator.text(lang) + mark
            }
            return ["\(i + 1)", p.organization, p.creditCode, AwardTitle.text(year: list.year, tier: p.tier, lang), "\(p.amount)", note]
        }
        var paragraphs: [String] = []
        if let a = data.cycle.approval {
            paragraphs.append(Phrase.paymentApproval(documentNumber: a.documentNumber, date: a.date).text(lang))
        }
        let check = list.budget
        var notes = [Phrase.paymentTotal(total: Prize.yuan(check.total), budget: Prize.yuan(check.budget)).text(lang)]
        for p in list.payments {
            guard let r = data.registry.organization(p.orgID)?.awards.first(where: { $0.year == list.year && $0.tier == p.tier.awardTier })?.revocation
            else { continue }
            notes.append(Phrase(zh: "\(p.organization)的奖励已于\(r.date.written(.zh))经市政府批准撤销（\(r.approvalDocument)，\(r.reason.citation.zh)），收回奖牌" + (r.reclaimPrize && p.amount > 0 ? "和奖金\(Prize.yuan(p.amount))元。" : "。"),
                                en: "The award of \(p.organization) was revoked on \(r.date.written(.en)) with the city government's approval (\(r.approvalDocument), \(r.reason.citation.en)): the plaque" + (r.reclaimPrize && p.amount > 0 ? " and CNY \(Prize.yuan(p.amount)) are reclaimed." : " is reclaimed.")).text(lang))
        }
        if reclaim > 0 {
            notes.append(Phrase.paymentReclaimed(amount: Prize.yuan(reclaim)).text(lang))
        }
        if let w = check.warning { notes.append(Phrase(zh: "注意：", en: "Warning: ").text(lang) + w.text(lang)) }
        if list.provisional {
            notes.append(Phrase(zh: "本名单按建议名单测算，市政府批准前仅供参考。", en: "Worked out from the proposed list: provisional until the city government approves the list.").text(lang))
        }
        let title = Phrase.paymentTitle(year: list.year).text(lang)
        let day = date ?? data.cycle.publication?.date ?? data.cycle.approval?.date
        return OfficeDocument(
            title: list.provisional ? title + Phrase(zh: "（测算）", en: " (provisional)").text(lang) : title,
            paragraphs: paragraphs,
            headers: [
                Phrase.columnNumber,
                Phrase.columnOrganization,
                Phrase(zh: "统一社会信用代码", en: "Credit code"),
                Phrase(zh: "奖项", en: "Award"),
                Phrase(zh: "金额（元）", en: "Amount (CNY)"),
                Phrase(zh: "备注", en: "Note"),
            ].text(lang),
            rows: rows, kinds: [.number, .text, .code, .text, .number, .text], notes: notes,
            signatures: [
                Phrase(zh: "经办人（签字）：", en: "Prepared by: "),
                Phrase(zh: "审核人（签字）：", en: "Checked by: "),
                Phrase(zh: "负责人（签字）：", en: "Approved by: "),
            ].text(lang),
            closing: [data.registry.settings.officeName] + (day.map { [$0.written(lang)] } ?? []))
    }
}
