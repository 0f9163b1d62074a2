import AwardDomain
import TerminalUI

extension TimersScreen {
    /// Printable and editing keys go to the focused field; the form is re-checked as it changes.
    mutating func handleText(_ key: Key, model: AppModel) -> [Effect]? {
        if confirmation != nil { return confirmation?.handleText(key) == true ? [] : nil }
        guard var f = form, f.form.handle(key) else { return nil }
        _ = f.validate(model)
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
                return [.error(t("timers.err.noPending"))]
            }
            form = .outcome(model, period: p)
        case .closePeriod:
            guard let p = selectedPeriod(model) else { return noPeriod(model) }
            confirmClose = p.id
        case .setMilestone:
            form = .milestone(model, selected: selectedItem(model))
        case .nextField:
            _ = form?.form.handle(.tab)
        case .previousField:
            _ = form?.form.handle(.backTab)
        case .confirm(let command):
            guard var m = confirmation else { return [] }
            let event = m.perform(command)
            confirmation = m
            switch event {
            case .handled, .submitted: return []
            case .cancelled: confirmation = nil; confirmedAction = nil; return []
            case .confirmed:
                guard let action = confirmedAction else { confirmation = nil; return [] }
                confirmation?.sent()
                return [.commit(action)]
            }
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
                return [.error(t("form.fixErrors"))]
            }
            form = nil
            if case .publicity(.resolveObjection(_, let oid, .upheld, _)) = action {
                // Upholding cannot be taken back: ask first, naming the objection and the application.
                let period = model.data.cycle.publicity.first { $0.objections.contains { $0.id == oid } }
                let appID = period?.objections.first { $0.id == oid }?.applicationID ?? ""
                let org = model.derived.orgOfApplication[appID]?.name ?? appID
                confirmedAction = action
                if case .outcome(let id) = f.kind { follow = id }
                confirmation = .confirm(Confirmation(title: .upholdTitle, question: .upholdQuestion(oid, appID, org), warning: .upholdWarning))
                return []
            }
            switch f.kind {
            case .start(let id), .milestone(let id): follow = id
            case .objection(let id, _), .outcome(let id): follow = id
            }
            return [.commit(action)]
        }
        return []
    }

    private func noPeriod(_ model: AppModel) -> [Effect] {
        [.error(model.t("timers.err.noPeriod"))]
    }
}
