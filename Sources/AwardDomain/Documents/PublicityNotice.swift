import Foundation

/// The public notice of the candidate list (公示, 第十一条（七）): candidates and tiers, the
/// period's dates (7 days) and where to send objections.
public enum PublicityNotice {
    public static func make(_ data: AwardData, periodID: String, _ lang: Language) throws(DomainError) -> OfficeDocument {
        guard let p = data.cycle.publicity.first(where: { $0.id == periodID }), p.kind == .public else {
            throw DomainError(zh: "社会公示 \(periodID) 不存在", en: "Public publicity period \(periodID) does not exist", citation: .art11_7)
        }
        let year = data.cycle.year
        let zh = lang == .zh
        var rows: [[String]] = []
        for tier in PrizeTier.allCases {
            for id in p.applicationIDs {
                guard let d = data.cycle.decision(id), d.tier == tier, let app = data.cycle.application(id),
                      let org = data.registry.organization(app.orgID) else { continue }
                rows.append(["\(rows.count + 1)", org.name, org.creditCode, org.county.name.text(lang), AwardTitle.text(year: year, tier: tier, lang)])
            }
        }
        let days = p.start.days(until: p.end) + 1
        var paragraphs = [zh
            ? "经组织申报、资格审查、资料评审、问询答辩、现场评审和综合评价，市质量发展委员会审议确定了\(year)年度盐城市市长质量奖和盐城市市长质量奖提名奖获奖候选名单，现予以公示。"
            : "After application, eligibility review, document review, Q&A defence, on-site review and composite evaluation, the Yancheng Quality Development Committee has decided the candidate list for the \(year) Yancheng Mayor's Quality Award and its nomination award. The list is published for comment.",
            zh ? "公示期：\(p.start.written(.zh))至\(p.end.written(.zh))（\(days)天）。"
               : "Publicity period: \(p.start.written(.en)) to \(p.end.written(.en)) (\(days) days).",
            zh ? "公示期间，任何单位和个人对公示名单有异议的，请以书面形式向\(data.registry.settings.officeName)反映，并提供联系方式和必要的证明材料。"
               : "Anyone who objects to a listed organization during the period may write to \(data.registry.settings.officeName), giving contact details and supporting evidence."]
        let contact = data.registry.settings.contactLine.trimmingCharacters(in: .whitespacesAndNewlines)
        if !contact.isEmpty { paragraphs.append(zh ? "联系方式：\(contact)" : "Contact: \(contact)") }
        return OfficeDocument(
            title: zh ? "\(year)年度盐城市市长质量奖获奖候选名单公示" : "Public notice: candidates for the \(year) Yancheng Mayor's Quality Award",
            paragraphs: paragraphs,
            headers: zh ? ["序号", "组织名称", "统一社会信用代码", "所在地", "拟获奖项"] : ["No.", "Organization", "Credit code", "Location", "Proposed award"],
            rows: rows,
            closing: [data.registry.settings.officeName, p.start.written(lang)])
    }
}
