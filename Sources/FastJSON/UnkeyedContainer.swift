/// An array's elements in order. Three words (the node and position packed in 32 bits each), so
/// returning it as `any UnkeyedDecodingContainer` needs no allocation.
struct UnkeyedContainer: UnkeyedDecodingContainer {
    let context: DecodingContext
    let node: Int
    /// The node of the element at `currentIndex`.
    private var cursor: UInt32
    private var index: UInt32 = 0

    init(context: DecodingContext, node: Int) {
        self.context = context
        self.node = node
        cursor = UInt32(truncatingIfNeeded: node + 1)
    }

    var codingPath: [CodingKey] { context.path(to: node) }
    var count: Int? {
        var n = 0
        var i = node + 1
        while i < Int(context.nodes[node].next) { i = Int(context.nodes[i].next); n += 1 }
        return n
    }
    var isAtEnd: Bool { cursor >= context.nodes[node].next }
    var currentIndex: Int { Int(index) }

    /// The next element's node; at the end, Foundation's error.
    private func next(_ type: Any.Type, _ message: String = "Unkeyed container is at end.") throws -> Int {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(type, .init(codingPath: codingPath + [JSONKey(index: currentIndex)], debugDescription: message))
        }
        return Int(cursor)
    }

    private mutating func advance() {
        cursor = context.nodes[Int(cursor)].next
        index += 1
    }

    /// Reads the next element with `read` and moves past it only if that succeeded.
    @inline(__always)
    private mutating func take<T>(_ type: T.Type, _ message: String = "Unkeyed container is at end.",
                                  _ read: (Int) throws -> T) throws -> T {
        let value = try read(try next(type, message))
        advance()
        return value
    }

    mutating func decodeNil() throws -> Bool {
        guard context.kind(try next(Never.self)) == .null else { return false }
        advance()
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try take(type) { [context] i in try context.bool(i) { context.path(to: i) } } }
    mutating func decode(_ type: String.Type) throws -> String { try take(type) { [context] i in try context.string(i) { context.path(to: i) } } }
    mutating func decode(_ type: Double.Type) throws -> Double { try take(type) { [context] i in try context.double(i) { context.path(to: i) } } }
    mutating func decode(_ type: Float.Type) throws -> Float { try take(type) { [context] i in try context.float(i) { context.path(to: i) } } }
    mutating func decode(_ type: Int.Type) throws -> Int { try int(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try int(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try int(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try int(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try int(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try int(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try int(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try int(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try int(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try int(type) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try take(type) { [context] i in try context.value(type, i) { context.path(to: i) } }
    }

    private mutating func int<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        try take(type) { [context] i in try context.integer(i, type) { context.path(to: i) } }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try take(KeyedDecodingContainer<NestedKey>.self) { [context] in try ValueDecoder(context: context, node: $0).container(keyedBy: type) }
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
        try take(UnkeyedDecodingContainer.self, "Cannot get nested unkeyed container -- unkeyed container is at end.") {
            [context] in try ValueDecoder(context: context, node: $0).unkeyedContainer()
        }
    }

    mutating func superDecoder() throws -> Decoder {
        let i = try next(Decoder.self, "Cannot get superDecoder() -- unkeyed container is at end.")
        advance()
        return ValueDecoder(context: context, node: i)
    }
}
