#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Monotonic time in nanoseconds.
func nowNanos() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

/// The spread of one measurement, in milliseconds.
struct Stats: Codable, Sendable {
    var samples: Int
    var median: Double
    var p10: Double
    var p90: Double
    var min: Double
    var max: Double

    init(_ millis: [Double]) {
        let s = millis.sorted()
        func q(_ f: Double) -> Double { s.isEmpty ? 0 : s[Swift.min(s.count - 1, Int((Double(s.count - 1) * f).rounded()))] }
        samples = s.count
        median = s.isEmpty ? 0 : (s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2)
        p10 = q(0.1); p90 = q(0.9); min = s.first ?? 0; max = s.last ?? 0
    }
}

/// Runs `body` `warmup` times unmeasured, then `repetitions` times measured; each call times
/// `inner` iterations and counts their mean, so sub-millisecond work is not lost in the clock.
/// `setup` runs before each measured call and is not timed.
func measure(warmup: Int = 2, repetitions: Int, inner: Int = 1, setup: () -> Void = {}, _ body: () -> Void) -> Stats {
    for _ in 0..<warmup { setup(); body() }
    var out: [Double] = []
    for _ in 0..<repetitions {
        setup()
        let t0 = nowNanos()
        for _ in 0..<inner { body() }
        out.append(Double(nowNanos() - t0) / 1e6 / Double(inner))
    }
    return Stats(out)
}

/// The largest resident set this process has had, in MiB (Linux reports ru_maxrss in KiB).
func peakResidentMiB() -> Double {
    var u = rusage()
    #if canImport(Darwin)
    getrusage(RUSAGE_SELF, &u)
    return Double(u.ru_maxrss) / 1_048_576
    #else
    getrusage(RUSAGE_SELF.rawValue, &u)
    return Double(u.ru_maxrss) / 1024
    #endif
}
