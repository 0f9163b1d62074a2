/// E7 第十条（七）: related parents and subsidiaries.
extension Eligibility {
    /// The awards 第十条（七） looks at: the Jiangsu Governor's award and its nomination, the Mayor's
    /// award and its nomination — all four tiers.
    static let groupBlockingTiers: Set<AwardTier> = [.governor, .governorNomination, .mayor, .mayorNomination]

    /// An award that stood at the deadline: won on or before it and not revoked by then.
    static func stood(_ a: AwardRecord, at deadline: Day) -> Bool {
        guard a.awarded <= deadline else { return false }
        if let r = a.revoked, r <= deadline { return false }
        return true
    }

    /// E7 第十条（七）: (a) one applicant per group per cycle — another member of the group with an
    /// application not withdrawn blocks; (b) a parent (any depth up) holding one of the four awards
    /// bars its subsidiaries; (c) a subsidiary (any depth down) holding one bars its parent.
    static func e7Group(_ x: Input) -> CheckResult {
        let org = x.organization
        let deadline = x.deadline
        let app = x.application
        let cycle = x.cycle, index = x.index, groups = x.groups

        // (a) 在一个申报周期内……只可有一家申报: the group's other applications, in the cycle's order,
        // found through the by-organization index instead of walking every application.
        let group = groups.members(ofGroupOf: org.id).filter { $0 != org.id }   // distinct already
        let others = group.flatMap { x.applicationsByOrg[$0] ?? [] }.sorted()
            .filter { cycle.applications[$0].id != app.id && cycle.applications[$0].status != .withdrawn }
        let ancestors = groups.ancestors(of: org.id), descendants = groups.descendants(of: org.id)
        let met = others.isEmpty
            && !ancestors.contains { !awards(of: $0, in: index, deadline: deadline).isEmpty }
            && !descendants.contains { !awards(of: $0, in: index, deadline: deadline).isEmpty }

        return CheckResult(code: "E7", citation: .art10_7, outcome: met ? .pass : .fail) {
            var failures: [Phrase] = []
            let name = { (id: String) in index.organization(id)?.name ?? id }

            for other in others.map({ cycle.applications[$0] }) {
                failures.append(Phrase(
                    zh: "同一集团的“\(name(other.orgID))”本年度已申报（\(other.id)，\(other.status.name.zh)），母、子公司中只可有一家申报",
                    en: "“\(name(other.orgID))” of the same group has applied this cycle (\(other.id), \(other.status.name.en)); only one of a parent and its subsidiaries may apply"))
            }

            // (b) 母公司已获得……的，不再接受其子公司的申报
            for id in ancestors {
                for a in awards(of: id, in: index, deadline: deadline) {
                    failures.append(Phrase(
                        zh: "母公司“\(name(id))”于 \(a.awarded) 获得\(a.year)年度\(a.tier.name.zh)，不再接受其子公司申报",
                        en: "Parent “\(name(id))” won the \(a.year) \(a.tier.name.en) on \(a.awarded): its subsidiaries may not apply"))
                }
            }

            // (c) 子公司已获得……的，不再接受其母公司的申报
            for id in descendants {
                for a in awards(of: id, in: index, deadline: deadline) {
                    failures.append(Phrase(
                        zh: "子公司“\(name(id))”于 \(a.awarded) 获得\(a.year)年度\(a.tier.name.zh)，不再接受其母公司申报",
                        en: "Subsidiary “\(name(id))” won the \(a.year) \(a.tier.name.en) on \(a.awarded): its parent may not apply"))
                }
            }

            let facts = [deadlineFact(deadline), CheckFact(zh: "集团成员", en: "group members", "\(group.count + 1)")]
            if met {
                let reason = group.isEmpty
                    ? Phrase(zh: "无关联母、子公司", en: "No related parent or subsidiary")
                    : Phrase(zh: "同一集团其他 \(group.count) 家组织本年度未申报，且均未获得省长质量奖、市长质量奖及其提名奖",
                             en: "None of the \(group.count) other organizations of the group applied this cycle or holds a Governor's or Mayor's quality award or nomination")
                return (reason, facts)
            }
            return (.joined(failures), facts)
        }
    }

    private static func awards(of id: String, in index: RegistryIndex, deadline: Day) -> [AwardRecord] {
        (index.organization(id)?.awards ?? [])
            .filter { groupBlockingTiers.contains($0.tier) && stood($0, at: deadline) }
            .sorted { $0.awarded < $1.awarded }
    }
}
