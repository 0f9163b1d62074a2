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
}
