import Foundation

/// The output of one `encode` call and its open containers. Values are written where they will
/// stay, in the order they are encoded; an object whose members did not come in sorted order is
/// rewritten sorted when it closes (synthesized `encode(to:)` goes in declaration order).
///
/// The open containers form a stack that is exactly the chain from the top-level value down to
/// the one being written: a container is closed as soon as anything outside it is written, since
/// `Encodable` gives no end-of-container signal. All mutable state sits behind one pointer, so it
/// pays none of the exclusivity checks a class's stored properties get.
final class EncodingState {
    struct Frame {
        var isObject: Bool
        /// Output offset just after the opening bracket.
        var start: Int
        /// The member or element index of this container in the one below it on the stack.
        var slot: Int
        /// This object's members are `members[firstMember...]` while it is open.
        var firstMember: Int
        var elements = 0
        var sorted = true
        /// Tells a container apart from a later one at the same stack position.
        var serial: Int
        /// The `CodingKey` type of an object, whose key order is remembered (`Stacks.orders`).
        var keyType: ObjectIdentifier?
    }

    struct Member {
        var key: String
        /// The member's bytes (indent, key, value), without the separator before it.
        var start: Int
        var end: Int
    }

    struct Stacks {
        var out: OutputBuffer
        var frames: [Frame] = []
        var members: [Member] = []
        var serials = 0
        /// The last member order worked out per key type: objects of one type usually come with
        /// the same keys in the same (declaration) order, so sorting once is enough.
        var orders: [ObjectIdentifier: (keys: [String], order: [Int])] = [:]
    }

    let s: UnsafeMutablePointer<Stacks>
    let pretty: Bool
    let userInfo: [CodingUserInfoKey: Any]

    init(pretty: Bool, userInfo: [CodingUserInfoKey: any Sendable]) {
        self.pretty = pretty
        self.userInfo = userInfo
        s = .allocate(capacity: 1)
        s.initialize(to: Stacks(out: OutputBuffer(capacity: 1 << 16)))
    }

    deinit {
        s.pointee.out.deallocate()
        s.deinitialize(count: 1)
        s.deallocate()
    }

    var position: Int { s.pointee.out.count }

    /// The output, handed over without a copy.
    func takeData() -> Data {
        let out = s.pointee.out
        s.pointee.out = OutputBuffer(capacity: 16)
        return Data(bytesNoCopy: out.base, count: out.count, deallocator: .custom { p, _ in p.deallocate() })
    }

    func encodeTop<T: Encodable>(_ value: T) throws {
        try encodeValue(value, parent: -1, slot: 0)
        guard position > 0 else {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "Top-level \(T.self) did not encode any values."))
        }
    }

    // MARK: Coding paths

    /// The path to slot `slot` of the container at stack index `frame` (-1: the top level).
    /// A container asked after it closed gets the part of its path still known.
    func codingPath(frame: Int, slot: Int) -> [CodingKey] {
        let frame = min(frame, s.pointee.frames.count - 1)
        guard frame >= 0 else { return [] }
        var path: [CodingKey] = []
        for i in 0...frame {
            let child = i < frame ? s.pointee.frames[i + 1].slot : slot
            path.append(key(in: i, slot: child))
        }
        return path
    }

    private func key(in frame: Int, slot: Int) -> CodingKey {
        let f = s.pointee.frames[frame]
        guard f.isObject else { return JSONKey(index: slot) }
        let i = f.firstMember + slot
        return i < s.pointee.members.count ? JSONKey(stringValue: s.pointee.members[i].key) : JSONKey(index: slot)
    }

    // MARK: Containers

    /// Opens an object or array for the value in `slot` of container `parent`; returns its stack
    /// index and serial.
    func openContainer(isObject: Bool, parent: Int, slot: Int, keyType: ObjectIdentifier? = nil) -> (Int, Int) {
        // `container(keyedBy:)` asked again for the same value (e.g. by a subclass and its
        // superclass): keep writing into the same container.
        let mine = parent + 1
        if s.pointee.frames.count > mine, s.pointee.frames[mine].slot == slot, s.pointee.frames[mine].isObject == isObject {
            while s.pointee.frames.count > mine + 1 { close() }
            return (mine, s.pointee.frames[mine].serial)
        }
        while s.pointee.frames.count > mine { close() }
        s.pointee.out.append(isObject ? UInt8(ascii: "{") : UInt8(ascii: "["))
        s.pointee.serials += 1
        s.pointee.frames.append(Frame(isObject: isObject, start: position, slot: slot, firstMember: s.pointee.members.count,
                                      serial: s.pointee.serials, keyType: keyType))
        return (mine, s.pointee.serials)
    }

    /// Makes container `frame` the innermost open one, closing those opened after it (nested
    /// containers of earlier members, which have no end of their own).
    func activate(_ frame: Int, serial: Int) throws {
        while s.pointee.frames.count > frame + 1 { close() }
        guard s.pointee.frames.count == frame + 1, s.pointee.frames[frame].serial == serial else {
            throw EncodingError.invalidValue(serial, .init(
                codingPath: codingPath(frame: frame - 1, slot: 0),
                debugDescription: "FastJSON writes containers in order: this one was written to after it was closed."))
        }
    }

    /// Starts the next member of object `frame` (separator, indent, key) and returns its slot.
    func beginMember(_ frame: Int, serial: Int, key: String) throws -> Int {
        try activate(frame, serial: serial)
        let first = s.pointee.frames[frame].firstMember
        let n = s.pointee.members.count - first
        if n > 0 {
            s.pointee.members[first + n - 1].end = position
            if !utf8Precedes(s.pointee.members[first + n - 1].key, key) { s.pointee.frames[frame].sorted = false }
            s.pointee.out.append(pretty ? ",\n" : ",")
        } else if pretty {
            s.pointee.out.append(UInt8(ascii: "\n"))
        }
        let start = position
        if pretty { s.pointee.out.indent(frame + 1) }
        s.pointee.out.appendString(key)
        s.pointee.out.append(pretty ? " : " : ":")
        s.pointee.members.append(Member(key: key, start: start, end: start))
        return n
    }

    /// Starts the next element of array `frame` and returns its index.
    func beginElement(_ frame: Int, serial: Int) throws -> Int {
        try activate(frame, serial: serial)
        let n = s.pointee.frames[frame].elements
        if n > 0 {
            s.pointee.out.append(pretty ? ",\n" : ",")
        } else if pretty {
            s.pointee.out.append(UInt8(ascii: "\n"))
        }
        if pretty { s.pointee.out.indent(frame + 1) }
        s.pointee.frames[frame].elements = n + 1
        return n
    }

    func elementCount(_ frame: Int) -> Int { frame < s.pointee.frames.count ? s.pointee.frames[frame].elements : 0 }

    /// The coding path of the container at stack index `frame`.
    func containerPath(_ frame: Int) -> [CodingKey] {
        frame > 0 && frame < s.pointee.frames.count ? codingPath(frame: frame - 1, slot: s.pointee.frames[frame].slot) : []
    }

    /// Closes the innermost open container.
    private func close() {
        let depth = s.pointee.frames.count - 1
        let f = s.pointee.frames.removeLast()
        let members = s.pointee.members.count - f.firstMember
        let empty = f.isObject ? members == 0 : f.elements == 0
        if f.isObject && !empty {
            s.pointee.members[s.pointee.members.count - 1].end = position
            if !f.sorted { rewriteSorted(f) }
        }
        s.pointee.members.removeSubrange(f.firstMember...)
        if pretty {
            // Foundation writes an empty container as its brackets around a blank line.
            s.pointee.out.append(empty ? "\n\n" : "\n")
            s.pointee.out.indent(depth)
        }
        s.pointee.out.append(f.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]"))
    }

    /// Rewrites an object's members in key order (UTF-8 byte order, as Foundation sorts); of
    /// members with the same key the last one written stays, as in Foundation's dictionary.
    private func rewriteSorted(_ f: Frame) {
        let members = Array(s.pointee.members[f.firstMember...])
        let order = memberOrder(members, keyType: f.keyType)
        let length = position - f.start
        let copy = UnsafeMutablePointer<UInt8>.allocate(capacity: length)
        defer { copy.deallocate() }
        copy.update(from: s.pointee.out.base + f.start, count: length)
        s.pointee.out.count = f.start
        for (n, i) in order.enumerated() {
            s.pointee.out.append(n == 0 ? (pretty ? "\n" : "") : (pretty ? ",\n" : ","))
            let m = members[i]
            s.pointee.out.append(UnsafeRawBufferPointer(start: copy + (m.start - f.start), count: m.end - m.start))
        }
    }

    /// The indices of the members to write, in key order, one per key.
    private func memberOrder(_ members: [Member], keyType: ObjectIdentifier?) -> [Int] {
        if let keyType, let known = s.pointee.orders[keyType], known.keys.count == members.count,
           zip(known.keys, members).allSatisfy({ $0 == $1.key }) {
            return known.order
        }
        let sorted = members.indices.sorted { a, b in
            let (x, y) = (members[a].key, members[b].key)
            return x == y ? a < b : utf8Precedes(x, y)
        }
        let order = sorted.enumerated().filter { n, i in n + 1 == sorted.count || members[sorted[n + 1]].key != members[i].key }.map(\.element)
        if let keyType { s.pointee.orders[keyType] = (members.map(\.key), order) }
        return order
    }

    // MARK: Values

    /// Writes one value in `slot` of container `parent` (-1: the top level).
    func encodeValue<T: Encodable>(_ value: T, parent: Int, slot: Int) throws {
        // The common leaves without an encoder in between (type checks, not casts).
        if T.self == String.self { s.pointee.out.appendString(unsafeBitCast(value, to: String.self)); return }
        if T.self == Int.self { s.pointee.out.appendInteger(unsafeBitCast(value, to: Int.self)); return }
        if T.self == Bool.self { s.pointee.out.append(unsafeBitCast(value, to: Bool.self) ? "true" : "false"); return }
        if T.self == Int64.self { s.pointee.out.appendInteger(unsafeBitCast(value, to: Int64.self)); return }
        if T.self == Double.self { try appendFloat(unsafeBitCast(value, to: Double.self), parent: parent, slot: slot); return }
        // As Foundation's JSONEncoder writes these, not as their own `encode(to:)` does.
        if T.self == Data.self, let v = value as? Data { s.pointee.out.appendString(v.base64EncodedString()); return }
        if T.self == URL.self, let v = value as? URL { s.pointee.out.appendString(v.absoluteString); return }
        if T.self == Decimal.self, let v = value as? Decimal { appendNumber(v.description); return }
        let before = position
        try value.encode(to: ValueEncoder(state: self, parent: parent, slot: slot))
        while s.pointee.frames.count > parent + 1 { close() }
        // A value that encodes nothing is written as an empty object, as Foundation does.
        if position == before && parent >= 0 {
            s.pointee.out.append(pretty ? "{\n\n" : "{")
            if pretty { s.pointee.out.indent(parent + 1) }
            s.pointee.out.append(UInt8(ascii: "}"))
        }
    }

    func appendNumber(_ text: String) {
        var text = text
        text.withUTF8 { s.pointee.out.append(UnsafeRawBufferPointer($0)) }
    }

    /// `description` without a trailing ".0", as Foundation writes floating-point numbers; NaN
    /// and infinity are refused (Foundation's default).
    func appendFloat<F: BinaryFloatingPoint & CustomStringConvertible>(_ v: F, parent: Int, slot: Int) throws {
        guard v.isFinite else {
            throw EncodingError.invalidValue(v, .init(codingPath: codingPath(frame: parent, slot: slot),
                                                      debugDescription: "Unable to encode \(F.self).\(v) directly in JSON."))
        }
        var text = v.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        appendNumber(text)
    }
}

/// Whether `a` sorts before `b` by their UTF-8 bytes (how Foundation sorts keys).
@inline(__always)
func utf8Precedes(_ a: String, _ b: String) -> Bool {
    var a = a, b = b
    return a.withUTF8 { x in
        b.withUTF8 { y in
            let n = min(x.count, y.count)
            let c = n == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, n)
            return c < 0 || (c == 0 && x.count < y.count)
        }
    }
}
