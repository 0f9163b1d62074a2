import Foundation
import Testing
@testable import AwardDomain

// A group P → S → G, S2 another subsidiary of P, X unrelated (as in GroupTests).
private let P = EligibilityFixture.organization("P", name: "盐城集团")
private let S = EligibilityFixture.organization("S", name: "盐城子公司", parent: "P")
private let S2 = EligibilityFixture.organization("S2", name: "盐城二公司", parent: "P")
private let G = EligibilityFixture.organization("G", name: "盐城孙公司", parent: "S")
private let X = EligibilityFixture.organization("X", name: "无关公司")

// E2 第十条（二）, worded lazily: the whole-cycle evaluation decides every outcome and words none;
// read, the reason is what the rule states. Established 2022-05-10 + 4 years = 2026-05-10 >
// deadline 2026-03-31 → fail; place (亭湖区) and legal person pass, so the reason is the age
// failure alone, capitalised in English.
@Test func summariesDecideOutcomesAndWordOnlyWhatIsRead() {
    var org = EligibilityFixture.organization()
    org.established = EligibilityFixture.day("2022-05-10")
    let data = EligibilityFixture.data(orgs: [org])
    let results = Eligibility.summaries(in: data)[0].results
    #expect(results.map(\.outcome) == [.pass, .fail, .pass, .pass, .pass, .pass, .pass, .pass, .pass, .pass, .pass])
    // E1 words itself from constants; every other check waits until read.
    #expect(results.dropFirst().allSatisfy { !$0.wording.isMade })

    let e2 = results[1]
    let copy = e2
    let expected = CheckResult(
        code: "E2", citation: .art10_2, outcome: .fail,
        reason: Phrase(zh: "成立于 2022-05-10，至申报截止日 2026-03-31 不满 4 年（2026-05-10 才满 4 年）",
                       en: "Established 2022-05-10: under 4 years at the deadline 2026-03-31 (4 years only on 2026-05-10)"),
        facts: [CheckFact(zh: "成立日期", en: "established", "2022-05-10"), CheckFact(zh: "申报截止日", en: "application deadline", "2026-03-31"),
                CheckFact(zh: "登记地", en: "registered in", County.tinghu.name.zh), CheckFact(zh: "大丰集聚区", en: "Dafeng zone", "否 / no")])
    #expect(e2 == expected)
    // Made once and shared by copies; the next check is still unworded.
    #expect(copy.wording.isMade)
    #expect(!results[2].wording.isMade)
    #expect(Eligibility.evaluate(applicationID: "A1", in: data) == results)
}

// E7 第十条（七）(a) through the applications-by-organization index: G's group is P, S, S2, G. In
// the cycle A1 G, A2 X (unrelated), A3 S2, A4 S (withdrawn), A5 P, so A1 fails naming A3 and
// then A5 — the cycle's order, not the group's (which lists P first) — and not A4 or A2.
@Test func e7NamesTheGroupsApplicationsInCycleOrder() {
    func app(_ id: String, _ org: String) -> Application { EligibilityFixture.application(id, org: org) }
    var withdrawn = app("A4", "S")
    withdrawn.status = .withdrawn
    let data = EligibilityFixture.data(orgs: [P, S, S2, G, X], apps: [app("A1", "G"), app("A2", "X"), app("A3", "S2"), withdrawn, app("A5", "P")])
    let r = EligibilityFixture.check("E7", data)
    #expect(r.outcome == .fail)
    #expect(r.reason.zh == "同一集团的“盐城二公司”本年度已申报（A3，已申报），母、子公司中只可有一家申报；"
                         + "同一集团的“盐城集团”本年度已申报（A5，已申报），母、子公司中只可有一家申报")
    #expect(r.facts.last == CheckFact(zh: "集团成员", en: "group members", "4"))
    // The whole-cycle path (index built once) gives the same results as one application's.
    let all = Eligibility.summaries(in: data)
    for s in all { #expect(s.results == Eligibility.evaluate(applicationID: s.applicationID, in: data)) }
    // X's group is X alone: nothing to name.
    #expect(all[1].results[6].outcome == .pass)
    #expect(all[1].results[6].reason.zh == "无关联母、子公司")
}

// A lazily worded result encodes with its text, as before, and decodes equal.
@Test func lazyCheckResultRoundTripsThroughJSON() throws {
    let r = EligibilityFixture.check("E9", EligibilityFixture.data())
    let decoded = try JSONDecoder().decode(CheckResult.self, from: try JSONEncoder().encode(r))
    #expect(decoded == r)
    #expect(decoded.reason.zh == "亭湖区市场监督管理局（县（市、区）市场监管部门） 于 2026-03-20 签署推荐意见，不晚于申报截止日 2026-03-31")
}
