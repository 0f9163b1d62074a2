/// One line saying what an action did, for the audit journal's listings (`qaward audit log`, the
/// audit screen), e.g. "新增组织 O0001 盐城海瀚…", "提交评分表 D/A2026-001/E003".
extension Action {
    /// `isNew` says, for an organization or expert saved by upsert, whether it was added (true) or
    /// changed (false); nil when the caller does not know, which reads "登记" / "Saved".
    public func summary(isNew: Bool? = nil) -> Phrase {
        switch self {
        case .registry(let a): a.summary(isNew: isNew)
        case .intake(let a): a.summary
        case .publicity(let a): a.summary
        case .draw(let a): a.summary
        case .scoring(let a): a.summary
        case .award(let a): a.summary
        case .procedure(let a): a.summary
        case .packages(let a): a.summary
        case .review(let a): a.summary
        }
    }

    /// The organization or expert id an upsert saves, so a listing can tell added from changed.
    public var upsertedID: (kind: String, id: String)? {
        switch self {
        case .registry(.upsertOrganization(let o)): ("org", o.id)
        case .registry(.upsertExpert(let e)): ("expert", e.id)
        default: nil
        }
    }

    /// Organization or expert ids an import brings in (each is then known to later listings).
    public var importedIDs: [(kind: String, id: String)] {
        switch self {
        case .registry(.importOrganizations(let os)): os.map { ("org", $0.id) }
        case .registry(.importExperts(let es)): es.map { ("expert", $0.id) }
        default: []
        }
    }
}

/// A name shown in a summary, cut so one listing line stays readable.
private func short(_ s: String, _ limit: Int = 24) -> String {
    s.count <= limit ? s : String(s.prefix(limit)) + "…"
}

private func verb(_ isNew: Bool?) -> Phrase {
    switch isNew {
    case true?: Phrase(zh: "新增", en: "Added")
    case false?: Phrase(zh: "修改", en: "Changed")
    case nil: Phrase(zh: "登记", en: "Saved")
    }
}

extension RegistryAction {
    func summary(isNew: Bool?) -> Phrase {
        let v = verb(isNew)
        switch self {
        case .upsertOrganization(let o):
            return Phrase(zh: "\(v.zh)组织 \(o.id) \(short(o.name))", en: "\(v.en) organization \(o.id) \(short(o.name))")
        case .upsertExpert(let e):
            let state = e.available ? Phrase(zh: "可抽取", en: "available") : Phrase(zh: "暂不可抽取", en: "unavailable")
            return Phrase(zh: "\(v.zh)专家 \(e.id) \(short(e.name))（\(state.zh)）", en: "\(v.en) expert \(e.id) \(short(e.name)) (\(state.en))")
        case .importOrganizations(let os):
            return Phrase(zh: "导入组织名录 \(os.count) 个", en: "Imported \(os.count) organization(s)")
        case .importExperts(let es):
            return Phrase(zh: "导入专家 \(es.count) 名", en: "Imported \(es.count) expert(s)")
        case .updateSettings:
            return Phrase(zh: "修改办公室设置", en: "Changed the office settings")
        case .importCalendarYear(let year, let holidays, let workdays):
            return Phrase(zh: "导入 \(year) 年工作日历（休息日 \(holidays.count) 天，调休上班 \(workdays.count) 天）",
                          en: "Imported the \(year) working-day calendar (\(holidays.count) days off, \(workdays.count) make-up days)")
        case .createCycle(let year, _):
            return Phrase(zh: "新建 \(year) 年度", en: "Made the \(year) cycle")
        }
    }
}

extension IntakeAction {
    var summary: Phrase {
        switch self {
        case .createApplication(let a):
            return Phrase(zh: "新增申报 \(a.id)（组织 \(a.orgID)）", en: "Added application \(a.id) (organization \(a.orgID))")
        case .updateApplication(let a):
            return Phrase(zh: "修改申报 \(a.id)", en: "Changed application \(a.id)")
        case .setStatus(let id, let status, let note):
            let n = note.isEmpty ? Phrase.empty : Phrase(zh: "：\(short(note))", en: ": \(short(note))")
            return Phrase(zh: "申报 \(id) 改为“\(status.name.zh)”\(n.zh)", en: "Application \(id) set to \(status.name.en)\(n.en)")
        case .recordJudgement(let id, let code, let passed, _):
            let r = passed ? Phrase(zh: "符合", en: "passes") : Phrase(zh: "不符合", en: "fails")
            return Phrase(zh: "记录判断 \(id) \(code) \(r.zh)", en: "Recorded judgement: \(id) \(code) \(r.en)")
        case .importApplications(let new, let updated):
            return Phrase(zh: "导入申报：新增 \(new.count) 个，修改 \(updated.count) 个", en: "Imported applications: \(new.count) added, \(updated.count) changed")
        case .updateCycleSettings(let s):
            return Phrase(zh: "修改年度设置（申报截止 \(s.applicationDeadline)，评审完成 \(s.reviewDeadline)）",
                          en: "Changed the cycle settings (applications close \(s.applicationDeadline), review ends \(s.reviewDeadline))")
        }
    }
}

extension PublicityAction {
    var summary: Phrase {
        switch self {
        case .start(let id, let kind, let ids, let start):
            return Phrase(zh: "开始\(kind.name.zh) \(id)（\(ids.count) 个申报，\(start) 起）",
                          en: "Started \(kind.name.en) \(id) (\(ids.count) application(s), from \(start))")
        case .recordObjection(let p, let o):
            return Phrase(zh: "登记异议 \(o.id)（公示 \(p)，申报 \(o.applicationID)）", en: "Recorded objection \(o.id) (publicity \(p), application \(o.applicationID))")
        case .resolveObjection(let p, let o, let outcome, _):
            return Phrase(zh: "处理异议 \(o)（公示 \(p)）：\(outcome.name.zh)", en: "Resolved objection \(o) (publicity \(p)): \(outcome.name.en)")
        case .close(let p):
            return Phrase(zh: "关闭公示 \(p)", en: "Closed publicity \(p)")
        case .setMilestone(let m):
            return Phrase(zh: "设置节点 \(m.id)：\(m.kind.name.zh) \(m.date)", en: "Set milestone \(m.id): \(m.kind.name.en) \(m.date)")
        }
    }
}

extension DrawAction {
    var summary: Phrase {
        switch self {
        case .createPanel(let p):
            return Phrase(zh: "新建评审组 \(p.id) \(short(p.name))", en: "Created panel \(p.id) \(short(p.name))")
        case .commit(let d, let p, let supervisor, _):
            return Phrase(zh: "抽取 \(d) 记录承诺值（评审组 \(p)，监督人 \(short(supervisor))）",
                          en: "Draw \(d): commitment recorded (panel \(p), supervisor \(short(supervisor)))")
        case .publishCommitment(let d):
            return Phrase(zh: "抽取 \(d) 公布承诺值", en: "Draw \(d): commitment published")
        case .reveal(let d, _):
            return Phrase(zh: "抽取 \(d) 公开种子并抽取专家", en: "Draw \(d): seed revealed, experts drawn")
        case .void(let d, let reason):
            return Phrase(zh: "作废抽取 \(d)：\(short(reason))", en: "Voided draw \(d): \(short(reason))")
        case .designateLeader(let d, let e):
            return Phrase(zh: "抽取 \(d) 指定组长 \(e)", en: "Draw \(d): \(e) designated leader")
        case .replaceDeclined(let d, let e, _):
            return Phrase(zh: "抽取 \(d) 替换不能参加的专家 \(e)", en: "Draw \(d): replaced \(e), who declined")
        }
    }
}

extension ScoringAction {
    var summary: Phrase {
        switch self {
        case .setPercent(_, let app, let expert, let stage, let item, let percent):
            let id = ScoreSheet.makeID(stage: stage, applicationID: app, expertID: expert)
            guard let p = percent else {
                return Phrase(zh: "清除评分 \(id) 第 \(item) 项", en: "Cleared score \(id) item \(item)")
            }
            return Phrase(zh: "评分 \(id) 第 \(item) 项 \(p)%", en: "Scored \(id) item \(item) \(p)%")
        case .setComment(let sheet, let item, _):
            return Phrase(zh: "填写评语 \(sheet) 第 \(item) 项", en: "Comment on \(sheet) item \(item)")
        case .submit(let sheet):
            return Phrase(zh: "提交评分表 \(sheet)", en: "Submitted score sheet \(sheet)")
        case .reopen(let sheet, let reason):
            return Phrase(zh: "退回评分表 \(sheet)：\(short(reason))", en: "Reopened score sheet \(sheet): \(short(reason))")
        case .importSheets(let sheets):
            return Phrase(zh: "导入评分表 \(sheets.count) 张", en: "Imported \(sheets.count) score sheet(s)")
        case .decideShortlistTie(let include, _):
            return Phrase(zh: "决定入围并列：纳入 \(include.joined(separator: "、"))", en: "Decided the shortlist tie: included \(include.joined(separator: ", "))")
        }
    }
}

extension AwardAction {
    var summary: Phrase {
        switch self {
        case .setPlaces(let award, let nomination, _):
            let a = award.map(String.init) ?? "—", n = nomination.map(String.init) ?? "—"
            return Phrase(zh: "设定评定名额：市长质量奖 \(a)，提名奖 \(n)", en: "Set the places: award \(a), nomination \(n)")
        case .decide(let id, let tier, let approved, let meeting, _):
            let r = approved ? Phrase(zh: "通过", en: "approved") : Phrase(zh: "未通过", en: "not approved")
            return Phrase(zh: "质量发展委员会审议 \(id)（\(tier.name.zh)）：\(r.zh)，\(meeting)",
                          en: "Committee decision on \(id) (\(tier.name.en)): \(r.en), \(meeting)")
        case .approve(let number, let date):
            return Phrase(zh: "市政府批准 \(short(number))，\(date)", en: "City government approval \(short(number)), \(date)")
        case .publish(let date):
            return Phrase(zh: "公布获奖名单，\(date)", en: "Published the winners, \(date)")
        case .revoke(let org, let year, let tier, let date, let reason, _):
            return Phrase(zh: "撤销 \(org) \(year) 年\(tier.name.zh)（\(short(reason.name.zh))），\(date)",
                          en: "Revoked \(org)'s \(year) \(tier.name.en) (\(short(reason.name.en))), \(date)")
        }
    }
}

extension PackageAction {
    var summary: Phrase {
        switch self {
        case .recordOfficeKey(let k):
            return Phrase(zh: "登记办公室密钥（指纹 \(k.fingerprint)）", en: "Recorded the office key (fingerprint \(k.fingerprint))")
        case .recordReviewerKey(let e, let k, let reason):
            let r = reason.isEmpty ? Phrase.empty : Phrase(zh: "，更换理由：\(short(reason))", en: ", replacing the old one: \(short(reason))")
            return Phrase(zh: "登记专家 \(e) 的密钥（指纹 \(k.fingerprint)）\(r.zh)", en: "Recorded \(e)'s key (fingerprint \(k.fingerprint))\(r.en)")
        case .issuePackage(let p):
            return Phrase(zh: "发出评审包 \(p.id)（\(p.expertID)，评审组 \(p.panelID)，\(p.stage.name.zh)，加密给密钥 \(p.recipientKey)）",
                          en: "Issued package \(p.id) (\(p.expertID), panel \(p.panelID), \(p.stage.name.en), encrypted to key \(p.recipientKey))")
        case .acceptReturn(let r, let sheets):
            let signed = Attribution.signedNote(expertID: r.expertID, fingerprint: r.keyFingerprint)
            return Phrase(zh: "导入评分表 \(sheets.count) 张，\(signed.zh)（评审包 \(r.packageID) 第 \(r.returnSeq) 次回传）",
                          en: "Imported \(sheets.count) score sheet(s), \(signed.en) (package \(r.packageID), return \(r.returnSeq))")
        case .recordReturnSealed(let r):
            return Phrase(zh: "签名回传评分表 \(r.sheetIDs.count) 张（评审包 \(r.packageID) 第 \(r.returnSeq) 次）",
                          en: "Signed and sealed \(r.sheetIDs.count) score sheet(s) for return (package \(r.packageID), return \(r.returnSeq))")
        case .carryDrafts(let c):
            return Phrase(zh: "从评审包 \(c.fromPackageID) 带入草稿：\(c.counted.zh)", en: "Carried drafts from package \(c.fromPackageID): \(c.counted.en)")
        }
    }
}
