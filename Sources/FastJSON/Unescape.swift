extension DecodingContext {
    /// The string of an escaped string's bytes. The tokenizer has checked every escape, so each
    /// is well-formed here; the result is never longer than the escaped bytes.
    func unescaped(_ s: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: s.count) { out in
            var i = 0, o = 0
            while i < s.count {
                let c = s[i]
                guard c == UInt8(ascii: "\\") else {
                    out[o] = c
                    i += 1; o += 1
                    continue
                }
                let e = s[i + 1]
                i += 2
                let simple: UInt8? = switch e {
                case UInt8(ascii: "b"): 0x08
                case UInt8(ascii: "f"): 0x0C
                case UInt8(ascii: "n"): 0x0A
                case UInt8(ascii: "r"): 0x0D
                case UInt8(ascii: "t"): 0x09
                case UInt8(ascii: "u"): nil
                default: e // " \ /
                }
                if let simple {
                    out[o] = simple
                    o += 1
                    continue
                }
                var scalar = UInt32(hex4(s, i))
                i += 4
                if scalar & 0xFC00 == 0xD800 {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (UInt32(hex4(s, i + 2)) - 0xDC00)
                    i += 6
                }
                for unit in UTF8.encode(Unicode.Scalar(scalar) ?? "\u{FFFD}")! {
                    out[o] = unit
                    o += 1
                }
            }
            return o
        }
    }

    private func hex4(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt16 {
        var v: UInt16 = 0
        for k in 0..<4 { v = v << 4 | UInt16(hexDigit(s[i + k]) ?? 0) }
        return v
    }
}
