import Testing
@testable import AwardDomain


// RULES.md §2: eleven checks in order, each with its article.
@Test func evaluateGivesElevenChecksInOrderAllPassingForTheFixture() {
    let results = Eligibility.evaluate(applicationID: "A1", in: EligibilityFixture.data())
    #expect(results.map(\.code) == ["E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8", "E9", "E10", "E11"])
    #expect(results.map(\.citation.zh) == ["第十条（一）", "第十条（二）", "第十条（三）", "第十条（四）", "第十条（五）", "第十条（六）",
                                           "第十条（七）", "第十一条（一）", "第十一条（一）", "第十四条、第十五条", "第十六条"])
    #expect(results.allSatisfy { $0.outcome == .pass }, "\(results.filter { $0.outcome != .pass }.map(\.reason.en))")
    #expect(Eligibility.summary(applicationID: "A1", in: EligibilityFixture.data()).overall == .pass)
}

// RULES.md §2: overall = fail if any fails, else judgement if any waits, else pass.
@Test func summaryOverallFailBeatsJudgementBeatsPass() {
    var app = EligibilityFixture.application()
    app.judgements = [:]                                  // E3, E5 wait for a reviewer
    #expect(Eligibility.summary(applicationID: "A1", in: EligibilityFixture.data(apps: [app])).overall == .judgement)
    app.declarationSigned = false                         // E1 fails too
    let s = Eligibility.summary(applicationID: "A1", in: EligibilityFixture.data(apps: [app]))
    #expect(s.overall == .fail)
    #expect(s.failing.map(\.code) == ["E1"])
    #expect(s.pending.map(\.code) == ["E3", "E5"])
}

// A missing application or organization fails every check instead of passing by accident.
@Test func unknownApplicationOrOrganizationFailsEveryCheck() {
    #expect(Eligibility.evaluate(applicationID: "A9", in: EligibilityFixture.data()).allSatisfy { $0.outcome == .fail })
    let orphan = EligibilityFixture.data(orgs: [])
    let r = Eligibility.evaluate(applicationID: "A1", in: orphan)
    #expect(r.count == 11 && r.allSatisfy { $0.outcome == .fail })
    #expect(r[0].reason.zh.contains("O1"))
    #expect(EligibilitySummary(applicationID: "x", deadline: EligibilityFixture.deadline, results: []).overall == .fail)
}

// E1 第十条（一）: the declaration must be signed.
@Test func e1DeclarationNotSignedFails() {
    var app = EligibilityFixture.application()
    app.declarationSigned = false
    let r = EligibilityFixture.check("E1", org: EligibilityFixture.organization(), app: app)
    #expect(r.outcome == .fail)
    #expect(r.reason.zh.contains("未签署"))
}

// E2 第十条（二）"正常运营4年以上": established 2022-03-31 + 4 years = 2026-03-31 = deadline → passes
// ("以上" includes 4); established 2022-04-01 + 4 years = 2026-04-01 > deadline → fails.
@Test func e2ExactlyFourYearsPassesADayShortFails() {
    var org = EligibilityFixture.organization()
    org.established = EligibilityFixture.day("2022-03-31")
    #expect(EligibilityFixture.check("E2", org: org).outcome == .pass)
    org.established = EligibilityFixture.day("2022-04-01")
    let r = EligibilityFixture.check("E2", org: org)
    #expect(r.outcome == .fail)
    #expect(r.reason.zh.contains("成立于 2022-04-01，至申报截止日 2026-03-31 不满 4 年"))
    #expect(r.reason.en.contains("Established 2022-04-01: under 4 years at the deadline 2026-03-31"))
}

// E2 第十条（二）: the brief's own wording for an organization established 2022-05-10.
@Test func e2ReasonStatesTheDates() {
    var org = EligibilityFixture.organization()
    org.established = EligibilityFixture.day("2022-05-10")
    let r = EligibilityFixture.check("E2", org: org)
    #expect(r.reason.zh.hasPrefix("成立于 2022-05-10，至申报截止日 2026-03-31 不满 4 年"))
    #expect(r.facts.contains(CheckFact(zh: "成立日期", en: "established", "2022-05-10")))
}

// E2 第十条（二）"沪苏大丰产业联动集聚区内企业不受此限": registered outside Yancheng but inside the
// zone passes the place rule; outside both fails.
@Test func e2DafengZoneIsExemptFromThePlaceRule() {
    var org = EligibilityFixture.organization()
    org.registeredInYancheng = false
    org.county = .elsewhere
    org.inDafengZone = true
    let r = EligibilityFixture.check("E2", org: org)
    #expect(r.outcome == .pass)
    #expect(r.reason.zh.contains("沪苏大丰产业联动集聚区"))
    org.inDafengZone = false
    #expect(EligibilityFixture.check("E2", org: org).outcome == .fail)
}

// E2 第十条（二）"具有法人资格".
@Test func e2NotALegalPersonFails() {
    var org = EligibilityFixture.organization()
    org.isLegalPerson = false
    let r = EligibilityFixture.check("E2", org: org)
    #expect(r.outcome == .fail)
    #expect(r.reason.zh == "不具有法人资格")
}

// E3 第十条（三） and E5 第十条（五）: judgement checks — waiting without a judgement; pass or fail as
// recorded, naming who and when.
@Test func e3AndE5WaitForAJudgementThenNameWhoAndWhen() {
    var app = EligibilityFixture.application()
    app.judgements = [:]
    let waiting = EligibilityFixture.check("E3", org: EligibilityFixture.organization(), app: app)
    #expect(waiting.outcome == .judgement)
    #expect(waiting.reason.en.contains("Needs a reviewer's judgement"))
    app.judgements["E5"] = Judgement(passed: false, by: "王专家", at: EligibilityFixture.at, note: "指标不领先")
    let judged = EligibilityFixture.check("E5", org: EligibilityFixture.organization(), app: app)
    #expect(judged.outcome == .fail)
    #expect(judged.reason.zh == "王专家 于 2026-03-20 09:00 判断不符合：指标不领先")
}

// E9 第十一条（一）: a recommendation signed on or before the deadline 2026-03-31.
@Test func e9RecommendationMissingLateAndOnTheDeadline() {
    var app = EligibilityFixture.application()
    app.recommendation = nil
    #expect(EligibilityFixture.check("E9", org: EligibilityFixture.organization(), app: app).outcome == .fail)
    app.recommendation = Recommendation(kind: .cityDepartment, department: "市工信局", signed: EligibilityFixture.day("2026-04-01"))
    let late = EligibilityFixture.check("E9", org: EligibilityFixture.organization(), app: app)
    #expect(late.outcome == .fail)
    #expect(late.reason.zh.contains("2026-04-01") && late.reason.zh.contains("晚于申报截止日 2026-03-31"))
    app.recommendation?.signed = EligibilityFixture.day("2026-03-31")
    #expect(EligibilityFixture.check("E9", org: EligibilityFixture.organization(), app: app).outcome == .pass)
}
