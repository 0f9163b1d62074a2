import AwardDomain
import TerminalUI

/// The form for what an application brings with it: the declaration (E1), the internal publicity
/// (E8), the recommendation (E9), the self-assessment (E11), and the organization's quality
/// certificate and excellence model (E4). Yes/no, outcome and recommender kind are chosen from
/// lists; dates and text are checked as they change; nothing is saved while any is invalid.
struct ApplicationForm: Sendable, Equatable {
    enum Field: Hashable, Sendable {
        case declaration, publicityStart, publicityEnd, publicityOutcome, recommenderKind, recommender, recommended
        case selfAssessment, qmsStandard, qmsNumber, qmsIssued, qmsExpires, excellenceSince
    }

    var modal: Modal<Field>
    var applicationID: String
    var orgID: String

    init(application a: Application, org: Organization, today: Day, openedAt: Int) {
        applicationID = a.id
        orgID = org.id
        let cert = org.certificates.max { $0.expires < $1.expires }
        let outcomes = [Choice.none] + PublicityOutcome.allCases.map { Choice(value: $0.rawValue, label: $0.name) }
        let kinds = [Choice.none] + RecommenderKind.allCases.map { Choice(value: $0.rawValue, label: $0.name) }
        let optionalDate = FieldKind.date(required: false)
        let optionalText = FieldKind.text(maxLength: 100, required: false)
        modal = Modal(title: .applicationDetailsTitle(a.id), fields: [
            ModalField(.declaration, .appDeclaration, yes: a.declarationSigned),
            ModalField(.publicityStart, .appPublicityStart, optionalDate, text: a.internalPublicity?.start.description ?? "", hint: .dateHint),
            ModalField(.publicityEnd, .appPublicityEnd, optionalDate, text: a.internalPublicity?.end?.description ?? "", hint: .optionalDateHint),
            ModalField(.publicityOutcome, .appPublicityOutcome, .choice(outcomes), text: a.internalPublicity?.outcome.rawValue ?? ""),
            ModalField(.recommenderKind, .appRecommenderKind, .choice(kinds), text: a.recommendation?.kind.rawValue ?? ""),
            ModalField(.recommender, .appRecommender, optionalText, text: a.recommendation?.department ?? "", hint: .appRecommenderHint, width: 30),
            ModalField(.recommended, .appRecommended, optionalDate, text: a.recommendation?.signed.description ?? "", hint: .dateHint),
            ModalField(.selfAssessment, .appSelfAssessment, yes: a.selfAssessment, hint: .appSelfAssessmentHint),
            ModalField(.qmsStandard, .appQMSStandard, optionalText, text: cert?.standard ?? "", hint: .appQMSStandardHint, width: 30),
            ModalField(.qmsNumber, .appQMSNumber, optionalText, text: cert?.number ?? "", width: 22),
            ModalField(.qmsIssued, .appQMSIssued, optionalDate, text: cert?.issued.description ?? "", hint: .dateHint),
            ModalField(.qmsExpires, .appQMSExpires, optionalDate, text: cert?.expires.description ?? "", hint: .dateHint),
            ModalField(.excellenceSince, .appExcellenceSince, optionalDate, text: org.excellenceModelSince?.description ?? "", hint: .dateHint),
        ], openedAt: openedAt)
        modal.report(errors(today: today))
    }

    /// What the fields must say together: a publicity has its start and outcome, a recommendation
    /// its department and date, a certificate its number and dates; no date after today.
    func errors(today: Day) -> [Field: Phrase] {
        var errors: [Field: Phrase] = [:]
        for f in [Field.publicityStart, .publicityEnd, .recommended, .qmsIssued, .excellenceSince] {
            if let d = modal.date(f), d > today { errors[f] = .notAfterToday(today) }
        }
        if !modal[.publicityStart].isEmpty || modal.choice(.publicityOutcome) != "" {
            if modal[.publicityStart].isEmpty { errors[.publicityStart] = .required }
            if modal.choice(.publicityOutcome) == "" { errors[.publicityOutcome] = .appOutcomeNeeded }
            if let s = modal.date(.publicityStart), let e = modal.date(.publicityEnd), e < s { errors[.publicityEnd] = .endsBeforeStart }
        }
        if modal.choice(.recommenderKind) != "" || !modal[.recommender].isEmpty {
            if modal.choice(.recommenderKind) == "" { errors[.recommenderKind] = .appRecommenderKindNeeded }
            if modal[.recommender].isEmpty { errors[.recommender] = .required }
            if modal[.recommended].isEmpty { errors[.recommended] = .required }
        }
        if !modal[.qmsNumber].isEmpty || !modal[.qmsIssued].isEmpty {
            if modal[.qmsNumber].isEmpty { errors[.qmsNumber] = .required }
            if modal[.qmsIssued].isEmpty { errors[.qmsIssued] = .required }
            if modal[.qmsExpires].isEmpty { errors[.qmsExpires] = .required }
            if let i = modal.date(.qmsIssued), let e = modal.date(.qmsExpires), e < i { errors[.qmsExpires] = .endsBeforeStart }
        }
        return errors
    }

    /// The application and organization to save, once every field checks out.
    func records(data: AwardData) -> (Application, Organization)? {
        guard var app = data.cycle.application(applicationID), var org = data.registry.organization(orgID) else { return nil }
        app.declarationSigned = modal.isYes(.declaration)
        app.selfAssessment = modal.isYes(.selfAssessment)
        app.internalPublicity = modal.date(.publicityStart).flatMap { start in
            modal.choice(.publicityOutcome).flatMap(PublicityOutcome.init(rawValue:)).map {
                InternalPublicity(start: start, end: modal.date(.publicityEnd), outcome: $0)
            }
        }
        app.recommendation = modal.choice(.recommenderKind).flatMap(RecommenderKind.init(rawValue:)).flatMap { kind in
            modal.date(.recommended).map { Recommendation(kind: kind, department: modal[.recommender], signed: $0) }
        }
        if let issued = modal.date(.qmsIssued), let expires = modal.date(.qmsExpires), !modal[.qmsNumber].isEmpty {
            let c = QMSCertificate(standard: modal[.qmsStandard].isEmpty ? "GB/T 19001" : modal[.qmsStandard],
                                   number: modal[.qmsNumber], issued: issued, expires: expires)
            org.certificates.removeAll { $0.number == c.number }
            org.certificates.append(c)
        }
        org.excellenceModelSince = modal.date(.excellenceSince)
        return (app, org)
    }
}
