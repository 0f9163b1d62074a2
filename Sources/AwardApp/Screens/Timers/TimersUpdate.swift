import AwardDomain
import TerminalUI

extension TimersScreen {
    /// Printable and editing keys go to the focused field; the form is re-checked as it changes.
    mutating func handleText(_ key: Key, model: AppModel) -> [Effect]? {
        if confirmation != nil { return confirmation?.handleText(key) == true ? [] : nil }
        guard var f = form, f.modal.handleText(key) else { return nil }
        f.check(model)
        form = f
        return []
    }

    mutating func perform(_ c: TimersCommand, key: Key, model: AppModel) -> [Effect] {
        let t = model.t
        switch c {
        case .move:
            _ = table.handle(key, rowCount: model.derived.deadlines.count, pageSize: listRows(model))
        case .startPeriod:
            form = .start(model)
        case .recordObjection:
            guard let p = selectedPeriod(model) else { return noPeriod(model) }
            form = .objection(model, period: p)
        case .resolveObjection:
            guard let p = selectedPeriod(model) else { return noPeriod(model) }
            guard p.objections.contains(where: { $0.outcome == .pending }) else {
                return [.error(t(.timersErrNoPending))]
            }
            form = .outcome(model, period: p)
        case .closePeriod:
            // Closing cannot be taken back: ask first, naming the period.
            guard let p = selectedPeriod(model) else { return noPeriod(model) }
            if let refused = model.procedureRefusal(.publicity(.close(periodID: p.id))) { return [.error(model.t(refused))] }
            closing = p.id
            confirmation = .confirm(Confirmation(title: .closeTitle, question: .closeQuestion(p.id), warning: .closeWarning))
        case .setMilestone:
            form = .milestone(model, selected: selectedItem(model))
        case .confirm(let command):
            guard var m = confirmation else { return [] }
            let event = m.perform(command)
            confirmation = m
            switch event {
            case .handled, .invalid, .submitted: return []
            case .cancelled: confirmation = nil; closing = nil; return []
            case .confirmed:
                guard let id = closing else { confirmation = nil; return [] }
                confirmation?.sent()
                follow = id
                return [.commit(.publicity(.close(periodID: id)))]
            }
        case .form(let command):
            guard var f = form else { return [] }
            let event = f.modal.perform(command)
            form = f
            switch event {
            case .handled: return []
            case .invalid: return [.formHasErrors(model.t)]
            case .cancelled: form = nil; return []
            case .submitted:
                f.check(model)
                guard !f.modal.refuse(f.lastErrors), let action = f.action() else { form = f; return [.formHasErrors(model.t)] }
                if case .publicity(.resolveObjection(let pid, let oid, .upheld, _)) = action {
                    // Upholding cannot be taken back: ask first, naming the objection and the
                    // application; Esc goes back to the form with what was typed.
                    let period = model.data.cycle.publicity.first { $0.id == pid }
                    let appID = period?.objections.first { $0.id == oid }?.applicationID ?? ""
                    let org = model.derived.orgOfApplication[appID]?.name ?? appID
                    if let refused = model.procedureRefusal(action) {
                        f.modal.refusal = refused.phrase
                        form = f
                        return [.error(model.t(refused))]
                    }
                    f.modal.ask(Confirmation(title: .upholdTitle, question: .upholdQuestion(oid, appID, org), warning: .upholdWarning))
                    form = f
                    return []
                }
                return send(f, action)
            case .confirmed:
                guard let action = f.action() else { return [] }
                return send(f, action)
            }
        }
        return []
    }

    /// Hands the form's change to the store; the form closes when it is saved.
    private mutating func send(_ f: TimersForm, _ action: Action) -> [Effect] {
        switch f.kind {
        case .start(let id), .milestone(let id): follow = id
        case .objection(let id, _), .outcome(let id): follow = id
        }
        form?.modal.sent()
        return [f.modal.commit(action)]
    }

    private func noPeriod(_ model: AppModel) -> [Effect] {
        [.error(model.t(Self.noPeriodReason(model)))]
    }
}
