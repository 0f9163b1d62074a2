import AwardDomain
import Foundation
import TerminalUI

/// The four forms of the timers screen. Each re-checks its fields as they change and builds the
/// action only when every field is valid; the rules themselves stay in the domain, which may still
/// refuse (the refusal is shown in the status line).
struct TimersForm: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// 第十一条（一）（七）: kind, applications, start; the end is the domain's and shown as you type.
        case start(id: String)
        case objection(periodID: String, id: String)
        case outcome(periodID: String)
        /// 第三条: a dated step, editing `id` when it exists.
        case milestone(id: String)
    }

    var kind: Kind
    var form: FormState

    func text(_ i: Int) -> String { form.fields[i].state.text.trimmingCharacters(in: .whitespaces) }

    // MARK: - Building

    static func start(_ model: AppModel) -> TimersForm {
        let t = model.t
        // GS (公示), never P: a publicity id must not read as a panel's (condition A4/G1).
        let id = AppModel.nextID(prefix: "GS\(model.data.cycle.year)-", existing: model.data.cycle.publicity.map(\.id), digits: 2)
        var f = TimersForm(kind: .start(id: id), form: FormState(fields: [
            FormField(label: t("timers.form.kind"), text: t("timers.kind.public"), hint: t("timers.hint.kind"), width: 10),
            FormField(label: t("timers.form.applications"), text: "", hint: t("timers.hint.applications"), width: 30),
            FormField(label: t("timers.form.start"), text: model.env.today.description, width: 12),
        ]))
        _ = f.validate(model)
        return f
    }

    static func objection(_ model: AppModel, period p: PublicityPeriod) -> TimersForm {
        let t = model.t
        let id = AppModel.nextID(prefix: "YY", existing: p.objections.map(\.id), digits: 2)
        var f = TimersForm(kind: .objection(periodID: p.id, id: id), form: FormState(fields: [
            FormField(label: t("timers.form.received"), text: model.env.today.description, width: 12),
            FormField(label: t("timers.form.content"), text: "", width: 40),
            FormField(label: t("timers.form.applicant"), text: p.applicationIDs.count == 1 ? p.applicationIDs[0] : "",
                      hint: p.applicationIDs.joined(separator: " "), width: 12),
        ]))
        _ = f.validate(model)
        return f
    }

    static func outcome(_ model: AppModel, period p: PublicityPeriod) -> TimersForm {
        let t = model.t
        let pending = p.objections.first { $0.outcome == .pending }?.id ?? ""
        var f = TimersForm(kind: .outcome(periodID: p.id), form: FormState(fields: [
            FormField(label: t("timers.form.objection"), text: pending, width: 8),
            FormField(label: t("timers.form.outcome"), text: "", hint: t("timers.hint.outcome"), width: 8),
            FormField(label: t("timers.form.handling"), text: "", width: 40),
        ]))
        _ = f.validate(model)
        return f
    }

    /// A new milestone, or the selected one to edit (a deadline of the settings becomes a milestone).
    static func milestone(_ model: AppModel, selected: DeadlineItem?) -> TimersForm {
        let t = model.t
        let cycle = model.data.cycle
        var existing = selected.flatMap { s in cycle.milestones.first { $0.id == s.id } }
        if existing == nil, let s = selected, case .milestone(let k) = s.kind {
            existing = Milestone(id: "", kind: k, date: s.end)
        }
        let id = existing.map(\.id).flatMap { $0.isEmpty ? nil : $0 }
            ?? AppModel.nextID(prefix: "M", existing: cycle.milestones.map(\.id), digits: 2)
        let number = existing.flatMap { MilestoneKind.allCases.firstIndex(of: $0.kind) }.map { "\($0 + 1)" } ?? ""
        var f = TimersForm(kind: .milestone(id: id), form: FormState(fields: [
            FormField(label: t("timers.form.milestoneKind"), text: number, width: 4),
            FormField(label: t("timers.form.date"), text: (existing?.date ?? model.env.today).description, width: 12),
            FormField(label: t("timers.form.applicant"), text: existing?.applicationID ?? "", hint: t("timers.hint.optional"), width: 12),
            FormField(label: t("timers.form.done"), text: t((existing?.done ?? false) ? "form.yes" : "form.no"), hint: t("form.hint.inYancheng"), width: 4),
        ]))
        _ = f.validate(model)
        return f
    }

    // MARK: - Checking

    /// Re-checks every field, sets its message, and returns the action when all pass.
    mutating func validate(_ model: AppModel) -> Action? {
        switch kind {
        case .start(let id): validateStart(model, id: id)
        case .objection(let pid, let id): validateObjection(model, periodID: pid, id: id)
        case .outcome(let pid): validateOutcome(model, periodID: pid)
        case .milestone(let id): validateMilestone(model, id: id)
        }
    }

    private mutating func setErrors(_ errors: [Int: String]) {
        for i in form.fields.indices { form.fields[i].error = errors[i] }
    }

    static func publicityKind(_ s: String, t: Strings) -> PublicityKind? {
        switch s.lowercased() {
        case t("timers.kind.public").lowercased(), "社会", "社会公示", "public", "p", "2": .public
        case t("timers.kind.internal").lowercased(), "内部", "内部公示", "internal", "i", "1": .internal
        default: nil
        }
    }

    private mutating func validateStart(_ model: AppModel, id: String) -> Action? {
        let t = model.t
        var errors: [Int: String] = [:]
        let kind = TimersForm.publicityKind(text(0), t: t)
        if kind == nil { errors[0] = t("timers.err.kind") }
        let ids = text(1).split(whereSeparator: { ",，、; ".contains($0) }).map { $0.uppercased() }
        if ids.isEmpty { errors[1] = t("form.err.required") }
        else if let bad = ids.first(where: { model.data.cycle.application($0) == nil }) { errors[1] = t("timers.err.noApplication", bad) }
        let start = Day(text(2))
        form.fields[2].hint = nil
        if start == nil { errors[2] = t("form.err.date") }
        else if let k = kind, let s = start {
            // The end comes from the domain, as the reducer will compute it, shown before saving.
            do throws(DomainError) {
                let end = try k.end(from: s, calendar: model.data.calendar)
                form.fields[2].hint = t(k == .internal ? "timers.endInternal" : "timers.endPublic", end.description, t(k.citation))
            } catch {
                errors[2] = error.text(t.lang)
            }
        }
        setErrors(errors)
        guard errors.isEmpty, let k = kind, let s = start else { return nil }
        return .publicity(.start(id: id, kind: k, applicationIDs: ids, start: s))
    }

    private mutating func validateObjection(_ model: AppModel, periodID: String, id: String) -> Action? {
        let t = model.t
        guard let p = model.data.cycle.publicity.first(where: { $0.id == periodID }) else { return nil }
        var errors: [Int: String] = [:]
        let received = Day(text(0))
        if received == nil { errors[0] = t("form.err.date") }
        else if let r = received, r < p.start || r > p.end { errors[0] = t("timers.err.outsidePeriod", p.start.description, p.end.description) }
        if text(1).isEmpty { errors[1] = t("form.err.required") }
        let app = text(2).uppercased()
        if !p.applicationIDs.contains(app) { errors[2] = t("timers.err.notInPeriod", p.applicationIDs.joined(separator: " ")) }
        setErrors(errors)
        guard errors.isEmpty, let r = received else { return nil }
        return .publicity(.recordObjection(periodID: periodID, objection: Objection(id: id, applicationID: app, received: r, content: text(1))))
    }

    static func outcome(_ s: String, t: Strings) -> ObjectionOutcome? {
        switch s.lowercased() {
        case t("timers.outcome.upheld").lowercased(), "成立", "upheld", "y", "1": .upheld
        case t("timers.outcome.dismissed").lowercased(), "不成立", "dismissed", "n", "0": .dismissed
        default: nil
        }
    }

    private mutating func validateOutcome(_ model: AppModel, periodID: String) -> Action? {
        let t = model.t
        guard let p = model.data.cycle.publicity.first(where: { $0.id == periodID }) else { return nil }
        var errors: [Int: String] = [:]
        let oid = text(0).uppercased()
        let objection = p.objections.first { $0.id.uppercased() == oid }
        if objection == nil {
            let pending = p.objections.filter { $0.outcome == .pending }.map(\.id)
            errors[0] = pending.isEmpty ? t("timers.err.noPending") : t("timers.err.noObjection", pending.joined(separator: " "))
        }
        let outcome = TimersForm.outcome(text(1), t: t)
        form.fields[1].hint = t("timers.hint.outcome")
        if outcome == nil { errors[1] = t("timers.err.outcome") }
        else if outcome == .upheld, p.kind == .public {
            // 第十一条（七）: say what saving will do before it is done.
            form.fields[1].hint = t("timers.warn.disqualify")
        }
        if text(2).isEmpty { errors[2] = t("form.err.required") }
        setErrors(errors)
        guard errors.isEmpty, let o = objection, let out = outcome else { return nil }
        return .publicity(.resolveObjection(periodID: periodID, objectionID: o.id, outcome: out, handling: text(2)))
    }

    private mutating func validateMilestone(_ model: AppModel, id: String) -> Action? {
        let t = model.t
        var errors: [Int: String] = [:]
        let all = MilestoneKind.allCases
        let kind = Int(text(0)).flatMap { (1...all.count).contains($0) ? all[$0 - 1] : nil } ?? MilestoneKind(rawValue: text(0))
        form.fields[0].hint = kind.map { t($0.name) }
        if kind == nil { errors[0] = t("timers.err.milestoneKind", all.count) }
        let date = Day(text(1))
        if date == nil { errors[1] = t("form.err.date") }
        let app = text(2).isEmpty ? nil : text(2).uppercased()
        if let a = app, model.data.cycle.application(a) == nil { errors[2] = t("timers.err.noApplication", a) }
        var done: Bool?
        switch text(3).lowercased() {
        case t("form.yes").lowercased(), "y", "yes", "是", "1": done = true
        case t("form.no").lowercased(), "n", "no", "否", "0": done = false
        default: errors[3] = t("form.err.yesNo")
        }
        setErrors(errors)
        guard errors.isEmpty, let k = kind, let d = date, let dn = done else { return nil }
        return .publicity(.setMilestone(Milestone(id: id, kind: k, date: d, applicationID: app, done: dn)))
    }
}
