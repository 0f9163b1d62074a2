/// The encoder for one value slot, and its single-value container. Three words, so passing it as
/// `any Encoder` needs no allocation.
struct ValueEncoder: Encoder, SingleValueEncodingContainer {
    let state: EncodingState
    /// The stack index of the container the value sits in (-1 at the top) and its slot there.
    let parent: Int
    let slot: Int

    var codingPath: [CodingKey] { state.codingPath(frame: parent, slot: slot) }
    var userInfo: [CodingUserInfoKey: Any] { state.userInfo }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let (frame, serial) = state.openContainer(isObject: true, parent: parent, slot: slot, keyType: ObjectIdentifier(Key.self))
        return KeyedEncodingContainer(KeyedWriter<Key>(state: state, frame: frame, serial: serial))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        let (frame, serial) = state.openContainer(isObject: false, parent: parent, slot: slot)
        return UnkeyedWriter(state: state, frame: frame, serial: serial)
    }

    func singleValueContainer() -> SingleValueEncodingContainer { self }

    func encodeNil() throws { state.s.pointee.out.append("null") }
    func encode(_ value: Bool) throws { state.s.pointee.out.append(value ? "true" : "false") }
    func encode(_ value: String) throws { state.s.pointee.out.appendString(value) }
    func encode(_ value: Double) throws { try state.appendFloat(value, parent: parent, slot: slot) }
    func encode(_ value: Float) throws { try state.appendFloat(value, parent: parent, slot: slot) }
    func encode(_ value: Int) throws { state.s.pointee.out.appendInteger(value) }
    func encode(_ value: Int8) throws { state.s.pointee.out.appendInteger(value) }
    func encode(_ value: Int16) throws { state.s.pointee.out.appendInteger(value) }
    func encode(_ value: Int32) throws { state.s.pointee.out.appendInteger(value) }
    func encode(_ value: Int64) throws { state.s.pointee.out.appendInteger(value) }
    func encode(_ value: UInt) throws { state.s.pointee.out.appendInteger(value) }
    func encode(_ value: UInt8) throws { state.s.pointee.out.appendInteger(value) }
    func encode(_ value: UInt16) throws { state.s.pointee.out.appendInteger(value) }
    func encode(_ value: UInt32) throws { state.s.pointee.out.appendInteger(value) }
    func encode(_ value: UInt64) throws { state.s.pointee.out.appendInteger(value) }
    func encode<T: Encodable>(_ value: T) throws { try state.encodeValue(value, parent: parent, slot: slot) }
}

/// An object's members, written as they come and put in key order when the object closes.
struct KeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let state: EncodingState
    let frame: Int
    let serial: Int

    var codingPath: [CodingKey] { state.containerPath(frame) }

    /// Writes the key and returns the slot its value goes in.
    private func member(_ key: Key) throws -> Int { try state.beginMember(frame, serial: serial, key: key.stringValue) }

    func encodeNil(forKey key: Key) throws { _ = try member(key); state.s.pointee.out.append("null") }
    func encode(_ value: Bool, forKey key: Key) throws { _ = try member(key); state.s.pointee.out.append(value ? "true" : "false") }
    func encode(_ value: String, forKey key: Key) throws { _ = try member(key); state.s.pointee.out.appendString(value) }
    func encode(_ value: Double, forKey key: Key) throws { try state.appendFloat(value, parent: frame, slot: try member(key)) }
    func encode(_ value: Float, forKey key: Key) throws { try state.appendFloat(value, parent: frame, slot: try member(key)) }
    func encode(_ value: Int, forKey key: Key) throws { _ = try member(key); state.s.pointee.out.appendInteger(value) }
    func encode(_ value: Int8, forKey key: Key) throws { _ = try member(key); state.s.pointee.out.appendInteger(value) }
    func encode(_ value: Int16, forKey key: Key) throws { _ = try member(key); state.s.pointee.out.appendInteger(value) }
    func encode(_ value: Int32, forKey key: Key) throws { _ = try member(key); state.s.pointee.out.appendInteger(value) }
    func encode(_ value: Int64, forKey key: Key) throws { _ = try member(key); state.s.pointee.out.appendInteger(value) }
    func encode(_ value: UInt, forKey key: Key) throws { _ = try member(key); state.s.pointee.out.appendInteger(value) }
    func encode(_ value: UInt8, forKey key: Key) throws { _ = try member(key); state.s.pointee.out.appendInteger(value) }
    func encode(_ value: UInt16, forKey key: Key) throws { _ = try member(key); state.s.pointee.out.appendInteger(value) }
    func encode(_ value: UInt32, forKey key: Key) throws { _ = try member(key); state.s.pointee.out.appendInteger(value) }
    func encode(_ value: UInt64, forKey key: Key) throws { _ = try member(key); state.s.pointee.out.appendInteger(value) }
    func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try state.encodeValue(value, parent: frame, slot: try member(key)) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        ValueEncoder(state: state, parent: frame, slot: (try? member(key)) ?? 0).container(keyedBy: keyType)
    }

    func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        ValueEncoder(state: state, parent: frame, slot: (try? member(key)) ?? 0).unkeyedContainer()
    }

    func superEncoder() -> Encoder {
        ValueEncoder(state: state, parent: frame, slot: (try? state.beginMember(frame, serial: serial, key: "super")) ?? 0)
    }

    func superEncoder(forKey key: Key) -> Encoder {
        ValueEncoder(state: state, parent: frame, slot: (try? member(key)) ?? 0)
    }
}

/// An array's elements, written in order.
struct UnkeyedWriter: UnkeyedEncodingContainer {
    let state: EncodingState
    let frame: Int
    let serial: Int

    var codingPath: [CodingKey] { state.containerPath(frame) }
    var count: Int { state.elementCount(frame) }

    private func element() throws -> Int { try state.beginElement(frame, serial: serial) }

    mutating func encodeNil() throws { _ = try element(); state.s.pointee.out.append("null") }
    mutating func encode(_ value: Bool) throws { _ = try element(); state.s.pointee.out.append(value ? "true" : "false") }
    mutating func encode(_ value: String) throws { _ = try element(); state.s.pointee.out.appendString(value) }
    mutating func encode(_ value: Double) throws { try state.appendFloat(value, parent: frame, slot: try element()) }
    mutating func encode(_ value: Float) throws { try state.appendFloat(value, parent: frame, slot: try element()) }
    mutating func encode(_ value: Int) throws { _ = try element(); state.s.pointee.out.appendInteger(value) }
    mutating func encode(_ value: Int8) throws { _ = try element(); state.s.pointee.out.appendInteger(value) }
    mutating func encode(_ value: Int16) throws { _ = try element(); state.s.pointee.out.appendInteger(value) }
    mutating func encode(_ value: Int32) throws { _ = try element(); state.s.pointee.out.appendInteger(value) }
    mutating func encode(_ value: Int64) throws { _ = try element(); state.s.pointee.out.appendInteger(value) }
    mutating func encode(_ value: UInt) throws { _ = try element(); state.s.pointee.out.appendInteger(value) }
    mutating func encode(_ value: UInt8) throws { _ = try element(); state.s.pointee.out.appendInteger(value) }
    mutating func encode(_ value: UInt16) throws { _ = try element(); state.s.pointee.out.appendInteger(value) }
    mutating func encode(_ value: UInt32) throws { _ = try element(); state.s.pointee.out.appendInteger(value) }
    mutating func encode(_ value: UInt64) throws { _ = try element(); state.s.pointee.out.appendInteger(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try state.encodeValue(value, parent: frame, slot: try element()) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        ValueEncoder(state: state, parent: frame, slot: (try? element()) ?? 0).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        ValueEncoder(state: state, parent: frame, slot: (try? element()) ?? 0).unkeyedContainer()
    }

    mutating func superEncoder() -> Encoder {
        ValueEncoder(state: state, parent: frame, slot: (try? element()) ?? 0)
    }
}
