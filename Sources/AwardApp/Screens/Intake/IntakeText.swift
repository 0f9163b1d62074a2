import AwardDomain

/// The intake screen's typed words (the rest of the screen still reads the catalog).
extension Phrase {
    static let withdrawTitle = Phrase(zh: "撤回申报", en: "Withdraw the application")
    static func withdrawQuestion(_ id: String, _ name: String) -> Phrase {
        Phrase(zh: "撤回 \(id)（\(name)）的申报？", en: "Withdraw application \(id) (\(name))?")
    }
    static let withdrawWarning = Phrase(zh: "撤回后不再评审；提交期限内可写明理由恢复（第十一条（一））",
                                        en: "A withdrawn application is not reviewed; it can be reinstated with a reason within the submission period (Art. 11(1))")
    /// The withdrawal's reason is required (condition A2 of the procedure).
    static let withdrawReason = Phrase(zh: "撤回理由", en: "Reason for withdrawal")
    static let decideTitle = Phrase(zh: "资格审查决定", en: "Eligibility decision")
    static func decideQuestion(_ id: String, _ name: String, _ status: ApplicationStatus) -> Phrase {
        Phrase(zh: "确认 \(id)（\(name)）\(status.name.zh)？", en: "Mark application \(id) (\(name)) \(status.name.en)?")
    }
    static let decideWarning = Phrase(zh: "决定记入审查记录；改判须重新审查（第十一条（二））",
                                      en: "The decision goes on the record; changing it needs a new check (Art. 11(2))")
    static let decideReason = Phrase(zh: "不符合的理由", en: "Why it is ineligible")
}

extension IntakeScreen {
    /// The tab's title.
    static let title = Phrase(zh: "申报受理", en: "Intake")
}
