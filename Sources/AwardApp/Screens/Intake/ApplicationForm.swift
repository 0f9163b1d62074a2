import AwardDomain
import TerminalUI

/// The form for what an application brings with it: the declaration (E1), the internal publicity
/// (E8), the recommendation (E9), the self-assessment (E11), and the organization's quality
/// certificate and excellence model (E4). Checked as it changes; nothing saved while invalid.
struct ApplicationForm: Sendable, Equatable {
    enum Field: Int, CaseIterable {
        case declaration, publicityStart, publicityEnd, publicityOutcome, recommenderKind, recommender, recommended
        case selfAssessment, qmsStandard, qmsNumber, qmsIssued, qmsExpires, excellenceSince
    }

    var form: FormState
    var applicationID: String
    var orgID: String
    var touched: Set<Int> = []
    var triedToSave = false

    init(t: Strings, application a: Application, org: Organization) {
        applicationID = a.id
        orgID = org.id
        let cert = org.certificates.max { $0.expires < $1.expires }
        func yn(_ b: Bool) -> String { b ? t("form.yes") : t("form.no") }
        let values: [Field: String] = [
            .declaration: yn(a.declarationSigned),
            .publicityStart: a.internalPublicity?.start.description ?? "",
            .publicityEnd: a.internalPublicity?.end?.description ?? "",
            .publicityOutcome: a.internalPublicity.map { t($0.outcome.name) } ?? "",
            .recommenderKind: a.recommendation.map { t($0.kind.name) } ?? "",
            .recommender: a.recommendation?.department ?? "",
            .recommended: a.recommendation?.signed.description ?? "",
            .selfAssessment: yn(a.selfAssessment),
            .qmsStandard: cert?.standard ?? "",
            .qmsNumber: cert?.number ?? "",
            .qmsIssued: cert?.issued.description ?? "",
            .qmsExpires: cert?.expires.description ?? "",
            .excellenceSince: org.excellenceModelSince?.description ?? "",
        ]
        form = FormState(fields: Field.allCases.map { f in
            var field = FormField(label: t("app.\(f)"), text: values[f] ?? "", width: [.recommender, .qmsStandard].contains(f) ? 30 : 22)
            field.hint = t("app.hint.\(f)")
            return field
        })
    }

    func text(_ f: Field) -> String { form.fields[f.rawValue].state.text.trimmingCharacters(in: .whitespaces) }

    /// Re-checks every field; returns the application and organization to save when all pass.
    mutating func validate(t: Strings, data: AwardData, today: Day) -> (Application, Organization)? {
        var errors: [Field: String] = [:]
        func yesNo(_ f: Field) -> Bool? {
            switch text(f).lowercased() {
            case t("form.yes").lowercased(), "y", "yes", "是", "1": return true
            case t("form.no").lowercased(), "n", "no", "否", "0": return false
            default: errors[f] = t("form.err.yesNo"); return nil
            }
        }
        func day(_ f: Field, optional: Bool) -> Day? {
            let s = text(f)
            if s.isEmpty {
                if !optional { errors[f] = t("form.err.required") }
                return nil
            }
            guard let d = Day(s) else { errors[f] = t("form.err.date"); return nil }
            if d > today { errors[f] = t("form.err.future", today.description) }
            return d
        }
        let declaration = yesNo(.declaration)
        let selfAssessment = yesNo(.selfAssessment)

        var publicity: InternalPublicity?
        let hasPublicity = !text(.publicityStart).isEmpty || !text(.publicityOutcome).isEmpty
        if hasPublicity {
            let start = day(.publicityStart, optional: false)
            let end = day(.publicityEnd, optional: true)
            let outcome = PublicityOutcome.allCases.first { t($0.name) == text(.publicityOutcome) || $0.rawValue == text(.publicityOutcome) }
            if outcome == nil { errors[.publicityOutcome] = t("app.err.outcome") }
            if let s = start, let e = end, e < s { errors[.publicityEnd] = t("app.err.endBeforeStart") }
            if let s = start, let o = outcome { publicity = InternalPublicity(start: s, end: end, outcome: o) }
        }

        var recommendation: Recommendation?
        if !text(.recommenderKind).isEmpty || !text(.recommender).isEmpty {
            let kind = RecommenderKind.allCases.first { t($0.name) == text(.recommenderKind) || $0.rawValue == text(.recommenderKind) }
                ?? (text(.recommenderKind).hasPrefix("县") ? .countyMarketSupervision : (text(.recommenderKind).hasPrefix("市") ? .cityDepartment : nil))
            if kind == nil { errors[.recommenderKind] = t("app.err.recommenderKind") }
            if text(.recommender).isEmpty { errors[.recommender] = t("form.err.required") }
            let signed = day(.recommended, optional: false)
            if let k = kind, let s = signed, !text(.recommender).isEmpty {
                recommendation = Recommendation(kind: k, department: text(.recommender), signed: s)
            }
        }

        var certificate: QMSCertificate?
        if !text(.qmsNumber).isEmpty || !text(.qmsIssued).isEmpty {
            if text(.qmsNumber).isEmpty { errors[.qmsNumber] = t("form.err.required") }
            let issued = day(.qmsIssued, optional: false)
            var expires: Day?
            if let e = Day(text(.qmsExpires)) { expires = e } else { errors[.qmsExpires] = t("form.err.date") }
            if let i = issued, let e = expires, e < i { errors[.qmsExpires] = t("app.err.endBeforeStart") }
            if let i = issued, let e = expires {
                certificate = QMSCertificate(standard: text(.qmsStandard).isEmpty ? "GB/T 19001" : text(.qmsStandard),
                                             number: text(.qmsNumber), issued: i, expires: e)
            }
        }
        let excellence = day(.excellenceSince, optional: true)

        for f in Field.allCases {
            form.fields[f.rawValue].error = (triedToSave || touched.contains(f.rawValue)) ? errors[f] : nil
        }
        guard errors.isEmpty, let app0 = data.cycle.application(applicationID), var org = data.registry.organization(orgID),
              let decl = declaration, let selfA = selfAssessment else { return nil }
        var app = app0
        app.declarationSigned = decl
        app.selfAssessment = selfA
        app.internalPublicity = publicity
        app.recommendation = recommendation
        if let c = certificate {
            org.certificates.removeAll { $0.number == c.number }
            org.certificates.append(c)
        }
        org.excellenceModelSince = excellence
        return (app, org)
    }
}
