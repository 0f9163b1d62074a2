import Testing
@testable import AwardDomain

/// 第十四条 (fraud), 第十五条 (accident with major social impact): with the city government's
/// approval the award is revoked, plaque and money reclaimed; E10 reads `AwardRecord.revoked`
/// to bar the organization for 5 years.
struct RevocationTests {
    /// The revocations are taken on 2026-09-02: a fact is never dated after the real date (C1).
    static let at = Timestamp(iso: "2026-09-02T10:00:00.000+08:00")!

    func revoking(_ data: AwardData, _ actions: [Action]) throws(DomainError) -> AwardData {
        try applying(data, actions, context: ActionContext(actor: "张主任", at: Self.at))
    }

    static func data() -> AwardData {
        var d = AwardFixture.data(count: 1)
        d.registry.organizations[0].awards = [
            AwardRecord(year: 2024, tier: .mayor, awarded: Day("2024-06-28")!, prizePaid: true),
            AwardRecord(year: 2021, tier: .mayorNomination, awarded: Day("2021-06-30")!, prizePaid: false),
            AwardRecord(year: 2022, tier: .governorNomination, awarded: Day("2022-12-01")!),
        ]
        return d
    }

    /// Fraud found in 2026: the 2024 award (money paid) is revoked on 2026-09-01; plaque and
    /// money are to be reclaimed; the record keeps who and when.
    @Test func revokeForFraud() throws {
        let d = try revoking(Self.data(), [.award(.revoke(orgID: "O01", year: 2024, tier: .mayor, date: Day("2026-09-01")!,
                                                          reason: .fraud, approvalDocument: "盐政复〔2026〕40号"))])
        let r = try #require(d.registry.organization("O01")?.awards[0])
        #expect(r.revoked == Day("2026-09-01"))
        #expect(r.revocationReason == RevocationReason.fraud.name.zh)
        #expect(r.revocation == Revocation(reason: .fraud, date: Day("2026-09-01")!, approvalDocument: "盐政复〔2026〕40号",
                                           reclaimPlaque: true, reclaimPrize: true, by: "张主任", at: Self.at))
        #expect(Action.award(.revoke(orgID: "O01", year: 2024, tier: .mayor, date: Day("2026-09-01")!, reason: .fraud, approvalDocument: "x")).touches == [.cycle, .registry])
        // The others are untouched.
        #expect(d.registry.organization("O01")?.awards[1].revoked == nil)
    }

    /// A plaque-only award (no money paid) reclaims the plaque only (第十五条).
    @Test func plaqueOnlyReclaimsNoMoney() throws {
        let d = try revoking(Self.data(), [.award(.revoke(orgID: "O01", year: 2021, tier: .mayorNomination, date: Day("2026-09-01")!,
                                                          reason: .majorAccident, approvalDocument: "盐政复〔2026〕41号"))])
        let rev = try #require(d.registry.organization("O01")?.awards[1].revocation)
        #expect(rev.reclaimPlaque && !rev.reclaimPrize && rev.reason.citation == .art15)
    }

    /// Refusals: no approval document (第十四条), twice, a province award, an unknown year, a date
    /// before the award.
    @Test func refusals() throws {
        let data = Self.data()
        func revoke(_ year: Int, _ tier: AwardTier, _ date: String = "2026-09-01", _ doc: String = "盐政复〔2026〕40号") -> DomainError? {
            refusal { () throws(DomainError) in
                try revoking(data, [.award(.revoke(orgID: "O01", year: year, tier: tier, date: Day(date)!, reason: .fraud, approvalDocument: doc))])
            }
        }
        #expect(revoke(2024, .mayor, "2026-09-01", " ")?.citation == .art14)
        #expect(revoke(2022, .governorNomination)?.citation == .art14)
        #expect(revoke(2023, .mayor) != nil)
        #expect(revoke(2024, .mayor, "2024-01-01")?.citation == .art14)
        let once = try revoking(data, [.award(.revoke(orgID: "O01", year: 2024, tier: .mayor, date: Day("2026-09-01")!, reason: .fraud, approvalDocument: "盐政复〔2026〕40号"))])
        let twice = refusal { () throws(DomainError) in
            try revoking(once, [.award(.revoke(orgID: "O01", year: 2024, tier: .mayor, date: Day("2026-09-02")!, reason: .fraud, approvalDocument: "y"))])
        }
        #expect(twice?.message.zh.contains("2026-09-01") == true)
    }

    /// A revoked award no longer makes its holder a repeat winner: in 2030 (2024 award revoked on
    /// 2026-09-01) the organization, if eligible again, is an ordinary candidate taking a place.
    @Test func revokedAwardIsNoRepeat() throws {
        let d = try revoking(Self.data(), [.award(.revoke(orgID: "O01", year: 2024, tier: .mayor, date: Day("2026-09-01")!, reason: .fraud, approvalDocument: "z"))])
        #expect(AwardRecommendation.repeatAwardWinner(d.registry.organizations[0], cycleYear: 2030) == nil)
        #expect(AwardRecommendation.repeatAwardWinner(Self.data().registry.organizations[0], cycleYear: 2030)?.year == 2024)
    }
}
