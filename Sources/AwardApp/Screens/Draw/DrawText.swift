import AwardDomain

/// The draw screen's typed words (the rest of the screen still reads the catalog).
extension Phrase {
    static let voidDrawTitle = Phrase(zh: "作废抽取", en: "Void the draw")
    static func voidDrawQuestion(_ drawID: String, _ panelID: String) -> Phrase {
        Phrase(zh: "作废抽取 \(drawID)（评审组 \(panelID)）？", en: "Void draw \(drawID) (panel \(panelID))?")
    }
    /// Names the submitted sheets that stop counting once the draw is voided.
    static func voidDrawWarning(_ leftOut: [String]) -> Phrase {
        if leftOut.isEmpty {
            return Phrase(zh: "此操作不可撤销；没有已提交的评分表受影响", en: "This cannot be undone; no submitted sheet is affected")
        }
        let list = leftOut.joined(separator: "、")
        return Phrase(zh: "此操作不可撤销；以下已提交的评分表将不再计分：\(list)",
                      en: "This cannot be undone; these submitted sheets will no longer count: \(leftOut.joined(separator: ", "))")
    }
    static let voidDrawReason = Phrase(zh: "作废理由", en: "Reason for voiding")
}

extension DrawScreen {
    /// The tab's title.
    static let title = Phrase(zh: "专家抽取", en: "Panel draws")
}
