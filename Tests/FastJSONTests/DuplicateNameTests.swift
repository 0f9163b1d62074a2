import Foundation
import Testing
import FastJSON

/// A repeated member name: a dictionary takes the first member, as Foundation's JSONDecoder does
/// (found by the damaged-file comparison, where a replaced digit made two items of a sheet share a
/// name), and so does a keyed struct.
@Test func duplicateNamesTakeTheFirstMember() throws {
    let d = Data(#"{"a": 1, "b": 2, "a": 3}"#.utf8)
    #expect(try FastJSONDecoder().decode([String: Int].self, from: d) == ["a": 1, "b": 2])
    #expect(try JSONDecoder().decode([String: Int].self, from: d) == ["a": 1, "b": 2])
    struct S: Decodable { var a: Int }
    #expect(try FastJSONDecoder().decode(S.self, from: d).a == 1)
}
