import FuzzSupport
import Foundation
import Testing
@testable import AwardDomain

/// The working-day calendar file and the State Council holiday file the office imports each year
/// (RULES.md §8), and days themselves: any bytes give a calendar or a refusal in words, never a
/// crash; absurd dates (year 9999, overflowing day counts) are refused by `Day`.
@Suite struct FuzzCalendarTests {
    static let shippedFile: Data = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/AwardDomain/Resources/cn-workday-calendar.json")
        return (try? Data(contentsOf: url)) ?? Data()
    }()

    static func parseBoth(_ data: Data, note: String) {
        do { _ = try WorkdayCalendar.parse(data) } catch {
            #expect(!error.text(.zh).isEmpty && !error.text(.en).isEmpty, "\(note)")
        }
        do {
            let y = try WorkdayCalendar.importYear(from: data)
            // What import accepts can be set into a calendar and asked about.
            var cal = WorkdayCalendar(years: [], holidays: [], adjustedWorkdays: [])
            cal.setYear(y.year, holidays: y.holidays, adjustedWorkdays: y.adjustedWorkdays)
            if let d = y.holidays.first(where: { $0.year == y.year }) { #expect((try? cal.isWorkday(d)) == false, "\(note)") }
        } catch {
            #expect(!error.text(.zh).isEmpty && !error.text(.en).isEmpty, "\(note)")
        }
    }

    // Every truncation of the shipped calendar file, and random bit flips in it.
    @Test func shippedFileTruncatedAndFlipped() {
        let bytes = [UInt8](Self.shippedFile)
        #expect(bytes.count > 100)
        for n in 0..<bytes.count { Self.parseBoth(Data(bytes.prefix(n)), note: "cut to \(n)") }
        var rng = FuzzRNG(seed: Fuzz.seed)
        for _ in 0..<Fuzz.iterations / 2 {
            var b = bytes
            for _ in 0..<rng.int(1...3) { b[rng.int(0...(b.count - 1))] ^= UInt8(1 << rng.int(0...7)) }
            Self.parseBoth(Data(b), note: "flipped")
        }
    }

    static var dates: [Any] { ["2027-01-01", "9999-12-31", "0000-01-01", "2027-02-29", "2027-13-01", "2026-12-31", "2026-12-24",
                               "2027/1/1", "２０２７-01-01", "", "x", 20270101, 1e308, Int.max, NSNull(), ["date": "2027-01-02"],
                               ["date": 5], ["nodate": "2027-01-01"], [Any](), "2027-01-02T00:00:00", "-2027-01-01", "2027-1-1"] }
    static var years: [Any] { [2027, "2027", 9999, "9999", -1, 0, Int.max, "99999999999999999999", 1e308, NSNull(), "二〇二七", 2200, 1900, 2201] }

    /// A random holiday file in either layout, with values of every type where dates and years go.
    static func holidayFile(_ rng: inout FuzzRNG) -> Data {
        func list() -> Any {
            if rng.chance(0.1) { return rng.pick(dates) }
            return (0..<rng.int(0...6)).map { _ in rng.pick(dates) }
        }
        var body: [String: Any] = [:]
        if rng.chance(0.9) { body["holidays"] = list() }
        if rng.chance(0.7) { body["adjusted_workdays"] = list() }
        let root: Any
        if rng.chance(0.5) {
            body["year"] = rng.pick(years)
            root = body
        } else {
            var ys: [String: Any] = [:]
            for _ in 0..<rng.int(0...2) { ys["\(rng.pick(years))"] = rng.chance(0.9) ? body : rng.pick(dates) }
            root = ["years": ys]
        }
        let data = (try? JSONSerialization.data(withJSONObject: root, options: [.sortedKeys])) ?? Data()
        return rng.chance(0.1) ? Data(data.prefix(rng.int(0...data.count))) : data
    }

    @Test func randomHolidayFiles() {
        var rng = FuzzRNG(seed: Fuzz.seed ^ 0x11)
        for i in 0..<Fuzz.iterations {
            let data = rng.chance(0.05) ? Data(rng.bytes(rng.int(0...200))) : Self.holidayFile(&rng)
            Self.parseBoth(data, note: "input \(i): \(String(decoding: data.prefix(200), as: UTF8.self))")
        }
    }

    // Rule: years outside 1900–2200 are typing errors, not dates (Day.validYears). Day arithmetic
    // with any Int leaves that range as nil, never as an overflow trap.
    @Test func absurdDaysAreRefused() {
        #expect(Day("9999-12-31") == nil)
        #expect(Day(year: 9999, month: 12, day: 31) == nil)
        #expect(Day(year: Int.max, month: 1, day: 1) == nil)
        #expect(Day(ordinal: Int.max) == nil)
        #expect(Day(ordinal: Int.min) == nil)
        let d = Day("2026-03-31")!
        #expect(d.adding(days: Int.max) == nil)
        #expect(d.adding(days: Int.min) == nil)
        #expect(d.adding(years: Int.max) == nil)
        #expect(d.adding(years: Int.min) == nil)
        #expect(d.adding(years: 7000) == nil)
        var rng = FuzzRNG(seed: Fuzz.seed ^ 0x22)
        for _ in 0..<Fuzz.iterations {
            let n = rng.chance(0.5) ? Int(bitPattern: UInt(rng.next())) : rng.int(-200_000...200_000)
            if let x = d.adding(days: n) { #expect(Day.validYears.contains(x.year) && x.adding(days: -n) == d) }
            _ = Day(ordinal: n)
            _ = d.adding(years: n)
            let text = String((0..<rng.int(0...12)).map { _ in rng.pick(Array("0123456789-/.年月日 ９x")) })
            if let p = Day(text) { #expect(Day.validYears.contains(p.year)) }
        }
    }
}
