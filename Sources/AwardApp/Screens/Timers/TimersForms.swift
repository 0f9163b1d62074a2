import AwardDomain
import TerminalUI

/// The four forms of the timers screen, each a `Modal`: the kind, the objection, the outcome, the
/// application and the milestone are chosen from lists; dates and text are checked as they
/// change, and the action is built only when every field is valid. The rules themselves stay in
/// the domain, which may still refuse: the refusal shows in the form with what was typed kept.
struct TimersForm: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// 第十一条（一）（七）: kind, applications, start; the end is the domain's and shown as you type.
        case start(id: String)
        case objection(periodID: String, id: String)
        case outcome(periodID: String)
        /// 第三条: a dated step, editing `id` when it exists.
        case milestone(id: String)
    }

    enum Field: Hashable, Sendable {
        case kind, applications, start
        case received, content, applicant
        case objection, outcome, handling
        case milestoneKind, date, done
    }

    var kind: Kind
    var modal: Modal<Field>

    // MARK: - Building

    static func start(_ model: AppModel) -> TimersForm {
        // GS (公示), never P: a publicity id must not read as a panel's (condition A4/G1).
        let id = AppModel.nextID(prefix: "GS\(model.data.cycle.year)-", existing: model.data.cycle.publicity.map(\.id), digits: 2)
        let kinds = [Choice(value: PublicityKind.public.rawValue, label: .publicKind), Choice(value: PublicityKind.internal.rawValue, label: .internalKind)]
        var f = TimersForm(kind: .start(id: id), modal: Modal(title: .startPeriodTitle(id), fields: [
            ModalField(.kind, .periodKindLabel, .choice(kinds)),
            ModalField(.applications, .periodApplicationsLabel, .text(maxLength: 400), hint: .applicationsHint, width: 30),
            ModalField(.start, .periodStartLabel, .date(), text: model.env.today.description),
        ], openedAt: model.journalSeq))
        f.check(model)
        return f
    }

    static func objection(_ model: AppModel, period p: PublicityPeriod) -> TimersForm {
        let id = AppModel.nextID(prefix: "YY", existing: p.objections.map(\.id), digits: 2)
        let applicants = p.applicationIDs.map { a in Choice(value: a, label: Phrase(zh: a, en: a)) }
        var f = TimersForm(kind: .objection(periodID: p.id, id: id), modal: Modal(title: .objectionTitle(id, p.id), fields: [
            ModalField(.received, .receivedLabel, .date(), text: model.env.today.description),
            ModalField(.content, .contentLabel, .text(maxLength: 400), width: 40),
            ModalField(.applicant, .applicantLabel, .choice(applicants)),
        ], openedAt: model.journalSeq))
        f.check(model)
        return f
    }

    static func outcome(_ model: AppModel, period p: PublicityPeriod) -> TimersForm {
        let pending = p.objections.filter { $0.outcome == .pending }.map { o in
            Choice(value: o.id, label: Phrase(zh: "\(o.id) \(o.applicationID)", en: "\(o.id) \(o.applicationID)"))
        }
        let outcomes = [Choice(value: ObjectionOutcome.dismissed.rawValue, label: .dismissedLabel), Choice(value: ObjectionOutcome.upheld.rawValue, label: .upheldLabel)]
        var f = TimersForm(kind: .outcome(periodID: p.id), modal: Modal(title: .outcomeTitle(p.id), fields: [
            ModalField(.objection, .objectionLabel, .choice(pending)),
            ModalField(.outcome, .outcomeLabel, .choice(outcomes)),
            ModalField(.handling, .handlingLabel, .text(maxLength: 400), width: 40),
        ], openedAt: model.journalSeq))
        f.check(model)
        return f
    }

    /// A new milestone, or the selected one to edit (a deadline of the settings becomes a milestone).
    static func milestone(_ model: AppModel, selected: DeadlineItem?) -> TimersForm {
        let cycle = model.data.cycle
        var existing = selected.flatMap { s in cycle.milestones.first { $0.id == s.id } }
        if existing == nil, let s = selected, case .milestone(let k) = s.kind {
            existing = Milestone(id: "", kind: k, date: s.end)
        }
        let id = existing.map(\.id).flatMap { $0.isEmpty ? nil : $0 }
            ?? AppModel.nextID(prefix: "M", existing: cycle.milestones.map(\.id), digits: 2)
        let kinds = MilestoneKind.allCases.map { Choice(value: $0.rawValue, label: $0.name) }
        var f = TimersForm(kind: .milestone(id: id), modal: Modal(title: .milestoneTitle(id), fields: [
            ModalField(.milestoneKind, .milestoneKindLabel, .choice(kinds), text: existing?.kind.rawValue ?? ""),
            ModalField(.date, .milestoneDateLabel, .date(), text: (existing?.date ?? model.env.today).description),
            ModalField(.applicant, .applicantLabel, .text(maxLength: 20, required: false), text: existing?.applicationID ?? "", hint: .optionalHint, width: 12),
            ModalField(.done, .doneLabel, yes: existing?.done ?? false),
        ], openedAt: model.journalSeq))
        f.check(model)
        return f
    }

    // MARK: - Checking

    /// Re-checks the fields against the data as typed (and the hints that depend on them).
    mutating func check(_ model: AppModel) {
        var errors: [Field: Phrase] = [:]
        switch kind {
        case .start:
            modal.setHint(.start, nil)
            if let bad = applicationIDs.first(where: { model.data.cycle.application($0) == nil }) { errors[.applications] = .noApplication(bad) }
            if let k = modal.choice(.kind).flatMap(PublicityKind.init(rawValue:)), let s = modal.date(.start) {
                // The end comes from the domain, as the reducer will compute it, shown before saving.
                do throws(DomainError) {
                    modal.setHint(.start, .periodEnds(try k.end(from: s, calendar: model.data.calendar), kind: k))
                } catch {
                    errors[.start] = error.phrase
                }
            }
        case .objection(let pid, _):
            if let p = model.data.cycle.publicity.first(where: { $0.id == pid }), let r = modal.date(.received), r < p.start || r > p.end {
                errors[.received] = .outsidePeriod(p.start, p.end)
            }
        case .outcome(let pid):
            let upheld = modal.choice(.outcome) == ObjectionOutcome.upheld.rawValue
            let isPublic = model.data.cycle.publicity.first { $0.id == pid }?.kind == .public
            // 第十一条（七）: say what saving will do before it is done.
            modal.setHint(.outcome, upheld && isPublic ? .disqualifyWarning : nil)
        case .milestone:
            let app = modal[.applicant].uppercased()
            if !app.isEmpty, model.data.cycle.application(app) == nil { errors[.applicant] = .noApplication(app) }
        }
        modal.report(errors)
        lastErrors = errors
    }

    /// The screen's own errors of the last check (Enter refuses while there are any).
    var lastErrors: [Field: Phrase] = [:]

    var applicationIDs: [String] {
        modal[.applications].split(whereSeparator: { ",，、; ".contains($0) }).map { $0.uppercased() }
    }

    /// The change the form makes, once every field checks out.
    func action() -> Action? {
        switch kind {
        case .start(let id):
            guard let k = modal.choice(.kind).flatMap(PublicityKind.init(rawValue:)), let s = modal.date(.start) else { return nil }
            return .publicity(.start(id: id, kind: k, applicationIDs: applicationIDs, start: s))
        case .objection(let pid, let id):
            guard let r = modal.date(.received), let app = modal.choice(.applicant) else { return nil }
            return .publicity(.recordObjection(periodID: pid, objection: Objection(id: id, applicationID: app, received: r, content: modal[.content])))
        case .outcome(let pid):
            guard let o = modal.choice(.objection), let out = modal.choice(.outcome).flatMap(ObjectionOutcome.init(rawValue:)) else { return nil }
            return .publicity(.resolveObjection(periodID: pid, objectionID: o, outcome: out, handling: modal[.handling]))
        case .milestone(let id):
            guard let k = modal.choice(.milestoneKind).flatMap(MilestoneKind.init(rawValue:)), let d = modal.date(.date) else { return nil }
            let app = modal[.applicant].uppercased()
            return .publicity(.setMilestone(Milestone(id: id, kind: k, date: d, applicationID: app.isEmpty ? nil : app, done: modal.isYes(.done))))
        }
    }
}
