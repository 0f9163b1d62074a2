// FastJSON: a JSON `Decoder` and `Encoder` for any Codable type, made for qaward's data files,
// whose open and save were dominated by Foundation's JSONDecoder/JSONEncoder (a dictionary per
// object, a String per key, generic boxing). It knows nothing of awards. None of the Swift packages
// available to this project offers a faster JSON Codable implementation (swift-extras-base64,
// swift-nio, Yams, XMLCoder, … were checked), so it is written here: a one-pass tokenizer into a
// flat node array, containers that find keys by comparing UTF-8 bytes, and a writer that produces
// Foundation's exact bytes.
//
// Where it differs from Foundation, deliberately:
// - Trailing commas (`[1,]`) are refused: they are not JSON, though Foundation lets them through.
// - Invalid UTF-8 is refused anywhere in the document, not only in the strings that are decoded.
// - A number that does not fit its type is `.dataCorrupted` at the number's own path (Foundation
//   reports it at the top level).
// - With duplicate member names, which one a decoder reads is unspecified (Foundation: the first).
// - The encoder writes containers in order: writing to a container after a later sibling has been
//   started (or using a `superEncoder` late) throws instead of reordering.
import Foundation

/// Decodes any `Decodable` from JSON text, with Foundation's `DecodingError`s and coding paths.
public struct FastJSONDecoder: Sendable {
    /// Passed to every `init(from:)` as `decoder.userInfo`.
    public var userInfo: [CodingUserInfoKey: any Sendable] = [:]

    public init() {}

    public func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        let context = try DecodingContext(data: data, userInfo: userInfo)
        return try context.decodeRoot(type)
    }
}
