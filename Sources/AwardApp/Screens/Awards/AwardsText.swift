import AwardDomain

/// The awards screen's forms and the revocation question.
extension Phrase {
    static let placesTitle = Phrase(zh: "评定名额（第三条：上限，可少额或空缺）", en: "Places to fill (Art. 3: upper bounds, may stay empty)")
    static func decideCommitteeTitle(_ id: String, _ tier: PrizeTier) -> Phrase {
        Phrase(zh: "质量发展委员会审议 \(id) \(tier.name.zh)（第十一条（七））", en: "Quality Development Committee: \(id), \(tier.name.en) (Art. 11(7))")
    }
    static let publicizeTitle = Phrase(zh: "社会公示7天（第十一条（七））", en: "Public publicity, 7 days (Art. 11(7))")
    static let approveTitle = Phrase(zh: "市政府批准（第十一条（八））", en: "City government approval (Art. 11(8))")
    static let publishTitle = Phrase(zh: "向社会公布（第十一条（八））", en: "Publication (Art. 11(8))")
    static func revokeTitle(_ org: String, _ name: String, _ year: Int, _ tier: AwardTier) -> Phrase {
        // Short enough for 80 columns; the question before saving names it in full.
        Phrase(zh: "撤销奖励：\(org) \(name) \(year)年度", en: "Revoke \(org) \(name)'s \(year) award")
    }
    static let awardPlacesLabel = Phrase(zh: "市长质量奖名额", en: "Award places")
    static let nominationPlacesLabel = Phrase(zh: "提名奖名额", en: "Nomination places")
    static let placesNoteLabel = Phrase(zh: "理由", en: "Reason")
    static func placesHint(_ quota: Int) -> Phrase { Phrase(zh: "0 至 \(quota)", en: "0 to \(quota)") }
    static let placesNoteNeeded = Phrase(zh: "少评或空缺须记录理由（第三条）", en: "leaving places empty needs a reason (Art. 3)")
    static let approvedLabel = Phrase(zh: "审议通过", en: "Approved")
    static let meetingLabel = Phrase(zh: "会议日期", en: "Meeting date")
    static let noteLabel = Phrase(zh: "备注", en: "Note")
    static let periodIDLabel = Phrase(zh: "公示编号", en: "Period id")
    static let startLabel = Phrase(zh: "开始日期", en: "Start")
    static func publicityEndsHint(_ end: Day) -> Phrase { Phrase(zh: "至 \(end) 结束（7天，含开始日）", en: "ends \(end) (7 days counting the start)") }
    static let documentLabel = Phrase(zh: "批准文号", en: "Document no.")
    static let documentHint = Phrase(zh: "如 盐政复〔2026〕18号", en: "e.g. 盐政复〔2026〕18号")
    static let dateLabel = Phrase(zh: "日期", en: "Date")
    static let revocationReasonLabel = Phrase(zh: "撤销原因", en: "Reason")
    static let approvalDocumentLabel = Phrase(zh: "市政府批准文号", en: "City approval no.")
    static func revocationReasonChoice(_ r: RevocationReason) -> Phrase {
        r == .fraud ? Phrase(zh: "弄虚作假（第十四条）", en: "fraud (Art. 14)") : Phrase(zh: "重大事故（第十五条）", en: "major accident (Art. 15)")
    }
    static let revokeConfirmTitle = Phrase(zh: "撤销奖励", en: "Revoke the award")
    static func revokeQuestion(_ org: String, _ name: String, _ year: Int, _ tier: AwardTier, _ reason: RevocationReason, document: String) -> Phrase {
        Phrase(zh: "撤销 \(org)（\(name)）的 \(year) 年度\(tier.name.zh)？原因：\(reason.name.zh)；市政府批准文号 \(document)",
               en: "Revoke the \(year) \(tier.name.en) of \(org) (\(name))? Reason: \(reason.name.en); city approval \(document)")
    }
    static func revokeWarning(_ reason: RevocationReason) -> Phrase {
        Phrase(zh: "此操作不可撤销；收回奖牌和奖金，记入获奖记录（\(reason.citation.zh)）",
               en: "This cannot be undone; the plaque and the prize money are reclaimed and the record keeps it (\(reason.citation.en))")
    }
    static let noAwardSelected = Phrase(zh: "请先在列表中选择要撤销的奖项", en: "Select the award to revoke in the list first")
}
