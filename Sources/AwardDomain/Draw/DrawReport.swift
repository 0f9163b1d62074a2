import Foundation

/// The draw record as the office prints it for signatures (第十一条（三）; RULES.md §3: the
/// supervisor, the time, the pool as it stood, every exclusion with its reason, the seed committed
/// before the draw, and the result), and as JSON that scripts/replay-draw.py reads. The terminal
/// UI and the command line both print this, so the paper and the screen never disagree.
public enum DrawReport {
    public static func text(_ d: DrawRecord, in data: AwardData, lang: Language, head: JournalHead? = nil) -> String {
        let doc = document(d, in: data, lang: lang)
        return (head.map { doc.stamped(at: $0, lang) } ?? doc).plainText
    }

    /// The record as a document: the fields, the applicants, the pool and its digests, the
    /// exclusions with reasons, the draw order and the lines to sign.
    public static func document(_ d: DrawRecord, in data: AwardData, lang: Language) -> OfficeDocument {
        func expert(_ id: String) -> String {
            guard let e = data.registry.expert(id) else { return id }
            let employer = e.employerOrgID.flatMap { data.registry.organization($0)?.name } ?? e.employerName
            return [id, e.name, e.title, employer].filter { !$0.isEmpty }.joined(separator: "  ")
        }
        let panel = data.cycle.panel(d.panelID)
        var blocks: [OfficeDocument.Block] = [.paragraph(Phrase(zh: "依据：《盐城市市长质量奖管理办法》第十一条（三），在派驻纪检监察组监督下随机抽取",
                                                                en: "Under Art. 11(3) of the award's measures: drawn at random under the supervision of the discipline-inspection group").text(lang))]
        var fields = [
            Phrase(zh: "抽取编号：", en: "Draw: ").text(lang) + d.id,
            Phrase(zh: "评审组：", en: "Panel: ").text(lang) + d.panelID + (panel.map { "  " + $0.name } ?? ""),
        ]
        if let p = panel {
            fields.append(Phrase(zh: "评审日期：\(p.dates.from) 至 \(p.dates.to)", en: "Review dates: \(p.dates.from) to \(p.dates.to)").text(lang))
            fields.append(Phrase(zh: "申报组织：", en: "Applicants:").text(lang))
            for id in p.applicationIDs {
                let org = data.cycle.application(id).flatMap { data.registry.organization($0.orgID) }
                fields.append("  \(id)  \(org?.name ?? "")")
            }
        }
        fields.append(Phrase(zh: "组成：\(d.size) 名组员 + \(d.alternateCount) 名候补",
                             en: "Composition: \(d.size) members + \(d.alternateCount) alternates").text(lang))
        fields.append(Phrase(zh: "监督人（派驻纪检监察组）：", en: "Supervisor (discipline-inspection group): ").text(lang) + d.supervisor)
        fields.append(Phrase(zh: "操作员：", en: "Operator: ").text(lang) + d.operatorName)
        fields += timeLines(d, lang)
        blocks.append(.lines(fields))
        blocks.append(.lines([
            Phrase(zh: "专家库：共 \(d.pool.count + d.exclusions.count) 人，可抽取 \(d.pool.count) 人，排除 \(d.exclusions.count) 人",
                   en: "Expert pool: \(d.pool.count + d.exclusions.count) experts, \(d.pool.count) eligible, \(d.exclusions.count) excluded").text(lang),
            Phrase(zh: "可抽取名单（按编号）：", en: "Eligible pool (by id): ").text(lang) + d.pool.joined(separator: ", "),
            Phrase(zh: "专家库摘要（SHA-256）：", en: "Pool digest (SHA-256): ").text(lang) + d.poolDigest,
            Phrase(zh: "承诺值（随机种子的 SHA-256，抽取前记录）：", en: "Commitment (SHA-256 of the seed, recorded before the draw): ").text(lang) + d.commitment,
            Phrase(zh: "随机种子：", en: "Seed: ").text(lang) + (d.seed ?? Phrase(zh: "尚未公开", en: "not revealed").text(lang)),
        ]))
        var excluded = [Phrase(zh: "排除名单（\(d.exclusions.count) 人）：", en: "Excluded (\(d.exclusions.count)):").text(lang)]
        for x in d.exclusions {
            excluded.append("  " + expert(x.expertID) + Phrase(zh: "：", en: ": ").text(lang) + x.reasons.map { $0.text(lang) }.joined(separator: Phrase.listSeparator.text(lang)))
        }
        if d.exclusions.isEmpty { excluded.append(Phrase(zh: "  无", en: "  none").text(lang)) }
        blocks.append(.lines(excluded))
        var result: [String] = []
        if d.isRevealed {
            result.append(Phrase(zh: "抽取顺序（前 \(d.size) 名为组员）：", en: "Draw order (the first \(d.size) are members):").text(lang))
            for (i, id) in d.order.enumerated() {
                var line = "  \(i + 1). " + expert(id)
                if i >= d.size { line += Phrase(zh: "  〔候补〕", en: "  [alternate]").text(lang) }
                result.append(line)
            }
            let leader = d.leaderID.map(expert) ?? "—"
            result.append(Phrase(zh: "组长：", en: "Leader: ").text(lang) + leader + (d.leaderDesignatedBy.map { Phrase(zh: "（由 \($0) 指定）", en: " (designated by \($0))").text(lang) } ?? Phrase(zh: "（抽取顺序第一名）", en: " (first in draw order)").text(lang)))
            result.append(Phrase(zh: "现任组员：", en: "Current members: ").text(lang) + d.currentMembers.joined(separator: ", "))
            if !d.replacements.isEmpty {
                result.append(Phrase(zh: "替换记录：", en: "Replacements:").text(lang))
                for r in d.replacements {
                    result.append("  " + Phrase(zh: "\(r.declined) 不能参加，由候补 \(r.replacement) 替补（\(r.at.shortDescription)）：\(r.reason)",
                                                en: "\(r.declined) declined, replaced by alternate \(r.replacement) (\(r.at.shortDescription)): \(r.reason)").text(lang))
                }
            }
        } else {
            result.append(Phrase(zh: "尚未揭示随机种子，评审组尚未产生。", en: "The seed has not been revealed; the panel is not drawn yet.").text(lang))
        }
        if let v = d.voided {
            result.append(Phrase(zh: "本次抽取已作废：\(v.at.shortDescription)，\(v.by)，理由：\(v.reason)",
                                 en: "This draw was voided: \(v.at.shortDescription), by \(v.by), reason: \(v.reason)").text(lang)
                          + (v.supersededBy.map { Phrase(zh: "；由 \($0) 取代", en: "; superseded by \($0)").text(lang) } ?? ""))
        }
        blocks.append(.lines(result))
        if let key = data.registry.officeKey {
            // The members check their review packages against this (第二十条; docs/reviewer-packages.md).
            blocks.append(.lines([Phrase(zh: "办公室签名密钥指纹（评审包由此密钥签名，请评审专家核对）：", en: "Office signing key fingerprint (review packages are signed with it; reviewers check it): ").text(lang)
                                  + key.fingerprint]))
        }
        blocks.append(.lines([Phrase(zh: "复核：python3 scripts/replay-draw.py draw-\(d.id).json（见 docs/draw-algorithm.md）",
                                     en: "To check: python3 scripts/replay-draw.py draw-\(d.id).json (see docs/draw-algorithm.md)").text(lang)]))
        return OfficeDocument(
            title: Phrase(zh: "盐城市市长质量奖评审专家抽取记录", en: "Yancheng Mayor's Quality Award — record of the expert draw").text(lang),
            blocks: blocks,
            signatures: Phrase(zh: "监督人签字：|操作员签字：|日期：", en: "Supervisor's signature: |Operator's signature: |Date: ").text(lang).split(separator: "|").map(String.init))
    }

    /// When the commitment was recorded, published and revealed, to the second, and whether it
    /// was published before the reveal (the record is honest about a draw made at once).
    public static func timeLines(_ d: DrawRecord, _ lang: Language) -> [String] {
        var lines = [Phrase(zh: "承诺记录时间：", en: "Commitment recorded at: ").text(lang) + d.committedAt.seconds]
        let published = Phrase(zh: "承诺公布时间：", en: "Commitment published at: ").text(lang)
        switch (d.commitmentPublishedAt, d.isRevealed) {
        case (let p?, _): lines.append(published + p.seconds)
        case (nil, true): lines.append(published + Phrase(zh: "揭示前未单独公布（承诺与揭示在同一步完成，揭示前无人见过承诺值）",
                                                          en: "not published before the reveal (committed and revealed in one step; nobody saw the commitment before the seed was known)").text(lang))
        case (nil, false): lines.append(published + Phrase(zh: "尚未公布", en: "not yet published").text(lang))
        }
        lines.append(Phrase(zh: "揭示时间：", en: "Revealed at: ").text(lang) + (d.revealedAt?.seconds ?? Phrase(zh: "尚未揭示", en: "not revealed").text(lang)))
        return lines
    }

    /// The record as stored, sorted keys and indented, for scripts/replay-draw.py.
    public static func json(_ d: DrawRecord) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Every field is a plain value; encoding cannot fail.
        return (try? encoder.encode(d)) ?? Data()
    }
}
