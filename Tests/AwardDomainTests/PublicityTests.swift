import Testing
@testable import AwardDomain

private func ctx(_ today: String) -> ActionContext {
    // The real clock on that day: closing and objections are dated by it, never by a board date.
    ActionContext(actor: "张科员", at: Timestamp(iso: "\(today)T10:00:00.000+08:00")!, today: Day(today)!)
}

/// Two applicants the committee approved on 2026-04-20 (public publicity follows the decision,
/// 第十一条（七）), still drafts so that their internal publicity may be recorded (第十一条（一）).
private func two() -> AwardData {
    var d = EligibilityFixture.data(orgs: [EligibilityFixture.organization("O1"), EligibilityFixture.organization("O2", name: "盐城乙公司")],
                                    apps: [EligibilityFixture.application("A1", org: "O1"), EligibilityFixture.application("A2", org: "O2")])
    d.cycle.decided(["A1", "A2"], meeting: "2026-04-20")
    return d
}

private func apply(_ data: AwardData, _ a: PublicityAction, today: String = "2026-04-27") throws(DomainError) -> AwardData {
    try data.applying(.publicity(a), context: ctx(today))
}

// 第十一条（七）"公示时间7天" (RULES.md §8, counting the start): 2026-04-27 → 2026-05-03.
// 第十一条（一）"不少于5个工作日": internal from 2026-09-30 → 2026-10-12 (see CalendarTests).
@Test func publicityStartComputesTheEnd() throws {
    var d = try apply(two(), .start(id: "PUB1", kind: .public, applicationIDs: ["A1", "A2"], start: Day("2026-04-27")!))
    #expect(d.cycle.publicity[0].end == Day("2026-05-03"))
    d = try apply(d, .start(id: "INT1", kind: .internal, applicationIDs: ["A1"], start: Day("2026-09-30")!))
    #expect(d.cycle.publicity[1].end == Day("2026-10-12"))
    // The internal period is the applicant's internal publicity that E8 checks.
    #expect(d.cycle.application("A1")?.internalPublicity == InternalPublicity(start: Day("2026-09-30")!, end: Day("2026-10-12")!, outcome: .running))
}

// Refusals at the start: an unknown application; a second open public period for A1; an
// internal period that reaches 2027 (the calendar's error, naming 2027).
@Test func publicityStartRefusals() throws {
    #expect(throws: DomainError.self) {
        try apply(two(), .start(id: "P", kind: .public, applicationIDs: ["A9"], start: Day("2026-04-27")!))
    }
    let d = try apply(two(), .start(id: "PUB1", kind: .public, applicationIDs: ["A1"], start: Day("2026-04-27")!))
    do {
        _ = try apply(d, .start(id: "PUB2", kind: .public, applicationIDs: ["A2", "A1"], start: Day("2026-04-29")!), today: "2026-04-28")
        Issue.record("a second running public period was accepted")
    } catch {
        #expect(error.message.zh.contains("PUB1"))
        #expect(error.citation == .art11_7)
    }
    // A2 alone is fine.
    _ = try apply(d, .start(id: "PUB2", kind: .public, applicationIDs: ["A2"], start: Day("2026-04-29")!), today: "2026-04-28")
    do {
        _ = try apply(two(), .start(id: "I", kind: .internal, applicationIDs: ["A1"], start: Day("2026-12-28")!))
        Issue.record("a period into 2027 was accepted")
    } catch {
        #expect(error.message.zh.contains("2027"))
    }
}

// 第十一条（七）: objections inside the period, resolution, closing; an upheld objection
// disqualifies that candidate only ("取消获奖资格，不进行递补").
@Test func publicityObjectionFlowAndDisqualification() throws {
    var d = try apply(two(), .start(id: "PUB1", kind: .public, applicationIDs: ["A1", "A2"], start: Day("2026-04-27")!))
    let late = Objection(id: "OB0", applicationID: "A1", received: Day("2026-05-04")!, content: "举报材料造假")
    do {
        _ = try apply(d, .recordObjection(periodID: "PUB1", objection: late), today: "2026-05-05")
        Issue.record("an objection after the end was accepted")
    } catch {
        #expect(error.message.zh.contains("2026-05-04") && error.message.zh.contains("2026-04-27 至 2026-05-03"))
    }
    d = try apply(d, .recordObjection(periodID: "PUB1", objection: Objection(id: "OB1", applicationID: "A1", received: Day("2026-05-03")!, content: "举报材料造假")),
                  today: "2026-05-03")
    #expect(d.cycle.publicity[0].status(today: Day("2026-05-04")!) == .objectionPending)
    #expect(d.cycle.publicity[0].status(of: "A2", today: Day("2026-05-04")!) == .endedNoObjection)
    // Closing with an objection pending is refused.
    #expect(throws: DomainError.self) { try apply(d, .close(periodID: "PUB1"), today: "2026-05-06") }
    // Resolving needs a handling text.
    #expect(throws: DomainError.self) {
        try apply(d, .resolveObjection(periodID: "PUB1", objectionID: "OB1", outcome: .upheld, handling: " "))
    }
    d = try apply(d, .resolveObjection(periodID: "PUB1", objectionID: "OB1", outcome: .upheld, handling: "经核查属实"))
    #expect(d.cycle.publicity[0].status(of: "A1", today: Day("2026-05-06")!) == .objectionUpheld)
    #expect(d.cycle.isDisqualified("A1"))
    #expect(!d.cycle.isDisqualified("A2"))
    // Resolving twice is refused.
    #expect(throws: DomainError.self) {
        try apply(d, .resolveObjection(periodID: "PUB1", objectionID: "OB1", outcome: .dismissed, handling: "改判"))
    }
    // Closing on the last day 05-03 is refused (the period runs through it); on 05-04 it closes.
    #expect(throws: DomainError.self) { try apply(d, .close(periodID: "PUB1"), today: "2026-05-03") }
    d = try apply(d, .close(periodID: "PUB1"), today: "2026-05-04")
    #expect(d.cycle.publicity[0].closed)
    #expect(throws: DomainError.self) { try apply(d, .close(periodID: "PUB1"), today: "2026-05-05") }
}

// Derived status on given days for a public period 2026-04-27…05-03 with no objection.
@Test func publicityStatusByDay() throws {
    let d = try apply(two(), .start(id: "PUB1", kind: .public, applicationIDs: ["A1"], start: Day("2026-04-27")!))
    let p = d.cycle.publicity[0]
    #expect(p.status(today: Day("2026-04-26")!) == .upcoming)
    #expect(p.status(today: Day("2026-04-27")!) == .running)
    #expect(p.status(today: Day("2026-05-03")!) == .running)
    #expect(p.status(today: Day("2026-05-04")!) == .endedNoObjection)
}

// 第十一条（一）: an internal period with a dismissed objection, closed → the application's internal
// publicity reads "objection dismissed", which E8 accepts.
@Test func publicityInternalDismissedObjectionSyncsToTheApplication() throws {
    var d = try apply(two(), .start(id: "INT1", kind: .internal, applicationIDs: ["A1"], start: Day("2026-03-02")!))
    d = try apply(d, .recordObjection(periodID: "INT1", objection: Objection(id: "X", applicationID: "A1", received: Day("2026-03-03")!, content: "有异议")))
    #expect(d.cycle.application("A1")?.internalPublicity?.outcome == .objectionPending)
    d = try apply(d, .resolveObjection(periodID: "INT1", objectionID: "X", outcome: .dismissed, handling: "不属实"))
    d = try apply(d, .close(periodID: "INT1"), today: "2026-03-09")
    #expect(d.cycle.application("A1")?.internalPublicity == InternalPublicity(start: Day("2026-03-02")!, end: Day("2026-03-06")!, outcome: .objectionDismissed))
    #expect(EligibilityFixture.check("E8", d).outcome == .pass)   // ended 03-06, submitted 03-10
}

// 第三条: milestones are upserted by id; one for an unknown application is refused.
@Test func publicitySetMilestoneUpserts() throws {
    var d = try apply(two(), .setMilestone(Milestone(id: "M1", kind: .committeeMeeting, date: Day("2026-06-10")!)))
    d = try apply(d, .setMilestone(Milestone(id: "M1", kind: .committeeMeeting, date: Day("2026-06-12")!)))
    #expect(d.cycle.milestones.map(\.date) == [Day("2026-06-12")!])
    #expect(throws: DomainError.self) {
        try apply(d, .setMilestone(Milestone(id: "M2", kind: .onsiteReview, date: Day("2026-05-12")!, applicationID: "A9")))
    }
}
