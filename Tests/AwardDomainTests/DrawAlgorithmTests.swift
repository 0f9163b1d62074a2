import Testing
@testable import AwardDomain

/// RULES.md §3: the draw is reproducible from its record; docs/draw-algorithm.md specifies it.
struct DrawAlgorithmTests {
    /// The worked vector of docs/draw-algorithm.md, also printed by `replay-draw.py --vector`
    /// (an independent implementation): seed 00 01 … 1f, pool E01…E10, 3 members + 2 alternates.
    @Test func knownVector() {
        let seed = DrawFixture.countingSeed
        let pool = (1...10).map { String(format: "E%02d", $0) }
        #expect(seed.commitment == "630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd")
        #expect(DrawAlgorithm.poolDigest(pool) == "5ad99ac5573c60cc395dda5a82ff06b35a77a3205f90352e546ffdc6cad1cc08")
        #expect(DrawAlgorithm.order(pool: pool, seed: seed, count: 5) == ["E08", "E03", "E01", "E07", "E04"])
    }

    /// The canonical listing sorts by UTF-8 bytes and has no trailing newline: "E10" < "E2"
    /// byte-wise ('1' 0x31 < '2' 0x32); "e1" (0x65) sorts after "E2" (0x45).
    @Test func canonicalListing() {
        #expect(DrawAlgorithm.canonicalListing(["E2", "e1", "E10"]) == "E10\nE2\ne1")
        // Order of the input does not change the digest.
        #expect(DrawAlgorithm.poolDigest(["E2", "E10"]) == DrawAlgorithm.poolDigest(["E10", "E2"]))
    }

    /// The random stream: block 0 = SHA-256(seed ‖ 00…00) read as four big-endian words;
    /// uniform(n) rejects v ≥ 2^64 − (2^64 mod n). For n = 2^63 + 1: 2^64 mod n = 2^63 − 1, so
    /// limit = 2^63 + 1 and about half the words are rejected; every result is still < n.
    @Test func uniformRejectsAboveLimit() {
        var stream = DrawRandomStream(seed: DrawFixture.countingSeed)
        let n: UInt64 = (1 << 63) + 1
        for _ in 0..<200 { #expect(stream.uniform(n) < n) }
        // n = 1 always gives 0 and n a power of two never rejects.
        #expect(stream.uniform(1) == 0)
        var a = DrawRandomStream(seed: DrawFixture.countingSeed)
        var b = DrawRandomStream(seed: DrawFixture.countingSeed)
        #expect(a.uniform(1 << 32) == b.nextWord() % (1 << 32))
    }

    /// Same seed and pool → same order; a different seed → (here) a different order; the pool's
    /// input order does not matter because the algorithm sorts it first.
    @Test func deterministic() {
        var rng = SplitMix64(seed: 7)
        let pool = (1...30).map { "X\($0)" }
        for _ in 0..<50 {
            let seed = DrawSeed.make(using: &rng)
            let a = DrawAlgorithm.order(pool: pool, seed: seed, count: 7)
            #expect(a == DrawAlgorithm.order(pool: pool.reversed(), seed: seed, count: 7))
            #expect(Set(a).count == 7)
            #expect(DrawSeed(hex: seed.hex) == seed)
            #expect(seed.commitment == DrawSeed(hex: seed.hex)!.commitment)
        }
        #expect(DrawAlgorithm.order(pool: pool, seed: DrawFixture.countingSeed, count: 30)
                != DrawAlgorithm.order(pool: pool, seed: DrawSeed(bytes: [UInt8](repeating: 0, count: 32))!, count: 30))
    }

    /// Hex: 64 digits either case; anything else is refused.
    @Test func seedHex() {
        #expect(DrawSeed(hex: String(repeating: "AB", count: 32))?.hex == String(repeating: "ab", count: 32))
        #expect(DrawSeed(hex: String(repeating: "a", count: 63)) == nil)
        #expect(DrawSeed(hex: String(repeating: "g", count: 64)) == nil)
        #expect(DrawSeed(hex: String(repeating: "ab", count: 31)) == nil)
    }

    /// Uniformity (RULES.md §3 "provably random"): 20,000 draws of 1 from 10 with seeds from a
    /// fixed generator (so the test cannot flake). Each expert is expected 2,000 times;
    /// chi-square with 9 degrees of freedom must stay below 27.877, the 0.1 % critical value.
    @Test func chiSquareOneOfTen() {
        var rng = SplitMix64(seed: 20_260_506)
        let pool = (1...10).map { String(format: "E%02d", $0) }
        var counts: [String: Int] = [:]
        let n = 20_000
        for _ in 0..<n { counts[DrawAlgorithm.order(pool: pool, seed: DrawSeed.make(using: &rng), count: 1)[0], default: 0] += 1 }
        let expected = Double(n) / 10
        let chi2 = pool.reduce(0.0) { $0 + pow2(Double(counts[$1, default: 0]) - expected) / expected }
        #expect(chi2 < 27.877, "chi-square \(chi2) for counts \(counts)")
    }

    /// Draws of 3 from 12, 12,000 times: for each seat (1st, 2nd, 3rd) every expert is expected
    /// 1,000 times; chi-square with 11 degrees of freedom below 31.264 (0.1 % critical value).
    @Test func chiSquareThreeOfTwelvePerSeat() {
        var rng = SplitMix64(seed: 11)
        let pool = (1...12).map { String(format: "E%02d", $0) }
        var counts = [[String: Int]](repeating: [:], count: 3)
        let n = 12_000
        for _ in 0..<n {
            let o = DrawAlgorithm.order(pool: pool, seed: DrawSeed.make(using: &rng), count: 3)
            for s in 0..<3 { counts[s][o[s], default: 0] += 1 }
        }
        for s in 0..<3 {
            let chi2 = pool.reduce(0.0) { $0 + pow2(Double(counts[s][$1, default: 0]) - 1000) / 1000 }
            #expect(chi2 < 31.264, "seat \(s + 1): chi-square \(chi2)")
        }
    }

    private func pow2(_ x: Double) -> Double { x * x }
}
