import Foundation

/// Seeded inputs for the fuzz tests of every module (one copy, shared by the test targets): the same seed gives the same inputs, so a failure replays.
/// `QAWARD_FUZZ_ITERATIONS` sets the number of random inputs per test (CI default below);
/// `QAWARD_FUZZ_SEED` picks another sequence. See docs/trust.md.
public enum Fuzz {
    public static var iterations: Int { Int(ProcessInfo.processInfo.environment["QAWARD_FUZZ_ITERATIONS"] ?? "") ?? 2000 }
    public static var seed: UInt64 { UInt64(ProcessInfo.processInfo.environment["QAWARD_FUZZ_SEED"] ?? "") ?? 0x5943_2026 }
}

/// SplitMix64.
public struct FuzzRNG: RandomNumberGenerator {
    public var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    public mutating func int(_ r: ClosedRange<Int>) -> Int { Int.random(in: r, using: &self) }
    public mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }
    public mutating func pick<T>(_ xs: [T]) -> T { xs[Int.random(in: 0..<xs.count, using: &self)] }
    public mutating func bytes(_ n: Int) -> [UInt8] { (0..<n).map { _ in UInt8.random(in: 0...255, using: &self) } }
}
