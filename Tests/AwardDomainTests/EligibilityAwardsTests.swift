import Testing
@testable import AwardDomain

private func orgWith(_ awards: [AwardRecord]) -> Organization {
    var o = EligibilityFixture.organization()
    o.awards = awards
    return o
}

// E10 第十四条、第十五条"5年内不得申报": revoked 2021-04-01 → barred until 2026-04-01, after the
// deadline 2026-03-31 → fails; revoked 2021-03-31 → 2026-03-31 ≤ deadline → the bar has ended.
@Test func e10RevokedAwardInsideAndPastTheFiveYearBar() {
    let inside = EligibilityFixture.check("E10", org: orgWith([AwardRecord(year: 2019, tier: .mayor, awarded: Day("2019-12-01")!,
                                                               revoked: Day("2021-04-01")!, revocationReason: "弄虚作假")]))
    #expect(inside.outcome == .fail)
    #expect(inside.reason.zh.contains("2019年度盐城市市长质量奖于 2021-04-01 被撤销（弄虚作假），5年内不得申报，2026-04-01 起方可申报"))
    let past = EligibilityFixture.check("E10", org: orgWith([AwardRecord(year: 2019, tier: .mayor, awarded: Day("2019-12-01")!,
                                                             revoked: Day("2021-03-31")!)]))
    #expect(past.outcome == .pass)
    #expect(EligibilityFixture.check("E10", org: EligibilityFixture.organization()).reason.zh == "无被撤销的奖项")
}

// E11 第十六条"获得盐城市市长质量奖满5年": awarded 2021-03-31 + 5 years = 2026-03-31 ≤ deadline
// with a self-assessment → passes; awarded 2021-04-01 → 5 years only on 2026-04-01 → fails.
@Test func e11MayorsAwardWinnerBeforeAndAfterFiveFullYears() {
    var app = EligibilityFixture.application()
    app.selfAssessment = true
    let exactly = EligibilityFixture.check("E11", org: orgWith([AwardRecord(year: 2020, tier: .mayor, awarded: Day("2021-03-31")!)]), app: app)
    #expect(exactly.outcome == .pass)
    let early = EligibilityFixture.check("E11", org: orgWith([AwardRecord(year: 2021, tier: .mayor, awarded: Day("2021-04-01")!)]), app: app)
    #expect(early.outcome == .fail)
    #expect(early.reason.zh.contains("于 2021-04-01 获得2021年度盐城市市长质量奖，至申报截止日 2026-03-31 不满5年（2026-04-01 满5年）"))
}

// E11 第十六条"在按当年评审标准进行自我评价的基础上可重新申报": 5 full years but no self-assessment → fails.
@Test func e11RepeatWithoutSelfAssessmentFails() {
    let r = EligibilityFixture.check("E11", org: orgWith([AwardRecord(year: 2019, tier: .mayor, awarded: Day("2019-12-01")!)]))
    #expect(r.outcome == .fail)
    #expect(r.reason.zh.contains("自我评价"))
    #expect(!r.reason.zh.contains("不满5年"))
}

// E11 第十六条: a nomination winner may apply (its cool-down limits the recommendation, not
// eligibility); no Mayor's award at all → not applicable, passes.
@Test func e11NominationWinnerAndNoAwardPass() {
    let nom = EligibilityFixture.check("E11", org: orgWith([AwardRecord(year: 2024, tier: .mayorNomination, awarded: Day("2024-12-01")!)]))
    #expect(nom.outcome == .pass)
    #expect(nom.reason.en.contains("not applicable"))
}
