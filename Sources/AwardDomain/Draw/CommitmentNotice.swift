/// The notice a draw's commitment is published with (第十一条（三）; RULES.md §3): the panel, the
/// pool as it stood and its digest, the exclusions counted, and the SHA-256 of the seed that the
/// program holds back until the reveal. The supervisor signs it before the seed is revealed; stamped
/// with the journal's head, it is also an anchor proving the commitment was journaled before the
/// reveal's entry.
public enum CommitmentNotice {
    public static func document(_ d: DrawRecord, in data: AwardData, lang: Language) -> OfficeDocument {
        func l(_ zh: String, _ en: String) -> String { lang == .zh ? zh : en }
        let panel = data.cycle.panel(d.panelID)
        var fields = [l("抽取编号：", "Draw: ") + d.id, l("评审组：", "Panel: ") + d.panelID + (panel.map { "  " + $0.name } ?? "")]
        if let p = panel {
            fields.append(l("评审日期：\(p.dates.from) 至 \(p.dates.to)", "Review dates: \(p.dates.from) to \(p.dates.to)"))
            fields.append(l("申报组织：", "Applicants: ") + p.applicationIDs.joined(separator: ", "))
        }
        fields.append(l("组成：\(d.size) 名组员 + \(d.alternateCount) 名候补", "Composition: \(d.size) members + \(d.alternateCount) alternates"))
        fields.append(l("监督人（派驻纪检监察组）：", "Supervisor (discipline-inspection group): ") + d.supervisor)
        fields.append(l("操作员：", "Operator: ") + d.operatorName)
        fields += DrawReport.timeLines(d, lang)
        return OfficeDocument(
            title: l("盐城市市长质量奖评审专家抽取承诺公告", "Yancheng Mayor's Quality Award — commitment of the expert draw"),
            blocks: [
                .paragraph(l("依据：《盐城市市长质量奖管理办法》第十一条（三）。程序已生成随机种子，此处只公布其 SHA-256（承诺值）；种子在揭示前不公开，揭示后任何人可核对种子的 SHA-256 与本公告一致，并按公开算法重算抽取结果。",
                             "Under Art. 11(3) of the award's measures. The program has made the random seed and publishes only its SHA-256 (the commitment); the seed stays secret until the reveal, after which anyone can check that its SHA-256 is this commitment and replay the draw by the published algorithm.")),
                .lines(fields),
                .lines([
                    l("专家库：共 \(d.pool.count + d.exclusions.count) 人，可抽取 \(d.pool.count) 人，排除 \(d.exclusions.count) 人",
                      "Expert pool: \(d.pool.count + d.exclusions.count) experts, \(d.pool.count) eligible, \(d.exclusions.count) excluded"),
                    l("可抽取名单（按编号）：", "Eligible pool (by id): ") + d.pool.joined(separator: ", "),
                    l("专家库摘要（SHA-256）：", "Pool digest (SHA-256): ") + d.poolDigest,
                    l("承诺值（随机种子的 SHA-256）：", "Commitment (SHA-256 of the seed): ") + d.commitment,
                ]),
                .lines([l("揭示：qaward draw reveal \(d.id)；复核：qaward draw verify \(d.id)",
                          "Reveal: qaward draw reveal \(d.id); check: qaward draw verify \(d.id)")]),
            ],
            signatures: l("监督人签字（揭示前）：|操作员签字：|日期：", "Supervisor's signature (before the reveal): |Operator's signature: |Date: ").split(separator: "|").map(String.init))
    }
}
