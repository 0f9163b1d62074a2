import Foundation

/// The tokenized document shared by every decoder and container of one `decode` call: the bytes,
/// the nodes, and the caller's `userInfo`. It owns both buffers, so a decoder that outlives the
/// call (an `init(from:)` may keep one) stays valid.
final class DecodingContext {
    let bytes: UnsafeMutablePointer<UInt8>
    let byteCount: Int
    let nodes: UnsafeMutablePointer<Node>
    /// Includes the trailing null node that stands for an absent value.
    let nodeCount: Int
    let userInfo: [CodingUserInfoKey: Any]

    static let padding = 16

    init(data: Data, userInfo: [CodingUserInfoKey: any Sendable]) throws {
        let n = data.count
        let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: n + Self.padding)
        data.withUnsafeBytes { raw in
            if let base = raw.baseAddress { bytes.initialize(from: base.assumingMemoryBound(to: UInt8.self), count: n) }
        }
        (bytes + n).initialize(repeating: 0, count: Self.padding)
        self.bytes = bytes
        byteCount = n
        var tokenizer = Tokenizer(bytes: bytes, count: n)
        do {
            let buffer = try tokenizer.run()
            nodes = buffer.base
            nodeCount = buffer.count
        } catch {
            let e = error.decodingError(in: bytes, count: n)
            bytes.deallocate()
            throw e
        }
        self.userInfo = userInfo
    }

    deinit {
        bytes.deallocate()
        nodes.deallocate()
    }

    /// The node that stands for a key's value when the key is absent: a null.
    var absent: Int { nodeCount - 1 }

    func decodeRoot<T: Decodable>(_ type: T.Type) throws -> T {
        try value(type, 0) { [] }
    }

    // MARK: Reading values

    @inline(__always)
    func kind(_ i: Int) -> Node.Kind { nodes[i].kind }

    @inline(__always)
    func span(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        let n = nodes[i]
        return UnsafeBufferPointer(start: bytes + Int(n.start), count: Int(n.end &- n.start))
    }

    /// The string at a string node (the tokenizer checked its UTF-8 and escapes).
    func string(_ i: Int) -> String {
        nodes[i].kind == .string ? String(decoding: span(i), as: UTF8.self) : unescaped(span(i))
    }

    /// The number at a number node as text, for messages.
    func text(_ i: Int) -> String { String(decoding: span(i), as: UTF8.self) }

    /// How Foundation names a JSON value's type in a type mismatch.
    func typeDescription(_ i: Int) -> String {
        switch nodes[i].kind {
        case .null: "null"
        case .false, .true: "bool"
        case .integer, .number: "number"
        case .string, .escapedString: "a string"
        case .array: "an array"
        case .object: "a dictionary"
        }
    }

    // MARK: Coding paths

    /// The coding path of the value at node `target`, worked out from the tree: containers keep
    /// no path of their own, so the common case (no error) builds none.
    func path(to target: Int) -> [CodingKey] {
        var path: [CodingKey] = []
        var i = 0
        while i != target && target < absent {
            let n = nodes[i]
            var child = i + 1
            var index = 0
            while child < Int(n.next) {
                let value = n.kind == .object ? child + 1 : child
                if target < Int(nodes[value].next) {
                    path.append(n.kind == .object ? JSONKey(stringValue: string(child)) : JSONKey(index: index))
                    break
                }
                child = Int(nodes[value].next)
                index += 1
            }
            guard child < Int(n.next) else { break } // not inside: only a key node, which no decoder holds
            i = n.kind == .object ? child + 1 : child
        }
        return path
    }
}

/// A coding key made by the decoder: an object member's name, or an array index as Foundation
/// writes it ("Index 3", intValue 3).
struct JSONKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) { self.init(index: intValue) }
    init(index: Int) {
        stringValue = "Index \(index)"
        intValue = index
    }

    static let `super` = JSONKey(stringValue: "super")
}
