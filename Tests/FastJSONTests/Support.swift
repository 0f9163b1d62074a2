import FastJSON
import Foundation
import Testing

/// Decodes with FastJSON, as the store does.
func fast<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
    try FastJSONDecoder().decode(type, from: Data(text.utf8))
}

/// A decoding error reduced to what the store's messages use: its kind and its coding path, keys
/// written `.name`, array indices `[n]` (as `EnvelopeCodec.describe` writes them).
struct ErrorShape: Equatable, CustomStringConvertible {
    var kind: String
    var path: String

    init?(_ error: Error) {
        guard let e = error as? DecodingError else { return nil }
        let context: DecodingError.Context
        switch e {
        case .typeMismatch(_, let c): kind = "typeMismatch"; context = c
        case .valueNotFound(_, let c): kind = "valueNotFound"; context = c
        case .keyNotFound(let k, let c): kind = "keyNotFound(\(k.stringValue))"; context = c
        case .dataCorrupted(let c): kind = "dataCorrupted"; context = c
        @unknown default: return nil
        }
        path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }

    init(_ kind: String, _ path: String) { self.kind = kind; self.path = path }
    var description: String { "\(kind) at \(path.isEmpty ? "(top)" : path)" }
}

/// The shape of the error decoding `text` as `T` throws, nil if it decodes.
func fastError<T: Decodable>(_ type: T.Type, _ text: String) -> ErrorShape? {
    do { _ = try fast(type, text); return nil } catch { return ErrorShape(error) ?? ErrorShape("not a DecodingError", "") }
}

func foundationError<T: Decodable>(_ type: T.Type, _ data: Data) -> ErrorShape? {
    do { _ = try JSONDecoder().decode(type, from: data); return nil } catch { return ErrorShape(error) ?? ErrorShape("not a DecodingError", "") }
}

/// Outcome of decoding the same bytes both ways: equal values, or errors of the same kind at the
/// same path. One deliberate difference: a number that does not fit its type is reported by
/// Foundation at the top level, by FastJSON at the number's own path (a better message).
func expectSameAsFoundation<T: Decodable & Equatable>(_ type: T.Type, _ data: Data, _ note: @autoclosure () -> String,
                                                      sourceLocation: SourceLocation = #_sourceLocation) {
    let ours = Result { try FastJSONDecoder().decode(type, from: data) }
    let theirs = Result { try JSONDecoder().decode(type, from: data) }
    switch (ours, theirs) {
    case (.success(let a), .success(let b)):
        #expect(a == b, "\(note()): values differ", sourceLocation: sourceLocation)
    case (.failure(let a), .failure(let b)):
        let (x, y) = (ErrorShape(a), ErrorShape(b))
        if x?.kind == "dataCorrupted", y == ErrorShape("dataCorrupted", ""), "\(a)".contains("does not fit") { return }
        #expect(x == y, "\(note()): FastJSON \(a) vs Foundation \(b)", sourceLocation: sourceLocation)
    case (.success, .failure(let b)):
        Issue.record("\(note()): FastJSON decoded what Foundation refused: \(b)", sourceLocation: sourceLocation)
    case (.failure(let a), .success):
        Issue.record("\(note()): FastJSON refused what Foundation decoded: \(a)", sourceLocation: sourceLocation)
    }
}

/// Any JSON value, decoded through the containers' generic paths (for documents of any shape).
indirect enum JSONValue: Decodable, Equatable {
    case null, bool(Bool), int(Int), double(Double), string(String), array([JSONValue]), object([String: JSONValue])

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: Decoder) throws {
        if let c = try? decoder.container(keyedBy: AnyKey.self) {
            var o: [String: JSONValue] = [:]
            for k in c.allKeys { o[k.stringValue] = try c.decode(JSONValue.self, forKey: k) }
            self = .object(o)
        } else if var u = try? decoder.unkeyedContainer() {
            var a: [JSONValue] = []
            while !u.isAtEnd { a.append(try u.decode(JSONValue.self)) }
            self = .array(a)
        } else {
            let c = try decoder.singleValueContainer()
            if c.decodeNil() { self = .null }
            else if let b = try? c.decode(Bool.self) { self = .bool(b) }
            else if let i = try? c.decode(Int.self) { self = .int(i) }
            else if let d = try? c.decode(Double.self) { self = .double(d) }
            else { self = .string(try c.decode(String.self)) }
        }
    }
}
