import Testing
@testable import AwardDomain

// The deadline board on Wednesday 2026-04-29 (dates checked against the 2026 notice: 05-01…05-05
// off, Saturday 05-09 worked; 2027 not covered).
@Test func deadlineBoardOrderAndStatuses() throws {
    let ctx = ActionContext(actor: "张科员", at: Timestamp(iso: "2026-04-29T10:00:00.000+08:00")!, today: Day("2026-04-29")!)
    var d = EligibilityFixture.data(orgs: [EligibilityFixture.organization("O1"), EligibilityFixture.organization("O2", name: "盐城乙公司")],
                         apps: [EligibilityFixture.application("A1", org: "O1"), EligibilityFixture.application("A2", org: "O2")])
    d.cycle.decided(["A1", "A2"], meeting: "2026-04-20")
    let actions: [PublicityAction] = [
        // 第十一条（七）: 04-27 → 05-03; working days left from 04-29: 04-29, 04-30 = 2 → due soon.
        .start(id: "PUB1", kind: .public, applicationIDs: ["A1", "A2"], start: Day("2026-04-27")!),
        // 第十一条（一）: Monday 04-13 → Friday 04-17; not closed by 04-29 → overdue by the working
        // days 04-20…04-24 (5) and 04-27…04-29 (3) = 8.
        .start(id: "INT1", kind: .internal, applicationIDs: ["A2"], start: Day("2026-04-13")!),
        // 04-29, 04-30 (2) + 05-06…05-08 (3) + Sat 05-09 (1) + 05-11…05-15 (5) + 05-18…05-20 (3) = 14.
        .setMilestone(Milestone(id: "M1", kind: .committeeMeeting, date: Day("2026-05-20")!)),
        // In 2027: no calendar data → no working-day count, the calendar's message instead.
        .setMilestone(Milestone(id: "M2", kind: .governmentApproval, date: Day("2027-01-10")!)),
    ]
    for a in actions { d = try d.applying(.publicity(a), context: ctx) }

    let items = Deadlines.items(for: d, today: Day("2026-04-29")!)
    // Overdue first, then fewest working days left, then unknown, then done (03-31 has passed).
    #expect(items.map(\.id) == ["INT1", "PUB1", "M1", "cycle.reviewDeadline", "M2", "cycle.applicationDeadline"])
    let byID = Dictionary(uniqueKeysWithValues: items.map { ($0.id, $0) })
    #expect(byID["INT1"]?.status == .overdue)
    #expect(byID["INT1"]?.workingDaysLeft == -8)
    #expect(byID["INT1"]?.calendarDaysLeft == -12)                // 04-17 → 04-29
    #expect(byID["PUB1"]?.status == .dueSoon)
    #expect(byID["PUB1"]?.workingDaysLeft == 2)
    #expect(byID["PUB1"]?.calendarDaysLeft == 4)                  // 04-29 → 05-03
    #expect(byID["PUB1"]?.progress == 3.0 / 7.0)                  // 04-27, 04-28, 04-29 of 7 days
    #expect(byID["PUB1"]?.subject.zh == "盐城甲公司、盐城乙公司")
    #expect(byID["M1"]?.status == .upcoming)
    #expect(byID["M1"]?.workingDaysLeft == 14)
    #expect(byID["M2"]?.workingDaysLeft == nil)
    #expect(byID["M2"]?.calendarProblem?.zh.contains("2027") == true)
    #expect(byID["cycle.applicationDeadline"]?.status == .done)
    #expect(byID["cycle.reviewDeadline"]?.kind == .milestone(.reviewDeadline))
}

// 第三条: a milestone of the review-deadline kind replaces the one taken from the settings.
@Test func deadlineBoardUsesMilestonesOverSettings() throws {
    let ctx = ActionContext(actor: "张科员", at: Timestamp(iso: "2026-04-29T10:00:00.000+08:00")!, today: Day("2026-04-29")!)
    let d = try EligibilityFixture.data().applying(.publicity(.setMilestone(Milestone(id: "R", kind: .reviewDeadline, date: Day("2026-06-15")!))), context: ctx)
    let ids = Deadlines.items(for: d, today: Day("2026-04-29")!).map(\.id)
    #expect(ids.contains("R") && !ids.contains("cycle.reviewDeadline") && ids.contains("cycle.applicationDeadline"))
}

// Due soon on the last day and the day before it; done once closed.
@Test func deadlineDueSoonAndDone() throws {
    // Friday 2026-03-06 is the 5th working day from Monday 03-02. On Thursday 03-05: 03-05, 03-06
    // = 2 → due soon; on Tuesday 03-03: 4 → running.
    let ctx = ActionContext(actor: "张科员", at: Timestamp(iso: "2026-03-09T10:00:00.000+08:00")!, today: Day("2026-03-09")!)
    var draft = EligibilityFixture.data()
    draft.cycle.applications[0].status = .draft
    var d = try draft.applying(.publicity(.start(id: "I", kind: .internal, applicationIDs: ["A1"], start: Day("2026-03-02")!)), context: ctx)
    func item(_ today: String) -> DeadlineItem { Deadlines.items(for: d, today: Day(today)!).first { $0.id == "I" }! }
    #expect(item("2026-03-05").status == .dueSoon)
    #expect(item("2026-03-03").status == .running)
    #expect(item("2026-03-01").status == .upcoming)
    d = try d.applying(.publicity(.close(periodID: "I")), context: ctx)
    #expect(item("2026-03-09").status == .done)
    #expect(item("2026-03-09").progress == 1)
}
