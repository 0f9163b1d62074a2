import AwardDomain
import TerminalUI

enum TimersCommand: Sendable, Equatable {
    case move
    case startPeriod, recordObjection, resolveObjection, closePeriod, setMilestone
    case confirm(Modal<NoField>.Command)
    case form(Modal<TimersForm.Field>.Command)
}

/// 公示计时 (第三条, 第十一条（一）（七）): every publicity period and milestone with calendar and
/// working days left, most urgent first; the selected one's dates, article and objections below;
/// forms that start a period, record an objection and its outcome, close a period, set a milestone.
struct TimersScreen: Screen {
    static let id = ScreenID.timers
    var table = TableState(selected: 0, offset: 0)
    /// The open form; upholding an objection asks within it, so Esc goes back to what was typed.
    var form: TimersForm?
    /// The item to keep selected once a saved change has re-sorted the board.
    var follow: String?

    var capturesText: Bool { form != nil || confirmation != nil }
    /// The question before closing a period (it cannot be taken back), and the period it closes.
    var confirmation: Modal<NoField>?
    var closing: String?

    mutating func receive(_ msg: Msg, model: AppModel) -> [Effect] {
        if confirmation?.receive(msg) == true { confirmation = nil; closing = nil }
        if form?.modal.receive(msg) == true { form = nil }
        return []
    }

    init() {}

    mutating func dataDidChange(model: AppModel) {
        if let id = follow, let i = model.derived.deadlines.firstIndex(where: { $0.id == id }) { table.selected = i }
        follow = nil
        table.clamp(rowCount: model.derived.deadlines.count, pageSize: listRows(model))
    }

    /// Rows of the list at the current size: the upper part of the body, the detail pane below.
    func listRows(_ model: AppModel) -> Int {
        let body = model.viewport.height - AppModel.chromeRows
        return max(1, (body - 2) / 2 - 1)
    }

    func selectedItem(_ model: AppModel) -> DeadlineItem? {
        let items = model.derived.deadlines
        guard table.selected >= 0, table.selected < items.count else { return nil }
        return items[table.selected]
    }

    /// The publicity period under the selection, if the selected line is one.
    func selectedPeriod(_ model: AppModel) -> PublicityPeriod? {
        guard let item = selectedItem(model), case .publicity = item.kind else { return nil }
        return model.data.cycle.publicity.first { $0.id == item.id }
    }

    /// Why o, u and c wait: no period selected, or (with none in the cycle) none to select yet.
    static func noPeriodReason(_ model: AppModel) -> Phrase {
        model.data.cycle.publicity.isEmpty ? .timersErrNoPeriodYet : .timersErrNoPeriod
    }

    func bindings(_ model: AppModel) -> [KeyBinding<TimersCommand>] {
        let t = model.t
        if let c = confirmation { return c.bindings(t).map { $0.map(TimersCommand.confirm) } }
        if let f = form { return f.modal.bindings(t).map { $0.map(TimersCommand.form) } }
        let noPeriod = selectedPeriod(model) == nil ? t(Self.noPeriodReason(model)) : nil
        let reviewer = model.isReviewer ? t(.reviewerForbidden) : nil
        return [
            KeyBinding(keys: listMoveKeys, help: t(.keyMove), action: .move, showInBar: false),
            KeyBinding(keys: [.char("p")], help: t(.timersKeyStart), action: .startPeriod, disabledReason: reviewer),
            KeyBinding(keys: [.char("o")], help: t(.timersKeyObjection), action: .recordObjection, disabledReason: reviewer ?? noPeriod),
            KeyBinding(keys: [.char("u")], help: t(.timersKeyOutcome), action: .resolveObjection, disabledReason: reviewer ?? noPeriod),
            KeyBinding(keys: [.char("c")], help: t(.timersKeyClose), action: .closePeriod, disabledReason: reviewer ?? noPeriod),
            KeyBinding(keys: [.char("m")], help: t(.timersKeyMilestone), action: .setMilestone, disabledReason: reviewer),
        ]
    }
}

extension ScreenID {
    public static let timers = ScreenID("timers")
}

extension AppModel {
    var timers: TimersScreen {
        get { screens[TimersScreen.self] }
        set { screens[TimersScreen.self] = newValue }
    }
}
