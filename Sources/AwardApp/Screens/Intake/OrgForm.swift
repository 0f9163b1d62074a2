import AwardDomain
import TerminalUI

/// The form that adds or edits an organization and its application in the cycle: the county and
/// the four yes/no facts are chosen from lists, the rest typed and checked as it changes; nothing
/// is saved while any field is invalid.
struct OrgForm: Sendable, Equatable {
    enum Field: Hashable, Sendable {
        case name, creditCode, county, established, parent, industry, inYancheng, dafengZone, legalPerson, exporter
    }

    var modal: Modal<Field>
    /// The organization being edited, nil when adding a new one.
    var orgID: String?

    init(org: Organization?, registry: Registry, today: Day, openedAt: Int) {
        orgID = org?.id
        // A new organization's county is chosen, never assumed: the list starts at none.
        let counties = [Choice.none] + County.allCases.map { Choice(value: $0.rawValue, label: $0.name) }
        modal = Modal(title: org == nil ? .orgAddTitle : .orgEditTitle, fields: [
            ModalField(.name, .orgName, .text(maxLength: 100), text: org?.name ?? "", hint: .orgNameHint, width: 30),
            ModalField(.creditCode, .orgCreditCode, .text(maxLength: 18), text: org?.creditCode ?? "", hint: .orgCreditCodeHint, width: 20),
            ModalField(.county, .orgCounty, .choice(counties), text: org?.county.rawValue ?? ""),
            ModalField(.established, .orgEstablished, .date(), text: org?.established.description ?? "", hint: .dateHint),
            ModalField(.parent, .orgParent, .text(maxLength: 20, required: false), text: org?.parentID ?? "", hint: .orgParentHint, width: 10),
            ModalField(.industry, .orgIndustry, .text(maxLength: 100, required: false), text: org?.industry ?? "", width: 22),
            ModalField(.inYancheng, .orgInYancheng, yes: org?.registeredInYancheng ?? true),
            ModalField(.dafengZone, .orgDafengZone, yes: org?.inDafengZone ?? false),
            ModalField(.legalPerson, .orgLegalPerson, yes: org?.isLegalPerson ?? true),
            ModalField(.exporter, .orgExporter, yes: org?.isExporter ?? false),
        ], openedAt: openedAt)
        modal.report(errors(registry: registry, today: today))
    }

    /// The checks of the registry and the calendar beyond each field's kind.
    func errors(registry: Registry, today: Day) -> [Field: Phrase] {
        var errors: [Field: Phrase] = [:]
        let code = modal[.creditCode].uppercased()
        if let p = CreditCode.problem(code) { errors[.creditCode] = p }
        else if let other = registry.organizations.first(where: { $0.creditCode == code && $0.id != orgID }) {
            errors[.creditCode] = .codeTaken(other.name)
        }
        if modal.choice(.county) == "" { errors[.county] = .required }
        if let d = modal.date(.established), d > today { errors[.established] = .notAfterToday(today) }
        let parent = modal[.parent]
        if !parent.isEmpty, registry.organization(parent) == nil { errors[.parent] = .notInRegistry(parent) }
        return errors
    }

    /// The organization to save, when every field checks out.
    func organization(registry: Registry, newID: String) -> Organization? {
        guard let county = modal.choice(.county).flatMap(County.init(rawValue:)), let established = modal.date(.established) else { return nil }
        var org = orgID.flatMap(registry.organization) ?? Organization(id: newID, name: "", creditCode: "", county: county, established: established)
        org.name = modal[.name]
        org.creditCode = modal[.creditCode].uppercased()
        org.county = county
        org.established = established
        org.parentID = modal[.parent].isEmpty ? nil : modal[.parent]
        org.industry = modal[.industry]
        org.registeredInYancheng = modal.isYes(.inYancheng)
        org.inDafengZone = modal.isYes(.dafengZone)
        org.isLegalPerson = modal.isYes(.legalPerson)
        org.isExporter = modal.isYes(.exporter)
        return org
    }
}
