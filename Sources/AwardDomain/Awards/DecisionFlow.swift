/// Where one candidate stands between the office's proposal and the published list
/// (第十一条（六）至（八）). Each step needs the one before it.
public enum DecisionStep: String, Hashable, Sendable, CaseIterable {
    case awaitingDecision, notApproved, awaitingPublicity, inPublicity, objectionPending, disqualified, publicityPassed, approved, published

    public var name: Phrase {
        switch self {
        case .awaitingDecision: Phrase(zh: "待质量发展委员会审议", en: "awaiting the committee's decision")
        case .notApproved: Phrase(zh: "委员会审议未通过", en: "not approved by the committee")
        case .awaitingPublicity: Phrase(zh: "待社会公示", en: "awaiting public publicity")
        case .inPublicity: Phrase(zh: "社会公示中", en: "in public publicity")
        case .objectionPending: Phrase(zh: "公示异议待处理", en: "objection pending")
        case .disqualified: Phrase(zh: "公示异议成立，取消获奖资格", en: "disqualified by an upheld objection")
        case .publicityPassed: Phrase(zh: "公示通过，待市政府批准", en: "publicity passed; awaiting city approval")
        case .approved: Phrase(zh: "市政府已批准，待公布", en: "approved by the city; awaiting publication")
        case .published: Phrase(zh: "已公布", en: "published")
        }
    }
}

/// One candidate's progress.
public struct CandidateProgress: Hashable, Sendable {
    public var applicationID: String
    public var tier: PrizeTier
    public var decision: CommitteeDecision?
    public var publicity: PublicityPeriod?
    public var upheldObjection: Objection?
    public var step: DecisionStep
}

/// The decision flow: committee decision → public publicity of 7 days → city approval → published.
/// The reducer (`AwardAction`) calls the checks here; each check is one rule with its article.
public enum DecisionFlow {
    /// Every candidate the office recommends or the committee decided on, in list order.
    public static func progress(_ data: AwardData, today: Day) -> [CandidateProgress] {
        let cycle = data.cycle
        var rows: [(String, PrizeTier)] = AwardRecommendation.compute(data).compactMap { e in
            if let t = e.outcome.tier { return (e.applicationID, t) }
            // A disqualified candidate stays on the list so the office sees why it left it.
            if cycle.decision(e.applicationID) != nil { return (e.applicationID, cycle.decision(e.applicationID)!.tier) }
            return nil
        }
        for d in cycle.decisions where !rows.contains(where: { $0.0 == d.applicationID }) { rows.append((d.applicationID, d.tier)) }
        return rows.map { (id, tier) in
            let decision = cycle.decision(id)
            let period = decision.flatMap { publicPeriod(of: id, since: $0.meeting, in: cycle) }
            let upheld = cycle.publicityDisqualification(of: id)
            let step: DecisionStep
            if let d = decision, !d.approved { step = .notApproved }
            else if decision == nil { step = .awaitingDecision }
            else if upheld != nil { step = .disqualified }
            else if cycle.publication != nil && cycle.approval?.applicationIDs.contains(id) == true { step = .published }
            else if cycle.approval?.applicationIDs.contains(id) == true { step = .approved }
            else if let p = period {
                if p.objections.contains(where: { $0.applicationID == id && $0.outcome == .pending }) { step = .objectionPending }
                else if today > p.end { step = .publicityPassed }
                else { step = .inPublicity }
            } else { step = .awaitingPublicity }
            return CandidateProgress(applicationID: id, tier: decision?.tier ?? tier, decision: decision, publicity: period,
                                     upheldObjection: upheld, step: step)
        }
    }

    /// The approved list with its tiers, in the order the city approved it.
    public static func approvedList(_ cycle: Cycle) -> [(String, PrizeTier)] {
        (cycle.approval?.applicationIDs ?? []).compactMap { id in cycle.decision(id).map { (id, $0.tier) } }
    }

    /// The public publicity period of the candidate that started on or after the committee's
    /// meeting (publicity follows the decision, 第十一条（七）); the latest if there are several.
    public static func publicPeriod(of applicationID: String, since meeting: Day, in cycle: Cycle) -> PublicityPeriod? {
        cycle.publicity.filter { $0.kind == .public && $0.stands && $0.applicationIDs.contains(applicationID) && $0.start >= meeting }
            .max { $0.start < $1.start }
    }

    // MARK: Rules

    /// 第十一条（六）（七）: the committee decides on the office's proposed list: a candidate and
    /// tier it proposes, and only until the list goes to the city government. That a decision
    /// stays as it is while its publicity runs is condition R3 of `Procedure.conditions`.
    static func checkDecidable(_ applicationID: String, tier: PrizeTier, data: AwardData) throws(DomainError) {
        let cycle = data.cycle
        guard cycle.application(applicationID) != nil else {
            throw DomainError(zh: "申报 \(applicationID) 不存在", en: "Application \(applicationID) does not exist")
        }
        if let a = cycle.approval {
            throw DomainError(zh: "候选名单已于 \(a.date) 报市政府批准（\(a.documentNumber)），不能再更改委员会决定",
                              en: "The list was approved by the city government on \(a.date) (\(a.documentNumber)); the committee's decisions can no longer change",
                              citation: .art11_8)
        }
        let ranking = Ranking.compute(data)
        let unscored = ranking.filter { $0.composite == nil }.map(\.applicationID)
        guard unscored.isEmpty else {
            throw DomainError(zh: "\(unscored.joined(separator: "、")) 尚无综合得分：全部入围组织评分完成后，建议名单方可提交审议",
                              en: "\(unscored.joined(separator: ", ")) have no composite yet: the proposed list goes to the committee once every shortlisted applicant is scored",
                              citation: .art11_6)
        }
        let entries = AwardRecommendation.compute(ranking: ranking, data: data)
        guard let e = entries.first(where: { $0.applicationID == applicationID }) else {
            throw DomainError(zh: "\(applicationID) 不在委员会办公室提出的建议名单中：请先完成评分和综合排名",
                              en: "\(applicationID) is not on the office's proposed list: finish scoring and the composite ranking first",
                              citation: .art11_6)
        }
        switch e.outcome {
        case .skipped(let reason, let citation):
            throw DomainError(zh: "\(applicationID) 未被推荐：\(reason.zh)", en: "\(applicationID) is not recommended: \(reason.en)", citation: citation)
        case .recommended(let t) where t != tier:
            throw DomainError(zh: "\(applicationID) 被推荐为“\(t.name.zh)”，不是“\(tier.name.zh)”",
                              en: "\(applicationID) is recommended for the \(t.name.en), not the \(tier.name.en)", citation: .art11_6)
        case .recommended:
            break
        }
    }

    /// 第十一条（七）: a candidate goes to the city only after its 7-day public publicity ended,
    /// with every objection handled; one whose objection was upheld is left out (not replaced).
    /// Returns true when the candidate goes on the list, false when disqualified.
    static func checkPublicityPassed(_ d: CommitteeDecision, cycle: Cycle, approvalDate: Day) throws(DomainError) -> Bool {
        if cycle.isDisqualified(d.applicationID) { return false }
        guard let p = publicPeriod(of: d.applicationID, since: d.meeting, in: cycle) else {
            throw DomainError(zh: "\(d.applicationID) 尚未在委员会审议（\(d.meeting)）后进行社会公示：请先公示7天",
                              en: "\(d.applicationID) has not been in public publicity since the committee's meeting (\(d.meeting)): publicise it for 7 days first",
                              citation: .art11_7)
        }
        if let o = p.objections.first(where: { $0.applicationID == d.applicationID && $0.outcome == .pending }) {
            throw DomainError(zh: "\(d.applicationID) 的公示异议 \(o.id)（\(o.received) 收到）尚未处理：请先核查处理",
                              en: "Objection \(o.id) to \(d.applicationID) (received \(o.received)) is still pending: check and resolve it first",
                              citation: .art11_7)
        }
        guard approvalDate > p.end else {
            throw DomainError(zh: "\(d.applicationID) 的社会公示至 \(p.end) 结束（含当天），市政府批准日期须在其后",
                              en: "The public publicity of \(d.applicationID) runs through \(p.end); the city's approval must come after it",
                              citation: .art11_7)
        }
        return true
    }

    /// 第十一条（七）: every candidate the office proposes is decided by the committee before the
    /// list goes to the city government.
    static func checkAllDecided(_ data: AwardData) throws(DomainError) {
        let open = AwardRecommendation.recommended(AwardRecommendation.compute(data)).filter { data.cycle.decision($0.applicationID) == nil }
        guard open.isEmpty else {
            let ids = open.map(\.applicationID)
            throw DomainError(zh: "质量发展委员会尚未审议 \(ids.joined(separator: "、"))：请先记录委员会决定",
                              en: "The committee has not decided on \(ids.joined(separator: ", ")): record its decision first", citation: .art11_7)
        }
    }

    /// 第十一条（八）: "经公示通过的候选名单，报市政府批准后向社会公布" — publication follows approval.
    static func checkApproved(_ cycle: Cycle, publishDate: Day) throws(DomainError) -> GovernmentApproval {
        guard let a = cycle.approval else {
            throw DomainError(zh: "候选名单尚未经市政府批准，不能公布：请先记录批准文号和日期",
                              en: "The list has not been approved by the city government and cannot be published: record the approval document and date first",
                              citation: .art11_8)
        }
        if let p = cycle.publication {
            throw DomainError(zh: "获奖名单已于 \(p.date) 公布", en: "The list was already published on \(p.date)", citation: .art11_8)
        }
        guard publishDate >= a.date else {
            throw DomainError(zh: "公布日期 \(publishDate) 早于市政府批准日期 \(a.date)",
                              en: "The publication date \(publishDate) is before the city's approval on \(a.date)", citation: .art11_8)
        }
        return a
    }
}

extension Cycle {
    public func decision(_ applicationID: String) -> CommitteeDecision? { decisions.first { $0.applicationID == applicationID } }
}
