import FastJSON
import Foundation
import Testing

/// Valid JSON of every kind decodes to the values worked out by hand below.
@Suite struct ValidJSONTests {
    // Every escape: the seven one-letter ones, "\/", \u of ASCII, of a BMP character, and a
    // surrogate pair (U+1F600 😀 is D83D DE00).
    @Test func escapes() throws {
        let s = try fast(String.self, #""a\"b\\c\/d\b\f\n\r\t\u0041\u00e9\u4e2d\ud83d\ude00""#)
        #expect(s == "a\"b\\c/d\u{08}\u{0C}\n\r\tAé中😀")
    }

    // Raw UTF-8 of 2, 3 and 4 bytes passes through unchanged.
    @Test func rawUTF8() throws {
        #expect(try fast(String.self, "\"é盐城😀\"") == "é盐城😀")
        #expect(try fast([String].self, "[\"\", \"x\"]") == ["", "x"])
    }

    // Numbers: signs, fractions, exponents of both cases and signs; an integer type takes a whole
    // value written with a fraction or exponent (as Foundation does).
    @Test func numbers() throws {
        #expect(try fast([Double].self, "[0, -0.5, 1.25e2, 2E-3, 1e+2, 123456789012345678901234567890]")
            == [0, -0.5, 125, 0.002, 100, 1.2345678901234568e29])
        #expect(try fast([Int].self, "[0, -7, 9223372036854775807, -9223372036854775808, 34.0, 1e3]")
            == [0, -7, Int.max, Int.min, 34, 1000])
        #expect(try fast(UInt64.self, "18446744073709551615") == UInt64.max)
        #expect(try fast(Int8.self, "-128") == -128)
        #expect(try fast(Float.self, "0.1") == Float(0.1))
        #expect(try fast(Double.self, "0.1") == 0.1)
        #expect(try fast(Double.self, "2.2250738585072014e-308") == 2.2250738585072014e-308)
    }

    // Every kind of JSON whitespace (space, tab, CR, LF) around and between tokens, and a UTF-8
    // byte order mark before the value.
    @Test func whitespace() throws {
        #expect(try fast([String: [Int]].self, " \t\r\n{ \"a\" \n:\t[ 1 ,\r2 ] } \n") == ["a": [1, 2]])
        #expect(try FastJSONDecoder().decode(Int.self, from: Data([0xEF, 0xBB, 0xBF]) + Data("5".utf8)) == 5)
    }

    // Top-level fragments, literals, nesting, empty containers, and optionals (absent and null).
    @Test func structure() throws {
        #expect(try fast(Bool.self, "true") == true)
        #expect(try fast(String?.self, "null") == nil)
        #expect(try fast([[Int]].self, "[[],[1],[2,3]]") == [[], [1], [2, 3]])
        struct S: Decodable, Equatable { var a: Int?; var b: String?; var c: [String: Bool] }
        #expect(try fast(S.self, #"{"b": null, "c": {}}"#) == S(a: nil, b: nil, c: [:]))
        #expect(try fast(S.self, #"{"c": {"x": true, "y": false}, "a": 3}"#) == S(a: 3, b: nil, c: ["x": true, "y": false]))
    }

    // Keys with escapes are found by their unescaped name; keys read out of written order are
    // found too (the search wraps around).
    @Test func keys() throws {
        struct S: Decodable, Equatable { var a: Int; var b: Int; var c: Int }
        #expect(try fast(S.self, #"{"c": 3, "b": 2, "\u0061": 1}"#) == S(a: 1, b: 2, c: 3))
        #expect(try fast([String: Int].self, #"{"\u4e2d": 1, "k\"q": 2}"#) == ["中": 1, "k\"q": 2])
    }

    // An escape, a non-ASCII character or the closing quote at every offset of a long ASCII run
    // (the tokenizer skips plain ASCII 8 bytes at a time).
    @Test func specialBytesAtEveryOffset() throws {
        let run = "abcdefghijklmnopqrstuvwx"
        for i in 0...run.count {
            let head = String(run.prefix(i)), tail = String(run.dropFirst(i))
            #expect(try fast(String.self, "\"\(head)\\n\(tail)\"") == head + "\n" + tail)
            #expect(try fast(String.self, "\"\(head)é\(tail)\"") == head + "é" + tail)
            #expect(try fast(String.self, "\"\(head)\\\"\(tail)\"") == head + "\"" + tail)
            #expect(try fast([String].self, "[\"\(head)\"]") == [head])
            #expect(fastError(String.self, "\"\(head)\u{01}\(tail)\"") == ErrorShape("dataCorrupted", ""))
            #expect(fastError(String.self, "\"\(head)\u{7F}\(tail)\"") == nil) // DEL needs no escape
        }
    }
}
