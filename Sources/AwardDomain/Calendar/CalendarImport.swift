import Foundation

extension WorkdayCalendar {
    /// Reads one year's days off and make-up working days from the State Council notice, as a file
    /// the office prepares when the notice is out (RULES.md §8). Two layouts are accepted:
    /// - the shipped layout with one year: `{ "years": { "2027": { "holidays": [{ "date": "2027-01-01", … }],
    ///   "adjusted_workdays": [...] } } }`;
    /// - a plain one: `{ "year": 2027, "holidays": ["2027-01-01", …], "adjusted_workdays": [...] }`.
    /// A date may be written as a string or as `{ "date": … }` in either. Dates must fall in that
    /// year or in the last week of December before it (a New Year block can begin there);
    /// make-up working days must be Saturdays or Sundays; no day may be in both lists.
    public static func importYear(from data: Data) throws(DomainError) -> (year: Int, holidays: [Day], adjustedWorkdays: [Day]) {
        guard let object = try? JSONSerialization.jsonObject(with: data), let root = object as? [String: Any] else {
            throw DomainError(zh: "节假日文件不是有效的 JSON 对象：请检查文件内容",
                              en: "The holiday file is not a valid JSON object: check its content")
        }
        let year: Int
        let body: [String: Any]
        if let years = root["years"] as? [String: Any] {
            guard years.count == 1, let (key, value) = years.first else {
                throw DomainError(zh: "节假日文件含 \(years.count) 个年份，请每次导入一年", en: "The holiday file holds \(years.count) years: import one year at a time")
            }
            guard let y = Int(key), let b = value as? [String: Any] else {
                throw DomainError(zh: "节假日文件中的年份“\(key)”无效", en: "Invalid year “\(key)” in the holiday file")
            }
            year = y; body = b
        } else if let y = root["year"] as? Int ?? (root["year"] as? String).flatMap({ Int($0) }) {
            year = y; body = root
        } else {
            throw DomainError(zh: "节假日文件未写明年份：请加上 \"year\": 年份", en: "The holiday file does not say which year: add \"year\": <year>")
        }
        guard Day.validYears.contains(year) else {
            throw DomainError(zh: "节假日文件中的年份 \(year) 无效", en: "Invalid year \(year) in the holiday file")
        }

        let holidays = try days(body["holidays"], list: "holidays", year: year)
        let workdays = try days(body["adjusted_workdays"], list: "adjusted_workdays", year: year)
        guard !holidays.isEmpty else {
            throw DomainError(zh: "\(year) 年的节假日文件没有放假日期：请核对是否选错了文件",
                              en: "The holiday file for \(year) names no days off: check that it is the right file")
        }
        if let both = Set(holidays).intersection(workdays).min() {
            throw DomainError(zh: "\(both) 同时列为放假日和调休上班日，请核对通知", en: "\(both) is listed both as a day off and as a make-up working day: check the notice")
        }
        if let weekday = workdays.first(where: { !$0.isWeekend }) {
            throw DomainError(zh: "调休上班日 \(weekday) 不是周六或周日：调休上班日总是周末，请核对",
                              en: "Make-up working day \(weekday) is not a Saturday or Sunday: make-up working days are always weekend days, check it")
        }
        return (year, holidays, workdays)
    }

    /// The dates of one list, sorted without repeats; missing list = none.
    private static func days(_ value: Any?, list: String, year: Int) throws(DomainError) -> [Day] {
        guard let value else { return [] }
        guard let entries = value as? [Any] else {
            throw DomainError(zh: "节假日文件中的“\(list)”应为日期列表", en: "“\(list)” in the holiday file must be a list of dates")
        }
        // A notice may name days of the last week of December before its year (2024's named 2023-12-30/31).
        let earliest = Day(year: year - 1, month: 12, day: 24)
        var result: Set<Day> = []
        for e in entries {
            let text = e as? String ?? (e as? [String: Any])?["date"] as? String
            guard let text, let d = Day(text) else {
                throw DomainError(zh: "“\(list)”中有无效日期“\(text ?? String(describing: e))”（应为 YYYY-MM-DD）",
                                  en: "Invalid date “\(text ?? String(describing: e))” in “\(list)” (use YYYY-MM-DD)")
            }
            let inYear = d.year == year || (d.year == year - 1 && (earliest.map { $0 <= d } ?? false))
            guard inYear else {
                throw DomainError(zh: "“\(list)”中的 \(d) 不属于 \(year) 年（只允许 \(year) 年内或上一年12月最后几天的日期）",
                                  en: "\(d) in “\(list)” is not in \(year) (only dates in \(year) or the last days of December before it)")
            }
            result.insert(d)
        }
        return result.sorted()
    }
}
