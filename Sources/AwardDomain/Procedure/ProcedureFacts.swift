import Foundation

/// What the conditions read from the cycle: deadlines with extensions, when a stage's results were
/// used, which panels stand, and what a scoring action touches.
extension Procedure {
    /// The last day an application may be submitted: the cycle's deadline, or the office's
    /// extension for it when later (第三条, 第十一条（一）).
    static func submissionDeadline(_ applicationID: String, in cycle: Cycle) -> (day: Day, extension: DeadlineExtension?) {
        let deadline = cycle.settings.applicationDeadline
        if let e = cycle.procedure.extensions.first(where: { $0.applicationID == applicationID }), e.until > deadline { return (e.until, e) }
        return (deadline, nil)
    }

    /// When a later step last used the stage's results: document-review results are used by the
    /// shortlist (a tie decision, the office closing the review, any Q&A or on-site sheet); every
    /// stage's results are used by the committee's decisions (第十一条（三）（六）（七）).
    static func lastUse(of stage: Stage, in cycle: Cycle) -> Timestamp? {
        var uses: [Timestamp] = cycle.decisions.compactMap(\.at)
        if stage == .document {
            if let d = cycle.shortlistDecision { uses.append(d.at) }
            if let c = cycle.procedure.documentReviewClosed { uses.append(c.at) }
            // A sheet set aside since was a use all the same.
            for s in cycle.sheets + cycle.setAsideSheets.map(\.sheet) where s.stage != .document {
                if let first = s.history.first { uses.append(first.at) }
            }
        }
        return uses.max()
    }

    /// The use that closes the stage to changes: none, or the office reopened it since.
    static func closingUse(of stage: Stage, in cycle: Cycle) -> Timestamp? {
        guard let used = lastUse(of: stage, in: cycle) else { return nil }
        if cycle.procedure.reopenings.contains(where: { $0.stage == stage && $0.at >= used }) { return nil }
        return used
    }

    /// A panel counts as standing until every draw it had was voided: awaiting its draw, or with a
    /// draw committed or in force.
    static func stands(_ panel: Panel, in cycle: Cycle) -> Bool {
        let draws = cycle.draws.filter { $0.panelID == panel.id }
        return draws.isEmpty || draws.contains { !$0.isVoided }
    }

    /// Another standing panel that already reviews the applicant at one of `stages`.
    static func otherPanel(of applicationID: String, stages: [Stage], except panelID: String, in cycle: Cycle,
                           live: Bool = false) -> Panel? {
        cycle.panels.first { p in
            p.id != panelID && p.applicationIDs.contains(applicationID) && stages.contains(where: p.serves)
                && (live ? cycle.liveDraw(ofPanel: p.id) != nil : stands(p, in: cycle))
        }
    }

    /// The panel a draw action works on.
    static func panel(of action: DrawAction, in cycle: Cycle) -> Panel? {
        switch action {
        case .createPanel(let p): p
        case .commit(_, let panelID, _, _): cycle.panel(panelID)
        case .publishCommitment(let d), .reveal(let d, _), .void(let d, _), .designateLeader(let d, _), .replaceDeclined(let d, _, _):
            cycle.drawRecord(d).flatMap { cycle.panel($0.panelID) }
        }
    }

    /// What a scoring or review action touches: each sheet's (or agreed score's) stage, applicant
    /// and panel.
    static func sheetTargets(_ action: Action, in cycle: Cycle) -> [(stage: Stage, applicationID: String, panelID: String)] {
        func sheet(_ id: String) -> [(Stage, String, String)] {
            cycle.sheets.first { $0.id == id }.map { [($0.stage, $0.applicationID, $0.panelID)] } ?? []
        }
        switch action {
        case .scoring(.setPercent(let panelID, let appID, _, let stage, _, _)): return [(stage, appID, panelID)]
        case .scoring(.setComment(let id, _, _)), .scoring(.submit(let id)), .scoring(.reopen(let id, _)): return sheet(id)
        case .scoring(.importSheets(let sheets)), .packages(.acceptReturn(_, let sheets)): return sheets.map { ($0.stage, $0.applicationID, $0.panelID) }
        case .review(.addFinding(let panelID, let appID, _, let stage, _, _)): return [(stage, appID, panelID)]
        case .review(.removeFinding(let id, _, _)): return sheet(id)
        case .packages(.carryDrafts(let c)): return c.targets
        case .review(.agree(let panelID, let stage, let appID, _, _, _)): return [(stage, appID, panelID)]
        default: return []
        }
    }

    static func blank(_ s: String) -> Bool { s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
}

extension Action {
    /// The date of the fact an action records (a submission, meeting, objection received, approval,
    /// publication, revocation, a milestone done), if it names one. Never later than the real date;
    /// when earlier, the action is back-dated and the journal's listings say so.
    public var factDate: Day? {
        switch self {
        case .intake(.createApplication(let a)), .intake(.updateApplication(let a)): a.submitted
        case .intake(.importApplications(let new, let updated)): (new + updated).compactMap(\.submitted).max()
        case .publicity(.recordObjection(_, let o)): o.received
        case .publicity(.setMilestone(let m)): m.done ? m.date : nil
        case .award(.decide(_, _, _, let meeting, _)): meeting
        case .award(.approve(_, let date)), .award(.publish(let date)): date
        case .award(.revoke(_, _, _, let date, _, _)): date
        default: nil
        }
    }

    /// The fact's date when it is earlier than the day the action was taken (`at`, Asia/Shanghai).
    public func backdated(at: Timestamp) -> Day? {
        guard let d = factDate, d < at.day else { return nil }
        return d
    }
}

extension Action {
    /// The journal listing's line for an action taken at `at`: its summary, and when the fact it
    /// records is dated earlier, that it is back-dated and to which day.
    public func journalSummary(isNew: Bool? = nil, at: Timestamp) -> Phrase {
        let s = summary(isNew: isNew)
        guard let d = backdated(at: at) else { return s }
        return Phrase(zh: s.zh + "（补记：事实日期 \(d)）", en: s.en + " (back-dated: the fact is of \(d))")
    }
}

extension Procedure {
    /// The submitted sheets that count now and would no longer count after `action` (voiding a
    /// draw, replacing a member): what a confirmation names before the office goes ahead.
    public static func sheetsLeftOut(by action: Action, in data: AwardData, context: ActionContext) -> [String] {
        guard let after = try? data.applying(action, context: context) else { return [] }
        func counted(_ d: AwardData) -> Set<String> {
            let sheets = StageSheets(d.cycle)
            var out: Set<String> = []
            for a in d.cycle.applications { for s in Stage.allCases { for x in sheets.sheets(applicationID: a.id, stage: s) where x.status == .submitted { out.insert(x.id) } } }
            return out
        }
        return counted(data).subtracting(counted(after)).sorted()
    }
}
