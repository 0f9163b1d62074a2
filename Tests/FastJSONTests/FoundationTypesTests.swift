import FastJSON
import Foundation
import Testing

/// Data, URL and Decimal are read and written as Foundation's JSON coders do (base64 text, URL
/// text, a number), not by their own Codable conformances.
@Suite struct FoundationTypesTests {
    struct S: Codable, Equatable { var d: Data; var u: URL; var n: Decimal }

    @Test func sameAsFoundation() throws {
        let value = S(d: Data([0, 1, 2, 250]), u: URL(string: "https://example.org/a?b=c")!, n: Decimal(string: "12.5")!)
        EncoderIdentityTests.expectIdentical(value, "foundation types")
        let bytes = try FastJSONEncoder(layout: .compact).encode(value)
        #expect(String(decoding: bytes, as: UTF8.self) == #"{"d":"AAEC+g==","n":12.5,"u":"https://example.org/a?b=c"}"#)
        #expect(try FastJSONDecoder().decode(S.self, from: bytes) == value)
        expectSameAsFoundation(S.self, bytes, "foundation types")
        #expect(fastError(S.self, #"{"d":"%%%","n":1,"u":"x"}"#) == ErrorShape("dataCorrupted", ".d"))
    }
}
