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
        let paragraphs = [Phrase.publicityNoticeIntro(year: year).text(lang),
            Phrase.publicityNoticePeriod(start: p.start, end: p.end, days: days).text(lang),
            // How to object: in writing; a unit under its seal, a person under their real name.
            // The measures say only that the list is publicised (第十一条（七）); this is the
            // wording public notices of the kind use, so that an objection can be verified.
            Phrase.publicityNoticeObjections(officeName: settings.officeName).text(lang)]
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
            title: Phrase.publicityNoticeTitle(year: year).text(lang),
            blocks: blocks, closing: [settings.officeName, p.start.written(lang)])
    }
}
