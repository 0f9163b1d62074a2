import Crypto

/// The 32-byte secret a draw is made from. The program draws it from the system's secure random
/// source, records only its SHA-256 (the commitment) before the draw, and reveals it after, so
/// nobody can choose the seed once the pool is known and anyone can check it afterwards.
public struct DrawSeed: Hashable, Sendable {
    public static let byteCount = 32
    public let bytes: [UInt8]

    public init?(bytes: [UInt8]) {
        guard bytes.count == DrawSeed.byteCount else { return nil }
        self.bytes = bytes
    }

    /// 64 hexadecimal digits, either case.
    public init?(hex: String) {
        guard let b = Hex.decode(hex) else { return nil }
        self.init(bytes: b)
    }

    /// Lowercase hex, as stored in the draw record once revealed.
    public var hex: String { Hex.encode(bytes) }

    /// Lowercase hex SHA-256 of the 32 seed bytes.
    public var commitment: String { Hex.encode(SHA256.hash(data: bytes)) }

    /// A seed from the given generator: four 64-bit values, each written big-endian. Tests pass
    /// a seeded generator; the program passes `SystemRandomNumberGenerator`.
    public static func make(using rng: inout some RandomNumberGenerator) -> DrawSeed {
        var out: [UInt8] = []
        out.reserveCapacity(byteCount)
        for _ in 0..<(byteCount / 8) { out += Hex.bigEndianBytes(rng.next()) }
        return DrawSeed(bytes: out)!
    }

    /// A seed from the operating system's secure random source.
    public static func secure() -> DrawSeed {
        var g = SystemRandomNumberGenerator()
        return make(using: &g)
    }
}

enum Hex {
    static func encode(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for b in bytes { out.append(digits[Int(b >> 4)]); out.append(digits[Int(b & 0x0f)]) }
        return String(decoding: out, as: UTF8.self)
    }

    static func decode(_ text: String) -> [UInt8]? {
        let chars = Array(text.utf8)
        guard chars.count % 2 == 0 else { return nil }
        func nibble(_ c: UInt8) -> UInt8? {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
            default: nil
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(chars.count / 2)
        var i = 0
        while i < chars.count {
            guard let hi = nibble(chars[i]), let lo = nibble(chars[i + 1]) else { return nil }
            out.append(hi << 4 | lo)
            i += 2
        }
        return out
    }

    static func bigEndianBytes(_ v: UInt64) -> [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: v >> (56 - 8 * UInt64($0))) }
    }
}
