import Foundation

/// Encodes any `Encodable` to exactly the bytes Foundation's JSONEncoder writes with
/// `[.sortedKeys, .withoutEscapingSlashes]` (`.compact`) or with `.prettyPrinted` added (`.pretty`):
/// files and journal lines are hashed, so the bytes must not change with the encoder.
public struct FastJSONEncoder: Sendable {
    public enum Layout: Sendable {
        /// `.prettyPrinted`: 2-space indent, `" : "` between key and value.
        case pretty
        /// One line.
        case compact
    }

    public var layout: Layout
    /// Passed to every `encode(to:)` as `encoder.userInfo`.
    public var userInfo: [CodingUserInfoKey: any Sendable] = [:]

    public init(layout: Layout) { self.layout = layout }

    public func encode<T: Encodable>(_ value: T) throws -> Data {
        let state = EncodingState(pretty: layout == .pretty, userInfo: userInfo)
        try state.encodeTop(value)
        return state.takeData()
    }
}
