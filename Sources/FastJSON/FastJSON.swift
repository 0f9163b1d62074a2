// FastJSON: a JSON `Decoder` (and `Encoder`) for any Codable type, made for qaward's data files,
// whose open was dominated by Foundation's JSONDecoder (a dictionary per object, a String per key).
// It knows nothing of awards. None of the Swift packages available to this project offers a faster
// JSON Codable implementation (swift-extras-base64, swift-nio, Yams, XMLCoder, … were checked), so
// it is written here: a one-pass tokenizer into a flat node array, and containers that find keys by
// comparing UTF-8 bytes.
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
