/// Panels and their draws (第十一条（三）).
public enum DrawAction: Hashable, Codable, Sendable {
    case createPanel(Panel)
    /// Records the commitment (SHA-256 of a seed the program holds back) before the draw.
    case commit(drawID: String, panelID: String, supervisor: String, commitment: String)
    /// Reveals the seed; the reducer checks it against the commitment and draws.
    case reveal(drawID: String, seed: String)
    case void(drawID: String, reason: String)
    case designateLeader(drawID: String, expertID: String)
    case replaceDeclined(drawID: String, expertID: String, reason: String)
}

extension AwardData {
    mutating func apply(_ action: DrawAction, context: ActionContext) throws(DomainError) {
        throw DomainError(zh: "抽取功能尚未实现", en: "Draws are not implemented yet")
    }
}
