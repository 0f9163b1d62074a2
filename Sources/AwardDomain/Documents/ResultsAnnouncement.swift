/// The announcement of the approved list (第十一条（八）), each award under its title with the
/// year (第十八条), and the rule for using the title; issued by the city government or by the
/// office, as the settings say.
public enum ResultsAnnouncement {
    public static func make(_ data: AwardData, _ lang: Language) throws(DomainError) -> OfficeDocument {
        guard let approval = data.cycle.approval else {
            throw DomainError(zh: "获奖名单尚未经市政府批准，不能公布", en: "The list is not approved by the city government yet and cannot be announced", citation: .art11_8)
        }
        let year = data.cycle.year
        let list = DecisionFlow.approvedList(data.cycle)
        var rows: [[String]] = []
        var tierParagraphs: [String] = []
        var awarded: [PrizeTier] = []
        for tier in PrizeTier.allCases {
            let names = list.filter { $0.1 == tier }.compactMap { id, _ -> Organization? in
                data.cycle.application(id).flatMap { data.registry.organization($0.orgID) }
            }
            let title = AwardTitle.text(year: year, tier: tier, lang)
            if names.isEmpty {
                tierParagraphs.append(Phrase.resultsNotAwarded(title: title).text(lang))
            } else {
                awarded.append(tier)
                tierParagraphs.append(Phrase(zh: "“\(title)”（\(names.count)个）：\(names.map(\.name).joined(separator: "、"))。",
                                             en: "\(title) (\(names.count)): \(names.map(\.name).joined(separator: "; ")).").text(lang))
            }
            for o in names { rows.append(["\(rows.count + 1)", o.name, o.creditCode, title]) }
        }
        // The opening names only the tiers that have winners.
        let namedZh = awarded.map { $0 == .award ? "\(year)年度盐城市市长质量奖" : "盐城市市长质量奖提名奖" }
        let namedZhText = awarded == [.nomination] ? "\(year)年度盐城市市长质量奖提名奖" : namedZh.joined(separator: "和")
        let namedEn = awarded.map { $0 == .award ? "the \(year) Yancheng Mayor's Quality Award" : "its nomination award" }
        let namedEnText = awarded == [.nomination] ? "the \(year) Yancheng Mayor's Quality Award nomination award" : namedEn.joined(separator: " and ")
        let opening = Phrase(zh: "经市质量发展委员会审议、社会公示，并报市政府批准（\(approval.documentNumber)），决定授予下列组织\(namedZhText)。",
                             en: "Following the Quality Development Committee's decision, public publicity and the city government's approval (\(approval.documentNumber)), the following organizations receive \(namedEnText).").text(lang)
        let date = data.cycle.publication?.date ?? approval.date
        return OfficeDocument(
            title: Phrase.resultsTitle(year: year).text(lang),
            paragraphs: [opening] + tierParagraphs,
            headers: [
                Phrase.columnNumber,
                Phrase.columnOrganization,
                Phrase(zh: "统一社会信用代码", en: "Credit code"),
                Phrase(zh: "获奖称号", en: "Title"),
            ].text(lang),
            rows: rows, kinds: [.number, .text, .code, .text],
            notes: [Phrase.resultsTitleUse(year: year).text(lang)],
            closing: [data.registry.settings.resultsIssuerName, date.written(lang)])
    }
}
