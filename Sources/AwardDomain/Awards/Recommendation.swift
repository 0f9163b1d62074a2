/// What the recommendation says about one ranked applicant.
public enum RecommendationOutcome: Hashable, Sendable {
    case recommended(PrizeTier)
    case skipped(reason: Phrase, citation: Citation)

    public var tier: PrizeTier? {
        if case .recommended(let t) = self { return t }
        return nil
    }
}

/// One line of the office's proposed list (建议名单, 第十一条（六）).
public struct RecommendationEntry: Hashable, Sendable {
    public var applicationID: String
    public var orgID: String
    public var name: String
    public var rank: Int
    public var composite: ExactScore
    public var outcome: RecommendationOutcome
    /// False for a repeat winner of the award, who takes no place of the year (第十六条). True for a
    /// candidate disqualified in publicity: its place stays empty (第十一条（七）).
    public var countsAgainstQuota: Bool
    /// Prize money in CNY (第十二条); 0 when not recommended or when the tier was won before.
    public var prize: Int
}

/// The office's proposed list from the composite ranking (第十一条（六）): award places first, then
/// nomination places, each place taken by the best-ranked applicant the rules allow.
///
/// The walk assigns the ranking to quota slots: the first `awardQuota` counted slots are award
/// slots, the next `nominationQuota` nomination slots (第三条). A slot is filled when it lies
/// within the places the office decided to fill, and left empty otherwise ("可少额或空缺"). An
/// applicant skipped by a rule takes no slot, so the next one moves up; a candidate disqualified
/// by an upheld objection keeps its slot empty, so nobody moves up ("不进行递补", 第十一条（七）).
/// Applicants ranked below the last quota slot are not listed.
public enum AwardRecommendation {
    public static func compute(_ data: AwardData) -> [RecommendationEntry] {
        compute(ranking: Ranking.compute(data), data: data)
    }

    /// The walk over a given ranking (tests pass a hand-made one).
    public static func compute(ranking: [RankedApplicant], data: AwardData) -> [RecommendationEntry] {
        let settings = data.cycle.settings
        let policy = data.cycle.recommendationPolicy
        let quota: [PrizeTier: Int] = [.award: settings.awardQuota, .nomination: settings.nominationQuota]
        var used: [PrizeTier: Int] = [.award: 0, .nomination: 0]
        var holders: [(entry: RecommendationEntry, org: Organization)] = []
        var out: [RecommendationEntry] = []

        for r in ranking {
            guard let composite = r.composite, let rank = r.rank,
                  let app = data.cycle.application(r.applicationID),
                  let org = data.registry.organization(app.orgID) else { continue }
            // The tier whose slots are still open; past the last slot the walk ends.
            guard let tier = PrizeTier.allCases.first(where: { used[$0]! < quota[$0]! }) else { break }
            var entry = RecommendationEntry(applicationID: app.id, orgID: org.id, name: org.name, rank: rank, composite: composite,
                                            outcome: .recommended(tier), countsAgainstQuota: true, prize: 0)
            if let skip = groupConflict(org, holders: holders.map { ($0.entry, $0.org) }, registry: data.registry)
                ?? (tier == .nomination ? nominationCoolDown(org, cycleYear: data.cycle.year) : nil) {
                entry.outcome = .skipped(reason: skip.reason, citation: skip.citation)
                entry.countsAgainstQuota = false
                out.append(entry)
                continue
            }
            let outsideQuota = tier == .award && repeatAwardWinner(org, cycleYear: data.cycle.year) != nil
            entry.countsAgainstQuota = !outsideQuota
            // A repeat winner stands at the next slot without taking it, so an award the office
            // left empty is not given to it either.
            let slot = used[tier]!
            if !outsideQuota { used[tier] = slot + 1 }
            if let skip = leftEmpty(tier, slot: slot, places: policy.places(tier, settings: settings), policy: policy) {
                entry.outcome = .skipped(reason: skip.reason, citation: skip.citation)
                entry.countsAgainstQuota = false
                out.append(entry)
                continue
            }
            if let skip = disqualification(app.id, cycle: data.cycle) {
                entry.outcome = .skipped(reason: skip.reason, citation: skip.citation)
                // Still holds its group: the list was fixed when the committee decided.
                holders.append((entry, org))
                out.append(entry)
                continue
            }
            entry.prize = Prize.amount(for: org, tier: tier, cycleYear: data.cycle.year)
            holders.append((entry, org))
            out.append(entry)
        }
        return out
    }

    /// Applicants listed as recommended for `tier`.
    public static func recommended(_ entries: [RecommendationEntry], tier: PrizeTier? = nil) -> [RecommendationEntry] {
        entries.filter { e in e.outcome.tier.map { tier == nil || $0 == tier } ?? false }
    }

    public struct Skip: Hashable, Sendable {
        public var reason: Phrase
        public var citation: Citation
    }

    /// 第十一条（六）: "同属一个母公司的多个子公司，最多推荐一个拟获奖对象" — at most one recommended
    /// organization per group (a parent with its subsidiaries at any depth); the better-ranked
    /// member keeps the place.
    static func groupConflict(_ org: Organization, holders: [(RecommendationEntry, Organization)], registry: Registry) -> Skip? {
        let group = Set(Conflicts.groupMembers(of: org.id, in: registry).map(\.id))
        guard let (held, member) = holders.first(where: { group.contains($0.1.id) }) else { return nil }
        return Skip(reason: Phrase(
            zh: "与排名第\(held.rank)的“\(member.name)”同属一个集团，同一母公司的子公司最多推荐一个拟获奖对象",
            en: "Same group as “\(member.name)”, ranked \(held.rank): at most one organization of a group is recommended"),
            citation: .art11_6)
    }

    /// 第十六条: "获得盐城市市长质量奖提名奖的组织……5年内不再评选其为提名奖" — a nomination won in a
    /// cycle less than 5 years before (cycle year − nomination year < 5, RULES.md §8) and not
    /// revoked blocks the nomination, not the award.
    static func nominationCoolDown(_ org: Organization, cycleYear: Int) -> Skip? {
        guard let won = org.awards.filter({ $0.tier == .mayorNomination && $0.revoked == nil && $0.year < cycleYear && cycleYear - $0.year < 5 })
            .max(by: { $0.year < $1.year }) else { return nil }
        return Skip(reason: Phrase(
            zh: "\(won.year)年度获得盐城市市长质量奖提名奖，5年内不再评选为提名奖（\(won.year + 5)年度起方可），可推荐为市长质量奖",
            en: "Won the \(won.year) nomination award: not chosen for the nomination again within 5 years (from \(won.year + 5) on); the award itself remains open"),
            citation: .art16)
    }

    /// 第十六条: "经评审再次获奖的组织不占用当年的奖项名额" — a winner of the Mayor's award from an
    /// earlier year (eligible again per E11) recommended for the award takes no place of the year;
    /// 第十二条 gives it the plaque only.
    public static func repeatAwardWinner(_ org: Organization, cycleYear: Int) -> AwardRecord? {
        org.awards.filter { $0.tier == .mayor && $0.revoked == nil && $0.year < cycleYear }.max { $0.year < $1.year }
    }

    /// 第十一条（七）: "公示不通过的，取消获奖资格，不进行递补" — an upheld objection in a public
    /// publicity period removes the candidate; its place stays empty.
    static func disqualification(_ applicationID: String, cycle: Cycle) -> Skip? {
        guard let o = upheldObjection(applicationID, cycle: cycle) else { return nil }
        return Skip(reason: Phrase(
            zh: "社会公示期间异议成立（\(o.received) 收到，编号 \(o.id)），取消获奖资格，不进行递补",
            en: "An objection in public publicity was upheld (received \(o.received), \(o.id)): disqualified, and nobody moves up"),
            citation: .art11_7)
    }

    /// The upheld objection against the applicant in any public publicity period.
    static func upheldObjection(_ applicationID: String, cycle: Cycle) -> Objection? {
        for p in cycle.publicity where p.kind == .public {
            if let o = p.objections.first(where: { $0.applicationID == applicationID && $0.outcome == .upheld }) { return o }
        }
        return nil
    }

    /// 第三条: "上述获奖数可少额或空缺" — the office fills only `places` slots of the tier; the slot
    /// `slot` (0-based) beyond them stays empty.
    static func leftEmpty(_ tier: PrizeTier, slot: Int, places: Int, policy: RecommendationPolicy) -> Skip? {
        guard slot >= places else { return nil }
        let note = policy.note.isEmpty ? "" : "：\(policy.note)"
        let noteEn = policy.note.isEmpty ? "" : ": \(policy.note)"
        return Skip(reason: Phrase(
            zh: "本年度\(tier.name.zh)只评定\(places)个（委员会办公室决定\(note)），其余名额空缺",
            en: "This year only \(places) of the \(tier.name.en) are given (the office's decision\(noteEn)); the other places stay empty"),
            citation: .art3)
    }
}
