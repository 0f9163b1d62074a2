/// The notice a draw's commitment is published with (第十一条（三）; RULES.md §3): the panel, the
/// pool as it stood and its digest, the exclusions counted, and the SHA-256 of the seed that the
/// program holds back until the reveal. The supervisor signs it before the seed is revealed; stamped
/// with the journal's head, it is also an anchor proving the commitment was journaled before the
/// reveal's entry.
public enum CommitmentNotice {
    public static func document(_ d: DrawRecord, in data: AwardData, lang: Language) -> OfficeDocument {
        let panel = data.cycle.panel(d.panelID)
        var fields = [Phrase(zh: "抽取编号：", en: "Draw: ").text(lang) + d.id, Phrase(zh: "评审组：", en: "Panel: ").text(lang) + d.panelID + (panel.map { "  " + $0.name } ?? "")]
        if let p = panel {
            fields.append(Phrase(zh: "评审日期：\(p.dates.from) 至 \(p.dates.to)", en: "Review dates: \(p.dates.from) to \(p.dates.to)").text(lang))
            fields.append(Phrase(zh: "申报组织：", en: "Applicants: ").text(lang) + p.applicationIDs.joined(separator: ", "))
        }
        fields.append(Phrase(zh: "组成：\(d.size) 名组员 + \(d.alternateCount) 名候补", en: "Composition: \(d.size) members + \(d.alternateCount) alternates").text(lang))
        fields.append(Phrase(zh: "监督人（派驻纪检监察组）：", en: "Supervisor (discipline-inspection group): ").text(lang) + d.supervisor)
        fields.append(Phrase(zh: "操作员：", en: "Operator: ").text(lang) + d.operatorName)
        fields += DrawReport.timeLines(d, lang)
        return OfficeDocument(
            title: Phrase(zh: "盐城市市长质量奖评审专家抽取承诺公告", en: "Yancheng Mayor's Quality Award — commitment of the expert draw").text(lang),
            blocks: [
                .paragraph(Phrase(zh: "依据：《盐城市市长质量奖管理办法》第十一条（三）。程序已生成随机种子，此处只公布其 SHA-256（承诺值）；种子在揭示前不公开，揭示后任何人可核对种子的 SHA-256 与本公告一致，并按公开算法重算抽取结果。", en: "Under Art. 11(3) of the award's measures. The program has made the random seed and publishes only its SHA-256 (the commitment); the seed stays secret until the reveal, after which anyone can check that its SHA-256 is this commitment and replay the draw by the published algorithm.").text(lang)),
                .lines(fields),
                .lines([
                    Phrase(zh: "专家库：共 \(d.pool.count + d.exclusions.count) 人，可抽取 \(d.pool.count) 人，排除 \(d.exclusions.count) 人", en: "Expert pool: \(d.pool.count + d.exclusions.count) experts, \(d.pool.count) eligible, \(d.exclusions.count) excluded").text(lang),
                    Phrase(zh: "可抽取名单（按编号）：", en: "Eligible pool (by id): ").text(lang) + d.pool.joined(separator: ", "),
                    Phrase(zh: "专家库摘要（SHA-256）：", en: "Pool digest (SHA-256): ").text(lang) + d.poolDigest,
                    Phrase(zh: "承诺值（随机种子的 SHA-256）：", en: "Commitment (SHA-256 of the seed): ").text(lang) + d.commitment,
                ]),
                .lines([Phrase(zh: "揭示：qaward draw reveal \(d.id)；复核：qaward draw verify \(d.id)",
                               en: "Reveal: qaward draw reveal \(d.id); check: qaward draw verify \(d.id)").text(lang)]),
            ],
            signatures: Phrase(zh: "监督人签字（揭示前）：|操作员签字：|日期：", en: "Supervisor's signature (before the reveal): |Operator's signature: |Date: ").text(lang).split(separator: "|").map(String.init))
    }
}
