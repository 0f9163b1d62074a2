import Foundation
import Testing
@testable import AwardDomain

// Every date below was checked by hand against reference/cn-workday-calendar.json (2026 notice:
// 国庆 10-01…10-07 off, Sat 10-10 worked; 春节 02-15…02-23 off, Sat 02-14 and Sat 02-28 worked;
// 元旦 01-01…01-03 off, Sun 01-04 worked; no December 2025 days named).
private let cal = WorkdayCalendar.shipped

// RULES.md §8 "不少于5个工作日", 第十一条（一）: from Wednesday 2026-09-30 the working days are 09-30,
// 10-08, 10-09, Saturday 10-10 (make-up) and Monday 10-12 → ends 2026-10-12.
@Test func calendarFiveWorkdaysAcrossNationalDay() throws {
    #expect(try cal.endOfWorkdays(from: Day("2026-09-30")!, count: 5) == Day("2026-10-12"))
}

// A start inside the Spring Festival 2026 (Wednesday 02-18, a day off): 02-24 Tue, 02-25, 02-26,
// 02-27 Fri, Saturday 02-28 (make-up) → ends 2026-02-28.
@Test func calendarStartInsideSpringFestival() throws {
    #expect(try cal.endOfWorkdays(from: Day("2026-02-18")!, count: 5) == Day("2026-02-28"))
}

// Crossing 2025→2026 from Monday 2025-12-29: 12-29, 12-30, 12-31, (01-01…01-03 off), Sunday
// 01-04 (make-up), Monday 01-05 → ends 2026-01-05.
@Test func calendarPeriodCrossingTheYear() throws {
    #expect(try cal.endOfWorkdays(from: Day("2025-12-29")!, count: 5) == Day("2026-01-05"))
    #expect(try cal.workdays(from: Day("2025-12-29")!, through: Day("2026-01-05")!) == 5)
}

// RULES.md §8 "公示时间7天" counts the start: 2026-04-27 + 6 = 2026-05-03 across the month end.
@Test func calendarSevenDaysAcrossMonthEnd() throws {
    #expect(try PublicityKind.public.end(from: Day("2026-04-27")!, calendar: cal) == Day("2026-05-03"))
}

// RULES.md §8: a period that reaches 2027 (no notice yet) is an error naming 2027. From Monday
// 2026-12-28: 12-28, 12-29, 12-30, 12-31 are four working days; the fifth would be in 2027.
@Test func calendarMissingYearNamesIt() {
    #expect(throws: WorkdayCalendar.missingYear(2027)) {
        try cal.endOfWorkdays(from: Day("2026-12-28")!, count: 5)
    }
    #expect(WorkdayCalendar.missingYear(2027).message.zh.contains("2027"))
    #expect(throws: DomainError.self) { try cal.isWorkday(Day("2027-01-04")!) }
}

// Make-up Saturday 2026-10-10 is a working day; Thursday 2026-10-01 (National Day) is not;
// an ordinary Saturday 2026-03-07 is not.
@Test func calendarMakeUpSaturdayAndHolidayWeekday() throws {
    #expect(Day("2026-10-10")!.weekday == 6)
    #expect(try cal.isWorkday(Day("2026-10-10")!))
    #expect(Day("2026-10-01")!.weekday == 4)
    #expect(try !cal.isWorkday(Day("2026-10-01")!))
    #expect(try !cal.isWorkday(Day("2026-03-07")!))
}

// Import: the plain layout; a December day of the year before is allowed; the year's days are
// then used by the calendar.
@Test func calendarImportPlainLayout() throws {
    let json = #"{ "year": 2027, "holidays": ["2027-01-01", "2026-12-31"], "adjusted_workdays": ["2027-01-09"] }"#
    let y = try WorkdayCalendar.importYear(from: Data(json.utf8))
    #expect(y.year == 2027)
    #expect(y.holidays == [Day("2026-12-31")!, Day("2027-01-01")!])
    #expect(y.adjustedWorkdays == [Day("2027-01-09")!])   // 2027-01-09 is a Saturday
    var c = cal
    c.setYear(y.year, holidays: y.holidays, adjustedWorkdays: y.adjustedWorkdays)
    #expect(try c.isWorkday(Day("2027-01-09")!))
    #expect(try !c.isWorkday(Day("2027-01-01")!))
}

// Import: the shipped layout with one year, dates as objects.
@Test func calendarImportShippedLayout() throws {
    let json = #"{ "years": { "2027": { "holidays": [{ "date": "2027-01-01", "name": "元旦" }], "adjusted_workdays": [] } } }"#
    let y = try WorkdayCalendar.importYear(from: Data(json.utf8))
    #expect(y.year == 2027 && y.holidays == [Day("2027-01-01")!] && y.adjustedWorkdays.isEmpty)
}

// Import refusals: a date of another year, a make-up weekday, two years at once, no year, bad JSON.
@Test func calendarImportRefusals() {
    func refusal(_ json: String) -> DomainError? {
        do { _ = try WorkdayCalendar.importYear(from: Data(json.utf8)); return nil } catch { return error }
    }
    #expect(refusal(#"{ "year": 2027, "holidays": ["2026-10-01"] }"#)?.message.zh.contains("不属于 2027 年") == true)
    #expect(refusal(#"{ "year": 2027, "holidays": ["2027-01-01"], "adjusted_workdays": ["2027-01-11"] }"#)?.message.en.contains("not a Saturday or Sunday") == true)
    #expect(refusal(#"{ "years": { "2027": { "holidays": [] , "adjusted_workdays": [] }, "2028": { "holidays": [], "adjusted_workdays": [] } } }"#)?.message.en.contains("2 years") == true)
    #expect(refusal(#"{ "holidays": ["2027-01-01"] }"#)?.message.en.contains("which year") == true)
    #expect(refusal("not json") != nil)
    #expect(refusal(#"{ "year": 2027, "holidays": ["2027-02-30"] }"#)?.message.zh.contains("2027-02-30") == true)
}

// Re-importing a year replaces its days: a day off dropped from the corrected notice is a working day again.
@Test func calendarReimportReplacesTheYear() throws {
    var c = WorkdayCalendar(years: [], holidays: [], adjustedWorkdays: [])
    c.setYear(2027, holidays: [Day("2027-01-01")!, Day("2027-01-04")!], adjustedWorkdays: [])
    c.setYear(2027, holidays: [Day("2027-01-01")!], adjustedWorkdays: [])
    #expect(try c.isWorkday(Day("2027-01-04")!))   // a Monday
}
