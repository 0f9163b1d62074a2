import AwardDomain
import TerminalUI

/// What the intake screen's keys ask for.
enum IntakeCommand: Sendable, Equatable {
    case move
    case search, cycleStatusFilter, cycleCountyFilter, add, edit, materials, markSubmitted, withdraw, reinstate, decide, judge
    case searchDone, searchClear
    case confirm(Modal<NoField>.Command)
    case judgement(Modal<JudgementForm.Field>.Command)
    case org(Modal<OrgForm.Field>.Command)
    case details(Modal<ApplicationForm.Field>.Command)
}

/// 申报受理: the cycle's applications with filters and incremental search, the eligibility panel
/// of the selected applicant, and the form that adds or edits an organization and its application.
struct IntakeScreen: Screen {
    static let id = ScreenID.intake
    var table = TableState(selected: 0, offset: 0)
    var statusFilter: ApplicationStatus?
    var countyFilter: County?
    var search = TextFieldState()
    var searching = false
    /// Indices into `cycle.applications` that pass the filters, in list order.
    var rows: [Int] = []
    var form: OrgForm?
    var judgement: JudgementForm?
    var details: ApplicationForm?
    /// The question before an action that cannot simply be taken back (withdrawing an application,
    /// reinstating it, deciding its eligibility), with the application and the status it sets.
    var confirmation: StatusQuestion?

    /// A status change asked first: the question, the application it names and the status it
    /// sets once confirmed. Closed, nothing of it stays.
    struct StatusQuestion: Sendable, Equatable {
        var modal: Modal<NoField>
        var applicationID: String
        var status: ApplicationStatus
    }

    var capturesText: Bool { searching || form != nil || judgement != nil || details != nil || confirmation != nil }

    /// The selected application in full: organization, county, status, every check with its reason.
    func detail(_ model: AppModel) -> Detail? {
        guard let a = selectedApplication(model) else { return nil }
        let t = model.t
        let org = model.derived.orgOfApplication[a.id]
        var lines = ["\(a.id)  \(org?.name ?? a.orgID)",
                     t(.colCounty) + t(.labelSeparator) + (org.map { t($0.county.name) } ?? "") + "  " + t(.colState) + t(.labelSeparator) + t(a.status.name)]
        for r in model.derived.eligibility[a.id]?.results ?? [] {
            lines.append("\(r.outcome.mark) \(r.code) \(t(r.citation)) \(t(r.reason))")
        }
        return Detail(title: t(.intakeEligibility), lines: lines)
    }

    mutating func receive(_ msg: Msg, model: AppModel) -> [Effect] {
        if confirmation?.modal.receive(msg) == true { confirmation = nil }
        if judgement?.modal.receive(msg) == true { judgement = nil }
        if form?.modal.receive(msg) == true { form = nil }
        if details?.modal.receive(msg) == true { details = nil }
        return []
    }

    mutating func refilter(_ model: AppModel) {
        let needle = search.text.lowercased()
        rows = model.data.cycle.applications.indices.filter { i in
            let a = model.data.cycle.applications[i]
            if let s = statusFilter, a.status != s { return false }
            let org = model.derived.orgOfApplication[a.id]
            if let c = countyFilter, org?.county != c { return false }
            if !needle.isEmpty {
                let name = org?.name.lowercased() ?? ""
                if !name.contains(needle) && !a.id.lowercased().contains(needle) { return false }
            }
            return true
        }
        table.clamp(rowCount: rows.count, pageSize: model.pageSize)
    }

    func selectedApplication(_ model: AppModel) -> Application? {
        guard table.selected >= 0, table.selected < rows.count else { return nil }
        return model.data.cycle.applications[rows[table.selected]]
    }

    init() {}

    mutating func dataDidChange(model: AppModel) { refilter(model) }

    func bindings(_ model: AppModel) -> [KeyBinding<IntakeCommand>] {
        if let c = confirmation { return c.modal.bindings(model.t).map { $0.map(IntakeCommand.confirm) } }
        if let j = judgement { return j.modal.bindings(model.t).map { $0.map(IntakeCommand.judgement) } }
        if let f = form { return f.modal.bindings(model.t).map { $0.map(IntakeCommand.org) } }
        if let d = details { return d.modal.bindings(model.t).map { $0.map(IntakeCommand.details) } }
        let t = model.t
        if searching {
            return [
                KeyBinding(keys: [.enter], help: t(.keySearchDone), action: .searchDone),
                KeyBinding(keys: [.escape], help: t(.keySearchClear), action: .searchClear),
            ]
        }
        return [
            KeyBinding(keys: listMoveKeys, help: t(.keyMove), action: .move, showInBar: false),
            KeyBinding(keys: [.char("/")], help: t(.keySearch), action: .search),
            KeyBinding(keys: [.char("f")], help: t(.keyFilterStatus), action: .cycleStatusFilter),
            KeyBinding(keys: [.char("c")], help: t(.keyFilterCounty), action: .cycleCountyFilter),
            KeyBinding(keys: [.char("a")], help: t(.keyAdd), action: .add),
            KeyBinding(keys: [.char("e")], help: t(.keyEdit), action: .edit),
            KeyBinding(keys: [.char("p")], help: t(.keyMaterials), action: .materials),
            KeyBinding(keys: [.char("s")], help: t(.keySubmit), action: .markSubmitted),
            KeyBinding(keys: [.char("d")], help: t(.keyDecide), action: .decide),
            KeyBinding(keys: [.char("j")], help: t(.keyJudge), action: .judge),
            KeyBinding(keys: [.char("w")], help: t(.keyWithdraw), action: .withdraw),
            KeyBinding(keys: [.char("r")], help: t(.reinstateKey), action: .reinstate,
                       disabledReason: selectedApplication(model)?.status == .withdrawn ? nil : t(.notWithdrawn)),
        ]
    }
}

extension ScreenID {
    public static let intake = ScreenID("intake")
}

extension AppModel {
    var intake: IntakeScreen {
        get { screens[IntakeScreen.self] }
        set { screens[IntakeScreen.self] = newValue }
    }
}
