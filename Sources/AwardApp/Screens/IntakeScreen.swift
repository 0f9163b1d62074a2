import AwardDomain
import TerminalUI

/// What the intake screen's keys ask for.
public enum IntakeCommand: Sendable, Equatable {
    case search, cycleStatusFilter, cycleCountyFilter, add, edit, markSubmitted, withdraw, decide, judge
    case saveForm, cancel, nextField, previousField
}

/// 申报受理: the cycle's applications with filters and incremental search, the eligibility panel
/// of the selected applicant, and the form that adds or edits an organization and its application.
public struct IntakeScreen: Sendable {
    var table = TableState(selected: 0, offset: 0)
    var statusFilter: ApplicationStatus?
    var countyFilter: County?
    var search = TextFieldState()
    var searching = false
    /// Indices into `cycle.applications` that pass the filters, in list order.
    var rows: [Int] = []
    var form: OrgForm?
    var judgement: JudgementForm?

    var capturesText: Bool { searching || form != nil || judgement != nil }

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
        table.clamp(rowCount: rows.count, pageSize: max(1, model.viewport.height - AppModel.chromeRows - 1))
    }

    func selectedApplication(_ model: AppModel) -> Application? {
        guard table.selected >= 0, table.selected < rows.count else { return nil }
        return model.data.cycle.applications[rows[table.selected]]
    }

    func bindings(_ t: Strings) -> [KeyBinding<AppCommand>] {
        if form != nil || judgement != nil {
            return [
                KeyBinding(keys: [.enter, .ctrl("s")], help: t("key.save"), action: .intake(.saveForm)),
                KeyBinding(keys: [.escape], help: t("key.cancel"), action: .intake(.cancel)),
                KeyBinding(keys: [.tab, .down], help: t("key.nextField"), action: .intake(.nextField)),
                KeyBinding(keys: [.backTab, .up], help: t("key.previousField"), action: .intake(.previousField)),
            ]
        }
        if searching {
            return [
                KeyBinding(keys: [.enter], help: t("key.searchDone"), action: .intake(.saveForm)),
                KeyBinding(keys: [.escape], help: t("key.searchClear"), action: .intake(.cancel)),
            ]
        }
        return [
            KeyBinding(keys: [.up, .down, .pageUp, .pageDown, .home, .end], help: t("key.move"), action: .moveSelection(.down)),
            KeyBinding(keys: [.char("/")], help: t("key.search"), action: .intake(.search)),
            KeyBinding(keys: [.char("f")], help: t("key.filterStatus"), action: .intake(.cycleStatusFilter)),
            KeyBinding(keys: [.char("c")], help: t("key.filterCounty"), action: .intake(.cycleCountyFilter)),
            KeyBinding(keys: [.char("a")], help: t("key.add"), action: .intake(.add)),
            KeyBinding(keys: [.char("e")], help: t("key.edit"), action: .intake(.edit)),
            KeyBinding(keys: [.char("s")], help: t("key.submit"), action: .intake(.markSubmitted)),
            KeyBinding(keys: [.char("d")], help: t("key.decide"), action: .intake(.decide)),
            KeyBinding(keys: [.char("j")], help: t("key.judge"), action: .intake(.judge)),
            KeyBinding(keys: [.char("w")], help: t("key.withdraw"), action: .intake(.withdraw)),
        ]
    }
}
