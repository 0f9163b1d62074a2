import AwardDomain
import TerminalUI

/// The forms of the awards screen, each a `Modal`: numbers, dates and the yes/no and reason kind
/// chosen from lists are checked as they change; the action is built only when every field is
/// valid. What the rules decide (order of the steps, quotas, dates after publicity) stays with the
/// domain, whose refusal shows in the form with what was typed kept. A revocation asks first,
/// naming the award and the organization (第十四条、第十五条).
struct AwardsForm: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case places
        case decide(applicationID: String, tier: PrizeTier)
        case publicize(applicationIDs: [String])
        case approve
        case publish
        /// The selected award of the registry: who, which year and tier.
        case revoke(orgID: String, orgName: String, year: Int, tier: AwardTier)
    }

    enum Field: Hashable, Sendable {
        case awardPlaces, nominationPlaces, placesNote
        case approved, meeting, note
        case periodID, start
        case document, date
        case reason
    }

    var kind: Kind
    var modal: Modal<Field>

    init(kind: Kind, model: AppModel) {
        self.kind = kind
        let today = model.env.today.description
        let s = model.data.cycle.settings
        let policy = model.data.cycle.recommendationPolicy
        let fields: [ModalField<Field>]
        let title: Phrase
        switch kind {
        case .places:
            title = .placesTitle
            fields = [
                // The same settings (`SettingKey`) as the settings screen's form, checked by the
                // same rule as the reducer (`RecommendationPolicy.placesProblem`, `reasonProblem`).
                ModalField(.awardPlaces, SettingKey.awardPlaces.label, .number(0...99), text: SettingKey.awardPlaces.value(in: model.data), hint: .placesHint(s.awardQuota)),
                ModalField(.nominationPlaces, SettingKey.nominationPlaces.label, .number(0...99), text: SettingKey.nominationPlaces.value(in: model.data), hint: .placesHint(s.nominationQuota)),
                ModalField(.placesNote, .placesNoteLabel, .text(maxLength: 200, required: false), text: policy.note, hint: .placesNoteHint, width: 36),
            ]
        case .decide(let id, let tier):
            title = .decideCommitteeTitle(id, tier)
            fields = [
                ModalField(.approved, .approvedLabel, yes: true),
                ModalField(.meeting, .meetingLabel, .date(), text: today),
                ModalField(.note, .noteLabel, .text(maxLength: 200, required: false), width: 36),
            ]
        case .publicize:
            title = .publicizeTitle
            let id = AppModel.nextID(prefix: "GS\(model.data.cycle.year)-", existing: model.data.cycle.publicity.map(\.id), digits: 2)
            fields = [
                ModalField(.periodID, .periodIDLabel, .text(maxLength: 20), text: id, width: 12),
                ModalField(.start, .startLabel, .date(), text: today),
            ]
        case .approve:
            title = .approveTitle
            fields = [
                ModalField(.document, .documentLabel, .text(maxLength: 60), hint: .documentHint, width: 24),
                ModalField(.date, .dateLabel, .date(), text: today),
            ]
        case .publish:
            title = .publishTitle
            fields = [ModalField(.date, .dateLabel, .date(), text: today)]
        case .revoke(let org, let name, let year, let tier):
            title = .revokeTitle(org, name, year, tier)
            let reasons = RevocationReason.allCases.map { Choice(value: $0.rawValue, label: .revocationReasonChoice($0)) }
            fields = [
                ModalField(.date, .dateLabel, .date(), text: today),
                ModalField(.reason, .revocationReasonLabel, .choice(reasons)),
                ModalField(.document, .approvalDocumentLabel, .text(maxLength: 60), hint: .documentHint, width: 24),
            ]
        }
        modal = Modal(title: title, fields: fields, openedAt: model.journalSeq)
        check(model)
    }

    /// The screen's own checks as typed, and the hints that depend on the values.
    mutating func check(_ model: AppModel) {
        var errors: [Field: Phrase] = [:]
        switch kind {
        case .places:
            errors = Self.placesErrors(award: modal.number(.awardPlaces), nomination: modal.number(.nominationPlaces), note: modal[.placesNote],
                                       settings: model.data.cycle.settings, award: .awardPlaces, nomination: .nominationPlaces, note: .placesNote)
        case .publicize:
            // The public period's last day as the user types the start (7 days counting the start, 第十一条（七）).
            let end = modal.date(.start).flatMap { try? PublicityKind.public.end(from: $0, calendar: model.data.calendar) }
            modal.setHint(.start, end.map(Phrase.publicityEndsHint) ?? .dateHint)
        default:
            break
        }
        modal.report(errors)
        lastErrors = errors
    }

    var lastErrors: [Field: Phrase] = [:]

    /// The places rule (第三条) as the reducer states it, beside the fields it concerns: each
    /// tier 0 to its quota, and the reason when places stay empty. The settings screen's form
    /// shows the same checks on its own fields.
    static func placesErrors<F: Hashable>(award a: Int?, nomination n: Int?, note: String, settings s: CycleSettings,
                                          award af: F, nomination nf: F, note notef: F) -> [F: Phrase] {
        var errors: [F: Phrase] = [:]
        if let a, let e = RecommendationPolicy.placesProblem(a, tier: .award, settings: s) { errors[af] = e.phrase }
        if let n, let e = RecommendationPolicy.placesProblem(n, tier: .nomination, settings: s) { errors[nf] = e.phrase }
        if let e = RecommendationPolicy.reasonProblem(award: a, nomination: n, note: note, settings: s) { errors[notef] = e.phrase }
        return errors
    }

    /// The change the form makes, once every field checks out.
    func action() -> Action? {
        switch kind {
        case .places:
            guard let a = modal.number(.awardPlaces), let n = modal.number(.nominationPlaces) else { return nil }
            return .award(.setPlaces(award: a, nomination: n, note: modal[.placesNote]))
        case .decide(let id, let tier):
            guard let meeting = modal.date(.meeting) else { return nil }
            return .award(.decide(applicationID: id, tier: tier, approved: modal.isYes(.approved), meeting: meeting, note: modal[.note]))
        case .publicize(let ids):
            guard let start = modal.date(.start) else { return nil }
            return .publicity(.start(id: modal[.periodID], kind: .public, applicationIDs: ids, start: start))
        case .approve:
            guard let date = modal.date(.date) else { return nil }
            return .award(.approve(documentNumber: modal[.document], date: date))
        case .publish:
            guard let date = modal.date(.date) else { return nil }
            return .award(.publish(date: date))
        case .revoke(let org, _, let year, let tier):
            guard let date = modal.date(.date), let reason = modal.choice(.reason).flatMap(RevocationReason.init(rawValue:)) else { return nil }
            return .award(.revoke(orgID: org, year: year, tier: tier, date: date, reason: reason, approvalDocument: modal[.document]))
        }
    }

    /// The question before an action that cannot be taken back: a revocation, naming the award,
    /// the organization and the reason (第十四条、第十五条).
    var confirmation: Confirmation? {
        guard case .revoke(let org, let name, let year, let tier) = kind,
              let reason = modal.choice(.reason).flatMap(RevocationReason.init(rawValue:)) else { return nil }
        return Confirmation(title: .revokeConfirmTitle, question: .revokeQuestion(org, name, year, tier, reason, document: modal[.document]),
                            warning: .revokeWarning(reason))
    }
}
