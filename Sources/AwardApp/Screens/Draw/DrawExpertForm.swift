import AwardDomain
import TerminalUI

/// The form that adds or edits an expert of the pool. The employer is an organization id of the
/// registry or its name as written; a credit code, when given, must be valid (GB 32100-2015), as
/// conflicts are also matched by it (第十一条（三）).
struct ExpertForm: Sendable, Equatable {
    enum Field: Int, CaseIterable {
        case id, name, employer, creditCode, specialties, county, title, available, unavailable, conflicts
    }

    var form: FormState
    /// The expert being edited, nil when adding one.
    var expertID: String?

    init(t: Strings, expert: Expert?, newID: String) {
        expertID = expert?.id
        let e = expert
        let values: [Field: String] = [
            .id: e?.id ?? newID,
            .name: e?.name ?? "",
            .employer: e.map { $0.employerOrgID ?? $0.employerName } ?? "",
            .creditCode: e?.employerCreditCode ?? "",
            .specialties: e?.specialties.joined(separator: ";") ?? "",
            .county: e.map { t($0.county.name) } ?? "",
            .title: e?.title ?? "",
            .available: (e?.available ?? true) ? t("form.yes") : t("form.no"),
            .unavailable: e?.unavailable.map { "\($0.from)~\($0.to)" }.joined(separator: ";") ?? "",
            .conflicts: e?.conflicts.joined(separator: ";") ?? "",
        ]
        form = FormState(fields: Field.allCases.map { f in
            var field = FormField(label: t("expert.\(f)"), text: values[f] ?? "", width: f == .available ? 6 : 26)
            field.hint = t("expert.hint.\(f)")
            return field
        })
    }

    func text(_ f: Field) -> String { form.fields[f.rawValue].state.text.trimmingCharacters(in: .whitespaces) }

    /// Re-checks every field and sets its inline message; returns the expert when all pass.
    mutating func validate(t: Strings, registry: Registry) -> Expert? {
        var errors: [Field: String] = [:]
        let id = text(.id)
        if id.isEmpty { errors[.id] = t("form.err.required") }
        else if expertID == nil, let other = registry.expert(id) { errors[.id] = t("expert.err.idTaken", other.name) }
        if text(.name).isEmpty { errors[.name] = t("form.err.required") }
        let code = text(.creditCode).uppercased()
        if !code.isEmpty, let p = CreditCode.problem(code) { errors[.creditCode] = t(p) }
        let county = County(text: text(.county))
        if county == nil { errors[.county] = t("form.err.county") }
        var available = true
        switch text(.available).lowercased() {
        case t("form.yes").lowercased(), "y", "yes", "是", "1": available = true
        case t("form.no").lowercased(), "n", "no", "否", "0": available = false
        default: errors[.available] = t("form.err.yesNo")
        }
        var ranges: [DayRange] = []
        for part in text(.unavailable).split(whereSeparator: { ";；,，".contains($0) }) {
            if let r = PanelForm.parseRange(String(part)) { ranges.append(r) }
            else { errors[.unavailable] = t("expert.err.range", String(part)) }
        }
        let conflicts = text(.conflicts).split(whereSeparator: { ";；,，、 ".contains($0) }).map(String.init)
        for c in conflicts where registry.organization(c) == nil && CreditCode.problem(c.uppercased()) != nil {
            errors[.conflicts] = t("expert.err.conflict", c)
        }
        for f in Field.allCases { form.fields[f.rawValue].error = errors[f] }
        guard errors.isEmpty, let c = county else { return nil }
        let employer = text(.employer)
        let inRegistry = registry.organization(employer) != nil
        var e = expertID.flatMap(registry.expert) ?? Expert(id: id, name: "", county: c)
        e.name = text(.name)
        e.employerOrgID = inRegistry ? employer : nil
        e.employerName = inRegistry ? "" : employer
        e.employerCreditCode = code.isEmpty ? nil : code
        e.specialties = text(.specialties).split(whereSeparator: { ";；,，、".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
        e.county = c
        e.title = text(.title)
        e.available = available
        e.unavailable = ranges
        e.conflicts = conflicts.map { registry.organization($0) != nil ? $0 : $0.uppercased() }
        return e
    }
}
