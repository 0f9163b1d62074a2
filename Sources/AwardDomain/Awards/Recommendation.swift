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
/// Places per tier are the quota (at most 5, 第三条) or fewer when the office so decides ("可少额
/// 或空缺"). An applicant skipped by a rule takes no place, so the next one moves up; a candidate
/// disqualified by an upheld objection keeps its place empty, so nobody moves up ("不进行递补",
/// 第十一条（七）). When the office fills fewer places than the quotas, the applicants the quotas
/// would still have admitted are listed as left out (第三条); anyone ranked lower is not listed.
public enum AwardRecommendation {
    public static func compute(_ data: AwardData) -> [RecommendationEntry] {
        compute(ranking: Ranking.compute(data), data: data)
    }

    /// The walk over a given ranking (tests may pass a hand-made one).
    public static func compute(ranking: [RankedApplicant], data: AwardData) -> [RecommendationEntry] {
        // Equal composites at a place cut go in the office's decided order (第十一条（六）, `PlaceTies`).
        let ranking = PlaceTies.ordered(ranking, cycle: data.cycle)
        let settings = data.cycle.settings
        let policy = data.cycle.recommendationPolicy
        let places: [PrizeTier: Int] = [.award: policy.places(.award, settings: settings),
                                        .nomination: policy.places(.nomination, settings: settings)]
        var leftOut = settings.awardQuota + settings.nominationQuota - places[.award]! - places[.nomination]!
        var used: [PrizeTier: Int] = [.award: 0, .nomination: 0]
        var holders: [(RecommendationEntry, Organization)] = []
        var out: [RecommendationEntry] = []
        let groups = data.registry.groups

        for r in ranking {
            guard let composite = r.composite, let rank = r.rank,
                  let app = data.cycle.application(r.applicationID),
                  let org = data.registry.organization(app.orgID) else { continue }
            var entry = RecommendationEntry(applicationID: app.id, orgID: org.id, name: org.name, rank: rank, composite: composite,
                                            outcome: .recommended(.award), countsAgainstQuota: false, prize: 0)
            func skip(_ s: Skip) { entry.outcome = .skipped(reason: s.reason, citation: s.citation); out.append(entry) }

            // The tier whose places are still open; past the last place the walk ends.
            guard let tier = PrizeTier.allCases.first(where: { used[$0]! < places[$0]! }) else {
                guard leftOut > 0 else { break }
                leftOut -= 1
                skip(officeDecision(places[.award]!, places[.nomination]!, policy: policy))
                continue
            }
            if let s = groupConflict(org, holders: holders, groups: groups)
                ?? (tier == .nomination ? nominationCoolDown(org, cycleYear: data.cycle.year) : nil) {
                skip(s)
                continue
            }
            let outsideQuota = tier == .award && repeatAwardWinner(org, cycleYear: data.cycle.year) != nil
            if !outsideQuota { used[tier]! += 1 }
            entry.countsAgainstQuota = !outsideQuota
            entry.outcome = .recommended(tier)
            // A disqualified candidate still holds its place and its group: the list was fixed
            // when the committee decided.
            holders.append((entry, org))
            if let s = disqualification(app.id, cycle: data.cycle) {
                skip(s)
                continue
            }
            entry.prize = Prize.amount(for: org, tier: tier, cycleYear: data.cycle.year)
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
    static func groupConflict(_ org: Organization, holders: [(RecommendationEntry, Organization)], groups: Groups) -> Skip? {
        guard let (held, member) = holders.first(where: { groups.areRelated(org.id, $0.1.id) }) else { return nil }
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
        guard let o = cycle.publicityDisqualification(of: applicationID) else { return nil }
        return Skip(reason: Phrase(
            zh: "社会公示期间异议成立（\(o.received) 收到，编号 \(o.id)），取消获奖资格，不进行递补",
            en: "An objection in public publicity was upheld (received \(o.received), \(o.id)): disqualified, and nobody moves up"),
            citation: .art11_7)
    }

    /// 第三条: "上述获奖数可少额或空缺" — the office fills fewer places than the quotas; the places
    /// it does not fill stay empty and nobody below takes them.
    static func officeDecision(_ award: Int, _ nomination: Int, policy: RecommendationPolicy) -> Skip {
        let note = policy.note.isEmpty ? "" : "：\(policy.note)"
        let noteEn = policy.note.isEmpty ? "" : ": \(policy.note)"
        return Skip(reason: Phrase(
            zh: "本年度市长质量奖只评定\(award)个、提名奖只评定\(nomination)个（委员会办公室决定\(note)），名额已满，其余名额空缺",
            en: "This year only \(award) awards and \(nomination) nomination awards are given (the office's decision\(noteEn)); the places are taken and the others stay empty"),
            citation: .art3)
    }
}
