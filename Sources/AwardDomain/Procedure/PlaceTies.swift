/// Equal composites across the last place of a tier (第十一条（六）): the ranking cannot say who
/// takes the place, so the office decides with a recorded reason; nobody is ordered by id.
public struct PlaceTie: Hashable, Sendable {
    public var tier: PrizeTier
    /// Every applicant with the composite of the tier's last recommended place and no place in a
    /// tier above, by id.
    public var tied: [String]
    /// How many of them take places of the tier.
    public var places: Int
}

public enum PlaceTies {
    /// The ties at a tier's last place that the office has not decided yet.
    public static func open(_ data: AwardData) -> [PlaceTie] {
        let ranking = Ranking.compute(data)
        let entries = AwardRecommendation.compute(ranking: ranking, data: data)
        return find(ranking: ranking, entries: entries).filter { tie in
            !data.cycle.procedure.placeTies.contains { $0.tier == tie.tier && Set($0.tied) == Set(tie.tied) }
        }
    }

    /// A tie at `tier`'s cut: some applicants with the last place's composite take places of the
    /// tier and some, not kept out by a rule of their own, do not.
    static func find(ranking: [RankedApplicant], entries: [RecommendationEntry]) -> [PlaceTie] {
        var out: [PlaceTie] = []
        for tier in PrizeTier.allCases {
            guard let last = entries.last(where: { $0.outcome.tier == tier }) else { continue }
            let score = last.composite.hundredths
            // Those placed in a tier above are out of this tier's tie.
            let above = Set(entries.filter { e in e.outcome.tier.map { PrizeTier.allCases.firstIndex(of: $0)! < PrizeTier.allCases.firstIndex(of: tier)! } ?? false }
                .map(\.applicationID))
            let group = ranking.filter { $0.composite?.hundredths == score && !above.contains($0.applicationID) }.map(\.applicationID)
            let inTier = group.filter { id in entries.contains { $0.applicationID == id && $0.outcome.tier == tier } }
            let left = group.filter { id in
                guard let e = entries.first(where: { $0.applicationID == id }) else { return true }
                switch e.outcome {
                case .recommended(let t): return t != tier
                case .skipped(_, let c): return c == .art3
                }
            }
            if !inTier.isEmpty && !left.isEmpty {
                out.append(PlaceTie(tier: tier, tied: group.sorted(by: utf8Less), places: inTier.count))
            }
        }
        return out
    }

    /// The ranking with each decided tie in the office's order: those it chose first, in its order.
    static func ordered(_ ranking: [RankedApplicant], cycle: Cycle) -> [RankedApplicant] {
        var out = ranking
        for d in cycle.procedure.placeTies {
            let positions = out.indices.filter { d.tied.contains(out[$0].applicationID) }
            let members = positions.map { out[$0] }
            guard positions.count == d.tied.count, Set(members.map { $0.composite?.hundredths }).count == 1 else { continue }
            let chosen = d.include.compactMap { id in members.first { $0.applicationID == id } }
            let rest = members.filter { !d.include.contains($0.applicationID) }
            for (p, m) in zip(positions, chosen + rest) { out[p] = m }
        }
        return out
    }
}
