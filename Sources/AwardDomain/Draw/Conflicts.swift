/// Who of the expert pool may be drawn for a panel, and why the others may not (第十一条（三）,
/// RULES.md §3: the record names every expert excluded and why).
public enum Conflicts {
    /// Evaluates every expert of the registry against the panel's applicants and dates.
    public static func evaluate(panel: Panel, applications: [Application], registry: Registry) -> PoolEligibility {
        evaluate(panel: panel, applications: applications, registry: registry, groups: registry.groups, index: registry.index)
    }

    /// The same with the group and id indexes built once by the caller from `registry` (one
    /// evaluation per panel of a cycle shares them).
    public static func evaluate(panel: Panel, applications: [Application], registry: Registry,
                                groups groupIndex: Groups, index: RegistryIndex) -> PoolEligibility {
        let applicants = panel.applicationIDs.compactMap { id in applications.first { $0.id == id } }
            .compactMap { index.organization($0.orgID) }
        let groups = applicants.map { (applicant: $0, members: groupMembers(of: $0.id, groups: groupIndex, index: index)) }
        // Every id and credit code of the applicants' groups: an expert whose employer and declared
        // conflicts name none of them has no conflict (c, d), and the wording is not built.
        var named: Set<String> = []
        for g in groups { for m in g.members { named.insert(m.id); named.insert(m.creditCode) } }

        var pool: [String] = []
        var exclusions: [Exclusion] = []
        var conflicted = 0
        var unavailable = 0
        for expert in registry.experts {
            let availability = availabilityReasons(expert, dates: panel.dates)
            var conflicts: [Phrase] = []
            let mayConflict = expert.employerOrgID.map(named.contains) == true
                || expert.employerCreditCode.map(named.contains) == true
                || expert.conflicts.contains(where: named.contains)
            for g in groups where mayConflict {
                for r in conflictReasons(expert, applicant: g.applicant, group: g.members) where !conflicts.contains(r) {
                    conflicts.append(r)
                }
            }
            if availability.isEmpty && conflicts.isEmpty {
                pool.append(expert.id)
            } else {
                exclusions.append(Exclusion(expertID: expert.id, reasons: availability + conflicts))
                if conflicts.isEmpty { unavailable += 1 } else { conflicted += 1 }
            }
        }
        pool.sort(by: utf8Less)
        exclusions.sort { utf8Less($0.expertID, $1.expertID) }
        return PoolEligibility(pool: pool, exclusions: exclusions, conflicted: conflicted, unavailable: unavailable)
    }

    /// (a) marked unavailable; (b) an unavailable range overlapping the review dates.
    static func availabilityReasons(_ e: Expert, dates: DayRange) -> [Phrase] {
        var out: [Phrase] = []
        if !e.available {
            out.append(Phrase(zh: "专家库中标记为暂不可抽取", en: "marked unavailable in the expert pool"))
        }
        for r in e.unavailable where r.overlaps(dates) {
            out.append(Phrase(zh: "\(r.from) 至 \(r.to) 不能参加，与评审日期 \(dates.from) 至 \(dates.to) 重叠",
                              en: "unavailable \(r.from) to \(r.to), overlapping the review dates \(dates.from) to \(dates.to)"))
        }
        return out
    }

    /// (c) employed by the applicant or by any organization of its group, by registry id or by the
    /// employer's credit code; (d) a declared conflict with any organization of the group.
    static func conflictReasons(_ e: Expert, applicant: Organization, group: [Organization]) -> [Phrase] {
        var out: [Phrase] = []
        for m in group {
            let byID = e.employerOrgID == m.id
            let byCode = !byID && e.employerCreditCode.map { !$0.isEmpty && $0 == m.creditCode } == true
            if byID || byCode {
                let how = byCode ? Phrase(zh: "（按统一社会信用代码 \(m.creditCode)）", en: " (by credit code \(m.creditCode))")
                                 : Phrase.empty
                out.append(m.id == applicant.id
                    ? Phrase(zh: "任职于申报组织“\(m.name)”\(how.zh)", en: "employed by the applicant “\(m.name)”\(how.en)")
                    : Phrase(zh: "任职于“\(m.name)”\(how.zh)，与申报组织“\(applicant.name)”同属一个集团",
                             en: "employed by “\(m.name)”\(how.en), of the same group as the applicant “\(applicant.name)”"))
            }
            if e.conflicts.contains(m.id) || e.conflicts.contains(m.creditCode) {
                out.append(m.id == applicant.id
                    ? Phrase(zh: "申报与申报组织“\(m.name)”存在利益冲突", en: "declared a conflict of interest with the applicant “\(m.name)”")
                    : Phrase(zh: "申报与“\(m.name)”存在利益冲突，该组织与申报组织“\(applicant.name)”同属一个集团",
                             en: "declared a conflict of interest with “\(m.name)”, of the same group as the applicant “\(applicant.name)”"))
            }
        }
        return out
    }
}

/// The pool as it stands for one panel: the experts who may be drawn, sorted by id, and every
/// other expert with the reasons they may not.
public struct PoolEligibility: Hashable, Sendable {
    public var pool: [String]
    public var exclusions: [Exclusion]
    /// Excluded experts with at least one conflict of interest (c, d).
    public var conflicted: Int
    /// Excluded experts for availability only (a, b).
    public var unavailable: Int
    public var total: Int { pool.count + exclusions.count }
}

/// Expert ids are ordered by the bytes of their UTF-8 form, the order the published draw
/// algorithm uses (docs/draw-algorithm.md), whatever the locale.
func utf8Less(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }
