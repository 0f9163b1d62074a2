import Crypto

/// The draw, fully specified so that anyone can replay it (RULES.md §3; docs/draw-algorithm.md;
/// scripts/replay-draw.py is an independent implementation). Nothing here reads a clock or a
/// random source: the same seed and pool always give the same order.
public enum DrawAlgorithm {
    /// The eligible expert ids sorted by UTF-8 bytes, joined with "\n", no trailing newline.
    public static func canonicalListing(_ pool: [String]) -> String {
        pool.sorted(by: utf8Less).joined(separator: "\n")
    }

    /// Lowercase hex SHA-256 of the canonical listing's UTF-8 bytes.
    public static func poolDigest(_ pool: [String]) -> String {
        Hex.encode(SHA256.hash(data: Array(canonicalListing(pool).utf8)))
    }

    /// Fisher–Yates over the pool sorted by id, driven by the seed's stream: for i from n−1 down
    /// to 1, j = uniform(i+1), swap a[i] and a[j]. The result is the first `count` of the
    /// shuffled array (all of it when the pool is smaller).
    public static func order(pool: [String], seed: DrawSeed, count: Int) -> [String] {
        var a = pool.sorted(by: utf8Less)
        var stream = DrawRandomStream(seed: seed)
        var i = a.count - 1
        while i >= 1 {
            let j = Int(stream.uniform(UInt64(i + 1)))
            a.swapAt(i, j)
            i -= 1
        }
        return Array(a.prefix(max(0, count)))
    }
}

/// Block k (k = 0, 1, 2, …) = SHA-256(seed ‖ k as 8-byte big-endian); each block gives four
/// 64-bit big-endian unsigned integers, used in order.
struct DrawRandomStream {
    let seed: [UInt8]
    private var block: UInt64 = 0
    private var buffered: [UInt64] = []
    private var next = 0

    init(seed: DrawSeed) { self.seed = seed.bytes }

    mutating func nextWord() -> UInt64 {
        if next == buffered.count {
            let digest = Array(SHA256.hash(data: seed + Hex.bigEndianBytes(block)))
            block += 1
            buffered = (0..<4).map { w in
                digest[(w * 8)..<(w * 8 + 8)].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            }
            next = 0
        }
        defer { next += 1 }
        return buffered[next]
    }

    /// A uniform integer in 0..<n without modulo bias: values at or above
    /// limit = 2^64 − (2^64 mod n) are rejected and the next one is taken.
    mutating func uniform(_ n: UInt64) -> UInt64 {
        precondition(n > 0)
        let remainder = (UInt64.max % n &+ 1) % n   // 2^64 mod n
        while true {
            let v = nextWord()
            if remainder == 0 || v < 0 &- remainder { return v % n }
        }
    }
}
