@testable import AwardStore
import AwardDomain
import Foundation
import Testing

/// The column specs: every example reads with its own parser, headers are unique, the
/// documentation lists every column, and the fixture credit codes are valid (GB 32100-2015).
struct CSVColumnsTests {
    @Test(arguments: CSVKind.allCases)
    func examplesParseAndHeadersAreUnique(kind: CSVKind) {
        let cols = kind.columns
        #expect(Set(cols.map { $0.key.lowercased() }).count == cols.count)
        #expect(Set(cols.map(\.zh)).count == cols.count)
        for c in cols where !c.example.isEmpty {
            if case .failure(let p) = c.parser.read(c.example) { Issue.record("\(kind).\(c.key) example “\(c.example)”: \(p.message.en)") }
        }
    }

    @Test func docsListEveryColumnOfEveryKind() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/csv-columns.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        for kind in CSVKind.allCases {
            #expect(text.contains(Columns.markdownTable(kind)), "docs/csv-columns.md is out of date for \(kind): regenerate its tables with Columns.markdownTable")
        }
    }

    @Test func fixtureCodesAreValid() {
        // Fixtures/README.md: first 17 characters → check character.
        let table: [(String, Character)] = [
            ("91320900MA1M00001", "1"), ("91320900MA1M00002", "4"), ("91320900MA1M00003", "7"),
            ("91320900MA1M00004", "A"), ("91320900MA1M00005", "D"), ("91320900MA1M00006", "G"), ("12320900466000001", "M"),
        ]
        for (first17, check) in table {
            #expect(CreditCode.checkCharacter(first17) == check)
            #expect(CreditCode.problem(first17 + String(check)) == nil)
        }
    }

    @Test func cellReaders() {
        // Booleans in six spellings; dates in Excel's and clerks' forms; lists with three separators.
        for yes in ["是", "YES", "y", "True", "1"] { #expect((try? CellParser.yesNo.read(yes).get()) as? Bool == true) }
        for no in ["否", "no", "N", "false", "0"] { #expect((try? CellParser.yesNo.read(no).get()) as? Bool == false) }
        for d in ["2026-03-31", "2026/3/31", "2026.3.31", "2026/3/31 0:00", "2026年3月31日"] {
            #expect((try? CellParser.readDay(d).get())?.description == "2026-03-31", "\(d)")
        }
        #expect((try? CellParser.readDay("2026-02-30").get()) == nil)
        #expect(CellParser.splitList("a; b；c、d;;") == ["a", "b", "c", "d"])
        let ranges = try? CellParser.dayRanges.read("2026-05-01~2026-05-10; 2026-06-01").get() as? [DayRange]
        #expect(ranges == [DayRange(from: Day("2026-05-01")!, to: Day("2026-05-10")!), DayRange(from: Day("2026-06-01")!, to: Day("2026-06-01")!)])
        #expect((try? CellParser.dayRanges.read("2026-05-10~2026-05-01").get()) == nil)
    }
}
