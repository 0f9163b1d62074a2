import Foundation

/// The public notice of the candidate list (公示, 第十一条（七）): candidates and tiers, the
/// period's dates (7 days), how to object and whom to contact.
public enum PublicityNotice {
    public static func make(_ data: AwardData, periodID: String, _ lang: Language) throws(DomainError) -> OfficeDocument {
        guard let p = data.cycle.publicity.first(where: { $0.id == periodID }), p.kind == .public else {
            throw DomainError(zh: "社会公示 \(periodID) 不存在", en: "Public publicity period \(periodID) does not exist", citation: .art11_7)
        }
        let year = data.cycle.year
        let settings = data.registry.settings
        var rows: [[String]] = []
        for tier in PrizeTier.allCases {
            for id in p.applicationIDs {
                guard let d = data.cycle.decision(id), d.tier == tier, let app = data.cycle.application(id),
                      let org = data.registry.organization(app.orgID) else { continue }
                rows.append(["\(rows.count + 1)", org.name, org.creditCode, org.county.name.text(lang), AwardTitle.text(year: year, tier: tier, lang)])
            }
        }
        let days = p.start.days(until: p.end) + 1
        let paragraphs = [Phrase(zh: "经组织申报、资格审查、资料评审、问询答辩、现场评审和综合评价，市质量发展委员会审议确定了\(year)年度盐城市市长质量奖和盐城市市长质量奖提名奖获奖候选名单，现予以公示。",
                                 en: "After application, eligibility review, document review, Q&A defence, on-site review and composite evaluation, the Yancheng Quality Development Committee has decided the candidate list for the \(year) Yancheng Mayor's Quality Award and its nomination award. The list is published for comment.").text(lang),
            Phrase(zh: "公示期：\(p.start.written(.zh))至\(p.end.written(.zh))（\(days)天）。",
                   en: "Publicity period: \(p.start.written(.en)) to \(p.end.written(.en)) (\(days) days).").text(lang),
            // How to object: in writing; a unit under its seal, a person under their real name.
            // The measures say only that the list is publicised (第十一条（七）); this is the
            // wording public notices of the kind use, so that an objection can be verified.
            Phrase(zh: "公示期间，任何单位和个人对公示名单有异议的，请以书面形式向\(settings.officeName)提出，并提供必要的证明材料。单位提出异议的，须在书面材料上加盖本单位公章；个人提出异议的，须签署本人真实姓名并注明联系方式。匿名或逾期提出的异议不予受理。",
                   en: "Anyone who objects to a listed organization may write to \(settings.officeName) during the period, with supporting evidence. An objection from an organization must bear its official seal; one from a person must be signed with their real name and give contact details. Anonymous objections and objections after the period are not accepted.").text(lang)]
        var blocks = paragraphs.map(OfficeDocument.Block.paragraph)
        let contact = settings.contactLines(lang)
        if !contact.isEmpty { blocks.append(.lines(contact)) }
        blocks.append(.table(OfficeTable(
            headers: [
                Phrase.columnNumber,
                Phrase.columnOrganization,
                Phrase(zh: "统一社会信用代码", en: "Credit code"),
                Phrase(zh: "所在地", en: "Location"),
                Phrase(zh: "拟获奖项", en: "Proposed award"),
            ].text(lang),
            rows: rows, kinds: [.number, .text, .code, .text, .text])))
        return OfficeDocument(
            title: Phrase(zh: "\(year)年度盐城市市长质量奖获奖候选名单公示", en: "Public notice: candidates for the \(year) Yancheng Mayor's Quality Award").text(lang),
            blocks: blocks, closing: [settings.officeName, p.start.written(lang)])
    }
}
