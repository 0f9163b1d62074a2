import Foundation

/// A calendar day in the award's time zone (Asia/Shanghai). Dates in the measures are days, not
/// instants, so they are stored and compared as days: "2026-03-31" on disk and in CSV.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Years the program accepts at all; anything outside is a typing error, not a date.
    public static let validYears = 1900...2200

    public init?(year: Int, month: Int, day: Int) {
        guard Day.validYears.contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysInMonth(year: year, month: month) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; also accepts `YYYY/M/D` and `YYYY.M.D`, as Excel and clerks write them.
    public init?(_ text: String) {
        // The stored layout, straight from the bytes: every date of a file is read through here.
        if let (y, m, d) = Day.storedLayout(text) {
            self.init(year: y, month: m, day: d)
            return
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Year, month and day of exactly `DDDD-DD-DD`, nil for any other text.
    static func storedLayout(_ text: String) -> (Int, Int, Int)? {
        var text = text
        return text.withUTF8 { b -> (Int, Int, Int)? in
            guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
                  let y = decimal(b, 0..<4), let m = decimal(b, 5..<7), let d = decimal(b, 8..<10) else { return nil }
            return (y, m, d)
        }
    }

    /// The number written in ASCII digits at `range` of `b`, nil if any byte there is not a digit.
    static func decimal(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var n = 0
        for i in range {
            let digit = b[i] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            n = n * 10 + Int(digit)
        }
        return n
    }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian; Howard Hinnant's days_from_civil).
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The day with the given ordinal (inverse of `ordinal`), nil outside `validYears`.
    public init?(ordinal z0: Int) {
        // Far outside validYears either way; also keeps the arithmetic below from overflowing.
        guard (-1_000_000...1_000_000).contains(z0) else { return nil }
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        let w = (ordinal + 3) % 7 // 1970-01-01 was a Thursday (ISO 4)
        return (w < 0 ? w + 7 : w) + 1
    }

    public var isWeekend: Bool { weekday >= 6 }

    /// Calendar-day arithmetic; nil if the result leaves `validYears`.
    public func adding(days n: Int) -> Day? {
        let (z, overflow) = ordinal.addingReportingOverflow(n)
        return overflow ? nil : Day(ordinal: z)
    }

    /// Same month and day `n` years later; 29 February becomes 28 February in a common year.
    /// Used for "满N年" / "N年内", measured date to date (RULES.md §8).
    public func adding(years n: Int) -> Day? {
        let (y, overflow) = year.addingReportingOverflow(n)
        guard !overflow, Day.validYears.contains(y) else { return nil }
        return Day(year: y, month: month, day: min(day, Day.daysInMonth(year: y, month: month)))
    }

    public func days(until other: Day) -> Int { other.ordinal - ordinal }

    /// `YYYY-MM-DD`. Built by hand: every stored date and every rule's wording goes through here,
    /// and `String(format:)` made it the costliest part of saving and of the eligibility checks.
    public var description: String {
        // A valid day's parts have fixed widths: the 10 bytes are written in place (every date of
        // a saved file comes through here).
        String(unsafeUninitializedCapacity: 10) { b in
            writeDigits(year, width: 4, at: 0, in: b)
            b[4] = UInt8(ascii: "-")
            writeDigits(month, width: 2, at: 5, in: b)
            b[7] = UInt8(ascii: "-")
            writeDigits(day, width: 2, at: 8, in: b)
            return 10
        }
    }

    public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

    /// The award's time zone, whatever the machine's (RULES.md §8).
    public static let awardTimeZone = TimeZone(identifier: "Asia/Shanghai")!

    /// The day `instant` falls on in Asia/Shanghai.
    public init(instant: Date) {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = Day.awardTimeZone
        let c = cal.dateComponents([.year, .month, .day], from: instant)
        self.init(year: c.year!, month: c.month!, day: c.day!)!
    }
}

extension Day: Codable {
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let d = Day(s) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "not a date (YYYY-MM-DD): \(s)")
        }
        self = d
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

/// An inclusive range of days, e.g. an expert's unavailable dates or a panel's review dates.
public struct DayRange: Hashable, Codable, Sendable {
    public var from: Day
    public var to: Day
    public init(from: Day, to: Day) { self.from = from; self.to = to }
    public func contains(_ d: Day) -> Bool { from <= d && d <= to }
    public func overlaps(_ o: DayRange) -> Bool { from <= o.to && o.from <= to }
}

/// The last `width` decimal digits of non-negative `n`, zero-padded, at `b[at...]`.
func writeDigits(_ n: Int, width: Int, at: Int, in b: UnsafeMutableBufferPointer<UInt8>) {
    var n = n
    for i in stride(from: at + width - 1, through: at, by: -1) {
        b[i] = UInt8(ascii: "0") + UInt8(n % 10)
        n /= 10
    }
}
