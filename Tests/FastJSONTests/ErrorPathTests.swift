import FastJSON
import Foundation
import Testing

/// Each decoding error kind with the coding path Foundation gives it, so the store's messages
/// (`data.applications[3].status: …`) name the same place. Expected shapes are worked out by hand
/// and checked against Foundation's JSONDecoder on the same bytes.
@Suite struct ErrorPathTests {
    struct Item: Decodable, Equatable { var id: String; var n: Int; var ok: Bool; var tags: [String]; var day: Day? }
    struct Day: Decodable, Equatable {
        var text: String
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            text = try c.decode(String.self)
            guard text.count == 10 else { throw DecodingError.dataCorruptedError(in: c, debugDescription: "not a day: \(text)") }
        }
    }
    struct Root: Decodable, Equatable { var items: [Item]; var meta: [String: Int] }

    static let good = #"{"items": [{"id": "a", "n": 1, "ok": true, "tags": []}, {"id": "b", "n": 2, "ok": false, "tags": ["x"], "day": "2026-03-01"}], "meta": {"k": 1}}"#

    static let cases: [(String, String, ErrorShape)] = [
        ("missing key", #"{"items": [{"id": "a", "ok": true, "tags": []}], "meta": {}}"#, ErrorShape("keyNotFound(n)", ".items[0]")),
        ("missing top key", #"{"items": []}"#, ErrorShape("keyNotFound(meta)", "")),
        ("string for Int", #"{"items": [{"id": "a", "n": "1", "ok": true, "tags": []}], "meta": {}}"#, ErrorShape("typeMismatch", ".items[0].n")),
        ("null for Int", #"{"items": [{"id": "a", "n": null, "ok": true, "tags": []}], "meta": {}}"#, ErrorShape("valueNotFound", ".items[0].n")),
        ("null for Bool", #"{"items": [{"id": "a", "n": 1, "ok": null, "tags": []}], "meta": {}}"#, ErrorShape("typeMismatch", ".items[0].ok")),
        ("null for String", #"{"items": [{"id": null, "n": 1, "ok": true, "tags": []}], "meta": {}}"#, ErrorShape("valueNotFound", ".items[0].id")),
        ("number in [String]", #"{"items": [{"id": "a", "n": 1, "ok": true, "tags": ["x", 3]}], "meta": {}}"#, ErrorShape("typeMismatch", ".items[0].tags[1]")),
        ("object for array", #"{"items": {}, "meta": {}}"#, ErrorShape("typeMismatch", ".items")),
        ("null for array", #"{"items": null, "meta": {}}"#, ErrorShape("valueNotFound", ".items")),
        ("null for object", #"{"items": [null], "meta": {}}"#, ErrorShape("valueNotFound", ".items[0]")),
        ("array for object", #"{"items": [[]], "meta": {}}"#, ErrorShape("typeMismatch", ".items[0]")),
        ("custom init's dataCorrupted", #"{"items": [{"id": "a", "n": 1, "ok": true, "tags": [], "day": "2026"}], "meta": {}}"#, ErrorShape("dataCorrupted", ".items[0].day")),
        ("wrong type for Day", #"{"items": [{"id": "a", "n": 1, "ok": true, "tags": [], "day": 5}], "meta": {}}"#, ErrorShape("typeMismatch", ".items[0].day")),
        ("dictionary value", #"{"items": [], "meta": {"k": true}}"#, ErrorShape("typeMismatch", ".meta.k")),
        ("top level not an object", #"[]"#, ErrorShape("typeMismatch", "")),
        ("fraction for Int", #"{"items": [{"id": "a", "n": 1.5, "ok": true, "tags": []}], "meta": {}}"#, ErrorShape("dataCorrupted", ".items[0].n")),
    ]

    @Test func shapesAsWorkedOut() {
        #expect(fastError(Root.self, Self.good) == nil)
        for (name, text, expected) in Self.cases {
            #expect(fastError(Root.self, text) == expected, "\(name)")
        }
    }

    // The same bytes through Foundation give the same kind and path (a number that does not fit
    // excepted, see `expectSameAsFoundation`).
    @Test func sameAsFoundation() {
        for (name, text, _) in Self.cases { expectSameAsFoundation(Root.self, Data(text.utf8), name) }
    }

    // An unkeyed container read past its end: valueNotFound at the index after the last.
    @Test func unkeyedAtEnd() {
        struct Pair: Decodable {
            init(from decoder: Decoder) throws {
                var u = try decoder.unkeyedContainer()
                _ = try u.decode(Int.self)
                _ = try u.decode(Int.self)
            }
        }
        #expect(fastError([Pair].self, "[[1, 2], [3]]") == ErrorShape("valueNotFound", "[1][1]"))
        #expect(foundationError([Pair].self, Data("[[1, 2], [3]]".utf8)) == ErrorShape("valueNotFound", "[1][1]"))
    }
}
