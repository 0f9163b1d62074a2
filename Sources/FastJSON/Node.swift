/// One JSON value in the tokenized document. Nodes are in document order; a container's children
/// follow it (an object's as key, value, key, value …) and `next` is the index after its subtree,
/// so a decoder skips a value without looking inside it.
struct Node {
    enum Kind: UInt8 {
        case null, `false`, `true`
        /// A number with neither fraction nor exponent.
        case integer
        case number
        case string
        /// A string with at least one backslash escape: its bytes must be unescaped.
        case escapedString
        case array
        case object
    }

    var kind: Kind
    /// Byte offset: of a string's first byte after its quote, a number's first byte, a container's bracket.
    var start: UInt32
    /// Strings and numbers: the byte offset after the content. Objects: the index of the key node
    /// the next key search starts at (keys are read mostly in the order they are written).
    var end: UInt32
    /// The index of the node after this one's subtree. (No child count: 16 bytes a node, and
    /// the end of a container's children is `next` anyway.) A member name is never skipped on its
    /// own, so its node holds the name's first 4 bytes here instead (`Node.prefix`): a key search
    /// rejects most names without touching the document's bytes, which are rarely in cache.
    var next: UInt32

    /// The first 4 bytes of a name, zero-padded, as one number.
    @inline(__always)
    static func prefix(_ p: UnsafePointer<UInt8>, count: Int) -> UInt32 {
        var v: UInt32 = 0
        for i in 0..<min(count, 4) { v |= UInt32(p[i]) << (8 * UInt32(i)) }
        return v
    }
}

/// The nodes of one document, grown while tokenizing; owned by the `DecodingContext` afterwards.
struct NodeBuffer {
    private(set) var base: UnsafeMutablePointer<Node>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    @inline(__always)
    mutating func append(_ kind: Node.Kind, start: Int, end: Int) -> Int {
        if count == capacity { grow() }
        let i = count
        (base + i).initialize(to: Node(kind: kind, start: UInt32(truncatingIfNeeded: start), end: UInt32(truncatingIfNeeded: end),
                                       next: UInt32(truncatingIfNeeded: i + 1)))
        count += 1
        return i
    }

    private mutating func grow() {
        let bigger = UnsafeMutablePointer<Node>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity *= 2
    }

    func deallocate() { base.deallocate() }
}
