import AwardDomain
import TerminalUI

extension TimersScreen {
    /// Printable and editing keys go to the focused field; the form is re-checked as it changes.
    mutating func handleText(_ key: Key, model: inout AppModel) -> [Effect]? {
        guard var f = form, f.form.handle(key) else { return nil }
        _ = f.validate(model)
        form = f
        return []
    }

    mutating func perform(_ c: TimersCommand, key: Key, model: inout AppModel) -> [Effect] {
        let t = model.t
        switch c {
        case .move:
            _ = table.handle(key, rowCount: model.derived.deadlines.count, pageSize: listRows(model))
        case .startPeriod:
            form = .start(model)
        case .recordObjection:
            guard let p = selectedPeriod(model) else { return noPeriod(&model) }
            form = .objection(model, period: p)
        case .resolveObjection:
            guard let p = selectedPeriod(model) else { return noPeriod(&model) }
            guard p.objections.contains(where: { $0.outcome == .pending }) else {
                model.status = StatusMessage(t("timers.err.noPending"), kind: .error)
                return []
            }
            form = .outcome(model, period: p)
        case .closePeriod:
            guard let p = selectedPeriod(model) else { return noPeriod(&model) }
            confirmClose = p.id
        case .setMilestone:
            form = .milestone(model, selected: selectedItem(model))
        case .nextField:
            _ = form?.form.handle(.tab)
        case .previousField:
            _ = form?.form.handle(.backTab)
        case .cancel:
            form = nil
            confirmClose = nil
        case .saveForm:
            if let id = confirmClose {
                confirmClose = nil
                follow = id
                return [.commit(.publicity(.close(periodID: id)))]
            }
            guard var f = form else { return [] }
            guard let action = f.validate(model) else {
                form = f
                model.status = StatusMessage(t("form.fixErrors"), kind: .error)
                return []
            }
            form = nil
            switch f.kind {
            case .start(let id), .milestone(let id): follow = id
            case .objection(let id, _), .outcome(let id): follow = id
            }
            return [.commit(action)]
        }
        return []
    }

    private func noPeriod(_ model: inout AppModel) -> [Effect] {
        model.status = StatusMessage(model.t("timers.err.noPeriod"), kind: .error)
        return []
    }
}
