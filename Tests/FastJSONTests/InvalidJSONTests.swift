import FastJSON
import Foundation
import Testing

/// Bytes that are not JSON are refused as Foundation refuses them: `.dataCorrupted` with an empty
/// coding path; the message says where (line, column, byte). Trailing commas, which Foundation
/// lets through, are refused too.
@Suite struct InvalidJSONTests {
    static let broken: [(String, [UInt8])] = [
        ("empty", []),
        ("only whitespace", Array(" \n".utf8)),
        ("truncated object", Array(#"{"a": 1"#.utf8)),
        ("truncated string", Array(#"["abc"#.utf8)),
        ("truncated literal", Array("tru".utf8)),
        ("trailing garbage", Array("[1] x".utf8)),
        ("two values", Array("1 2".utf8)),
        ("trailing comma in array", Array("[1,]".utf8)),
        ("trailing comma in object", Array(#"{"a":1,}"#.utf8)),
        ("missing colon", Array(#"{"a" 1}"#.utf8)),
        ("unquoted key", Array("{a: 1}".utf8)),
        ("single quotes", Array("['a']".utf8)),
        ("leading zero", Array("[01]".utf8)),
        ("bare minus", Array("[-]".utf8)),
        ("fraction without digits", Array("[1.]".utf8)),
        ("exponent without digits", Array("[1e+]".utf8)),
        ("leading plus", Array("[+1]".utf8)),
        ("NaN", Array("[NaN]".utf8)),
        ("bad escape", Array(#"["\x"]"#.utf8)),
        ("short \\u", Array(#"["\u12"]"#.utf8)),
        ("lone high surrogate", Array(#"["\ud83d"]"#.utf8)),
        ("high surrogate then non-surrogate", Array(#"["\ud83d\u0041"]"#.utf8)),
        ("lone low surrogate", Array(#"["\ude00"]"#.utf8)),
        ("raw control character", Array("[\"a\u{01}b\"]".utf8)),
        ("raw newline in string", Array("[\"a\nb\"]".utf8)),
        ("invalid UTF-8: lone continuation", [0x22, 0x80, 0x22]),
        ("invalid UTF-8: overlong", [0x22, 0xC0, 0xAF, 0x22]),
        ("invalid UTF-8: surrogate", [0x22, 0xED, 0xA0, 0x80, 0x22]),
        ("invalid UTF-8: above U+10FFFF", [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22]),
        ("invalid UTF-8: cut sequence", [0x22, 0xE4, 0xB8, 0x22]),
        ("invalid UTF-8 in a key", [0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D]),
        ("NUL byte", [0x5B, 0x31, 0x00, 0x5D]),
        ("unclosed nesting", Array("[[[{}]]".utf8)),
        ("mismatched brackets", Array("[}".utf8)),
        ("form feed as whitespace", Array("[\u{0C}1]".utf8)),
    ]

    @Test func refusedWithEmptyPath() {
        for (name, bytes) in Self.broken {
            // Foundation's JSONDecoder accepts trailing commas; JSON (RFC 8259) does not.
            #expect(FoundationAgrees.refuses(Data(bytes)) || name.hasPrefix("trailing comma"), "Foundation accepts \(name)?")
            do {
                _ = try FastJSONDecoder().decode(JSONValue.self, from: Data(bytes))
                Issue.record("\(name): accepted")
            } catch let DecodingError.dataCorrupted(c) {
                #expect(c.codingPath.isEmpty, "\(name)")
                #expect(c.debugDescription.contains("line "), "\(name): \(c.debugDescription)")
            } catch {
                Issue.record("\(name): \(error)")
            }
        }
    }

    // The place is named: `[1, x]` fails at the x, byte 4 (0-based), line 1, column 5; on the
    // second line, the column counts from that line's start.
    @Test func messageNamesThePlace() {
        func message(_ text: String) -> String {
            do { _ = try fast([Int].self, text); return "" } catch let DecodingError.dataCorrupted(c) { return c.debugDescription } catch { return "\(error)" }
        }
        #expect(message("[1, x]").contains("line 1, column 5 (byte 4)"))
        #expect(message("[1,\n  x]").contains("line 2, column 3 (byte 6)"))
        #expect(message("[1,\n2").contains("end of data"))
    }

    // Nesting deeper than Foundation's limit of 512 is refused instead of overflowing the stack.
    @Test func tooDeep() {
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(fastError(JSONValue.self, deep) == ErrorShape("dataCorrupted", ""))
        let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(fastError(JSONValue.self, fine) == nil)
    }
}

enum FoundationAgrees {
    static func refuses(_ data: Data) -> Bool { (try? JSONDecoder().decode(JSONValue.self, from: data)) == nil }
}
