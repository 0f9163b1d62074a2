import Foundation

/// The errors Foundation's JSONDecoder throws, with its wording.
extension DecodingContext {
    func mismatch(_ type: Any.Type, _ i: Int, _ path: [CodingKey]) -> DecodingError {
        .typeMismatch(type, .init(codingPath: path, debugDescription: "Expected to decode \(type) but found \(typeDescription(i)) instead."))
    }

    func nullFound(_ type: Any.Type, _ path: [CodingKey]) -> DecodingError {
        .valueNotFound(type, .init(codingPath: path, debugDescription: "Cannot get value of type \(type) -- found null value instead"))
    }

    func bool(_ i: Int, path: () -> [CodingKey]) throws -> Bool {
        switch nodes[i].kind {
        case .true: return true
        case .false: return false
        default: throw mismatch(Bool.self, i, path()) // null too, as Foundation does for Bool
        }
    }

    func string(_ i: Int, path: () -> [CodingKey]) throws -> String {
        switch nodes[i].kind {
        case .string, .escapedString: return string(i)
        case .null: throw nullFound(String.self, path())
        default: throw mismatch(String.self, i, path())
        }
    }

    /// Any `Decodable` at node `i`; the common leaf types without a decoder in between.
    @inline(__always)
    func value<T: Decodable>(_ type: T.Type, _ i: Int, path: () -> [CodingKey]) throws -> T {
        if T.self == String.self { return unsafeBitCast(try string(i, path: path), to: T.self) }
        if T.self == Int.self { return unsafeBitCast(try integer(i, Int.self, path: path), to: T.self) }
        if T.self == Bool.self { return unsafeBitCast(try bool(i, path: path), to: T.self) }
        if T.self == Data.self || T.self == URL.self || T.self == Decimal.self { return try foundationValue(type, i, path: path) }
        return try T(from: ValueDecoder(context: self, node: i))
    }

    /// Data, URL and Decimal as Foundation's JSONDecoder reads them (base64 text, URL text, a
    /// number), not as their own `init(from:)` would.
    private func foundationValue<T: Decodable>(_ type: T.Type, _ i: Int, path: () -> [CodingKey]) throws -> T {
        func corrupted(_ why: String) -> DecodingError { .dataCorrupted(.init(codingPath: path(), debugDescription: why)) }
        let value: Any
        if T.self == Data.self {
            guard let d = Data(base64Encoded: try string(i, path: path)) else { throw corrupted("Encountered Data is not valid Base64.") }
            value = d
        } else if T.self == URL.self {
            guard let u = URL(string: try string(i, path: path)) else { throw corrupted("Invalid URL string.") }
            value = u
        } else {
            switch nodes[i].kind {
            case .integer, .number:
                guard let d = Decimal(string: text(i), locale: Locale(identifier: "en_US_POSIX")) else { throw corrupted("Number \(text(i)) does not fit in Decimal.") }
                value = d
            case .null: throw nullFound(Decimal.self, path())
            default: throw mismatch(Decimal.self, i, path())
            }
        }
        guard let typed = value as? T else { throw corrupted("cannot read \(T.self)") }
        return typed
    }
}
