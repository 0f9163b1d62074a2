import AwardDomain

/// The intake screen's typed words (the rest of the screen still reads the catalog).
extension Phrase {
    static let withdrawTitle = Phrase(zh: "撤回申报", en: "Withdraw the application")
    static func withdrawQuestion(_ id: String, _ name: String) -> Phrase {
        Phrase(zh: "撤回 \(id)（\(name)）的申报？", en: "Withdraw application \(id) (\(name))?")
    }
    static let withdrawWarning = Phrase(zh: "撤回后不能恢复，本年度不再评审该申报", en: "A withdrawn application cannot be restored and is not reviewed this cycle")
}
