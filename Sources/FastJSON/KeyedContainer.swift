/// An object's members, found by comparing the key's UTF-8 bytes with the member names in place:
/// no dictionary is built and no String is made for a name.
struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let context: DecodingContext
    let node: Int

    var codingPath: [CodingKey] { context.path(to: node) }

    /// Each name once, in written order: a dictionary decoded from an object with a repeated
    /// name then takes the first member, as Foundation's JSONDecoder does.
    var allKeys: [Key] {
        var keys: [Key] = []
        var seen: Set<String> = []
        let n = context.nodes[node]
        var k = node + 1
        while k < Int(n.next) {
            let name = context.string(k)
            if seen.insert(name).inserted, let key = Key(stringValue: name) { keys.append(key) }
            k = Int(context.nodes[k + 1].next)
        }
        return keys
    }

    /// The value node of `key`, nil if absent. The search starts after the member found last and
    /// wraps around, so reading members in their written (sorted) order finds each at once.
    private func find(_ key: Key) -> Int? { find(named: key.stringValue) }

    private func find(named name: String) -> Int? {
        let nodes = context.nodes
        let first = node + 1, after = Int(nodes[node].next)
        guard first < after else { return nil }
        let bytes = context.bytes
        var name = name
        return name.withUTF8 { wanted -> Int? in
            let prefix = wanted.isEmpty ? 0 : Node.prefix(wanted.baseAddress!, count: wanted.count)
            let start = Int(nodes[node].end)
            var k = start
            repeat {
                let candidate = nodes[k]
                let value = k + 1
                var next = Int(nodes[value].next)
                if next == after { next = first }
                var matches = false
                if candidate.kind == .string {
                    // Length and first 4 bytes from the node; the rest (names are short: a byte
                    // loop beats calling memcmp) only when those match.
                    let length = Int(candidate.end &- candidate.start)
                    if length == wanted.count && candidate.next == prefix {
                        let p = bytes + Int(candidate.start)
                        var i = 4
                        while i < length && p[i] == wanted[i] { i += 1 }
                        matches = i >= length
                    }
                } else {
                    matches = context.string(k).utf8.elementsEqual(wanted)
                }
                if matches {
                    nodes[node].end = UInt32(truncatingIfNeeded: next)
                    return value
                }
                k = next
            } while k != start
            return nil
        }
    }

    private func require(_ key: Key) throws -> Int {
        guard let v = find(key) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath,
                                                       debugDescription: "No value associated with key \(key) (\"\(key.stringValue)\")."))
        }
        return v
    }

    /// The value of `key`, nil if absent or null.
    private func present(_ key: Key) -> Int? {
        guard let v = find(key), context.kind(v) != .null else { return nil }
        return v
    }

    private func path(_ key: Key) -> [CodingKey] { codingPath + [key] }

    func contains(_ key: Key) -> Bool { find(key) != nil }
    func decodeNil(forKey key: Key) throws -> Bool { context.kind(try require(key)) == .null }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try context.bool(try require(key)) { path(key) } }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try context.string(try require(key)) { path(key) } }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try context.double(try require(key)) { path(key) } }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try context.float(try require(key)) { path(key) } }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try int(type, key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try int(type, key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try int(type, key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try int(type, key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try int(type, key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try int(type, key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try int(type, key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try int(type, key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try int(type, key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try int(type, key) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try context.value(type, try require(key)) { path(key) } }

    private func int<T: FixedWidthInteger>(_ type: T.Type, _ key: Key) throws -> T {
        try context.integer(try require(key), type) { path(key) }
    }

    // One search each instead of the default's three (contains, decodeNil, decode).
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try present(key).map { try context.bool($0) { path(key) } } }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try present(key).map { try context.string($0) { path(key) } } }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try present(key).map { try context.double($0) { path(key) } } }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try present(key).map { try context.float($0) { path(key) } } }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try intIfPresent(type, key) }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try intIfPresent(type, key) }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try intIfPresent(type, key) }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try intIfPresent(type, key) }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try intIfPresent(type, key) }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try intIfPresent(type, key) }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try intIfPresent(type, key) }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try intIfPresent(type, key) }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try intIfPresent(type, key) }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try intIfPresent(type, key) }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        try present(key).map { try context.value(type, $0) { path(key) } }
    }

    private func intIfPresent<T: FixedWidthInteger>(_ type: T.Type, _ key: Key) throws -> T? {
        try present(key).map { try context.integer($0, type) { path(key) } }
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try ValueDecoder(context: context, node: try require(key)).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
        try ValueDecoder(context: context, node: try require(key)).unkeyedContainer()
    }

    func superDecoder() throws -> Decoder { decoder(for: JSONKey.super) }
    func superDecoder(forKey key: Key) throws -> Decoder { decoder(for: key) }

    /// As Foundation: an absent key gives a decoder of null.
    private func decoder(for key: some CodingKey) -> Decoder {
        if let v = find(named: key.stringValue) { return ValueDecoder(context: context, node: v) }
        return ValueDecoder(context: context, node: context.absent, fixedPath: codingPath + [key])
    }
}
