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
        func l(_ zh: String, _ en: String) -> String { lang == .zh ? zh : en }
        func expert(_ id: String) -> String {
            guard let e = data.registry.expert(id) else { return id }
            let employer = e.employerOrgID.flatMap { data.registry.organization($0)?.name } ?? e.employerName
            return [id, e.name, e.title, employer].filter { !$0.isEmpty }.joined(separator: "  ")
        }
        let panel = data.cycle.panel(d.panelID)
        var blocks: [OfficeDocument.Block] = [.paragraph(l("依据：《盐城市市长质量奖管理办法》第十一条（三），在派驻纪检监察组监督下随机抽取",
                                                            "Under Art. 11(3) of the award's measures: drawn at random under the supervision of the discipline-inspection group"))]
        var fields = [l("抽取编号：", "Draw: ") + d.id, l("评审组：", "Panel: ") + d.panelID + (panel.map { "  " + $0.name } ?? "")]
        if let p = panel {
            fields.append(l("评审日期：\(p.dates.from) 至 \(p.dates.to)", "Review dates: \(p.dates.from) to \(p.dates.to)"))
            fields.append(l("申报组织：", "Applicants:"))
            for id in p.applicationIDs {
                let org = data.cycle.application(id).flatMap { data.registry.organization($0.orgID) }
                fields.append("  \(id)  \(org?.name ?? "")")
            }
        }
        fields.append(l("组成：\(d.size) 名组员 + \(d.alternateCount) 名候补", "Composition: \(d.size) members + \(d.alternateCount) alternates"))
        fields.append(l("监督人（派驻纪检监察组）：", "Supervisor (discipline-inspection group): ") + d.supervisor)
        fields.append(l("操作员：", "Operator: ") + d.operatorName)
        fields += timeLines(d, lang)
        blocks.append(.lines(fields))
        blocks.append(.lines([
            l("专家库：共 \(d.pool.count + d.exclusions.count) 人，可抽取 \(d.pool.count) 人，排除 \(d.exclusions.count) 人",
              "Expert pool: \(d.pool.count + d.exclusions.count) experts, \(d.pool.count) eligible, \(d.exclusions.count) excluded"),
            l("可抽取名单（按编号）：", "Eligible pool (by id): ") + d.pool.joined(separator: ", "),
            l("专家库摘要（SHA-256）：", "Pool digest (SHA-256): ") + d.poolDigest,
            l("承诺值（随机种子的 SHA-256，抽取前记录）：", "Commitment (SHA-256 of the seed, recorded before the draw): ") + d.commitment,
            l("随机种子：", "Seed: ") + (d.seed ?? l("尚未公开", "not revealed")),
        ]))
        var excluded = [l("排除名单（\(d.exclusions.count) 人）：", "Excluded (\(d.exclusions.count)):")]
        for x in d.exclusions {
            excluded.append("  " + expert(x.expertID) + l("：", ": ") + x.reasons.map { $0.text(lang) }.joined(separator: l("；", "; ")))
        }
        if d.exclusions.isEmpty { excluded.append(l("  无", "  none")) }
        blocks.append(.lines(excluded))
        var result: [String] = []
        if d.isRevealed {
            result.append(l("抽取顺序（前 \(d.size) 名为组员）：", "Draw order (the first \(d.size) are members):"))
            for (i, id) in d.order.enumerated() {
                var line = "  \(i + 1). " + expert(id)
                if i >= d.size { line += l("  〔候补〕", "  [alternate]") }
                result.append(line)
            }
            let leader = d.leaderID.map(expert) ?? "—"
            result.append(l("组长：", "Leader: ") + leader + (d.leaderDesignatedBy.map { l("（由 \($0) 指定）", " (designated by \($0))") } ?? l("（抽取顺序第一名）", " (first in draw order)")))
            result.append(l("现任组员：", "Current members: ") + d.currentMembers.joined(separator: ", "))
            if !d.replacements.isEmpty {
                result.append(l("替换记录：", "Replacements:"))
                for r in d.replacements {
                    result.append("  " + l("\(r.declined) 不能参加，由候补 \(r.replacement) 替补（\(r.at.shortDescription)）：\(r.reason)",
                                           "\(r.declined) declined, replaced by alternate \(r.replacement) (\(r.at.shortDescription)): \(r.reason)"))
                }
            }
        } else {
            result.append(l("尚未揭示随机种子，评审组尚未产生。", "The seed has not been revealed; the panel is not drawn yet."))
        }
        if let v = d.voided {
            result.append(l("本次抽取已作废：\(v.at.shortDescription)，\(v.by)，理由：\(v.reason)",
                            "This draw was voided: \(v.at.shortDescription), by \(v.by), reason: \(v.reason)")
                          + (v.supersededBy.map { l("；由 \($0) 取代", "; superseded by \($0)") } ?? ""))
        }
        blocks.append(.lines(result))
        if let key = data.registry.officeKey {
            // The members check their review packages against this (第二十条; docs/reviewer-packages.md).
            blocks.append(.lines([l("办公室签名密钥指纹（评审包由此密钥签名，请评审专家核对）：", "Office signing key fingerprint (review packages are signed with it; reviewers check it): ")
                                  + key.fingerprint]))
        }
        blocks.append(.lines([l("复核：python3 scripts/replay-draw.py draw-\(d.id).json（见 docs/draw-algorithm.md）",
                                "To check: python3 scripts/replay-draw.py draw-\(d.id).json (see docs/draw-algorithm.md)")]))
        return OfficeDocument(
            title: l("盐城市市长质量奖评审专家抽取记录", "Yancheng Mayor's Quality Award — record of the expert draw"),
            blocks: blocks,
            signatures: l("监督人签字：|操作员签字：|日期：", "Supervisor's signature: |Operator's signature: |Date: ").split(separator: "|").map(String.init))
    }

    /// When the commitment was recorded, published and revealed, to the second, and whether it
    /// was published before the reveal (the record is honest about a draw made at once).
    static func timeLines(_ d: DrawRecord, _ lang: Language) -> [String] {
        func l(_ zh: String, _ en: String) -> String { lang == .zh ? zh : en }
        var lines = [l("承诺记录时间：", "Commitment recorded at: ") + d.committedAt.seconds]
        switch (d.commitmentPublishedAt, d.isRevealed) {
        case (let p?, _): lines.append(l("承诺公布时间：", "Commitment published at: ") + p.seconds)
        case (nil, true): lines.append(l("承诺公布时间：揭示前未单独公布（承诺与揭示在同一步完成，揭示前无人见过承诺值）",
                                         "Commitment published at: not published before the reveal (committed and revealed in one step; nobody saw the commitment before the seed was known)"))
        case (nil, false): lines.append(l("承诺公布时间：尚未公布", "Commitment published at: not yet published"))
        }
        lines.append(l("揭示时间：", "Revealed at: ") + (d.revealedAt?.seconds ?? l("尚未揭示", "not revealed")))
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
