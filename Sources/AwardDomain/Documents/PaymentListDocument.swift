/// The prize payment list (奖金发放名单, 第十二条) with the total against the budget (第十三条).
public enum PaymentListDocument {
    public static func make(_ data: AwardData, _ lang: Language) -> OfficeDocument {
        let list = PaymentList.compute(data)
        let zh = lang == .zh
        let rows = list.payments.enumerated().map { i, p in
            ["\(i + 1)", p.organization, p.creditCode, AwardTitle.text(year: list.year, tier: p.tier, lang), "\(p.amount)", p.note.text(lang)]
        }
        let check = list.budget
        var notes = [zh ? "合计：\(Prize.yuan(check.total)) 元；年度奖励经费：\(Prize.yuan(check.budget)) 元（第十三条）。"
                        : "Total: CNY \(Prize.yuan(check.total)); yearly prize budget: CNY \(Prize.yuan(check.budget)) (Art. 13)."]
        if let w = check.warning { notes.append((zh ? "注意：" : "Warning: ") + w.text(lang)) }
        if list.provisional {
            notes.append(zh ? "本名单按建议名单测算，市政府批准前仅供参考。" : "Worked out from the proposed list: provisional until the city government approves the list.")
        }
        let title = zh ? "\(list.year)年度盐城市市长质量奖奖金发放名单" : "\(list.year) Yancheng Mayor's Quality Award: prize payments"
        return OfficeDocument(
            title: list.provisional ? title + (zh ? "（测算）" : " (provisional)") : title,
            headers: zh ? ["序号", "组织名称", "统一社会信用代码", "奖项", "金额（元）", "备注"]
                        : ["No.", "Organization", "Credit code", "Award", "Amount (CNY)", "Note"],
            rows: rows, notes: notes, closing: [data.registry.settings.officeName])
    }
}
