import Testing
@testable import AwardDomain

/// 第十二条 (500,000 / 100,000 once; the same tier again: plaque only), 第十三条 (3,000,000 a year).
struct PrizeTests {
    /// Ten first-time winners: 5 × 500,000 + 5 × 100,000 = 2,500,000 + 500,000 = 3,000,000,
    /// exactly the budget, so no warning.
    @Test func fullListExactlyWithinBudget() {
        let list = PaymentList.compute(AwardFixture.data(count: 12))
        #expect(list.provisional)
        #expect(list.payments.count == 10)
        #expect(list.total == 3_000_000)
        #expect(list.budget.withinBudget && list.budget.budget == 3_000_000)
    }

    /// O01 won the 2019 award (repeat, outside the quota, plaque only); O07 won the 2018
    /// nomination (2026 − 2018 = 8, cool-down over) and wins it again: plaque only. Award:
    /// O01 0 + O02…O06 5 × 500,000 = 2,500,000; nomination: O07 0 + O08…O11 4 × 100,000 = 400,000;
    /// total 2,900,000 for 11 winners.
    @Test func repeatWinnersLowerTheTotal() {
        let data = AwardFixture.data(count: 12, orgs: [
            1: AwardFixture.org("O01", awards: [AwardRecord(year: 2019, tier: .mayor, awarded: Day("2019-07-15")!)]),
            7: AwardFixture.org("O07", awards: [AwardRecord(year: 2018, tier: .mayorNomination, awarded: Day("2018-07-16")!)])])
        let list = PaymentList.compute(data)
        #expect(list.payments.count == 11)
        #expect(list.payments.map(\.amount) == [0] + Array(repeating: 500_000, count: 5) + [0] + Array(repeating: 100_000, count: 4))
        #expect(list.total == 2_900_000)
        #expect(list.payments[0].note.zh.contains("第十六条") && list.payments[0].note.zh.contains("第十二条"))
        #expect(list.payments[6].note.zh.contains("2018年度已获同一等次奖项"))
        #expect(list.payments[1].note.zh.isEmpty)
    }

    /// 第十二条: another tier is paid in full (a 2020 nomination winner winning the award gets
    /// 500,000); a revoked award does not count as won (its money was reclaimed, 第十四条).
    @Test func amounts() {
        let nominated = AwardFixture.org("X", awards: [AwardRecord(year: 2020, tier: .mayorNomination, awarded: Day("2020-07-01")!)])
        #expect(Prize.amount(for: nominated, tier: .award, cycleYear: 2026) == 500_000)
        #expect(Prize.amount(for: nominated, tier: .nomination, cycleYear: 2026) == 0)
        let revoked = AwardFixture.org("Y", awards: [AwardRecord(year: 2015, tier: .mayor, awarded: Day("2015-07-01")!, revoked: Day("2017-01-10")!)])
        #expect(Prize.amount(for: revoked, tier: .award, cycleYear: 2026) == 500_000)
        // The cycle's own record, once published, does not make its own prize a repeat.
        let current = AwardFixture.org("Z", awards: [AwardRecord(year: 2026, tier: .mayor, awarded: Day("2026-06-30")!)])
        #expect(Prize.amount(for: current, tier: .award, cycleYear: 2026) == 500_000)
    }

    /// 第十三条: 3,100,000 is 100,000 over the 3,000,000 budget: a warning with the numbers.
    @Test func overBudgetWarns() {
        let check = Prize.checkBudget(total: 3_100_000)
        #expect(!check.withinBudget && check.citation == .art13)
        #expect(check.warning?.zh == "奖金合计 3,100,000 元，超出年度奖励经费 3,000,000 元 100,000 元")
        #expect(Prize.checkBudget(total: 3_000_000).warning == nil)
        #expect(Prize.yuan(500_000) == "500,000" && Prize.yuan(0) == "0")
    }
}
