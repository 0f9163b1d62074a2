import Foundation

/// The official working-day calendar of mainland China: days off and make-up working days from
/// the State Council's yearly holiday notices (reference/cn-workday-calendar.json).
/// A date is a working day if it is a make-up working day, or Monday–Friday and not a day off.
/// A date in a year without data is an error naming that year — never a Monday–Friday guess
/// (RULES.md §8).
public struct WorkdayCalendar: Hashable, Sendable {
    public private(set) var years: Set<Int>
    public private(set) var holidays: Set<Day>
    public private(set) var adjustedWorkdays: Set<Day>

    public init(years: Set<Int>, holidays: Set<Day>, adjustedWorkdays: Set<Day>) {
        self.years = years; self.holidays = holidays; self.adjustedWorkdays = adjustedWorkdays
    }

    public static func missingYear(_ y: Int) -> DomainError {
        DomainError(zh: "工作日历缺少 \(y) 年的数据：请在“设置”中导入国务院办公厅关于\(y)年部分节假日安排的通知",
                    en: "The working-day calendar has no data for \(y): import the State Council notice on the \(y) public holidays in Settings",
                    citation: nil)
    }

    public func isWorkday(_ d: Day) throws(DomainError) -> Bool {
        // A notice can name days of late December of the year before (2024's names 2023-12-30);
        // coverage is by the notice's year, so a covered year must be the date's own year.
        guard years.contains(d.year) else { throw WorkdayCalendar.missingYear(d.year) }
        if adjustedWorkdays.contains(d) { return true }
        return !d.isWeekend && !holidays.contains(d)
    }

    /// The last day of a period of `n` working days starting on `start`, counting `start` itself
    /// when it is a working day ("不少于5个工作日", RULES.md §8). n ≥ 1.
    public func endOfWorkdays(from start: Day, count n: Int) throws(DomainError) -> Day {
        precondition(n >= 1)
        var day = start
        var counted = 0
        while true {
            if try isWorkday(day) { counted += 1 }
            if counted == n { return day }
            guard let next = day.adding(days: 1) else { throw WorkdayCalendar.missingYear(day.year + 1) }
            day = next
        }
    }

    /// The `n`-th working day after `start` (start itself not counted). n ≥ 0; n = 0 gives `start`.
    public func adding(workdays n: Int, to start: Day) throws(DomainError) -> Day {
        var day = start
        var left = n
        while left > 0 {
            guard let next = day.adding(days: 1) else { throw WorkdayCalendar.missingYear(day.year + 1) }
            day = next
            if try isWorkday(day) { left -= 1 }
        }
        return day
    }

    /// Working days in the inclusive range `from`…`to` (0 when `to` < `from`).
    public func workdays(from: Day, through to: Day) throws(DomainError) -> Int {
        guard from <= to else { return 0 }
        var n = 0
        var day = from
        while day <= to {
            if try isWorkday(day) { n += 1 }
            guard let next = day.adding(days: 1) else { break }
            day = next
        }
        return n
    }

    /// Adds (or replaces) one year's days off and make-up working days. Replacing drops the days
    /// already held for dates in that year first, so a corrected notice does not leave stale days
    /// behind (days of late December the year before stay: they may belong to that year's notice).
    public mutating func setYear(_ year: Int, holidays newHolidays: [Day], adjustedWorkdays newWorkdays: [Day]) {
        if years.contains(year) {
            holidays = holidays.filter { $0.year != year }
            adjustedWorkdays = adjustedWorkdays.filter { $0.year != year }
        }
        years.insert(year)
        holidays.formUnion(newHolidays)
        adjustedWorkdays.formUnion(newWorkdays)
    }
}

extension WorkdayCalendar {
    /// The file layout of reference/cn-workday-calendar.json (only the fields read here).
    struct File: Codable {
        struct Year: Codable {
            var holidays: [Entry]
            var adjusted_workdays: [Entry]
        }
        struct Entry: Codable {
            var date: String
        }
        var years: [String: Year]
    }

    /// Reads a calendar file; a malformed file is refused with what is wrong in it.
    public static func parse(_ data: Data) throws(DomainError) -> WorkdayCalendar {
        let file: File
        do { file = try JSONDecoder().decode(File.self, from: data) } catch {
            throw DomainError(zh: "工作日历文件格式不正确：\(error.localizedDescription)",
                              en: "The working-day calendar file is malformed: \(error.localizedDescription)")
        }
        var cal = WorkdayCalendar(years: [], holidays: [], adjustedWorkdays: [])
        for (key, year) in file.years {
            guard let y = Int(key), Day.validYears.contains(y) else {
                throw DomainError(zh: "工作日历中的年份“\(key)”无效", en: "Invalid year “\(key)” in the working-day calendar")
            }
            var holidays: [Day] = []
            var workdays: [Day] = []
            for e in year.holidays {
                guard let d = Day(e.date) else {
                    throw DomainError(zh: "工作日历 \(key) 年中的日期“\(e.date)”无效", en: "Invalid date “\(e.date)” in calendar year \(key)")
                }
                holidays.append(d)
            }
            for e in year.adjusted_workdays {
                guard let d = Day(e.date) else {
                    throw DomainError(zh: "工作日历 \(key) 年中的日期“\(e.date)”无效", en: "Invalid date “\(e.date)” in calendar year \(key)")
                }
                workdays.append(d)
            }
            cal.setYear(y, holidays: holidays, adjustedWorkdays: workdays)
        }
        return cal
    }

    /// The calendar shipped with the program (2023–2026).
    public static let shipped: WorkdayCalendar = {
        guard let url = Bundle.module.url(forResource: "cn-workday-calendar", withExtension: "json", subdirectory: "Resources")
                ?? Bundle.module.url(forResource: "cn-workday-calendar", withExtension: "json"),
              let data = try? Data(contentsOf: url),
              let cal = try? WorkdayCalendar.parse(data) else {
            preconditionFailure("the shipped working-day calendar is missing from the program's resources")
        }
        return cal
    }()
}
