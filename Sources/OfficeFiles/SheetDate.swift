/// A calendar date as a spreadsheet stores it: the number of days since 1899-12-30 (Excel's
/// 1900 date system, which counts the fictitious 1900-02-29, so serials from 1900-03-01 on are
/// right; the award's dates are all after that).
public struct SheetDate: Hashable, Sendable, Comparable {
    public let year: Int, month: Int, day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1900...9999).contains(year), (1...12).contains(month), (1...Self.daysIn(month, year)).contains(day) else { return nil }
        self.year = year; self.month = month; self.day = day
    }

    /// The date a serial number stands for; fractions (times of day) are dropped.
    public init?(serial: Double) {
        guard serial.isFinite, serial >= 61, serial < 2_958_466 else { return nil }
        let (y, m, d) = Self.civil(fromDays: Int(serial.rounded(.down)) + Self.epochOffset)
        self.init(year: y, month: m, day: d)
    }

    /// "2026-07-01" read back; nil for anything else.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var serial: Int { Self.days(fromCivil: year, month, day) - Self.epochOffset }

    public var iso: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    public static func < (a: SheetDate, b: SheetDate) -> Bool { a.serial < b.serial }

    /// Days from 1970-01-01 to 1899-12-30, negated: serial = daysSince1970 + 25569.
    static let epochOffset = -25569

    static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    // Days since 1970-01-01 and back (H. Hinnant's civil-date algorithms).
    static func days(fromCivil y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp + (mp < 10 ? 3 : -9)
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
