import AwardDomain
import TerminalUI

/// Records a reviewer's judgement on E3 or E5 (第十条（三）（五）), with who and when: the one
/// modal with the check and the answer chosen from lists, and the grounds typed.
struct JudgementForm: Sendable, Equatable {
    enum Field: Hashable, Sendable { case code, passed, note }
    var modal: Modal<Field>
    var applicationID: String

    init(applicationID: String, code: String) {
        self.applicationID = applicationID
        modal = Modal(title: .judgementTitle(applicationID), fields: [
            ModalField(.code, .judgementCode, .choice([Choice(value: "E3", label: .judgementE3), Choice(value: "E5", label: .judgementE5)]), text: code),
            ModalField(.passed, .judgementPassed, yes: true),
            ModalField(.note, .judgementNote, .text(maxLength: 200), width: 36),  // the basis is required (condition A5)
        ])
    }

    /// The change the answers make, once every field checks out.
    var action: Action? {
        guard let code = modal.choice(.code) else { return nil }
        return .intake(.recordJudgement(applicationID: applicationID, code: code, passed: modal.isYes(.passed), note: modal[.note]))
    }
}

extension Phrase {
    static func judgementTitle(_ id: String) -> Phrase { Phrase(zh: "人工判断 \(id)", en: "Judgement for \(id)") }
    static let judgementCode = Phrase(zh: "条件", en: "Check")
    static let judgementE3 = Phrase(zh: "E3 第十条（三）", en: "E3 Art. 10(3)")
    static let judgementE5 = Phrase(zh: "E5 第十条（五）", en: "E5 Art. 10(5)")
    static let judgementPassed = Phrase(zh: "是否符合", en: "Satisfied")
    static let judgementNote = Phrase(zh: "依据说明", en: "Grounds")
}
