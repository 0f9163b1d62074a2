/// The public notice of a revoked award (第十四条、第十五条: "报请市政府批准撤销其奖励，收回奖牌和
/// 奖金，并向社会公告，5年内不得申报"): who, which award, why, the approval, what is reclaimed and
/// the five-year bar.
public enum RevocationNotice {
    /// An award named on the command line: "O0001:2026" (the organization and the award year;
    /// an organization holds at most one of the city's awards per year), or "O0001:2026:mayor".
    public static func parseID(_ text: String) -> (orgID: String, year: Int, tier: AwardTier?)? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard (2...3).contains(parts.count), !parts[0].isEmpty, let year = Int(parts[1]) else { return nil }
        if parts.count == 3 {
            guard let tier = AwardTier(rawValue: parts[2]) else { return nil }
            return (parts[0], year, tier)
        }
        return (parts[0], year, nil)
    }

    public static func make(_ data: AwardData, orgID: String, year: Int, tier: AwardTier? = nil, _ lang: Language) throws(DomainError) -> OfficeDocument {
        guard let org = data.registry.organization(orgID) else {
            throw DomainError(zh: "组织 \(orgID) 不在组织名录中", en: "Organization \(orgID) is not in the registry", citation: .art14_15)
        }
        let city: Set<AwardTier> = [.mayor, .mayorNomination]
        guard let record = org.awards.first(where: { $0.year == year && city.contains($0.tier) && (tier == nil || $0.tier == tier) }) else {
            throw DomainError(zh: "“\(org.name)”没有\(year)年度的盐城市市长质量奖或提名奖记录", en: "“\(org.name)” holds no \(year) Mayor's Quality Award or nomination", citation: .art14_15)
        }
        guard let r = record.revocation else {
            throw DomainError(zh: "“\(org.name)”的\(year)年度\(record.tier.name.zh)未被撤销：请先记录市政府批准的撤销（qaward revoke）",
                              en: "The \(year) \(record.tier.name.en) of “\(org.name)” is not revoked: record the approved revocation first (qaward revoke)",
                              citation: .art14_15)
        }
        let prizeTier: PrizeTier = record.tier == .mayor ? .award : .nomination
        let title = AwardTitle.text(year: year, tier: prizeTier, lang)
        let granted = record.approvalDocument.map { Phrase(zh: "（\($0)）", en: " (\($0))").text(lang) } ?? ""
        let money = Prize.fullAmount(prizeTier)
        let reclaimed = r.reclaimPrize
            ? Phrase.revocationPrizeReclaimed(money: Prize.yuan(money)).text(lang)
            : Phrase(zh: "收回奖牌（未发放奖金）", en: "the plaque is reclaimed (no prize money was paid)").text(lang)
        let paragraphs = [
            Phrase.revocationAwarded(name: org.name, creditCode: org.creditCode, awarded: record.awarded, title: title, granted: granted),
            Phrase(zh: "经核实，该组织\(r.reason.name.zh)。根据《盐城市市长质量奖管理办法》\(r.reason.citation.zh)规定，经市政府批准（\(r.approvalDocument)），决定撤销其“\(title)”，\(reclaimed)。自\(r.date.written(.zh))起5年内，该组织不得申报盐城市市长质量奖。",
                   en: "It has been established that \(r.reason.name.en). Under \(r.reason.citation.en) of the Measures and with the city government's approval (\(r.approvalDocument)), the award is revoked; \(reclaimed). For 5 years from \(r.date.written(.en)) the organization may not apply for the award."),
            Phrase(zh: "特此公告。", en: "This notice is hereby given."),
        ].text(lang)
        return OfficeDocument(
            title: Phrase.revocationTitle(name: org.name, title: title).text(lang),
            paragraphs: paragraphs,
            closing: [data.registry.settings.resultsIssuerName, r.date.written(lang)])
    }
}
