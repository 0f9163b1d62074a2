import FastJSON
import Foundation
import Testing

/// The container operations `init(from:)` implementations use besides plain `decode`.
@Suite struct ContainerTests {
    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    struct Probe: Decodable {
        var keys: [String]
        var hasA: Bool, hasZ: Bool
        var aIsNil: Bool, bIsNil: Bool
        var nested: [Int]
        var inner: String
        var superValue: Int
        var absentSuperIsNil: Bool
        var info: String?

        enum K: String, CodingKey { case a, b, list, obj, `super`, zz }
        enum Inner: String, CodingKey { case s }

        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: K.self)
            keys = c.allKeys.map(\.stringValue)
            hasA = c.contains(.a)
            hasZ = c.contains(.zz)
            aIsNil = try c.decodeNil(forKey: .a)
            bIsNil = try c.decodeNil(forKey: .b)
            var u = try c.nestedUnkeyedContainer(forKey: .list)
            nested = []
            while !u.isAtEnd { if try u.decodeNil() { nested.append(-1) } else { nested.append(try u.decode(Int.self)) } }
            inner = try c.nestedContainer(keyedBy: Inner.self, forKey: .obj).decode(String.self, forKey: .s)
            superValue = try c.superDecoder().singleValueContainer().decode(Int.self)
            absentSuperIsNil = try c.superDecoder(forKey: .zz).singleValueContainer().decodeNil()
            info = decoder.userInfo[CodingUserInfoKey(rawValue: "note")!] as? String
        }
    }

    // allKeys (in written order), contains, decodeNil, nested containers, superDecoder (present and
    // absent: an absent key gives a decoder of null, as Foundation), and userInfo.
    @Test func keyedOperations() throws {
        var d = FastJSONDecoder()
        d.userInfo[CodingUserInfoKey(rawValue: "note")!] = "hello"
        let p = try d.decode(Probe.self, from: Data(#"{"a": null, "b": 1, "list": [1, null, 3], "obj": {"s": "x"}, "super": 7}"#.utf8))
        #expect(p.keys == ["a", "b", "list", "obj", "super"])
        #expect(p.hasA && !p.hasZ && p.aIsNil && !p.bIsNil)
        #expect(p.nested == [1, -1, 3])
        #expect(p.inner == "x" && p.superValue == 7 && p.absentSuperIsNil)
        #expect(p.info == "hello")
    }

    // A keyed container finds keys in any order and repeatedly: the wrap-around search must not
    // lose a key it passed.
    @Test func keysInAnyOrder() throws {
        struct Reader: Decodable {
            var got: [Int] = []
            init(from decoder: Decoder) throws {
                let c = try decoder.container(keyedBy: Key.self)
                for k in ["d", "a", "c", "c", "b", "e", "a", "d"] {
                    got.append(try c.decodeIfPresent(Int.self, forKey: Key(stringValue: k)) ?? 0)
                }
            }
        }
        let r = try fast(Reader.self, #"{"a": 1, "b": 2, "c": 3, "d": 4}"#)
        #expect(r.got == [4, 1, 3, 3, 2, 0, 1, 4])
    }

    // An unkeyed container: count, currentIndex, nested containers, superDecoder, and decodeNil
    // that does not move past a non-null value.
    @Test func unkeyedOperations() throws {
        struct Reader: Decodable {
            var log: [String] = []
            init(from decoder: Decoder) throws {
                var u = try decoder.unkeyedContainer()
                log.append("count \(u.count ?? -1)")
                log.append("nil? \(try u.decodeNil()) at \(u.currentIndex)")
                log.append(try u.decode(String.self))
                var inner = try u.nestedUnkeyedContainer()
                log.append("inner \(try inner.decode(Int.self))")
                let obj = try u.nestedContainer(keyedBy: Key.self)
                log.append("obj \(try obj.decode(Bool.self, forKey: Key(stringValue: "t")))")
                log.append("super \(try u.superDecoder().singleValueContainer().decode(Double.self))")
                log.append("end \(u.isAtEnd) at \(u.currentIndex)")
            }
        }
        let r = try fast(Reader.self, #"["s", [5], {"t": true}, 2.5]"#)
        #expect(r.log == ["count 4", "nil? false at 0", "s", "inner 5", "obj true", "super 2.5", "end true at 4"])
    }

    // A decoder kept past the call stays usable: it owns the document it reads.
    @Test func decoderOutlivesTheCall() throws {
        final class Keep: Decodable, @unchecked Sendable {
            let decoder: Decoder
            init(from decoder: Decoder) throws { self.decoder = decoder }
        }
        let k = try fast(Keep.self, #"{"x": "later"}"#)
        enum X: String, CodingKey { case x }
        #expect(try k.decoder.container(keyedBy: X.self).decode(String.self, forKey: .x) == "later")
    }
}
