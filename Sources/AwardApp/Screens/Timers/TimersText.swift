import AwardDomain

/// The timers screen's typed words (the rest of the screen still reads the catalog).
extension Phrase {
    static let upholdTitle = Phrase(zh: "异议成立", en: "Uphold the objection")
    static func upholdQuestion(_ objectionID: String, _ applicationID: String, _ org: String) -> Phrase {
        Phrase(zh: "认定异议 \(objectionID)（\(applicationID) \(org)）成立？", en: "Uphold objection \(objectionID) against \(applicationID) (\(org))?")
    }
    static let upholdWarning = Phrase(zh: "此操作不可撤销；公示期内成立将取消候选获奖资格，不递补（第十一条（七））",
                                      en: "This cannot be undone; upheld in public publicity it disqualifies the candidate, with no replacement (Art. 11(7))")
}

extension TimersScreen {
    /// The tab's title.
    static let title = Phrase(zh: "公示计时", en: "Timers")
}
