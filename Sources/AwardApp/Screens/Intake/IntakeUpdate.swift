import AwardDomain
import TerminalUI

extension IntakeScreen {
    /// Printable and editing keys go to the focused field or the search box.
    mutating func handleText(_ key: Key, model: AppModel) -> [Effect]? {
        if confirmation != nil { return confirmation?.modal.handleText(key) == true ? [] : nil }
        if searching {
            guard search.handle(key) else { return nil }
            table = TableState(selected: 0, offset: 0)
            refilter(model)
            return []
        }
        if var f = form {
            guard f.modal.handleText(key) else { return nil }
            f.modal.report(f.errors(registry: model.data.registry, today: model.env.today))
            form = f
            return []
        }
        if judgement != nil { return judgement?.modal.handleText(key) == true ? [] : nil }
        if var d = details {
            guard d.modal.handleText(key) else { return nil }
            d.modal.report(d.errors(today: model.env.today))
            details = d
            return []
        }
        return nil
    }

    mutating func perform(_ c: IntakeCommand, key: Key, model: AppModel) -> [Effect] {
        let t = model.t
        switch c {
        case .move:
            _ = table.handle(key, rowCount: rows.count, pageSize: model.pageSize)
        case .search:
            searching = true
        case .cycleStatusFilter:
            let all: [ApplicationStatus?] = [nil] + ApplicationStatus.allCases
            statusFilter = all[((all.firstIndex(of: statusFilter) ?? 0) + 1) % all.count]
            refilter(model)
        case .cycleCountyFilter:
            let all: [County?] = [nil] + County.allCases
            countyFilter = all[((all.firstIndex(of: countyFilter) ?? 0) + 1) % all.count]
            refilter(model)
        case .add:
            form = OrgForm(org: nil, registry: model.data.registry, today: model.env.today, openedAt: model.journalSeq)
        case .edit:
            guard let a = selectedApplication(model), let org = model.data.registry.organization(a.orgID) else {
                return [.error(t(.intakeNoSelection))]
            }
            form = OrgForm(org: org, registry: model.data.registry, today: model.env.today, openedAt: model.journalSeq)
        case .materials:
            guard let a = selectedApplication(model), let org = model.data.registry.organization(a.orgID) else {
                return [.error(t(.intakeNoSelection))]
            }
            details = ApplicationForm(application: a, org: org, today: model.env.today, openedAt: model.journalSeq)
        case .searchClear:
            searching = false
            search = TextFieldState()
            refilter(model)
        case .searchDone:
            searching = false
        case .org(let command):
            return saveOrganization(command, model: model)
        case .details(let command):
            return saveDetails(command, model: model)
        case .reinstate:
            // Back to where it stood before the withdrawal, as `application reinstate` does: a
            // draft stays a draft, anything later is submitted again for a fresh decision.
            guard let a = selectedApplication(model), a.status == .withdrawn else { return [.error(t(.notWithdrawn))] }
            let name = model.derived.orgOfApplication[a.id]?.name ?? a.orgID
            let back: ApplicationStatus = a.history.last(where: { $0.to == .withdrawn })?.from == .draft ? .draft : .submitted
            if let refused = model.procedureRefusal(.intake(.setStatus(applicationID: a.id, status: back, note: "—"))) { return [.error(model.t(refused))] }
            confirmation = StatusQuestion(modal: .confirm(Confirmation(title: .reinstateTitle, question: .reinstateQuestion(a.id, name, back),
                                                                       warning: .reinstateWarning, reasonLabel: .reinstateReason)),
                                          applicationID: a.id, status: back)
        case .markSubmitted:
            return statusChange(to: .submitted, model: model)
        case .withdraw:
            // Withdrawn cannot be taken back (ApplicationStatus transitions): ask first, naming it.
            guard let a = selectedApplication(model) else {
                return [.error(model.t(.intakeNoSelection))]
            }
            if let refused = model.procedureRefusal(.intake(.setStatus(applicationID: a.id, status: .withdrawn, note: "—"))) { return [.error(model.t(refused))] }
            let name = model.derived.orgOfApplication[a.id]?.name ?? a.orgID
            confirmation = StatusQuestion(modal: .confirm(Confirmation(title: .withdrawTitle, question: .withdrawQuestion(a.id, name),
                                                                       warning: .withdrawWarning, reasonLabel: .withdrawReason)),
                                          applicationID: a.id, status: .withdrawn)
        case .confirm(let command):
            guard var q = confirmation else { return [] }
            let event = q.modal.perform(command)
            confirmation = q
            switch event {
            case .handled, .invalid, .submitted: return []
            case .cancelled: confirmation = nil
            case .confirmed(let reason):
                confirmation?.modal.sent()
                return [.commit(.intake(.setStatus(applicationID: q.applicationID, status: q.status, note: reason)))]
            }
        case .decide:
            guard let a = selectedApplication(model) else { return [] }
            let outcome = model.derived.eligibility[a.id]?.overall ?? .fail
            // The decision (第十一条（二）) is asked first, naming the application; "ineligible" takes its reason.
            let name = model.derived.orgOfApplication[a.id]?.name ?? a.orgID
            switch outcome {
            case .pass, .fail:
                let status: ApplicationStatus = outcome == .pass ? .eligible : .ineligible
                if let refused = model.procedureRefusal(.intake(.setStatus(applicationID: a.id, status: status, note: "—"))) { return [.error(model.t(refused))] }
                confirmation = StatusQuestion(modal: .confirm(Confirmation(title: .decideTitle, question: .decideQuestion(a.id, name, status),
                                                                           warning: .decideWarning, reasonLabel: status == .ineligible ? .decideReason : nil)),
                                              applicationID: a.id, status: status)
            case .judgement:
                return [.error(t(.intakeNeedsJudgement))]
            }
        case .judge:
            guard let a = selectedApplication(model) else { return [] }
            let pending = (model.derived.eligibility[a.id]?.results ?? []).first { $0.outcome == .judgement && ["E3", "E5"].contains($0.code) }
            judgement = JudgementForm(applicationID: a.id, code: pending?.code ?? "E3")
        case .judgement(let command):
            guard var j = judgement else { return [] }
            let event = j.modal.perform(command)
            judgement = j
            switch event {
            case .handled: return []
            case .invalid: return [.formHasErrors(model.t)]
            case .cancelled: judgement = nil
            case .submitted, .confirmed:
                guard let action = j.action else { return [] }
                judgement?.modal.sent()
                return [.commit(action)]
            }
        }
        return []
    }

    private mutating func statusChange(to status: ApplicationStatus, model: AppModel) -> [Effect] {
        guard let a = selectedApplication(model) else {
            return [.error(model.t(.intakeNoSelection))]
        }
        return [.commit(.intake(.setStatus(applicationID: a.id, status: status, note: "")))]
    }

    /// The organization form's keys; Enter saves the organization (and, when new, its application).
    private mutating func saveOrganization(_ command: Modal<OrgForm.Field>.Command, model: AppModel) -> [Effect] {
        guard var f = form else { return [] }
        let event = f.modal.perform(command)
        form = f
        switch event {
        case .handled: return []
        case .invalid: return [.formHasErrors(model.t)]
        case .cancelled: form = nil; return []
        case .submitted, .confirmed:
            let registry = model.data.registry
            let newOrgID = AppModel.nextID(prefix: "O", existing: registry.organizations.map(\.id))
            guard !f.modal.refuse(f.errors(registry: registry, today: model.env.today)),
                  let org = f.organization(registry: registry, newID: newOrgID) else { form = f; return [.formHasErrors(model.t)] }
            var actions: [Action] = [.registry(.upsertOrganization(org))]
            if f.orgID == nil {
                let appID = AppModel.nextID(prefix: "A\(model.data.cycle.year)-", existing: model.data.cycle.applications.map(\.id), digits: 3)
                actions.append(.intake(.createApplication(Application(id: appID, orgID: org.id))))
                search = TextFieldState()
                statusFilter = nil
                countyFilter = nil
            }
            form?.modal.sent(actions.count)
            return [.commitAll(actions, basedOn: f.modal.openedAt)]
        }
    }

    /// The application details form's keys; Enter saves the application and its organization.
    private mutating func saveDetails(_ command: Modal<ApplicationForm.Field>.Command, model: AppModel) -> [Effect] {
        guard var d = details else { return [] }
        let event = d.modal.perform(command)
        details = d
        switch event {
        case .handled: return []
        case .invalid: return [.formHasErrors(model.t)]
        case .cancelled: details = nil; return []
        case .submitted, .confirmed:
            guard !d.modal.refuse(d.errors(today: model.env.today)), let (app, org) = d.records(data: model.data) else { details = d; return [.formHasErrors(model.t)] }
            details?.modal.sent(2)
            return [.commitAll([.registry(.upsertOrganization(org)), .intake(.updateApplication(app))], basedOn: d.modal.openedAt)]
        }
    }
}

extension AppModel {
    /// The next free id of the form PREFIX + zero-padded number, e.g. O0021 or A2026-021.
    static func nextID(prefix: String, existing: [String], digits: Int = 4) -> String {
        let used = existing.compactMap { $0.hasPrefix(prefix) ? Int($0.dropFirst(prefix.count)) : nil }
        let n = (used.max() ?? 0) + 1
        let num = String(n)
        return prefix + String(repeating: "0", count: max(0, digits - num.count)) + num
    }
}
