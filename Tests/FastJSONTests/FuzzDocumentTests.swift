import FastJSON
import Foundation
import FuzzSupport
import Testing

/// Seeded random JSON documents of any shape (strings with every escape class, raw CJK and emoji,
/// numbers of every form, random whitespace, deep nesting, empty containers) decode to the same
/// values through FastJSON as through Foundation.
@Suite struct FuzzDocumentTests {
    struct Writer {
        var rng: FuzzRNG
        var out = ""

        mutating func space() {
            for _ in 0..<rng.int(0...2) { out += rng.pick([" ", "\n", "\t", "\r", "  "]) }
        }

        mutating func string() {
            out += "\""
            for _ in 0..<rng.int(0...8) {
                switch rng.int(0...9) {
                case 0: out += rng.pick(["\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t"])
                case 1: out += String(format: "\\u%04x", rng.int(0...0x1F))           // an escaped control character
                case 2: out += String(format: "\\u%04X", rng.int(0x20...0xD7FF))      // an escaped BMP character
                case 3: out += "\\ud83d\\ude" + String(format: "%02x", rng.int(0...0x4F)) // an escaped emoji (surrogate pair)
                case 4: out += rng.pick(["盐城", "质量奖", "é", "😀", "🇨🇳", "\u{7F}", "\u{2028}", "𠀀"])
                default: out += rng.pick(["a", "Z", "0", " ", "-", "key", "'"])
                }
            }
            out += "\""
        }

        mutating func number() {
            switch rng.int(0...5) {
            case 0: out += String(rng.int(-1_000_000...1_000_000))
            case 1: out += String(Int.random(in: Int.min...Int.max, using: &rng))
            case 2: out += rng.pick(["0", "-0", "0.5", "-12.25", "1e3", "1E-3", "2.5e+10", "123456789.123456789", "1e22", "4.9e-324"])
            default: out += String(Double(rng.int(-99_999...99_999)) / Double(rng.pick([1, 10, 100, 1000, 7])))
            }
        }

        mutating func value(_ depth: Int) {
            space()
            switch rng.int(0...(depth > 5 ? 4 : 6)) {
            case 0: out += rng.pick(["null", "true", "false"])
            case 1, 2: number()
            case 3, 4: string()
            case 5:
                out += "["
                let n = rng.int(0...4)
                for i in 0..<n { if i > 0 { out += "," }; value(depth + 1) }
                if n == 0 { space() }
                out += "]"
            default:
                out += "{"
                let n = rng.int(0...4)
                for i in 0..<n {
                    if i > 0 { out += "," }
                    space()
                    out += "\"k\(i)" // distinct keys, some with escapes or CJK
                    out += rng.pick(["", "\\n", "盐", "\\u00e9"]) + "\""
                    space(); out += ":"
                    value(depth + 1)
                }
                if n == 0 { space() }
                out += "}"
            }
            space()
        }
    }

    @Test func randomDocumentsDecodeAsFoundationDoes() {
        var w = Writer(rng: FuzzRNG(seed: Fuzz.seed ^ 0x15))
        for i in 0..<max(300, Fuzz.iterations / 2) {
            w.out = ""
            w.value(0)
            expectSameAsFoundation(JSONValue.self, Data(w.out.utf8), "document \(i): \(w.out)")
        }
    }
}
