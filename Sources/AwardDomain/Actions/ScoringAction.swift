/// Score sheets (第十一条（三）至（五）).
public enum ScoringAction: Hashable, Codable, Sendable {
    /// Sets one item's percentage (nil clears it); creates the sheet when it does not exist yet.
    case setPercent(panelID: String, applicationID: String, expertID: String, stage: Stage, itemID: String, percent: Int?)
    case setComment(sheetID: String, itemID: String, comment: String)
    case submit(sheetID: String)
    case reopen(sheetID: String, reason: String)
    case importSheets([ScoreSheet])
}

extension AwardData {
    mutating func apply(_ action: ScoringAction, context: ActionContext) throws(DomainError) {
        throw DomainError(zh: "评分功能尚未实现", en: "Scoring is not implemented yet")
    }
}
