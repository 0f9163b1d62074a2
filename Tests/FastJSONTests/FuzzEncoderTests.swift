import FastJSON
import Foundation
import FuzzSupport
import Testing

/// Seeded random values encoded both ways give the same bytes: strings with every escape class,
/// CJK, emoji and control characters; integers at their limits; doubles; nested optionals; empty
/// containers; dictionaries with unicode keys (sorted by UTF-8 bytes); enums with payloads;
/// values of any shape.
@Suite struct FuzzEncoderTests {
    enum Payload: Codable, Equatable { case none, one(Int), two(a: String, b: [Int]?) }

    struct Record: Codable, Equatable {
        var text: String
        var number: Int
        var small: Int8
        var big: UInt64
        var real: Double
        var flag: Bool
        var maybe: String??
        var list: [String]
        var nested: [[Int?]]
        var map: [String: [String: Int]]
        var payload: Payload
        var child: [Record]
    }

    /// Any JSON value, encoded through the containers' generic paths.
    indirect enum Shape: Encodable {
        case null, bool(Bool), int(Int), double(Double), string(String), array([Shape]), object([String: Shape])
        func encode(to encoder: Encoder) throws {
            switch self {
            case .null: var c = encoder.singleValueContainer(); try c.encodeNil()
            case .bool(let b): var c = encoder.singleValueContainer(); try c.encode(b)
            case .int(let i): var c = encoder.singleValueContainer(); try c.encode(i)
            case .double(let d): var c = encoder.singleValueContainer(); try c.encode(d)
            case .string(let s): var c = encoder.singleValueContainer(); try c.encode(s)
            case .array(let a): var c = encoder.unkeyedContainer(); for x in a { try c.encode(x) }
            case .object(let o): try o.encode(to: encoder)
            }
        }
    }

    struct Gen {
        var rng: FuzzRNG
        mutating func string() -> String {
            var s = ""
            for _ in 0..<rng.int(0...10) {
                switch rng.int(0...6) {
                case 0: s.unicodeScalars.append(Unicode.Scalar(UInt8(rng.int(0...0x1F))))
                case 1: s += rng.pick(["\"", "\\", "/", "\u{7F}", "\u{2028}", "\u{FEFF}"])
                case 2: s += rng.pick(["盐城", "质量奖", "é", "ß", "😀", "🇨🇳", "𠀀", "e\u{301}"])
                default: s += rng.pick(["a", "Z", "0", " ", "-", "_", "key", "~"])
                }
            }
            return s
        }
        mutating func double() -> Double {
            rng.pick([0, -0.0, 1, 0.1, -2.5, 1e22, 1e-7, 123456.789, Double.ulpOfOne, Double.leastNonzeroMagnitude, 1.7976931348623157e308,
                      Double(rng.int(-1_000_000...1_000_000)) / Double(rng.int(1...1000))])
        }
        mutating func record(_ depth: Int) -> Record {
            Record(text: string(), number: rng.pick([0, -1, Int.max, Int.min, rng.int(-99999...99999)]),
                   small: Int8(truncatingIfNeeded: rng.int(-128...127)), big: rng.pick([0, UInt64.max, UInt64(rng.int(0...Int.max))]),
                   real: double(), flag: rng.chance(0.5),
                   maybe: rng.pick([nil, .some(nil), .some(string())]),
                   list: (0..<rng.int(0...3)).map { _ in string() },
                   nested: (0..<rng.int(0...2)).map { _ in (0..<rng.int(0...2)).map { _ in rng.chance(0.3) ? nil : rng.int(-5...5) } },
                   map: Dictionary((0..<rng.int(0...3)).map { _ in (string(), Dictionary((0..<rng.int(0...2)).map { _ in (string(), 1) }, uniquingKeysWith: { a, _ in a })) }, uniquingKeysWith: { a, _ in a }),
                   payload: rng.pick([.none, .one(rng.int(-9...9)), .two(a: string(), b: rng.chance(0.5) ? nil : [1, 2])]),
                   child: depth < 2 ? (0..<rng.int(0...2)).map { _ in record(depth + 1) } : [])
        }
        mutating func shape(_ depth: Int) -> Shape {
            switch rng.int(0...(depth > 4 ? 4 : 6)) {
            case 0: .null
            case 1: .bool(rng.chance(0.5))
            case 2: .int(rng.int(-1000...1000))
            case 3: .double(double())
            case 4: .string(string())
            case 5: .array((0..<rng.int(0...4)).map { _ in shape(depth + 1) })
            default: .object(Dictionary((0..<rng.int(0...4)).map { _ in (string(), shape(depth + 1)) }, uniquingKeysWith: { a, _ in a }))
            }
        }
    }

    @Test func randomRecords() {
        var g = Gen(rng: FuzzRNG(seed: Fuzz.seed ^ 0xE1))
        for i in 0..<max(200, Fuzz.iterations / 4) {
            let r = g.record(0)
            EncoderIdentityTests.expectIdentical(r, "record \(i)")
            // And what FastJSON writes, FastJSON and Foundation read back the same.
            if let bytes = try? FastJSONEncoder(layout: .pretty).encode(r) { expectSameAsFoundation(Record.self, bytes, "record \(i) read back") }
        }
    }

    @Test func randomShapes() {
        var g = Gen(rng: FuzzRNG(seed: Fuzz.seed ^ 0xE2))
        for i in 0..<max(300, Fuzz.iterations / 2) { EncoderIdentityTests.expectIdentical(g.shape(0), "shape \(i)") }
    }
}
