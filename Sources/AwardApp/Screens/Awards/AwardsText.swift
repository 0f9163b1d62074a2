import AwardDomain

extension AwardsScreen {
    /// The tab's title.
    static let title = Phrase(zh: "奖励", en: "Awards")
}
