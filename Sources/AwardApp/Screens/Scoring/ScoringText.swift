import AwardDomain

/// The scoring screen's typed words (the rest of the screen still reads the catalog).
extension Phrase {
    static let submitSheetTitle = Phrase(zh: "提交评分表", en: "Submit the score sheet")
    static func submitSheetQuestion(_ applicationID: String, _ org: String, _ stage: Stage, _ expertID: String, _ expert: String) -> Phrase {
        Phrase(zh: "提交评分表 \(applicationID)（\(org)）\(stage.name.zh) · 专家 \(expertID) \(expert)？",
               en: "Submit the score sheet for \(applicationID) (\(org)), \(stage.name.en), expert \(expertID) \(expert)?")
    }
    static let submitSheetWarning = Phrase(zh: "提交后只能由办公室退回（第十一条）",
                                           en: "Once submitted, only the office can send it back (Art. 11)")
}
