/// Prize money and the yearly budget (第十二条, 第十三条). Amounts are whole CNY.
public enum Prize {
    /// 第十二条: "一次性分别发放奖金50万元和10万元".
    public static let awardAmount = 500_000
    public static let nominationAmount = 100_000
    /// 第十三条: "每年度盐城市市长质量奖奖励经费300万元".
    public static let annualBudget = 3_000_000

    public static func fullAmount(_ tier: PrizeTier) -> Int { tier == .award ? awardAmount : nominationAmount }

    /// 第十二条: "再次申报获得同一等次奖项的，授予奖牌，不再发放奖金" — the same tier won in an
    /// earlier cycle and not revoked (a revoked award's money was reclaimed, 第十四、十五条).
    public static func previousWin(_ org: Organization, tier: PrizeTier, before cycleYear: Int) -> AwardRecord? {
        org.awards.filter { $0.tier == tier.awardTier && $0.revoked == nil && $0.year < cycleYear }.max { $0.year < $1.year }
    }

    /// 第十二条: the money for winning `tier` in `cycleYear`: the full amount once, 0 for the same tier again.
    public static func amount(for org: Organization, tier: PrizeTier, cycleYear: Int) -> Int {
        previousWin(org, tier: tier, before: cycleYear) == nil ? fullAmount(tier) : 0
    }

    /// 第十三条: the year's total against the budget; over budget is a warning with the numbers,
    /// for the office to settle with the city finance bureau.
    public static func checkBudget(total: Int, budget: Int = annualBudget) -> BudgetCheck {
        guard total > budget else { return BudgetCheck(total: total, budget: budget, warning: nil) }
        return BudgetCheck(total: total, budget: budget, warning: Phrase(
            zh: "奖金合计 \(yuan(total)) 元，超出年度奖励经费 \(yuan(budget)) 元 \(yuan(total - budget)) 元",
            en: "Prize money totals CNY \(yuan(total)), CNY \(yuan(total - budget)) over the yearly budget of CNY \(yuan(budget))"))
    }

    /// 3000000 → "3,000,000".
    public static func yuan(_ amount: Int) -> String {
        let digits = String(abs(amount))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return amount < 0 ? "-" + out : out
    }
}

public struct BudgetCheck: Hashable, Sendable {
    public var total: Int
    public var budget: Int
    public var warning: Phrase?
    public var withinBudget: Bool { warning == nil }
    public var citation: Citation { .art13 }
}

/// One line of the payment list (奖金发放名单).
public struct Payment: Hashable, Sendable {
    public var applicationID: String
    public var orgID: String
    public var organization: String
    public var creditCode: String
    public var tier: PrizeTier
    public var amount: Int
    public var note: Phrase
}

/// The cycle's payment list: the approved winners once the city government has approved the
/// list (第十一条（八）), before that the office's proposal, marked provisional.
public struct PaymentList: Hashable, Sendable {
    public var year: Int
    public var payments: [Payment]
    public var provisional: Bool
    public var total: Int { payments.reduce(0) { $0 + $1.amount } }
    public var budget: BudgetCheck { Prize.checkBudget(total: total) }

    public static func compute(_ data: AwardData) -> PaymentList {
        let year = data.cycle.year
        let winners: [(String, PrizeTier)]
        if data.cycle.approval != nil {
            winners = DecisionFlow.approvedList(data.cycle)
        } else {
            winners = AwardRecommendation.recommended(AwardRecommendation.compute(data)).map { ($0.applicationID, $0.outcome.tier!) }
        }
        let payments = winners.compactMap { (appID, tier) -> Payment? in
            guard let app = data.cycle.application(appID), let org = data.registry.organization(app.orgID) else { return nil }
            let amount = Prize.amount(for: org, tier: tier, cycleYear: year)
            var notes: [Phrase] = []
            if tier == .award, let r = AwardRecommendation.repeatAwardWinner(org, cycleYear: year) {
                notes.append(Phrase(zh: "\(r.year)年度获奖后再次获奖，不占用当年名额（第十六条）",
                                    en: "won again after \(r.year); takes no place of the year (Art. 16)"))
            }
            if let p = Prize.previousWin(org, tier: tier, before: year) {
                notes.append(Phrase(zh: "\(p.year)年度已获同一等次奖项，授予奖牌，不再发放奖金（第十二条）",
                                    en: "same tier won in \(p.year): plaque only, no prize money (Art. 12)"))
            }
            return Payment(applicationID: appID, orgID: org.id, organization: org.name, creditCode: org.creditCode, tier: tier,
                           amount: amount, note: Phrase(zh: notes.map(\.zh).joined(separator: "；"), en: notes.map(\.en).joined(separator: "; ")))
        }
        return PaymentList(year: year, payments: payments, provisional: data.cycle.approval == nil)
    }
}
