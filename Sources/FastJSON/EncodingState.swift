import Foundation

/// One open object or array in the output. Values are written where they will stay, in the order
/// they are encoded; an object whose members did not come in sorted order is rewritten sorted when
/// it is closed (synthesized `encode(to:)` goes in declaration order).
final class Frame {
    struct Member {
        var key: String
        /// The member's bytes (indent, key, value), without the separator before it.
        var start: Int
        var end: Int
    }

    let isObject: Bool
    /// Nesting level of the container itself; its members are indented one level deeper.
    let depth: Int
    /// Output offset just after the opening bracket.
    let start: Int
    /// Where the container sits in its parent (nil at the top), for coding paths.
    let parent: Frame?
    let slot: Int
    var members: [Member] = []
    var elements = 0
    var sorted = true
    var closed = false

    init(isObject: Bool, depth: Int, start: Int, parent: Frame?, slot: Int) {
        self.isObject = isObject; self.depth = depth; self.start = start; self.parent = parent; self.slot = slot
    }

    var codingPath: [CodingKey] {
        guard let parent else { return [] }
        return parent.codingPath + [parent.key(at: slot)]
    }

    func key(at slot: Int) -> CodingKey {
        isObject ? JSONKey(stringValue: members[slot].key) : JSONKey(index: slot)
    }
}

/// The output and the stack of open containers of one `encode` call.
final class EncodingState {
    private let out: UnsafeMutablePointer<OutputBuffer>
    let pretty: Bool
    let userInfo: [CodingUserInfoKey: Any]
    private var open: [Frame] = []

    init(pretty: Bool, userInfo: [CodingUserInfoKey: any Sendable]) {
        self.pretty = pretty
        self.userInfo = userInfo
        out = .allocate(capacity: 1)
        out.initialize(to: OutputBuffer(capacity: 1 << 16))
    }

    deinit {
        out.pointee.deallocate()
        out.deallocate()
    }

    var buffer: UnsafeMutablePointer<OutputBuffer> { out }
    var position: Int { out.pointee.count }

    func takeData() -> Data { Data(bytes: out.pointee.base, count: out.pointee.count) }

    func encodeTop<T: Encodable>(_ value: T) throws {
        try encodeValue(value, parent: nil, slot: 0)
        guard position > 0 else {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "Top-level \(T.self) did not encode any values."))
        }
    }

    // MARK: Containers

    func openContainer(isObject: Bool, parent: Frame?, slot: Int) -> Frame {
        // `container(keyedBy:)` asked again for the same value (e.g. by a subclass and its
        // superclass): keep writing into the same container.
        if let same = open.last(where: { $0.parent === parent && $0.slot == slot }), same.isObject == isObject {
            while let top = open.last, top !== same { close(top) }
            return same
        }
        out.pointee.append(isObject ? UInt8(ascii: "{") : UInt8(ascii: "["))
        let frame = Frame(isObject: isObject, depth: (parent?.depth ?? -1) + 1, start: position, parent: parent, slot: slot)
        open.append(frame)
        return frame
    }

    /// Makes `frame` the innermost open container, closing the ones opened after it (nested
    /// containers of earlier members, which have no end of their own).
    func activate(_ frame: Frame) throws {
        while let top = open.last, top !== frame { close(top) }
        guard !frame.closed else {
            throw EncodingError.invalidValue(frame.codingPath.last?.stringValue ?? "", .init(
                codingPath: frame.codingPath,
                debugDescription: "FastJSON writes containers in order: this one was written to after a later sibling began."))
        }
    }

    /// Starts the next member of an object (the separator, indent and key) and returns its slot.
    func beginMember(_ frame: Frame, key: String) throws -> Int {
        try activate(frame)
        let b = out
        if let last = frame.members.last {
            frame.members[frame.members.count - 1].end = position
            if !last.key.utf8.lexicographicallyPrecedes(key.utf8) { frame.sorted = false }
            b.pointee.append(pretty ? ",\n" : ",")
        } else if pretty {
            b.pointee.append(UInt8(ascii: "\n"))
        }
        let start = position
        if pretty { b.pointee.indent(frame.depth + 1) }
        b.pointee.appendString(key)
        b.pointee.append(pretty ? " : " : ":")
        frame.members.append(.init(key: key, start: start, end: start))
        return frame.members.count - 1
    }

    /// Starts the next element of an array and returns its index.
    func beginElement(_ frame: Frame) throws -> Int {
        try activate(frame)
        let b = out
        if frame.elements > 0 {
            b.pointee.append(pretty ? ",\n" : ",")
        } else if pretty {
            b.pointee.append(UInt8(ascii: "\n"))
        }
        if pretty { b.pointee.indent(frame.depth + 1) }
        frame.elements += 1
        return frame.elements - 1
    }

    private func close(_ frame: Frame) {
        open.removeLast()
        frame.closed = true
        let b = out
        let empty = frame.isObject ? frame.members.isEmpty : frame.elements == 0
        if frame.isObject && !empty {
            frame.members[frame.members.count - 1].end = position
            if !frame.sorted { rewriteSorted(frame) }
        }
        if pretty {
            // Foundation writes an empty container as its brackets around a blank line.
            b.pointee.append(empty ? "\n\n" : "\n")
            b.pointee.indent(frame.depth)
        }
        b.pointee.append(frame.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]"))
    }

    /// Rewrites an object's members in key order (UTF-8 byte order, as Foundation sorts); of
    /// members with the same key the last one written stays, as in Foundation's dictionary.
    private func rewriteSorted(_ frame: Frame) {
        var order = Array(frame.members.indices)
        order.sort { a, b in
            let (x, y) = (frame.members[a].key, frame.members[b].key)
            return x == y ? a < b : x.utf8.lexicographicallyPrecedes(y.utf8)
        }
        var kept: [Int] = []
        for (n, i) in order.enumerated() where n + 1 == order.count || frame.members[order[n + 1]].key != frame.members[i].key {
            kept.append(i)
        }
        let b = out
        let length = position - frame.start
        let copy = UnsafeMutablePointer<UInt8>.allocate(capacity: length)
        defer { copy.deallocate() }
        copy.update(from: b.pointee.base + frame.start, count: length)
        b.pointee.count = frame.start
        for (n, i) in kept.enumerated() {
            b.pointee.append(n == 0 ? (pretty ? "\n" : "") : (pretty ? ",\n" : ","))
            let m = frame.members[i]
            b.pointee.append(UnsafeRawBufferPointer(start: copy + (m.start - frame.start), count: m.end - m.start))
        }
    }

    // MARK: Values

    /// Writes one value at the current position; `parent` and `slot` say where it sits.
    func encodeValue<T: Encodable>(_ value: T, parent: Frame?, slot: Int) throws {
        let b = out
        // The common leaves without an encoder in between (type checks, not casts: no dynamic cast).
        if T.self == String.self { b.pointee.appendString(unsafeBitCast(value, to: String.self)); return }
        if T.self == Int.self { b.pointee.appendInteger(unsafeBitCast(value, to: Int.self)); return }
        if T.self == Bool.self { b.pointee.append(unsafeBitCast(value, to: Bool.self) ? "true" : "false"); return }
        if T.self == Int64.self { b.pointee.appendInteger(unsafeBitCast(value, to: Int64.self)); return }
        if T.self == Double.self { try appendFloat(unsafeBitCast(value, to: Double.self), parent: parent, slot: slot); return }
        // As Foundation's JSONEncoder writes these, not as their own `encode(to:)` does.
        if T.self == Data.self, let v = value as? Data { b.pointee.appendString(v.base64EncodedString()); return }
        if T.self == URL.self, let v = value as? URL { b.pointee.appendString(v.absoluteString); return }
        if T.self == Decimal.self, let v = value as? Decimal { appendNumber(v.description); return }
        let before = position
        let depth = open.count
        try value.encode(to: ValueEncoder(state: self, parent: parent, slot: slot))
        while open.count > depth, let top = open.last { close(top) }
        // A value that encodes nothing is written as an empty object, as Foundation does.
        if position == before && parent != nil {
            b.pointee.append(pretty ? "{\n\n" : "{")
            if pretty { b.pointee.indent((parent?.depth ?? -1) + 1) }
            b.pointee.append(UInt8(ascii: "}"))
        }
    }

    func appendNumber(_ text: String) {
        var text = text
        text.withUTF8 { out.pointee.append(UnsafeRawBufferPointer($0)) }
    }

    /// `description` without a trailing ".0", as Foundation writes floating-point numbers; NaN
    /// and infinity are refused (Foundation's default).
    func appendFloat<F: BinaryFloatingPoint & CustomStringConvertible>(_ v: F, parent: Frame?, slot: Int) throws {
        guard v.isFinite else {
            let path = parent.map { $0.codingPath + [$0.key(at: slot)] } ?? []
            throw EncodingError.invalidValue(v, .init(codingPath: path, debugDescription: "Unable to encode \(F.self).\(v) directly in JSON."))
        }
        var text = v.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        appendNumber(text)
    }
}
