/// The decoder for one value, and its single-value container. Three words, so passing it as
/// `any Decoder` needs no allocation.
struct ValueDecoder: Decoder, SingleValueDecodingContainer {
    let context: DecodingContext
    let node: Int
    /// Only for a value the tree has no place for: `superDecoder(forKey:)` of an absent key.
    var fixedPath: [CodingKey]? = nil

    var codingPath: [CodingKey] { fixedPath ?? context.path(to: node) }
    var userInfo: [CodingUserInfoKey: Any] { context.userInfo }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        switch context.kind(node) {
        case .object:
            return KeyedDecodingContainer(KeyedContainer<Key>(context: context, node: node))
        case .null:
            throw DecodingError.valueNotFound([String: Any].self, .init(
                codingPath: codingPath, debugDescription: "Cannot get keyed decoding container -- found null value instead"))
        default:
            throw context.mismatch([String: Any].self, node, codingPath)
        }
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        switch context.kind(node) {
        case .array:
            return UnkeyedContainer(context: context, node: node)
        case .null:
            throw DecodingError.valueNotFound([Any].self, .init(
                codingPath: codingPath, debugDescription: "Cannot get unkeyed decoding container -- found null value instead"))
        default:
            throw context.mismatch([Any].self, node, codingPath)
        }
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer { self }

    func decodeNil() -> Bool { context.kind(node) == .null }

    func decode(_ type: Bool.Type) throws -> Bool { try context.bool(node) { codingPath } }
    func decode(_ type: String.Type) throws -> String { try context.string(node) { codingPath } }
    func decode(_ type: Double.Type) throws -> Double { try context.double(node) { codingPath } }
    func decode(_ type: Float.Type) throws -> Float { try context.float(node) { codingPath } }
    func decode(_ type: Int.Type) throws -> Int { try context.integer(node, type) { codingPath } }
    func decode(_ type: Int8.Type) throws -> Int8 { try context.integer(node, type) { codingPath } }
    func decode(_ type: Int16.Type) throws -> Int16 { try context.integer(node, type) { codingPath } }
    func decode(_ type: Int32.Type) throws -> Int32 { try context.integer(node, type) { codingPath } }
    func decode(_ type: Int64.Type) throws -> Int64 { try context.integer(node, type) { codingPath } }
    func decode(_ type: UInt.Type) throws -> UInt { try context.integer(node, type) { codingPath } }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try context.integer(node, type) { codingPath } }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try context.integer(node, type) { codingPath } }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try context.integer(node, type) { codingPath } }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try context.integer(node, type) { codingPath } }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if fixedPath != nil { return try T(from: self) }
        return try context.value(type, node) { codingPath }
    }
}
