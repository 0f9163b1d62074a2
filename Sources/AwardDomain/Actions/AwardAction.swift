import Foundation

/// Recommendation, decision, approval, publication and revocation (第十一条（六）至（八）, 第十二至十五条).
public enum AwardAction: Hashable, Codable, Sendable {
    /// The office's decision to fill fewer places than the quota (第三条); nil = up to the quota.
    case setPlaces(award: Int?, nomination: Int?, note: String)
    /// The Quality Development Committee's decision on one proposed candidate (第十一条（七）).
    case decide(applicationID: String, tier: PrizeTier, approved: Bool, meeting: Day, note: String)
    /// The city government's approval of the list after publicity (第十一条（八）).
    case approve(documentNumber: String, date: Day)
    /// Publishes the approved list and writes the awards into the registry.
    case publish(date: Day)
    /// Revokes an award with the city government's approval (第十四条, 第十五条).
    case revoke(orgID: String, year: Int, tier: AwardTier, date: Day, reason: RevocationReason, approvalDocument: String)

    var touches: Touches {
        switch self {
        case .publish, .revoke: [.cycle, .registry]
        default: .cycle
        }
    }
}

extension AwardData {
    mutating func apply(_ action: AwardAction, context: ActionContext) throws(DomainError) {
        switch action {
        case .setPlaces(let award, let nomination, let note):
            try setPlaces(award: award, nomination: nomination, note: note, context: context)
        case .decide(let id, let tier, let approved, let meeting, let note):
            try DecisionFlow.checkDecidable(id, tier: tier, data: self)
            let d = CommitteeDecision(applicationID: id, tier: tier, approved: approved, meeting: meeting, note: note,
                                      by: context.actor, at: context.at)
            if let i = cycle.decisions.firstIndex(where: { $0.applicationID == id }) { cycle.decisions[i] = d } else { cycle.decisions.append(d) }
        case .approve(let number, let date):
            try approve(documentNumber: number, date: date, context: context)
        case .publish(let date):
            try publish(date: date, context: context)
        case .revoke(let orgID, let year, let tier, let date, let reason, let document):
            try revoke(orgID: orgID, year: year, tier: tier, date: date, reason: reason, approvalDocument: document, context: context)
        }
    }

    private mutating func setPlaces(award: Int?, nomination: Int?, note: String, context: ActionContext) throws(DomainError) {
        let s = cycle.settings
        for (n, tier) in [(award, PrizeTier.award), (nomination, .nomination)] {
            if let n, let e = RecommendationPolicy.placesProblem(n, tier: tier, settings: s) { throw e }
        }
        if let d = cycle.decisions.first {
            throw DomainError(zh: "委员会已于 \(d.meeting) 审议候选名单，名额不能再更改", en: "The committee decided on the list on \(d.meeting); the places can no longer change",
                              citation: .art11_7)
        }
        if let e = RecommendationPolicy.reasonProblem(award: award, nomination: nomination, note: note, settings: s) { throw e }
        // The places size the 1 : 1.5 list (RULES.md §4); a list already invited keeps its size.
        cycle.settings = settingsKeepingShortlist(cycle.settings)
        cycle.recommendationPolicy = RecommendationPolicy(awardPlaces: award, nominationPlaces: nomination, note: note, by: context.actor, at: context.at)
    }

    private mutating func approve(documentNumber: String, date: Day, context: ActionContext) throws(DomainError) {
        if let a = cycle.approval {
            throw DomainError(zh: "候选名单已于 \(a.date) 经市政府批准（\(a.documentNumber)）", en: "The list was already approved on \(a.date) (\(a.documentNumber))",
                              citation: .art11_8)
        }
        let number = documentNumber.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !number.isEmpty else {
            throw DomainError(zh: "请填写市政府批准文号", en: "Give the number of the city government's approval document", citation: .art11_8)
        }
        try DecisionFlow.checkAllDecided(self)
        var list: [String] = []
        // Award candidates first, then nominations, each in committee order.
        for tier in PrizeTier.allCases {
            for d in cycle.decisions where d.approved && d.tier == tier {
                if try DecisionFlow.checkPublicityPassed(d, cycle: cycle, approvalDate: date) { list.append(d.applicationID) }
            }
        }
        guard !list.isEmpty else {
            throw DomainError(zh: "没有经公示通过的候选组织，无需报批", en: "No candidate passed publicity: there is nothing to approve", citation: .art11_8)
        }
        cycle.approval = GovernmentApproval(documentNumber: number, date: date, applicationIDs: list, by: context.actor, at: context.at)
    }

    /// Writes each winner's award into the registry, which later cycles read (E7, E10, E11, the
    /// nomination cool-down, 第十二条's once-only money).
    private mutating func publish(date: Day, context: ActionContext) throws(DomainError) {
        let approval = try DecisionFlow.checkApproved(cycle, publishDate: date)
        var orgs = registry.organizations
        for (appID, tier) in DecisionFlow.approvedList(cycle) {
            guard let app = cycle.application(appID), let i = orgs.firstIndex(where: { $0.id == app.orgID }) else {
                throw DomainError(zh: "获奖申报 \(appID) 的组织不在组织名录中，未公布", en: "The organization of winner \(appID) is not in the registry; nothing was published")
            }
            guard !orgs[i].awards.contains(where: { $0.year == cycle.year && $0.tier == tier.awardTier }) else {
                throw DomainError(zh: "“\(orgs[i].name)”已有\(cycle.year)年度\(tier.name.zh)记录，未公布",
                                  en: "“\(orgs[i].name)” already has a \(cycle.year) \(tier.name.en) record; nothing was published")
            }
            let amount = Prize.amount(for: orgs[i], tier: tier, cycleYear: cycle.year)
            orgs[i].awards.append(AwardRecord(year: cycle.year, tier: tier.awardTier, awarded: approval.date, prizePaid: amount > 0,
                                              approvalDocument: approval.documentNumber))
        }
        registry.organizations = orgs
        cycle.publication = Publication(date: date, by: context.actor, at: context.at)
    }

    /// 第十四条、第十五条: "报请市政府批准撤销其奖励，收回奖牌和奖金，并向社会公告，5年内不得申报".
    private mutating func revoke(orgID: String, year: Int, tier: AwardTier, date: Day, reason: RevocationReason,
                                 approvalDocument: String, context: ActionContext) throws(DomainError) {
        let c = reason.citation
        guard tier == .mayor || tier == .mayorNomination else {
            throw DomainError(zh: "\(tier.name.zh)不由本市撤销", en: "The \(tier.name.en) is not revoked by the city", citation: c)
        }
        guard let i = registry.organizations.firstIndex(where: { $0.id == orgID }) else {
            throw DomainError(zh: "组织 \(orgID) 不在组织名录中", en: "Organization \(orgID) is not in the registry")
        }
        let org = registry.organizations[i]
        guard let j = org.awards.firstIndex(where: { $0.year == year && $0.tier == tier }) else {
            throw DomainError(zh: "“\(org.name)”没有\(year)年度\(tier.name.zh)记录", en: "“\(org.name)” has no \(year) \(tier.name.en) record")
        }
        let record = org.awards[j]
        if let r = record.revoked {
            throw DomainError(zh: "该奖项已于 \(r) 撤销", en: "This award was already revoked on \(r)", citation: c)
        }
        let document = approvalDocument.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !document.isEmpty else {
            throw DomainError(zh: "撤销奖励须经市政府批准：请填写批准文号", en: "Revocation needs the city government's approval: give its document number", citation: c)
        }
        guard date >= record.awarded else {
            throw DomainError(zh: "撤销日期 \(date) 早于获奖日期 \(record.awarded)", en: "The revocation date \(date) is before the award date \(record.awarded)", citation: c)
        }
        registry.organizations[i].awards[j].revoked = date
        registry.organizations[i].awards[j].revocationReason = reason.name.zh
        registry.organizations[i].awards[j].revocation = Revocation(
            reason: reason, date: date, approvalDocument: document, reclaimPlaque: true, reclaimPrize: record.prizePaid,
            by: context.actor, at: context.at)
    }
}
