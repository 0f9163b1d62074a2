import Crypto
import FastJSON
import Foundation

/// Every stored JSON file is `{"data": …, "kind": …, "schema": 1, "seq": N}` with sorted keys, so
/// the same state always gives the same bytes and the journal's digests can be checked.
/// `seq` is the last journal entry the file includes: entries after it are replayed on open.
/// The schema version this program writes and the highest it reads.
public enum StoredFormat {
    public static let schema = 1
}

struct Envelope<Payload: Codable>: Codable {
    var schema: Int
    var kind: String
    var seq: Int
    var data: Payload
}

/// What is read before the payload, so a newer schema is refused before its data is misread.
struct EnvelopeHeader: Decodable {
    var schema: Int
    var kind: String
    var seq: Int
}

enum Canonical {
    /// Snapshot files: sorted keys, indented so a person can read and diff them. The bytes of
    /// Foundation's JSONEncoder with `[.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]`,
    /// which wrote the files before, so their recorded digests still verify.
    static func fileEncoder() -> FastJSONEncoder { FastJSONEncoder(layout: .pretty) }

    /// Journal lines: sorted keys on one line (`[.sortedKeys, .withoutEscapingSlashes]`).
    static func lineEncoder() -> FastJSONEncoder { FastJSONEncoder(layout: .compact) }

    static func sha256Hex(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}

/// Encodes and decodes stored files, turning every decoding failure into words that name the
/// place in the file (e.g. `data.applications[3].status`).
enum EnvelopeCodec {
    static func encode<T: Codable>(_ payload: T, kind: String, seq: Int) -> Data {
        let env = Envelope(schema: StoredFormat.schema, kind: kind, seq: seq, data: payload)
        do {
            var data = try Canonical.fileEncoder().encode(env)
            data.append(0x0A)
            return data
        } catch {
            // Our own model types always encode; reaching here is a programming error.
            preconditionFailure("cannot encode \(kind): \(error)")
        }
    }

    enum Problem: Error {
        case newer(Int)
        case damaged(String)
    }

    static func decode<T: Codable>(_ type: T.Type, kind: String, from data: Data) -> Result<(seq: Int, payload: T), Problem> {
        // One parse in the usual case: a file that decodes whole is checked from its own header.
        // Only a file that does not decode is read again for its header alone, so a newer schema
        // is told apart from damage (and refused before its data is misread).
        if let env = try? FastJSONDecoder().decode(Envelope<T>.self, from: data) {
            if env.schema > StoredFormat.schema { return .failure(.newer(env.schema)) }
            if let problem = headerProblem(schema: env.schema, kind: env.kind, expected: kind) { return .failure(problem) }
            return .success((env.seq, env.data))
        }
        let header: EnvelopeHeader
        do { header = try FastJSONDecoder().decode(EnvelopeHeader.self, from: data) } catch {
            return .failure(.damaged(describe(error)))
        }
        if header.schema > StoredFormat.schema { return .failure(.newer(header.schema)) }
        if let problem = headerProblem(schema: header.schema, kind: header.kind, expected: kind) { return .failure(problem) }
        do {
            let env = try FastJSONDecoder().decode(Envelope<T>.self, from: data)
            return .success((env.seq, env.data))
        } catch {
            return .failure(.damaged(describe(error)))
        }
    }

    private static func headerProblem(schema: Int, kind: String, expected: String) -> Problem? {
        guard schema >= 1 else { return .damaged("schema \(schema) is not a valid format version") }
        guard kind == expected else { return .damaged("kind is “\(kind)”, expected “\(expected)”") }
        return nil
    }

    /// The decoding error as "path: what is wrong", the path in the file's own terms.
    static func describe(_ error: Error) -> String {
        guard let e = error as? DecodingError else { return String(describing: error) }
        func path(_ c: DecodingError.Context) -> String {
            let p = c.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            let trimmed = p.hasPrefix(".") ? String(p.dropFirst()) : p
            return trimmed.isEmpty ? "(top level)" : trimmed
        }
        func detail(_ c: DecodingError.Context) -> String {
            if let u = c.underlyingError { return c.debugDescription + " (" + String(describing: u) + ")" }
            return c.debugDescription
        }
        switch e {
        case .typeMismatch(let t, let c): return "\(path(c)): expected \(t): \(detail(c))"
        case .valueNotFound(let t, let c): return "\(path(c)): missing \(t) value: \(detail(c))"
        case .keyNotFound(let k, let c): return "\(path(c)): missing key “\(k.stringValue)”"
        case .dataCorrupted(let c): return "\(path(c)): \(detail(c))"
        @unknown default: return String(describing: e)
        }
    }
}
