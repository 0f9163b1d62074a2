import AwardDomain
import Foundation
import Testing
import TerminalUI
@testable import AwardApp

/// The timers screen (公示计时) and the settings that feed it, driven by keys against the sample
/// 2026 cycle with today fixed. Dates are worked out by hand from the 2026 State Council notice:
/// 10-01…10-07 National Day off, Saturday 10-10 a make-up working day.
@Suite struct TimersTests {
    static let sept30 = Day("2026-09-30")!

    /// The sample with the committee's approval of A2026-001 and A2026-002 on 09-28: public
    /// publicity lists only candidates the committee approved (第十一条（七）, condition G1).
    static func decided() -> AppHarness {
        var data = AppHarness.sampleData()
        for id in ["A2026-001", "A2026-002"] {
            data.cycle.decisions.append(CommitteeDecision(applicationID: id, tier: .award, approved: true, meeting: Day("2026-09-28")!))
        }
        return AppHarness(data: data, today: sept30)
    }

    /// Opens the timers screen and starts public publicity of A2026-001 and A2026-002 today.
    static func startedPublic() -> AppHarness {
        var h = decided()
        h.send(.char("5"), .char("p"), .tab)
        h.type("A2026-001 A2026-002")
        h.send(.enter)
        return h
    }

    @Test func publicPeriodEndIsShownBeforeSavingAndTheBoardCounts() {
        // 第十一条（七）: 7 calendar days counting the start, 09-30 + 6 = 10-06. Working days left
        // on 09-30, today included: 09-30 only (10-01…10-06 are off) = 1, so due soon (≤ 2).
        var h = TimersTests.decided()
        h.send(.char("5"), .char("p"), .tab)
        h.type("A2026-001 A2026-002")
        #expect(h.screenText().contains("截止 2026-10-06（7天，含开始日，第十一条（七））"))
        #expect(h.committed.isEmpty)
        h.send(.enter)
        #expect(h.committed == [.publicity(.start(id: "GS2026-01", kind: .public, applicationIDs: ["A2026-001", "A2026-002"], start: TimersTests.sept30))])
        // Based on the journal as the form opened (entry 0: nothing saved yet in this store).
        #expect(h.effects == [.commit(h.committed[0], basedOn: 0)])
        #expect(h.model.status == StatusMessage("已保存", kind: .success))
        // The form closes and the new period, most urgent on the board, is selected.
        #expect(h.model.timers == TimersScreen())
        let item = h.model.derived.deadlines[0]
        #expect(item.id == "GS2026-01" && item.calendarDaysLeft == 6 && item.workingDaysLeft == 1 && item.status == .dueSoon)
        let row = h.screen().first { $0.contains("社会公示 · ") && $0.contains("2026-10-06") }
        #expect(row?.contains("即将到期") == true)
    }

    @Test func internalPeriodCountsTheMakeUpSaturday() {
        // 第十一条（一）: 5 working days counting the start: 09-30, 10-08, 10-09, 10-10 (make-up
        // Saturday), 10-12 → ends 10-12.
        var h = AppHarness(today: TimersTests.sept30)
        h.send(.char("5"), .char("p"))
        h.send(.ctrl("u"))
        h.type("内部")
        h.send(.tab)
        h.type("A2026-001")
        #expect(h.screenText().contains("截止 2026-10-12（5个工作日"))
    }

    @Test func upheldObjectionInPublicPublicityDisqualifies() {
        // 第十一条（七）: "公示不通过的，取消获奖资格，不进行递补".
        var h = TimersTests.startedPublic()
        h.send(.char("o"), .tab)
        h.type("反映该企业2025年发生质量事故")
        h.send(.tab)
        h.type("A2026-002")
        h.send(.enter)
        let period = h.model.data.cycle.publicity[0]
        #expect(period.objections.map(\.id) == ["YY01"])
        #expect(period.objections[0].received == TimersTests.sept30)
        #expect(h.screenText().contains("异议 YY01　2026-09-30 收到　针对 A2026-002　待处理"))
        #expect(h.screenText().contains("异议待处理"))
        #expect(!h.model.data.cycle.isDisqualified("A2026-002"))

        h.send(.char("u"), .tab)
        h.type("成立")
        // Saving it would disqualify: the form says so before anything is saved.
        #expect(h.screenText().contains("成立将取消该候选获奖资格，不递补"))
        h.send(.tab)
        h.type("经核查属实")
        h.send(.enter)
        // Upholding cannot be taken back: it asks first, naming the objection and the application.
        #expect(h.model.timers.form?.modal.confirming == true)
        #expect(h.model.timers.form?.modal.confirmation?.question.zh.contains("A2026-002") == true)
        #expect(h.screenText().contains("认定异议 YY01（A2026-002 盐都精工机械股份有限公司）成立？"))
        #expect(h.effects == [])
        // Esc goes back to the form with what was typed, nothing saved.
        let asked = h.model.timers
        h.send(.escape)
        var back = asked
        back.form?.modal.confirming = false
        back.form?.modal.confirmation = nil
        back.form?.modal.asked = false
        #expect(h.model.timers == back)
        #expect(back.form?.modal.choice(.outcome) == "upheld" && back.form?.modal[.handling] == "经核查属实")
        #expect(h.committed.count == 2)
        #expect(!h.model.data.cycle.isDisqualified("A2026-002"))
        h.send(.enter, .enter)
        #expect(h.committed.last == .publicity(.resolveObjection(periodID: "GS2026-01", objectionID: "YY01", outcome: .upheld, handling: "经核查属实")))
        #expect(h.model.timers == TimersScreen()) // saved: the question closes, the period stays selected
        #expect(h.model.data.cycle.isDisqualified("A2026-002"))
        #expect(!h.model.data.cycle.isDisqualified("A2026-001"))
        let text = h.screenText()
        #expect(text.contains("A2026-002 盐都精工机械股份有限公司：异议成立"))
        #expect(text.contains("取消获奖资格，不进行递补（第十一条（七））"))
        #expect(text.contains("核查处理：经核查属实"))
    }

    @Test func anInvalidFormSavesNothing() {
        // A2026-999 is not in the cycle: the start form refuses it and nothing is sent.
        var h = AppHarness(today: TimersTests.sept30)
        h.send(.char("5"), .char("p"), .tab)
        h.type("A2026-999")
        h.send(.enter)
        #expect(h.committed.isEmpty)
        #expect(h.effects == [])
        #expect(h.screenText().contains("申报 A2026-999 不存在"))
        // The form stays, with what was typed and the focus on the field in error; nothing else
        // about the screen changed.
        #expect(h.model.timers.form?.modal.focus == 1)
        #expect(h.model.timers.form?.modal[.applications] == "A2026-999")
        var screen = h.model.timers
        screen.form = nil
        #expect(screen == TimersScreen())
    }

    @Test func objectionKeysNeedAPeriod() {
        // Only the cycle's settings deadlines are on the board: o has no period to act on, and
        // none can be selected until one is started.
        var h = AppHarness(today: TimersTests.sept30)
        h.send(.char("5"), .char("o"))
        #expect(h.model.status == StatusMessage("本年度尚无公示：请先按 p 开始公示", kind: .error))
        #expect(h.model.timers.form == nil)
        #expect(h.model.timers == TimersScreen())
    }

    @Test func closingAsksFirstAndTheDomainDecides() {
        var h = TimersTests.startedPublic()
        h.send(.char("c"))
        var expected = TimersScreen()
        expected.closing = "GS2026-01"
        expected.confirmation = .confirm(Confirmation(title: .closeTitle, question: .closeQuestion("GS2026-01"), warning: .closeWarning))
        #expect(h.model.timers == expected)
        #expect(h.screenText().contains("关闭公示 GS2026-01？"))
        h.send(.escape)
        #expect(h.model.timers == TimersScreen())
        #expect(h.committed.count == 1)
        // Before the end (10-06) the domain refuses, citing 第十一条（七）: the question stays
        // with the refusal; the period stays the one to select after the next change.
        h.send(.char("c"), .enter)
        #expect(h.effects == [.commit(.publicity(.close(periodID: "GS2026-01")))])
        #expect(h.committed.count == 1)
        #expect(h.model.status?.text.contains("第十一条（七）") == true)
        #expect(h.model.status?.kind == .error)
        expected.confirmation?.refusal = h.model.timers.confirmation?.refusal
        expected.follow = "GS2026-01"
        #expect(h.model.timers == expected)
        #expect(h.model.timers.confirmation?.refusal?.zh.contains("第十一条（七）") == true)
        #expect(!h.model.data.cycle.publicity[0].closed)
    }

    @Test func boardDateAndMissingYearFromSettings() {
        // A milestone on 2027-01-05 seen from 2026-12-28: the days can be counted, the working
        // days cannot (no 2027 notice shipped) — the board says which year is missing.
        var h = AppHarness(today: TimersTests.sept30)
        h.send(.char("8"), .char("t"), .ctrl("u"))
        h.type("2026-12-28")
        h.send(.enter)
        #expect(h.effects == []) // the board date is the shell's: applied, not passed on as I/O
        #expect(h.model.settings == SettingsScreen(modal: nil, startedToday: TimersTests.sept30))
        #expect(h.model.status == StatusMessage("看板日期已设为 2026-12-28（仅本次会话，不保存）", kind: .success))
        #expect(h.model.env.today == Day("2026-12-28"))
        #expect(h.screenText().contains("2026-12-28（本次会话设定，启动时为 2026-09-30）"))
        // m on a deadline of the settings starts from it; clear the kind and make it a Q&A date.
        h.send(.char("5"), .char("m"), .ctrl("u"))
        h.type("6")
        h.send(.tab, .ctrl("u"))
        h.type("2027-01-05")
        h.send(.enter)
        // The sixth kind is the Q&A defence; not done, for no one applicant.
        #expect(h.committed.last == .publicity(.setMilestone(Milestone(id: "M01", kind: .qaDefence, date: Day("2027-01-05")!))))
        let item = h.model.derived.deadlines.first { $0.id == "M01" }
        #expect(item?.calendarDaysLeft == 8 && item?.workingDaysLeft == nil)
        #expect(h.model.derived.missingCalendarYears == [2027])
        #expect(h.screenText().contains("工作日历缺少 2027 年"))
        h.send(.char("8"))
        #expect(h.screenText().contains("2027：请按 i 导入该年的节假日安排通知"))

        // Import a 2027 file (test data, not the real notice): the board counts again.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("cal-\(UUID().uuidString).json")
        try? Data(#"{"year": 2027, "holidays": ["2027-01-01"], "adjusted_workdays": []}"#.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        h.send(.char("i"))
        h.type(file.path)
        h.send(.enter)
        #expect(h.effects == [.importCalendar(path: file.path)])
        #expect(h.model.settings == SettingsScreen(modal: nil, startedToday: TimersTests.sept30)) // saved: the form closes
        #expect(h.model.status == StatusMessage("已导入 2027 年工作日历：放假 1 天，调休上班 0 天", kind: .success))
        #expect(h.model.data.calendar.years.contains(2027))
        #expect(h.model.derived.missingCalendarYears.isEmpty)
        // 12-28…12-31 (Mon–Thu) 4, 01-01 off, 01-04, 01-05 → 6 working days.
        #expect(h.model.derived.deadlines.first { $0.id == "M01" }?.workingDaysLeft == 6)

        // An empty board date goes back to the start-up day.
        h.send(.char("t"), .ctrl("u"), .enter)
        #expect(h.model.env.today == TimersTests.sept30)
        #expect(h.model.settings == SettingsScreen())
    }

    @Test func startFormNamesTheMissingYear() {
        // 5 working days from 2026-12-30 run into 2027, which the shipped calendar lacks.
        var h = AppHarness(today: TimersTests.sept30)
        h.send(.char("5"), .char("p"), .ctrl("u"))
        h.type("内部")
        h.send(.tab)
        h.type("A2026-001")
        h.send(.tab, .ctrl("u"))
        h.type("2026-12-30")
        h.send(.enter)
        #expect(h.committed.isEmpty)
        #expect(h.screenText().contains("工作日历缺少 2027 年"))
    }

    @Test func boardFitsEightyByTwentyFour() {
        var h = TimersTests.startedPublic()
        h.model.viewport = (80, 24)
        let lines = h.screen(width: 80, height: 24)
        #expect(lines.allSatisfy { displayWidth($0) <= 80 })
        #expect(lines[3].contains("剩余工作日"))
        #expect(lines[4].contains("2026-10-06"))
        // The detail pane starts under the list and ends above the status line.
        #expect(lines.contains { $0.hasPrefix("┌ 社会公示 · GS2026-01") })
        #expect(lines[21].hasPrefix("└"))
        h.send(.char("1"))
        let dash = h.screen(width: 80, height: 24)
        #expect(dash.contains { $0.contains("社会公示 · ") && $0.contains("即将到期") })
    }
}
