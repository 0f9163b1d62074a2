/// E10, E11: the organization's own award history.
extension Eligibility {
    /// E10 第十四条、第十五条: an award revoked (fraud, or an accident with major social impact after
    /// the award) bars applying "5年内": barred while deadline < revocation + 5 years (date to date,
    /// RULES.md §8); on the fifth anniversary the bar has ended.
    static func e10Revocation(_ x: Input) -> CheckResult {
        let deadline = x.deadline
        // A revoked award bars the cycles after the one it came from (第十四条、第十五条 "5年内不得申报"),
        // not its own cycle, whose application was already decided.
        let awards = x.organization.awards.filter { $0.year < x.cycle.year }
        let barred = awards.contains { a in a.revoked.flatMap { $0.adding(years: 5) }.map { deadline < $0 } ?? false }
        return CheckResult(code: "E10", citation: .art14_15, outcome: barred ? .fail : .pass) {
            var failures: [Phrase] = []
            var ended: [Phrase] = []
            var facts = [deadlineFact(deadline)]
            for a in awards.sorted(by: { $0.awarded < $1.awarded }) {
                guard let r = a.revoked else { continue }
                facts.append(CheckFact(zh: "撤销", en: "revoked", "\(a.year) \(a.tier.name.zh) \(r)"))
                let why = a.revocationReason.map { $0.isEmpty ? "" : "（\($0)）" } ?? ""
                let whyEn = a.revocationReason.map { $0.isEmpty ? "" : " (\($0))" } ?? ""
                guard let free = r.adding(years: 5) else { continue }
                if deadline < free {
                    failures.append(Phrase(
                        zh: "\(a.year)年度\(a.tier.name.zh)于 \(r) 被撤销\(why)，5年内不得申报，\(free) 起方可申报（申报截止日 \(deadline)）",
                        en: "The \(a.year) \(a.tier.name.en) was revoked on \(r)\(whyEn): no application for 5 years, not before \(free) (deadline \(deadline))"))
                } else {
                    ended.append(Phrase(zh: "\(a.year)年度\(a.tier.name.zh)于 \(r) 被撤销，至申报截止日 \(deadline) 已满5年",
                                        en: "the \(a.year) \(a.tier.name.en) was revoked on \(r): 5 years had passed by the deadline \(deadline)"))
                }
            }
            if barred { return (.joined(failures), facts) }
            let reason = ended.isEmpty ? Phrase(zh: "无被撤销的奖项", en: "No award of this organization was revoked") : .joined(ended)
            return (reason, facts)
        }
    }

    /// E11 第十六条: "获得盐城市市长质量奖满5年的组织，在按当年评审标准进行自我评价的基础上可重新申报":
    /// a winner of the Mayor's award (standing at the deadline) may apply again only when
    /// awarded + 5 years ≤ deadline, and with a self-assessment. A nomination winner may apply;
    /// its 5-year cool-down limits the recommendation (RULES.md §5), not eligibility.
    static func e11RepeatWinner(_ x: Input) -> CheckResult {
        let c = Citation.art16
        let deadline = x.deadline
        let selfAssessment = x.application.selfAssessment
        let won = x.organization.awards.filter { $0.tier == .mayor && stood($0, at: deadline) }
        guard let last = won.max(by: { $0.awarded < $1.awarded }) else {
            return CheckResult(code: "E11", citation: c, outcome: .pass) {
                (Phrase(zh: "未获得过盐城市市长质量奖，不适用", en: "Never won the Mayor's Quality Award: not applicable"), [deadlineFact(deadline)])
            }
        }
        let five = last.awarded.adding(years: 5)
        let fiveYears = five.map { $0 <= deadline } ?? false
        let met = fiveYears && selfAssessment
        return CheckResult(code: "E11", citation: c, outcome: met ? .pass : .fail) {
            var facts = [CheckFact(zh: "获奖", en: "awarded", "\(last.year) \(last.awarded)"), deadlineFact(deadline),
                         CheckFact(zh: "自我评价", en: "self-assessment", selfAssessment ? "有 / yes" : "无 / no")]
            if let five { facts.append(CheckFact(zh: "满5年之日", en: "5 years on", five.description)) }
            var failures: [Phrase] = []
            if !fiveYears {
                let when = five.map(\.description) ?? "—"
                failures.append(Phrase(
                    zh: "于 \(last.awarded) 获得\(last.year)年度盐城市市长质量奖，至申报截止日 \(deadline) 不满5年（\(when) 满5年）",
                    en: "won the \(last.year) Mayor's Quality Award on \(last.awarded): under 5 years at the deadline \(deadline) (5 years on \(when))"))
            }
            if !selfAssessment {
                failures.append(Phrase(zh: "重新申报须附按当年评审标准进行的自我评价：请补交自我评价",
                                       en: "a repeat application needs a self-assessment against this year's criteria: add the self-assessment"))
            }
            if met {
                return (Phrase(
                    zh: "于 \(last.awarded) 获得\(last.year)年度盐城市市长质量奖，至申报截止日 \(deadline) 已满5年，已按当年标准自我评价",
                    en: "Won the \(last.year) Mayor's Quality Award on \(last.awarded): 5 full years at the deadline \(deadline), with a self-assessment"), facts)
            }
            return (.joined(failures), facts)
        }
    }
}
