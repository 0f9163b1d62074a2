import FuzzSupport
import AwardDomain
import Foundation
import Testing
@testable import AwardStore

/// CSV imports from Excel and clerks: whatever the bytes, the importer gives a batch or a message,
/// never a crash (random bytes, GBK and UTF-16 files, BOMs, ragged rows, huge fields, stray quotes,
/// absurd numbers and dates), and a batch it gives is applied or refused by the reducer, never a crash.
@Suite struct FuzzCSVTests {
    /// The sample 2026 cycle, imported once, as the registry and cycle rows may refer to.
    static let sample: AwardData = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var data = AwardData(registry: Registry(), cycle: Cycle(year: 2026))
        let context = ActionContext(actor: "fuzz", at: Timestamp(millis: 1_774_830_000_000))
        for (kind, file) in [(CSVKind.orgs, "orgs.csv"), (.records, "records.csv"), (.awards, "awards.csv"),
                             (.experts, "experts.csv"), (.applications, "applications.csv")] {
            let bytes = (try? Data(contentsOf: root.appendingPathComponent("sample-data/\(file)"))) ?? Data()
            if case .success(let batch) = CSVImport.parse(kind: kind, data: bytes, registry: data.registry, cycle: data.cycle) {
                for a in batch.actions() { data = (try? data.applying(a, context: context)) ?? data }
            }
        }
        return data
    }()

    /// Cells worth trying in any column: valid examples come from the columns themselves.
    static let nasty: [String] = [
        "", " ", "\"", "\"\"", "a\"b", "\"open", "line\nbreak", "\r", "\t", "\u{0}", "\u{FEFF}", "；;、",
        "1e308", "-1e308", "9223372036854775807", "-9223372036854775808", "99999999999999999999999", "NaN", "inf",
        "100%", "１００", "85％", "-5", "105", "3.5", "0x10", "45000", "45000.0", "999999", "1", "0",
        "9999-12-31", "0000-00-00", "2026-02-30", "2026-13-01", "1899-12-31", "2201-01-01", "2026年3月31日",
        "2026/3/31 0:00", "2026-05-01~2026-05-10", "2026-05-10~2026-05-01", "~", "2026-05-01~~2026-05-02",
        "9.13209E+17", "91320900MA03800RQB", "盐城", "是", "否", "亭湖区", "资料评审", "D", "4.1.2",
        "O0001", "E001", "A2026-001", "P2026-01", "👩‍👩‍👧", "e\u{301}", String(repeating: "名", count: 10_000),
        String(repeating: "x", count: 10_001),
    ]

    static func cell(_ column: Column, _ rng: inout FuzzRNG) -> String {
        if rng.chance(0.45) { return column.example }
        if rng.chance(0.5) { return rng.pick(nasty) }
        let scalars = (0..<rng.int(0...12)).compactMap { _ in Unicode.Scalar(UInt32(rng.pick([rng.int(0x20...0x7E), rng.int(0x4E00...0x9FA5), rng.int(0...0x2FFF)]))) }
        return String(String.UnicodeScalarView(scalars))
    }

    static func quoted(_ s: String, _ rng: inout FuzzRNG) -> String {
        if s.contains(",") || s.contains("\"") || s.contains("\n") || rng.chance(0.2) {
            // Sometimes a quote left open or a quote not doubled, as hand-edited files have.
            if rng.chance(0.1) { return "\"" + s }
            return "\"" + s.replacingOccurrences(of: "\"", with: rng.chance(0.9) ? "\"\"" : "\"") + "\""
        }
        return s
    }

    /// A file of `kind`: header (right, shuffled, partial or foreign), ragged rows, an encoding.
    static func file(_ kind: CSVKind, _ rng: inout FuzzRNG) -> Data {
        let columns = kind.columns
        if rng.chance(0.05) { return Data(rng.bytes(rng.int(0...400))) }
        var header = columns.map { $0.header(rng.chance(0.8) ? .zh : .en) }
        if rng.chance(0.2) { header.shuffle(using: &rng) }
        if rng.chance(0.15) { header.removeLast(rng.int(0...header.count)) }
        if rng.chance(0.1) { header.append(rng.pick(nasty)) }
        var lines = [header.map { quoted($0, &rng) }.joined(separator: ",")]
        for _ in 0..<rng.int(0...6) {
            var cells = columns.map { cell($0, &rng) }
            if rng.chance(0.2) { cells.removeLast(rng.int(0...cells.count)) }
            if rng.chance(0.1) { cells += (0..<rng.int(1...3)).map { _ in rng.pick(nasty) } }
            lines.append(cells.map { quoted($0, &rng) }.joined(separator: ","))
        }
        let newline = rng.pick(["\n", "\r\n", "\r"])
        var bytes = [UInt8](lines.joined(separator: newline).utf8)
        if rng.chance(0.3) { bytes = [0xEF, 0xBB, 0xBF] + bytes }
        switch rng.int(0...19) {
        case 0: // GBK: "盐城" is D1 CE B3 C7; a few pairs make the file invalid UTF-8.
            for _ in 0..<rng.int(1...4) { bytes.insert(contentsOf: [UInt8(rng.int(0xB0...0xF7)), UInt8(rng.int(0xA1...0xFE))], at: rng.int(0...bytes.count)) }
        case 1: bytes = [0xFF, 0xFE] + Array(String(decoding: bytes, as: UTF8.self).utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        case 2: bytes = [0xFE, 0xFF] + Array(String(decoding: bytes, as: UTF8.self).utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        case 3, 4: // A few flipped, dropped or inserted bytes.
            for _ in 0..<rng.int(1...3) where !bytes.isEmpty {
                let i = rng.int(0...(bytes.count - 1))
                switch rng.int(0...2) {
                case 0: bytes[i] ^= UInt8(1 << rng.int(0...7))
                case 1: bytes.remove(at: i)
                default: bytes.insert(UInt8(rng.int(0...255)), at: i)
                }
            }
        case 5: bytes = Array(bytes.prefix(rng.int(0...bytes.count)))
        default: break
        }
        return Data(bytes)
    }

    /// Parses, checks the outcome says something, and applies a batch to the sample data.
    static func check(_ kind: CSVKind, _ data: Data, note: String) {
        let sample = Self.sample
        switch CSVImport.parse(kind: kind, data: data, registry: sample.registry, cycle: sample.cycle) {
        case .failure(let errors):
            #expect(!errors.problems.isEmpty, "\(note): a refusal without a problem")
            #expect(!errors.report(lang: .zh).isEmpty && !errors.report(lang: .en).isEmpty, "\(note)")
        case .success(let batch):
            var d = sample
            let context = ActionContext(actor: "fuzz", at: Timestamp(millis: 1_774_830_000_000))
            for a in batch.actions() {
                do { d = try d.applying(a, context: context) } catch {
                    #expect(!error.text(.zh).isEmpty, "\(note): a refusal without words")
                    break
                }
            }
        }
    }

    // Rule: an import is all-or-nothing with a message naming the row (RULES.md §CSV; the
    // encoding is never guessed). Property: no input crashes it or leaves it without a message.
    @Test func randomFilesGiveABatchOrAMessage() {
        var rng = FuzzRNG(seed: Fuzz.seed)
        for i in 0..<Fuzz.iterations {
            let kind = CSVKind.allCases[i % CSVKind.allCases.count]
            Self.check(kind, Self.file(kind, &rng), note: "input \(i) (\(kind))")
        }
    }

    // Absurd values, each alone in an otherwise valid row of its column: a score of 1e308 or
    // Int.max as a percent, a year 9999 date, a 10,000-character name (the longest cell accepted).
    @Test func absurdValuesAreRefusedWithAMessage() {
        let absurd = ["1e308", "9223372036854775807", "-9223372036854775808", "99999999999999999999999", "9999-12-31", "45000",
                      String(repeating: "盐", count: 10_000), String(repeating: "x", count: 10_001)]
        for kind in CSVKind.allCases {
            let columns = kind.columns
            for (c, column) in columns.enumerated() {
                for value in absurd {
                    var cells = columns.map(\.example)
                    cells[c] = value
                    let text = columns.map { $0.header(.zh) }.joined(separator: ",") + "\n" + cells.map { "\"\($0)\"" }.joined(separator: ",") + "\n"
                    Self.check(kind, Data(text.utf8), note: "\(kind).\(column.key) = \(value.prefix(20))")
                }
            }
        }
        // Percent cells in particular (第六条: 0–100 in steps of 5).
        for s in ["1e308", "9223372036854775807", "-9223372036854775808", "99999999999999999999999", "100.0", "１００"] {
            guard case .failure = CellParser.percent.read(s) else { Issue.record("percent “\(s)” was accepted"); continue }
        }
        // An Excel date serial number is refused with the date it probably meant: 45000 is 2023-03-15.
        guard case .failure(let p) = CellParser.readDay("45000") else { Issue.record("serial accepted"); return }
        #expect(p.message.zh.contains("2023-03-15"))
    }
}
