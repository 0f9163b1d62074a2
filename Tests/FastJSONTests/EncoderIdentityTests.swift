import AwardDomain
import AwardSynth
import FastJSON
import Foundation
import FuzzSupport
import Testing
@testable import AwardStore

/// FastJSONEncoder writes byte for byte what Foundation's JSONEncoder writes with
/// `[.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]` (`.pretty`) and
/// `[.sortedKeys, .withoutEscapingSlashes]` (`.compact`): files and journal lines are hashed, so
/// the files already written must keep verifying.
@Suite struct EncoderIdentityTests {
    static func foundation(_ pretty: Bool) -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return e
    }

    static func expectIdentical<T: Encodable>(_ value: T, _ note: @autoclosure () -> String, sourceLocation: SourceLocation = #_sourceLocation) {
        for pretty in [true, false] {
            let theirs = Result { try foundation(pretty).encode(value) }
            let ours = Result { try FastJSONEncoder(layout: pretty ? .pretty : .compact).encode(value) }
            switch (ours, theirs) {
            case (.success(let a), .success(let b)):
                if a != b {
                    let i = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
                    Issue.record("\(note()) (pretty: \(pretty)): differ at byte \(i): ours …\(String(decoding: a.dropFirst(max(0, i - 40)).prefix(80), as: UTF8.self))… vs …\(String(decoding: b.dropFirst(max(0, i - 40)).prefix(80), as: UTF8.self))…", sourceLocation: sourceLocation)
                }
            case (.failure, .failure): break
            case (.success, .failure(let e)): Issue.record("\(note()): Foundation refused: \(e)", sourceLocation: sourceLocation)
            case (.failure(let e), .success): Issue.record("\(note()): FastJSON refused: \(e)", sourceLocation: sourceLocation)
            }
        }
    }

    // The forms worked out by hand from Foundation's writer: an empty array or object is its
    // brackets around a blank line, indented to its level; " : " between key and value; keys
    // sorted by UTF-8 bytes; no trailing newline.
    @Test func handWorkedForms() throws {
        struct S: Encodable { var b: [Int] = []; var a: [String: Int] = [:]; var c = [1, 2]; var z: String? = nil; var y = "x/y" }
        let pretty = String(decoding: try FastJSONEncoder(layout: .pretty).encode(S()), as: UTF8.self)
        #expect(pretty == "{\n  \"a\" : {\n\n  },\n  \"b\" : [\n\n  ],\n  \"c\" : [\n    1,\n    2\n  ],\n  \"y\" : \"x/y\"\n}")
        let compact = String(decoding: try FastJSONEncoder(layout: .compact).encode(S()), as: UTF8.self)
        #expect(compact == #"{"a":{},"b":[],"c":[1,2],"y":"x/y"}"#)
        let escaped = String(decoding: try FastJSONEncoder(layout: .compact).encode("\"\\\u{08}\u{0C}\n\r\t\u{01}\u{1F}\u{7F}é😀/"), as: UTF8.self)
        #expect(escaped == "\"\\\"\\\\\\b\\f\\n\\r\\t\\u0001\\u001f\u{7F}é😀/\"")
        #expect(String(decoding: try FastJSONEncoder(layout: .compact).encode(["é": 1, "z": 2, "Z": 3, "盐": 4]), as: UTF8.self)
            == #"{"Z":3,"z":2,"é":1,"盐":4}"#)
        #expect(String(decoding: try FastJSONEncoder(layout: .compact).encode([1.0, 0.5, -2.25, 1e22, 1e-7]), as: UTF8.self)
            == "[1,0.5,-2.25,1e+22,1e-07]")
    }

    // NaN and infinity are refused, as by Foundation's default strategy, with the value's path.
    @Test func nonFiniteRefused() {
        #expect(throws: EncodingError.self) { try FastJSONEncoder(layout: .pretty).encode([Double.nan]) }
        do {
            _ = try FastJSONEncoder(layout: .compact).encode(["x": [1, Double.infinity]])
            Issue.record("infinity encoded")
        } catch let EncodingError.invalidValue(_, c) {
            #expect(c.codingPath.map(\.stringValue) == ["x", "Index 1"])
        } catch { Issue.record("\(error)") }
    }

    // Hand-written `encode(to:)` using every container operation, in the order such code uses
    // them: nested keyed and unkeyed containers followed by more members of the parent, the same
    // keyed container asked twice, a superEncoder, a single-value child, and a child that encodes
    // nothing (an empty object, as Foundation writes it).
    @Test func everyContainerOperation() {
        struct Nothing: Encodable { func encode(to encoder: Encoder) throws {} }
        struct Custom: Encodable {
            enum K: String, CodingKey { case z, a, list, inner, m, nothing }
            enum Inner: String, CodingKey { case y, b }
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: K.self)
                try c.encode("z", forKey: .z)
                var inner = c.nestedContainer(keyedBy: Inner.self, forKey: .inner)
                try inner.encode(2, forKey: .y)
                try inner.encodeNil(forKey: .b)
                var list = c.nestedUnkeyedContainer(forKey: .list)
                try list.encode(1)
                var deeper = list.nestedContainer(keyedBy: Inner.self)
                try deeper.encode(true, forKey: .b)
                try list.encode("after")
                try c.encode(Nothing(), forKey: .nothing)
                var again = encoder.container(keyedBy: K.self)
                try again.encode(1.5, forKey: .a)
                var single = c.superEncoder(forKey: .m).singleValueContainer()
                try single.encode("super")
                var sup = c.superEncoder().container(keyedBy: Inner.self)
                try sup.encode(0, forKey: .b)
            }
        }
        Self.expectIdentical(Custom(), "custom")
        Self.expectIdentical([Custom(), Custom()], "customs")
    }

    // The model: generated registry and cycles in their envelopes, the sample cycle, journal
    // entries and store events.
    @Test func modelTypes() throws {
        let built = ModelEqualityTests.built
        Self.expectIdentical(Envelope(schema: 1, kind: "registry", seq: 3, data: built.registry), "registry")
        for c in built.cycles { Self.expectIdentical(Envelope(schema: 1, kind: "cycle", seq: 5, data: c), "cycle \(c.year)") }
        let sample = try #require(ModelEqualityTests.sample())
        Self.expectIdentical(sample.registry, "sample registry")
        Self.expectIdentical(sample.cycle, "sample cycle")
        Self.expectIdentical(StoredCalendar(sample.calendar), "calendar")
        for action in SampleCycle.reviewActions { Self.expectIdentical(action, "action \(action)") }
        Self.expectIdentical([StoreEvent.initialize(year: 2026), .restore(file: "a/b.json", version: "v"), .repair(file: "x", version: "y")], "events")
    }

    // The province data set, when this machine has it (QAWARD_BENCH_DATA or the benchmark's
    // cache): decoded and encoded again, the files come back byte for byte.
    @Test func provinceFilesRoundTrip() throws {
        let dir = ProcessInfo.processInfo.environment["QAWARD_BENCH_DATA"] ?? "/work/bench-cache/o5000-e1000-c20-a300-s1-y2026-v1"
        guard let registry = FileManager.default.contents(atPath: dir + "/registry.json"),
              let cycle = FileManager.default.contents(atPath: dir + "/cycles/2026.json") else { return }
        let r = try FastJSONDecoder().decode(Envelope<Registry>.self, from: registry)
        #expect(try FastJSONEncoder(layout: .pretty).encode(r) + Data([0x0A]) == registry)
        let c = try FastJSONDecoder().decode(Envelope<Cycle>.self, from: cycle)
        #expect(try FastJSONEncoder(layout: .pretty).encode(c) + Data([0x0A]) == cycle)
    }
}
