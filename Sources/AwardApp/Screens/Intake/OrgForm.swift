import AwardDomain
import TerminalUI

/// The form that adds or edits an organization and its application in the cycle. Each field is
/// checked as it changes; nothing is saved while any field is invalid.
struct OrgForm: Sendable, Equatable {
    enum Field: Int, CaseIterable {
        case name, creditCode, county, established, parent, industry, inYancheng, dafengZone, legalPerson, exporter
    }

    var form: FormState
    /// The organization being edited, nil when adding a new one.
    var orgID: String?
    /// Fields the user has changed; others show their hint, not an error, until a save is tried.
    var touched: Set<Int> = []
    var triedToSave = false

    init(t: Strings, org: Organization?) {
        orgID = org?.id
        let yes = t("form.yes"), no = t("form.no")
        func yn(_ b: Bool?) -> String { b.map { $0 ? yes : no } ?? "" }
        let values: [Field: String] = [
            .name: org?.name ?? "",
            .creditCode: org?.creditCode ?? "",
            .county: org.map { t($0.county.name) } ?? "",
            .established: org?.established.description ?? "",
            .parent: org?.parentID ?? "",
            .industry: org?.industry ?? "",
            .inYancheng: yn(org?.registeredInYancheng ?? true),
            .dafengZone: yn(org?.inDafengZone ?? false),
            .legalPerson: yn(org?.isLegalPerson ?? true),
            .exporter: yn(org?.isExporter ?? false),
        ]
        form = FormState(fields: Field.allCases.map { f in
            var field = FormField(label: t("form.\(f)"), text: values[f] ?? "", width: f == .name ? 30 : 22)
            field.hint = t("form.hint.\(f)")
            return field
        })
    }

    func text(_ f: Field) -> String { form.fields[f.rawValue].state.text.trimmingCharacters(in: .whitespaces) }

    /// Re-checks every field and sets its inline message; returns the organization when all pass.
    mutating func validate(t: Strings, registry: Registry, today: Day, newID: String) -> Organization? {
        var errors: [Field: String] = [:]
        if text(.name).isEmpty { errors[.name] = t("form.err.required") }
        if let p = CreditCode.problem(text(.creditCode).uppercased()) { errors[.creditCode] = t(p) }
        else if let other = registry.organizations.first(where: { $0.creditCode == text(.creditCode).uppercased() && $0.id != orgID }) {
            errors[.creditCode] = t("form.err.codeTaken", other.name)
        }
        let county = County(text: text(.county))
        if county == nil { errors[.county] = t("form.err.county") }
        let established = Day(text(.established))
        if established == nil { errors[.established] = t("form.err.date") }
        else if let d = established, d > today { errors[.established] = t("form.err.future", today.description) }
        let parent = text(.parent).isEmpty ? nil : text(.parent)
        if let p = parent, registry.organization(p) == nil { errors[.parent] = t("form.err.parent", p) }
        var flags: [Field: Bool] = [:]
        for f in [Field.inYancheng, .dafengZone, .legalPerson, .exporter] {
            switch text(f).lowercased() {
            case t("form.yes").lowercased(), "y", "yes", "是", "1": flags[f] = true
            case t("form.no").lowercased(), "n", "no", "否", "0": flags[f] = false
            default: errors[f] = t("form.err.yesNo")
            }
        }
        for f in Field.allCases {
            form.fields[f.rawValue].error = (triedToSave || touched.contains(f.rawValue)) ? errors[f] : nil
        }
        guard errors.isEmpty, let c = county, let est = established else { return nil }
        var org = orgID.flatMap(registry.organization) ?? Organization(id: newID, name: "", creditCode: "", county: c, established: est)
        org.name = text(.name)
        org.creditCode = text(.creditCode).uppercased()
        org.county = c
        org.established = est
        org.parentID = parent
        org.industry = text(.industry)
        org.registeredInYancheng = flags[.inYancheng]!
        org.inDafengZone = flags[.dafengZone]!
        org.isLegalPerson = flags[.legalPerson]!
        org.isExporter = flags[.exporter]!
        return org
    }
}
