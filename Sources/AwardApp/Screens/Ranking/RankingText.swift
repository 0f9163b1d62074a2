import AwardDomain

/// The tie decision at the 1:1.5 cut (第十一条（三）).
extension Phrase {
    static func tieTitle(_ places: Int) -> Phrase {
        Phrase(zh: "入围线并列：尚余 \(places) 个名额，由办公室决定（第十一条（三））",
               en: "Tie at the shortlist cut: \(places) place(s) left, the office decides (Art. 11(3))")
    }
    static func tiedApplicant(_ id: String) -> Phrase { Phrase(zh: "\(id) 入围", en: "\(id) shortlisted") }
    static let tieNoteLabel = Phrase(zh: "理由", en: "Reason")
    static let tieNoteHint = Phrase(zh: "如 现场核实材料更完整", en: "e.g. the minutes of the meeting")
}
