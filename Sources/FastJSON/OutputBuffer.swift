/// A growable byte buffer reached through a pointer, so appending is not slowed by the
/// exclusivity checks a class's stored properties get.
struct OutputBuffer {
    var base: UnsafeMutablePointer<UInt8>
    var count = 0
    var capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    @inline(__always)
    mutating func reserve(_ n: Int) {
        if count + n > capacity { grow(count + n) }
    }

    private mutating func grow(_ needed: Int) {
        var c = capacity * 2
        while c < needed { c *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
        bigger.update(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity = c
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        reserve(bytes.count)
        if let src = bytes.baseAddress { (base + count).update(from: src.assumingMemoryBound(to: UInt8.self), count: bytes.count) }
        count += bytes.count
    }

    @inline(__always)
    mutating func append(_ s: StaticString) {
        append(UnsafeRawBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    /// `2 × level` spaces.
    @inline(__always)
    mutating func indent(_ level: Int) {
        let n = 2 * level
        reserve(n)
        (base + count).update(repeating: 0x20, count: n)
        count += n
    }

    /// A JSON string as Foundation writes it: `"` and `\` escaped, control characters as `\b \f \n
    /// \r \t` or `\u00xx` (lowercase hex), everything else (slashes, DEL, non-ASCII) as it is.
    mutating func appendString(_ s: String) {
        var s = s
        s.withUTF8 { u in
            reserve(u.count + 2)
            base[count] = UInt8(ascii: "\"")
            count += 1
            var mark = 0
            var i = 0
            while i < u.count {
                // 8 bytes at a time while none needs escaping (bit tricks as in the tokenizer).
                while i + 8 <= u.count, Self.plain(UnsafeRawPointer(u.baseAddress! + i).loadUnaligned(as: UInt64.self)) { i += 8 }
                guard i < u.count else { break }
                let c = u[i]
                i += 1
                guard c < 0x20 || c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") else { continue }
                append(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(u)[mark..<(i - 1)]))
                mark = i
                switch c {
                case UInt8(ascii: "\""): append("\\\"")
                case UInt8(ascii: "\\"): append("\\\\")
                case 0x08: append("\\b")
                case 0x0C: append("\\f")
                case 0x0A: append("\\n")
                case 0x0D: append("\\r")
                case 0x09: append("\\t")
                default:
                    append("\\u00")
                    append(Self.hex[Int(c >> 4)])
                    append(Self.hex[Int(c & 0xF)])
                }
            }
            append(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(u)[mark...]))
            append(UInt8(ascii: "\""))
        }
    }

    /// Whether none of the 8 bytes in `w` is a quote, a backslash or a control character.
    @inline(__always)
    static func plain(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zeroByte(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
        let control = (w &- ones &* 0x20) & ~w & highs
        return control | zeroByte(w ^ (ones &* 0x22)) | zeroByte(w ^ (ones &* 0x5C)) == 0
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Decimal digits of an integer, as `description` writes them.
    mutating func appendInteger<T: FixedWidthInteger>(_ v: T) {
        if v == 0 { append(UInt8(ascii: "0")); return }
        var magnitude = v.magnitude
        reserve(41)
        var digits: (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0) // 40 bytes of scratch
        let written = withUnsafeMutableBytes(of: &digits) { scratch -> Int in
            var i = scratch.count
            while magnitude != 0 {
                i -= 1
                scratch[i] = UInt8(truncatingIfNeeded: magnitude % 10) + UInt8(ascii: "0")
                magnitude /= 10
            }
            if v < 0 { base[count] = UInt8(ascii: "-"); count += 1 }
            let n = scratch.count - i
            (base + count).update(from: scratch.baseAddress!.advanced(by: i).assumingMemoryBound(to: UInt8.self), count: n)
            return n
        }
        count += written
    }

    func deallocate() { base.deallocate() }
}
