/// The checks of the clock and of intake (C1, A1–A5).
extension Procedure {
    static func factNotInFuture(_ action: Action, _ data: AwardData, _ ctx: ActionContext) -> Breach? {
        guard let d = action.factDate, d > ctx.clock else { return nil }
        return Breach(zh: "所记录的日期 \(d) 晚于当天 \(ctx.clock)（北京时间）", en: "The date recorded, \(d), is after today, \(ctx.clock) (Asia/Shanghai)",
                      insteadZh: "事实发生后再记录；看板日期只影响看板显示", insteadEn: "Record it once it has happened; the board date only changes what the board shows")
    }

    static func submittedInTime(_ action: Action, _ data: AwardData, _ ctx: ActionContext) -> Breach? {
        var dated: [(String, Day)] = []
        switch action {
        case .intake(.setStatus(let id, _, _)):
            dated = [(id, data.cycle.application(id)?.submitted ?? ctx.clock)]
        case .intake(.createApplication(let a)), .intake(.updateApplication(let a)):
            if let d = a.submitted, a.status != .draft { dated = [(a.id, d)] }
        case .intake(.importApplications(let new, let updated)):
            dated = (new + updated).compactMap { a in a.submitted.flatMap { a.status == .draft ? nil : (a.id, $0) } }
        default: return nil
        }
        for (id, day) in dated {
            let (last, ext) = submissionDeadline(id, in: data.cycle)
            if day > last {
                let extZh = ext.map { "（延期至 \($0.until)，\($0.documentNumber)）" } ?? ""
                let extEn = ext.map { " (extended to \($0.until), \($0.documentNumber))" } ?? ""
                return Breach(zh: "申报 \(id) 的提交日期 \(day) 晚于申报截止日 \(last)\(extZh)",
                              en: "Application \(id) is submitted on \(day), after the deadline \(last)\(extEn)",
                              insteadZh: "逾期申报不予受理；如经批准延期，先用 application extend 记录延期的理由和文号",
                              insteadEn: "A late application is not accepted; if an extension was granted, record it with its reason and document number first (application extend)")
            }
        }
        return nil
    }

    static func withdrawalReason(_ action: Action, _ data: AwardData, _ ctx: ActionContext) -> Breach? {
        guard case .intake(.setStatus(_, _, let note)) = action, blank(note) else { return nil }
        return Breach(zh: "撤回申报没有写明理由", en: "The withdrawal gives no reason",
                      insteadZh: "写明撤回理由（如申报组织来函）", insteadEn: "Give the reason (e.g. the applicant's letter)")
    }

    static func reinstatable(_ action: Action, _ data: AwardData, _ ctx: ActionContext) -> Breach? {
        guard case .intake(.setStatus(let id, _, let note)) = action, let app = data.cycle.application(id) else { return nil }
        if blank(note) {
            return Breach(zh: "恢复申报没有写明理由", en: "The reinstatement gives no reason",
                          insteadZh: "写明恢复理由", insteadEn: "Give the reason")
        }
        let (last, _) = submissionDeadline(id, in: data.cycle)
        if ctx.clock > last {
            return Breach(zh: "提交期限已于 \(last) 结束，撤回的申报不能再恢复", en: "The submission period ended on \(last); a withdrawn application can no longer be reinstated",
                          insteadZh: "如经批准延期，先记录延期（application extend）", insteadEn: "If an extension was granted, record it first (application extend)")
        }
        if let other = data.cycle.applications.first(where: { $0.orgID == app.orgID && $0.id != id && $0.status != .withdrawn }) {
            return Breach(zh: "该组织本年度已有申报 \(other.id)", en: "The organization already has application \(other.id) this cycle",
                          insteadZh: "先撤回另一份申报，或继续使用它", insteadEn: "Withdraw the other application first, or keep using it")
        }
        return nil
    }

    static func internalPublicityBeforeSubmission(_ action: Action, _ data: AwardData, _ ctx: ActionContext) -> Breach? {
        guard case .publicity(.start(let pid, _, let ids, _)) = action else { return nil }
        if let b = idClash(pid, data.cycle) { return b }
        for id in ids {
            guard let app = data.cycle.application(id), app.status != .draft else { continue }
            return Breach(zh: "申报 \(id) 已于 \(app.submitted.map(\.description) ?? "此前") 提交（\(app.status.name.zh)），内部公示应在申报前进行，不能覆盖已提交申报的记录",
                          en: "Application \(id) was already submitted (\(app.status.name.en)); internal publicity comes before applying and cannot overwrite a submitted application's record",
                          insteadZh: "内部公示记录随申报材料登记（申报表中的内部公示日期和结果）", insteadEn: "Record the internal publicity with the application's own details")
        }
        return nil
    }

    /// A publicity id must not be read as a panel's or a draw's.
    static func idClash(_ id: String, _ cycle: Cycle) -> Breach? {
        guard cycle.panel(id) != nil || cycle.drawRecord(id) != nil else { return nil }
        return Breach(zh: "编号 \(id) 已是评审组或抽取的编号", en: "Id \(id) is already a panel's or a draw's",
                      insteadZh: "另选一个公示编号（如 GS\(cycle.year)-01）", insteadEn: "Choose another id for the period (e.g. GS\(cycle.year)-01)")
    }

    static func judgementBasis(_ action: Action, _ data: AwardData, _ ctx: ActionContext) -> Breach? {
        guard case .intake(.recordJudgement(_, let code, _, let note)) = action, blank(note) else { return nil }
        return Breach(zh: "\(code) 的判断没有写明依据", en: "The judgement on \(code) gives no basis",
                      insteadZh: "写明判断依据（如核查的文件）", insteadEn: "Give the basis (e.g. the documents checked)")
    }
}
