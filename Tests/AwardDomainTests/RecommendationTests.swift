import Testing
@testable import AwardDomain

/// 第十一条（六）, 第三条, 第十六条, 第十一条（七）; RULES.md §1, §5. Rankings are worked out in
/// `AwardFixture`: applicant i has rank i and composite 1000 − 50i.
struct RecommendationTests {
    /// Twelve applicants, quotas 5 + 5, nobody skipped: ranks 1–5 award, 6–10 nomination; 11 and
    /// 12 lie below the last slot and are not listed. Prize 500,000 and 100,000 each.
    @Test func plainRankingFillsAwardThenNomination() {
        let entries = AwardRecommendation.compute(AwardFixture.data(count: 12))
        #expect(AwardFixture.recommended(entries, .award) == [1, 2, 3, 4, 5])
        #expect(AwardFixture.recommended(entries, .nomination) == [6, 7, 8, 9, 10])
        #expect(entries.count == 10)
        #expect(entries[0].composite.description == "950.00")
        #expect(entries[9].composite.description == "500.00")
        #expect(entries.prefix(5).allSatisfy { $0.prize == 500_000 && $0.countsAgainstQuota })
        #expect(entries.suffix(5).allSatisfy { $0.prize == 100_000 })
    }

    /// 第十一条（六）: O03 (rank 3) is a subsidiary of H; O05 (rank 5) is a subsidiary of M, itself a
    /// subsidiary of H, so both are of H's group. O05 is skipped naming O03; O06 takes the fifth
    /// award place: award 1, 2, 3, 4, 6; nomination 7–11; O05 is not moved to the nomination either.
    @Test func oneRecommendedPerGroup() {
        let data = AwardFixture.data(count: 12,
                                     orgs: [3: AwardFixture.org("O03", parent: "H"), 5: AwardFixture.org("O05", parent: "M")],
                                     extra: [AwardFixture.org("H"), AwardFixture.org("M", parent: "H")])
        let entries = AwardRecommendation.compute(data)
        #expect(AwardFixture.recommended(entries, .award) == [1, 2, 3, 4, 6])
        #expect(AwardFixture.recommended(entries, .nomination) == [7, 8, 9, 10, 11])
        #expect(AwardFixture.skipped(entries) == [5: .art11_6])
        let reason = AwardFixture.reason(entries.first { $0.rank == 5 })
        #expect(reason?.zh.contains("组织O03") == true && reason?.zh.contains("排名第3") == true)
        #expect(reason?.en.contains("组织O03") == true)
        #expect(entries.first { $0.rank == 5 }?.countsAgainstQuota == false)
    }

    /// 第十六条, RULES.md §8: O07 won the 2023 nomination; 2026 − 2023 = 3 < 5, so at rank 7 (a
    /// nomination place) it is skipped and rank 11 fills the fifth nomination place: 6, 8, 9, 10, 11.
    /// O08 won the 2021 nomination: 2026 − 2021 = 5, no longer blocked. O02 won the 2023 nomination
    /// too but ranks 2: the award is open to it, with the full 500,000 (another tier, 第十二条).
    @Test func nominationCoolDown() {
        let nom2023 = AwardRecord(year: 2023, tier: .mayorNomination, awarded: Day("2023-07-10")!)
        let nom2021 = AwardRecord(year: 2021, tier: .mayorNomination, awarded: Day("2021-07-12")!)
        let data = AwardFixture.data(count: 12, orgs: [2: AwardFixture.org("O02", awards: [nom2023]),
                                                       7: AwardFixture.org("O07", awards: [nom2023]),
                                                       8: AwardFixture.org("O08", awards: [nom2021])])
        let entries = AwardRecommendation.compute(data)
        #expect(AwardFixture.recommended(entries, .award) == [1, 2, 3, 4, 5])
        #expect(AwardFixture.recommended(entries, .nomination) == [6, 8, 9, 10, 11])
        #expect(AwardFixture.skipped(entries) == [7: .art16])
        #expect(AwardFixture.reason(entries.first { $0.rank == 7 })?.zh.contains("2023年度") == true)
        #expect(entries.first { $0.rank == 2 }?.prize == 500_000)
        // O08 won the nomination before: plaque only (第十二条).
        #expect(entries.first { $0.rank == 8 }?.prize == 0)
    }

    /// 第十六条, 第十二条: O01 won the 2019 award (awarded 2019-07-15; 5 full years on 2024-07-15 ≤
    /// the 2026-03-31 deadline, so E11 lets it apply). Ranked first, it is recommended outside the
    /// quota with no money; the five award places still go to ranks 2–6, nomination 7–11.
    @Test func repeatAwardWinnerTakesNoPlace() {
        let won2019 = AwardRecord(year: 2019, tier: .mayor, awarded: Day("2019-07-15")!)
        let data = AwardFixture.data(count: 12, orgs: [1: AwardFixture.org("O01", awards: [won2019])])
        let entries = AwardRecommendation.compute(data)
        #expect(AwardFixture.recommended(entries, .award) == [1, 2, 3, 4, 5, 6])
        #expect(AwardFixture.recommended(entries, .nomination) == [7, 8, 9, 10, 11])
        let first = entries[0]
        #expect(first.outcome == .recommended(.award) && !first.countsAgainstQuota && first.prize == 0)
        #expect(entries.filter { $0.outcome.tier == .award && $0.countsAgainstQuota }.count == 5)
    }

    /// 第十一条（七）: an upheld objection against A02 in public publicity removes it; nobody moves
    /// up: the award list is 1, 3, 4, 5 (four), rank 6 stays a nomination, rank 11 stays out.
    @Test func upheldObjectionShrinksTheList() {
        let objection = Objection(id: "YY1", applicationID: "A02", received: Day("2026-06-24")!, content: "申报材料数据不实",
                                  handling: "经核查属实", outcome: .upheld)
        let data = AwardFixture.publicise(AwardFixture.data(count: 12), ids: (1...10).map(AwardFixture.app), objections: [objection])
        let entries = AwardRecommendation.compute(data)
        #expect(AwardFixture.recommended(entries, .award) == [1, 3, 4, 5])
        #expect(AwardFixture.recommended(entries, .nomination) == [6, 7, 8, 9, 10])
        #expect(AwardFixture.skipped(entries) == [2: .art11_7])
        #expect(entries.count == 10)
        #expect(entries[1].prize == 0)
    }

    /// 第三条 "可少额或空缺": six applicants. By default the ranking places 1–5 for the award and 6
    /// for the nomination (four nomination places stay empty for want of applicants). When the
    /// office decides to fill 2 award and 3 nomination places, ranks 1–2 get the award, 3–5 the
    /// nomination and 6 is left out, citing 第三条.
    @Test func officeLeavesPlacesEmpty() throws {
        let data = AwardFixture.data(count: 6)
        let byDefault = AwardRecommendation.compute(data)
        #expect(AwardFixture.recommended(byDefault, .award) == [1, 2, 3, 4, 5])
        #expect(AwardFixture.recommended(byDefault, .nomination) == [6])

        let decided = try applying(data, [.award(.setPlaces(award: 2, nomination: 3, note: "2026年6月15日主任办公会纪要"))])
        #expect(decided.cycle.recommendationPolicy.by == "张主任")
        let entries = AwardRecommendation.compute(decided)
        #expect(AwardFixture.recommended(entries, .award) == [1, 2])
        #expect(AwardFixture.recommended(entries, .nomination) == [3, 4, 5])
        #expect(AwardFixture.skipped(entries) == [6: .art3])
        #expect(AwardFixture.reason(entries.last)?.zh.contains("提名奖只评定3个") == true)
    }

    /// 第三条: places above the quota of 5, or fewer without a recorded reason, are refused; and
    /// once the committee has decided (第十一条（七）) the places are fixed.
    @Test func placesRefusals() throws {
        let data = AwardFixture.data(count: 6)
        let six = refusal { () throws(DomainError) in try applying(data, [.award(.setPlaces(award: 6, nomination: nil, note: "x"))]) }
        #expect(six?.citation == .art3)
        let silent = refusal { () throws(DomainError) in try applying(data, [.award(.setPlaces(award: 3, nomination: nil, note: " "))]) }
        #expect(silent?.citation == .art3)
        let decided = try applying(data, [.award(.decide(applicationID: "A01", tier: .award, approved: true, meeting: Day("2026-06-20")!, note: ""))])
        let late = refusal { () throws(DomainError) in try applying(decided, [.award(.setPlaces(award: 3, nomination: nil, note: "纪要"))]) }
        #expect(late?.citation == .art11_7)
    }
}
