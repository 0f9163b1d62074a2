import AwardDomain
import TerminalUI

/// The forms of the draw screen, each a `Modal`: a new panel, an expert of the pool, the
/// supervisor of a draw, the reason a member declines. Sizes are numbers, county and
/// availability are chosen from lists; every field is checked as it changes and the action is
/// built only when all pass. A size below 3 is refused with 第十一条（三）'s own message.
struct DrawForm: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case panel(id: String)
        /// The expert being edited, nil when adding one.
        case expert(id: String?)
        case supervisor(panelID: String)
        case decline(drawID: String, expertID: String)
    }

    enum Field: Hashable, Sendable {
        case name, applications, dates, size, alternates
        case id, employer, creditCode, specialties, county, title, available, unavailable, conflicts
        case supervisor, reason
    }

    var kind: Kind
    var modal: Modal<Field>
    /// The screen's own errors of the last check (Enter refuses while there are any).
    var lastErrors: [Field: Phrase] = [:]
    /// The supervisor's form once saved: the draw committed and the seed kept for it, asked
    /// about once the commitment is on record.
    var committing: Committing?

    struct Committing: Sendable, Equatable {
        var drawID: String
        var seed: DrawSeed
    }

    static func panel(id: String, model: AppModel) -> DrawForm {
        var f = DrawForm(kind: .panel(id: id), modal: Modal(title: .newPanelTitle(id), fields: [
            ModalField(.name, .panelNameLabel, .text(maxLength: 60), hint: .panelNameHint, width: 26),
            ModalField(.applications, .panelApplicationsLabel, .text(maxLength: 400), hint: .applicationsHint, width: 26),
            ModalField(.dates, .panelDatesLabel, .text(maxLength: 30), hint: .dayRangeHint, width: 26),
            ModalField(.size, .panelSizeLabel, .number(0...99), text: "5", hint: .panelSizeHint, width: 6),
            ModalField(.alternates, .panelAlternatesLabel, .number(0...99), text: "2", hint: .panelAlternatesHint, width: 6),
        ], openedAt: model.journalSeq))
        f.check(model)
        return f
    }

    static func expert(_ e: Expert?, newID: String, model: AppModel) -> DrawForm {
        let counties = [Choice.none] + County.allCases.map { Choice(value: $0.rawValue, label: $0.name) }
        var f = DrawForm(kind: .expert(id: e?.id), modal: Modal(title: e == nil ? .addExpertTitle : .editExpertTitle, fields: [
            ModalField(.id, .expertIDLabel, .text(maxLength: 20), text: e?.id ?? newID, hint: .expertIDHint, width: 26),
            ModalField(.name, .expertNameLabel, .text(maxLength: 40), text: e?.name ?? "", width: 26),
            ModalField(.employer, .expertEmployerLabel, .text(maxLength: 100, required: false), text: e.map { $0.employerOrgID ?? $0.employerName } ?? "",
                       hint: .expertEmployerHint, width: 26),
            ModalField(.creditCode, .expertCreditCodeLabel, .text(maxLength: 18, required: false), text: e?.employerCreditCode ?? "", hint: .expertCreditCodeHint, width: 26),
            ModalField(.specialties, .expertSpecialtiesLabel, .text(maxLength: 200, required: false), text: e?.specialties.joined(separator: ";") ?? "",
                       hint: .listHint, width: 26),
            ModalField(.county, .expertCountyLabel, .choice(counties), text: e?.county.rawValue ?? ""),
            ModalField(.title, .expertTitleLabel, .text(maxLength: 40, required: false), text: e?.title ?? "", hint: .expertTitleHint, width: 26),
            ModalField(.available, .expertAvailableLabel, yes: e?.available ?? true),
            ModalField(.unavailable, .expertUnavailableLabel, .text(maxLength: 400, required: false),
                       text: e?.unavailable.map { "\($0.from)~\($0.to)" }.joined(separator: ";") ?? "", hint: .dayRangesHint, width: 26),
            ModalField(.conflicts, .expertConflictsLabel, .text(maxLength: 400, required: false), text: e?.conflicts.joined(separator: ";") ?? "",
                       hint: .conflictsHint, width: 26),
        ], openedAt: model.journalSeq))
        f.check(model)
        return f
    }

    static func supervisor(panelID: String, model: AppModel) -> DrawForm {
        DrawForm(kind: .supervisor(panelID: panelID), modal: Modal(title: .supervisorTitle(panelID), fields: [
            ModalField(.supervisor, .supervisorLabel, .text(maxLength: 60), hint: .supervisorHint, width: 36),
        ], openedAt: model.journalSeq))
    }

    static func decline(drawID: String, expertID: String, expertName: String, model: AppModel) -> DrawForm {
        DrawForm(kind: .decline(drawID: drawID, expertID: expertID), modal: Modal(title: .declineTitle(drawID), fields: [
            ModalField(.reason, .declineReasonLabel(expertName), .text(maxLength: 200), hint: .recordedReasonHint, width: 36),
        ], openedAt: model.journalSeq))
    }

    // MARK: - Checking

    /// Re-checks the fields against the data as typed.
    mutating func check(_ model: AppModel) {
        var errors: [Field: Phrase] = [:]
        switch kind {
        case .panel:
            for id in DrawForm.splitList(modal[.applications]) {
                guard let a = model.data.cycle.application(id) else { errors[.applications] = .noApplication(id); break }
                if a.status == .withdrawn || a.status == .ineligible { errors[.applications] = .notReviewed(id, a.status); break }
            }
            if !modal[.dates].isEmpty, DrawForm.parseRange(modal[.dates]) == nil { errors[.dates] = .badDayRange }
            // The article first: a narrow form may cut the end of the line.
            if let s = modal.number(.size), let e = DrawChecks.panelSize(s) { errors[.size] = .panelTooSmall(e.citation ?? .art11_3, s) }
        case .expert(let editing):
            let registry = model.data.registry
            if editing == nil, let other = registry.expert(modal[.id]) { errors[.id] = .expertIDTaken(other.name) }
            let code = modal[.creditCode].uppercased()
            if !code.isEmpty, let p = CreditCode.problem(code) { errors[.creditCode] = p }
            if modal.choice(.county) == "" { errors[.county] = .required }
            for part in modal[.unavailable].split(whereSeparator: { ";；,，".contains($0) }) where DrawForm.parseRange(String(part)) == nil {
                errors[.unavailable] = .notARange(String(part))
            }
            for c in conflicts where registry.organization(c) == nil && CreditCode.problem(c.uppercased()) != nil {
                errors[.conflicts] = .notAConflict(c)
            }
        case .supervisor, .decline:
            break
        }
        modal.report(errors)
        lastErrors = errors
    }

    private var conflicts: [String] { modal[.conflicts].split(whereSeparator: { ";；,，、 ".contains($0) }).map(String.init) }

    /// The panel to create, once every field checks out.
    func panel() -> Panel? {
        guard case .panel(let id) = kind, let dates = DrawForm.parseRange(modal[.dates]),
              let size = modal.number(.size), let alternates = modal.number(.alternates) else { return nil }
        return Panel(id: id, name: modal[.name], applicationIDs: DrawForm.splitList(modal[.applications]), dates: dates, size: size, alternates: alternates)
    }

    /// The expert to save, once every field checks out.
    func expert(registry: Registry) -> Expert? {
        guard case .expert(let editing) = kind, let county = modal.choice(.county).flatMap(County.init(rawValue:)) else { return nil }
        let employer = modal[.employer]
        let inRegistry = registry.organization(employer) != nil
        let code = modal[.creditCode].uppercased()
        var e = editing.flatMap(registry.expert) ?? Expert(id: modal[.id], name: "", county: county)
        e.name = modal[.name]
        e.employerOrgID = inRegistry ? employer : nil
        e.employerName = inRegistry ? "" : employer
        e.employerCreditCode = code.isEmpty ? nil : code
        e.specialties = modal[.specialties].split(whereSeparator: { ";；,，、".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
        e.county = county
        e.title = modal[.title]
        e.available = modal.isYes(.available)
        e.unavailable = modal[.unavailable].split(whereSeparator: { ";；,，".contains($0) }).compactMap { DrawForm.parseRange(String($0)) }
        e.conflicts = conflicts.map { registry.organization($0) != nil ? $0 : $0.uppercased() }
        return e
    }

    /// "A1, A2，A3" → ["A1", "A2", "A3"]: commas of either width, semicolons or spaces between.
    static func splitList(_ s: String) -> [String] {
        s.split(whereSeparator: { ",，;；、 ".contains($0) }).map(String.init)
    }

    /// "2026-05-10~2026-05-12" (also with "～" or " 至 "); one day alone is a one-day range.
    static func parseRange(_ s: String) -> DayRange? {
        let parts = s.replacingOccurrences(of: "～", with: "~").replacingOccurrences(of: "至", with: "~")
            .split(separator: "~").map { $0.trimmingCharacters(in: .whitespaces) }
        guard (1...2).contains(parts.count), let from = Day(parts[0]), let to = Day(parts[parts.count - 1]), from <= to else { return nil }
        return DayRange(from: from, to: to)
    }
}
