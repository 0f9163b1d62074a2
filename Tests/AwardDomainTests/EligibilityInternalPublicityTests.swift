import Testing
@testable import AwardDomain

private func e8(_ publicity: InternalPublicity?, submitted: Day? = Day("2026-03-10"), calendar: WorkdayCalendar = .shipped) -> CheckResult {
    var app = EligibilityFixture.application()
    app.internalPublicity = publicity
    app.submitted = submitted
    return EligibilityFixture.check("E8", EligibilityFixture.data(apps: [app], calendar: calendar))
}

// E8 第十一条（一）"公示不少于5个工作日。公示无异议后，方可申报": from Monday 2026-03-02 the 5th working
// day is Friday 03-06 (no holiday in March 2026); submitted Tuesday 03-10 → passes.
@Test func e8FiveWorkingDaysEndedBeforeSubmission() {
    let r = e8(InternalPublicity(start: Day("2026-03-02")!, end: Day("2026-03-06")!, outcome: .noObjection))
    #expect(r.outcome == .pass)
    #expect(r.reason.zh.contains("第5个工作日为 2026-03-06"))
    // A dismissed objection also leaves it without objection.
    #expect(e8(InternalPublicity(start: Day("2026-03-02")!, outcome: .objectionDismissed)).outcome == .pass)
}

// E8 第十一条（一）: recorded 03-02 to Thursday 03-05 is 4 working days → fails, naming the count.
@Test func e8FewerThanFiveWorkingDaysFails() {
    let r = e8(InternalPublicity(start: Day("2026-03-02")!, end: Day("2026-03-05")!, outcome: .noObjection))
    #expect(r.outcome == .fail)
    #expect(r.reason.zh.contains("只有 4 个工作日"))
}

// E8 第十一条（一）: submitted on the 5th working day itself (03-06) is during the publicity → fails;
// the next day 03-07 (a Saturday, but a day after it ended) passes.
@Test func e8SubmittedBeforeThePublicityEndedFails() {
    let p = InternalPublicity(start: Day("2026-03-02")!, outcome: .noObjection)
    #expect(e8(p, submitted: Day("2026-03-06")).outcome == .fail)
    #expect(e8(p, submitted: Day("2026-03-07")).outcome == .pass)
}

// E8 第十一条（一）: not yet submitted, the publicity must have ended by the deadline 2026-03-31.
// From Friday 03-27: 03-27, 03-30, 03-31, 04-01, 04-02 → ends 04-02 > deadline → fails.
@Test func e8NotSubmittedMustEndByTheDeadline() {
    let r = e8(InternalPublicity(start: Day("2026-03-27")!, outcome: .noObjection), submitted: nil)
    #expect(r.outcome == .fail)
    #expect(r.reason.zh.contains("至 2026-04-02 才结束，晚于申报截止日 2026-03-31"))
    // From Monday 03-23 the 5th working day is Friday 03-27 ≤ deadline → passes.
    #expect(e8(InternalPublicity(start: Day("2026-03-23")!, outcome: .noObjection), submitted: nil).outcome == .pass)
}

// E8 第十一条（一）: no record, still running, objection pending or upheld → fails.
@Test func e8OutcomesThatFail() {
    #expect(e8(nil).outcome == .fail)
    for o in [PublicityOutcome.running, .objectionPending, .objectionUpheld] {
        #expect(e8(InternalPublicity(start: Day("2026-03-02")!, outcome: o)).outcome == .fail)
    }
}

// E8 / RULES.md §8: a calendar without 2026 cannot count working days — a judgement carrying the
// calendar's message naming 2026, never a Monday–Friday guess.
@Test func e8MissingCalendarYearIsAJudgement() {
    let empty = WorkdayCalendar(years: [], holidays: [], adjustedWorkdays: [])
    let r = e8(InternalPublicity(start: Day("2026-03-02")!, outcome: .noObjection), calendar: empty)
    #expect(r.outcome == .judgement)
    #expect(r.reason.zh.contains("2026"))
    #expect(r.reason.en.contains("no data for 2026"))
}
