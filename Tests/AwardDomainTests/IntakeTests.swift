import Testing
@testable import AwardDomain

private func setStatus(_ d: AwardData, _ s: ApplicationStatus, note: String = "") throws(DomainError) -> AwardData {
    try d.applying(.intake(.setStatus(applicationID: "A1", status: s, note: note)), context: EligibilityFixture.context)
}

// 第十一条（二）资格审查: the fixture passes E1–E11, so it can be marked eligible.
@Test func intakeEligibleWhenEveryCheckPasses() throws {
    let d = try setStatus(EligibilityFixture.data(), .eligible)
    #expect(d.cycle.application("A1")?.status == .eligible)
    #expect(d.cycle.application("A1")?.history.last?.by == "张科员")
}

// Marking eligible is refused while a check fails, citing that check's article (E2, 第十条（二）).
@Test func intakeEligibleRefusedWhileACheckFails() {
    var org = EligibilityFixture.organization()
    org.established = Day("2022-05-10")!
    do {
        _ = try setStatus(EligibilityFixture.data(orgs: [org]), .eligible)
        Issue.record("an application failing E2 was marked eligible")
    } catch {
        #expect(error.citation == .art10_2)
        #expect(error.message.zh.hasPrefix("E2 不符合：成立于 2022-05-10"))
    }
}

// …and while a judgement (E3, 第十条（三）) is not recorded; recording it lets it through.
@Test func intakeEligibleWaitsForJudgements() throws {
    var app = EligibilityFixture.application()
    app.judgements = [:]
    var d = EligibilityFixture.data(apps: [app])
    #expect(throws: DomainError.self) { try setStatus(d, .eligible) }
    for code in ["E3", "E5"] {
        d = try d.applying(.intake(.recordJudgement(applicationID: "A1", code: code, passed: true, note: "核查了年报和纳税证明")), context: EligibilityFixture.context)
    }
    #expect(try setStatus(d, .eligible).cycle.application("A1")?.status == .eligible)
}

// Marking ineligible needs a failed check or a note.
@Test func intakeIneligibleNeedsAFailureOrANote() throws {
    #expect(throws: DomainError.self) { try setStatus(EligibilityFixture.data(), .ineligible) }
    #expect(try setStatus(EligibilityFixture.data(), .ineligible, note: "材料不实").cycle.application("A1")?.status == .ineligible)
    var app = EligibilityFixture.application()
    app.declarationSigned = false
    #expect(try setStatus(EligibilityFixture.data(apps: [app]), .ineligible).cycle.application("A1")?.status == .ineligible)
}

// 第三条: the review deadline cannot come before the application deadline.
@Test func intakeSettingsReviewAfterApplication() {
    var s = CycleSettings(year: 2026)
    s.reviewDeadline = Day("2026-03-01")!
    #expect(throws: DomainError.self) {
        try EligibilityFixture.data().applying(.intake(.updateCycleSettings(s)), context: EligibilityFixture.context)
    }
}

// One application per organization per cycle, also when an application is moved to another organization.
@Test func intakeUpdateCannotMoveOntoAnOrganizationThatApplied() {
    let d = EligibilityFixture.data(orgs: [EligibilityFixture.organization("O1"), EligibilityFixture.organization("O2")],
                         apps: [EligibilityFixture.application("A1", org: "O1"), EligibilityFixture.application("A2", org: "O2")])
    var moved = EligibilityFixture.application("A2", org: "O1")
    moved.selfAssessment = true
    #expect(throws: DomainError.self) {
        try d.applying(.intake(.updateApplication(moved)), context: EligibilityFixture.context)
    }
}
