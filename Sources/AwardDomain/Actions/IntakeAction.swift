import Foundation

/// Changes to the cycle's applications (申报受理).
public enum IntakeAction: Hashable, Codable, Sendable {
    case createApplication(Application)
    case updateApplication(Application)
    case setStatus(applicationID: String, status: ApplicationStatus, note: String)
    /// A reviewer's judgement on E3 or E5; recorded with who and when.
    case recordJudgement(applicationID: String, code: String, passed: Bool, note: String)
    case updateCycleSettings(CycleSettings)
    /// A checked CSV import, applied all or nothing: one refused row leaves the cycle as it was.
    case importApplications(new: [Application], updated: [Application])
}

extension AwardData {
    mutating func apply(_ action: IntakeAction, context: ActionContext) throws(DomainError) {
        if case .importApplications(let new, let updated) = action {
            var copy = self
            for a in new { try copy.apply(.createApplication(a), context: context) }
            for a in updated { try copy.apply(.updateApplication(a), context: context) }
            self = copy
            return
        }
        switch action {
        case .createApplication(var app):
            guard registry.organization(app.orgID) != nil else {
                throw DomainError(zh: "组织 \(app.orgID) 不在组织名录中", en: "Organization \(app.orgID) is not in the registry")
            }
            guard cycle.application(app.id) == nil else {
                throw DomainError(zh: "申报编号 \(app.id) 已存在", en: "Application \(app.id) already exists")
            }
            if let dup = cycle.applications.first(where: { $0.orgID == app.orgID && $0.status != .withdrawn }) {
                throw DomainError(zh: "该组织本年度已有申报 \(dup.id)", en: "This organization already has application \(dup.id) in this cycle")
            }
            app.history = [StatusChange(from: nil, to: app.status, by: context.actor, at: context.at)]
            cycle.applications.append(app)
        case .updateApplication(let app):
            guard let i = cycle.applications.firstIndex(where: { $0.id == app.id }) else {
                throw DomainError(zh: "申报 \(app.id) 不存在", en: "Application \(app.id) does not exist")
            }
            if app.orgID != cycle.applications[i].orgID {
                guard registry.organization(app.orgID) != nil else {
                    throw DomainError(zh: "组织 \(app.orgID) 不在组织名录中", en: "Organization \(app.orgID) is not in the registry")
                }
                if let dup = cycle.applications.first(where: { $0.orgID == app.orgID && $0.id != app.id && $0.status != .withdrawn }) {
                    throw DomainError(zh: "该组织本年度已有申报 \(dup.id)", en: "This organization already has application \(dup.id) in this cycle")
                }
            }
            // Status and its history change only through setStatus, so every change is recorded.
            var updated = app
            updated.status = cycle.applications[i].status
            updated.history = cycle.applications[i].history
            updated.judgements = cycle.applications[i].judgements
            cycle.applications[i] = updated
        case .setStatus(let id, let status, let note):
            guard let i = cycle.applications.firstIndex(where: { $0.id == id }) else {
                throw DomainError(zh: "申报 \(id) 不存在", en: "Application \(id) does not exist")
            }
            let from = cycle.applications[i].status
            guard from != status else {
                throw DomainError(zh: "申报 \(id) 已是“\(status.name.zh)”状态", en: "Application \(id) is already \(status.name.en)")
            }
            guard ApplicationStatus.allowed(from: from, to: status) else {
                throw DomainError(zh: "申报状态不能从“\(from.name.zh)”改为“\(status.name.zh)”",
                                  en: "An application cannot go from \(from.name.en) to \(status.name.en)")
            }
            try checkDecision(cycle.applications[i], to: status, note: note)
            cycle.applications[i].status = status
            if status == .submitted, cycle.applications[i].submitted == nil { cycle.applications[i].submitted = context.clock }
            cycle.applications[i].history.append(StatusChange(from: from, to: status, by: context.actor, at: context.at, note: note))
        case .recordJudgement(let id, let code, let passed, let note):
            guard let i = cycle.applications.firstIndex(where: { $0.id == id }) else {
                throw DomainError(zh: "申报 \(id) 不存在", en: "Application \(id) does not exist")
            }
            guard ["E3", "E5"].contains(code) else {
                throw DomainError(zh: "只有 E3、E5 需要人工判断，\(code) 由程序按规则判定", en: "Only E3 and E5 take a judgement; \(code) is decided by its rule")
            }
            cycle.applications[i].judgements[code] = Judgement(passed: passed, by: context.actor, at: context.at, note: note)
        case .importApplications:
            break // handled above, all or nothing
        case .updateCycleSettings(let s):
            try checkSettingsChange(to: s)
            cycle.settings = settingsKeepingShortlist(s)
        }
    }
}

extension AwardData {
    /// 第十一条（二）资格审查: "eligible" only when every check E1–E11 passes (a judgement check needs
    /// its judgement recorded first); "ineligible" only with a failed check or a note saying why.
    func checkDecision(_ app: Application, to status: ApplicationStatus, note: String) throws(DomainError) {
        switch status {
        case .eligible:
            let results = Eligibility.evaluate(app, in: self)
            if let f = results.first(where: { $0.outcome == .fail }) {
                let others = results.filter { $0.outcome == .fail }.count - 1
                let more = others > 0 ? Phrase(zh: "（另有 \(others) 项不符合）", en: " (and \(others) more failing)") : Phrase.empty
                throw DomainError(zh: "\(f.code) 不符合：\(f.reason.zh)\(more.zh)。不能确认为符合资格",
                                  en: "\(f.code) fails: \(f.reason.en)\(more.en). The application cannot be marked eligible",
                                  citation: f.citation)
            }
            if let j = results.first(where: { $0.outcome == .judgement }) {
                throw DomainError(zh: "\(j.code) 尚待判断：\(j.reason.zh)。先记录判断，再确认符合资格",
                                  en: "\(j.code) is waiting: \(j.reason.en). Record it before marking the application eligible",
                                  citation: j.citation)
            }
        case .ineligible:
            let failing = Eligibility.evaluate(app, in: self).contains { $0.outcome == .fail }
            guard failing || !note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw DomainError(zh: "没有不符合的审查项：确认不符合资格须写明理由",
                                  en: "No check fails: write down why the application is ineligible",
                                  citation: .art11_2)
            }
        default:
            break
        }
    }
}

extension ApplicationStatus {
    /// draft → submitted → eligible / ineligible; withdrawn from any state but withdrawn;
    /// a decided application can go back to submitted for a re-check; a withdrawn one is
    /// reinstated as a draft or as submitted (the procedure says when, `Procedure.conditions`).
    public static func allowed(from: ApplicationStatus, to: ApplicationStatus) -> Bool {
        switch (from, to) {
        case (.draft, .submitted), (.submitted, .eligible), (.submitted, .ineligible),
             (.eligible, .submitted), (.ineligible, .submitted), (.eligible, .ineligible), (.ineligible, .eligible): true
        case (.withdrawn, .draft), (.withdrawn, .submitted): true
        case (.withdrawn, _): false
        case (_, .withdrawn): true
        default: false
        }
    }
}
