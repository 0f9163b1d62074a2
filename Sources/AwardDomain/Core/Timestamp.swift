import Foundation

/// An instant, stored as whole milliseconds since 1970 UTC so that files are byte-stable and
/// hashes over them replay exactly; shown in Asia/Shanghai.
public struct Timestamp: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var millis: Int64
    public init(millis: Int64) { self.millis = millis }
    public init(_ date: Date) { millis = Int64((date.timeIntervalSince1970 * 1000).rounded()) }

    public var date: Date { Date(timeIntervalSince1970: Double(millis) / 1000) }
    public var day: Day { Day(instant: date) }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let t = Timestamp(iso: s) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "not a time (YYYY-MM-DDTHH:MM:SS.sss+08:00): \(s)")
        }
        self = t
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }

    /// `2026-03-31T09:30:00.000+08:00`: Asia/Shanghai has had no daylight saving since 1991.
    public var description: String {
        let shifted = millis + 8 * 3_600_000
        let dayOrdinal = Int((Double(shifted) / 86_400_000).rounded(.down))
        let msOfDay = Int(shifted - Int64(dayOrdinal) * 86_400_000)
        let d = Day(ordinal: dayOrdinal).map(\.description) ?? "????-??-??"
        // The time part written in place, not joined from pieces (every saved time comes here).
        return d + String(unsafeUninitializedCapacity: 19) { b in
            b[0] = UInt8(ascii: "T")
            writeDigits(msOfDay / 3_600_000, width: 2, at: 1, in: b)
            b[3] = UInt8(ascii: ":")
            writeDigits(msOfDay / 60_000 % 60, width: 2, at: 4, in: b)
            b[6] = UInt8(ascii: ":")
            writeDigits(msOfDay / 1000 % 60, width: 2, at: 7, in: b)
            b[9] = UInt8(ascii: ".")
            writeDigits(msOfDay % 1000, width: 3, at: 10, in: b)
            for (i, c) in "+08:00".utf8.enumerated() { b[13 + i] = c }
            return 19
        }
    }

    /// Seconds precision for records: `2026-03-31 09:30:05`.
    public var seconds: String {
        let s = description
        return String(s.prefix(10)) + " " + String(s.dropFirst(11).prefix(8))
    }

    /// Minutes precision for screens: `2026-03-31 09:30`.
    public var shortDescription: String {
        let s = description
        return String(s.prefix(10)) + " " + String(s.dropFirst(11).prefix(5))
    }

    public init?(iso s: String) {
        if let millis = Timestamp.storedLayout(s) {
            self.millis = millis
            return
        }
        // Fixed layout written by `description`; a hand-edited file with another layout is refused.
        let chars = Array(s)
        guard chars.count == 29, chars[10] == "T", s.hasSuffix("+08:00"),
              let day = Day(String(chars[0..<10])),
              let h = Int(String(chars[11..<13])), let m = Int(String(chars[14..<16])),
              let sec = Int(String(chars[17..<19])), let ms = Int(String(chars[20..<23])),
              (0..<24).contains(h), (0..<60).contains(m), (0..<60).contains(sec) else { return nil }
        let local = Int64(day.ordinal) * 86_400_000 + Int64(h * 3_600_000 + m * 60_000 + sec * 1000 + ms)
        millis = local - 8 * 3_600_000
    }

    /// The millis of exactly `DDDD-DD-DDTDD:DD:DD.DDD+08:00` (all digits, a valid day and time),
    /// read from the bytes; nil for anything else, which the general parse then judges.
    static func storedLayout(_ s: String) -> Int64? {
        var s = s
        return s.withUTF8 { b -> Int64? in
            guard b.count == 29, b[10] == UInt8(ascii: "T"), b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"),
                  b[19] == UInt8(ascii: "."), b[23..<29].elementsEqual("+08:00".utf8) else { return nil }
            guard let (y, mo, d) = Day.storedLayout(String(decoding: b[0..<10], as: UTF8.self)), let day = Day(year: y, month: mo, day: d),
                  let h = Day.decimal(b, 11..<13), let m = Day.decimal(b, 14..<16), let sec = Day.decimal(b, 17..<19),
                  let ms = Day.decimal(b, 20..<23),
                  h < 24, m < 60, sec < 60 else { return nil }
            let local = Int64(day.ordinal) * 86_400_000 + Int64(h * 3_600_000 + m * 60_000 + sec * 1000 + ms)
            return local - 8 * 3_600_000
        }
    }

    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.millis < b.millis }
}
