import Testing
@testable import AwardDomain

/// Days and timestamps in the stored layout are read straight from their bytes; the result must be
/// what the general parse gives (worked out by hand below), and anything off the layout must still
/// go through the general parse.
@Suite struct StoredLayoutTests {
    @Test func days() {
        #expect(Day("2026-03-31") == Day(year: 2026, month: 3, day: 31))
        #expect(Day("2024-02-29") == Day(year: 2024, month: 2, day: 29))
        #expect(Day("2026-02-29") == nil)  // not a leap year
        #expect(Day("2026-13-01") == nil)
        #expect(Day("1899-12-31") == nil)  // outside validYears
        #expect(Day("2026-3-1") == Day(year: 2026, month: 3, day: 1))    // the general parse still accepts these
        #expect(Day(" 2026-03-01") == Day(year: 2026, month: 3, day: 1))
        #expect(Day("2026/03/01") == Day(year: 2026, month: 3, day: 1))
        #expect(Day("2026-0a-01") == nil)
        #expect(Day("２０２６-03-01") == nil) // full-width digits are not ASCII
        // Written back with fixed widths.
        #expect(Day(year: 1900, month: 1, day: 5)?.description == "1900-01-05")
        #expect(Day(year: 2200, month: 12, day: 31)?.description == "2200-12-31")
    }

    @Test func timestamps() {
        // 2026-03-31 09:30:00.123 in Asia/Shanghai is 01:30:00.123 UTC; day ordinal 20543.
        let t = Timestamp(iso: "2026-03-31T09:30:00.123+08:00")
        #expect(t?.millis == 1_774_920_600_123) // 20543 × 86 400 000 + 1 h + 30 min + 123 ms
        #expect(t?.description == "2026-03-31T09:30:00.123+08:00")
        #expect(Timestamp(millis: 0).description == "1970-01-01T08:00:00.000+08:00")
        #expect(Timestamp(millis: 1_774_972_799_999).description == "2026-03-31T23:59:59.999+08:00")
        #expect(Timestamp(iso: "2026-03-31T24:00:00.000+08:00") == nil)
        #expect(Timestamp(iso: "2026-03-31T09:60:00.000+08:00") == nil)
        #expect(Timestamp(iso: "2026-02-30T09:00:00.000+08:00") == nil)
        #expect(Timestamp(iso: "2026-03-31T09:30:00.123+09:00") == nil)
        #expect(Timestamp(iso: "2026-03-31 09:30:00.123+08:00") == nil)
    }
}
