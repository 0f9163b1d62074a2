import AwardDomain
import AwardStore
import AwardSynth
import Foundation

/// The data directories the benchmark runs on: the sample cycle (made as `qaward init --sample`
/// makes it) and a generated data set, cached by its parameters.
enum DataSets {
    /// `sample-data/` beside the package (the working directory of `swift run`), else next to this source.
    static func sampleFolder() -> URL? {
        let candidates = [
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("sample-data"),
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("sample-data"),
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("orgs.csv").path) }
    }

    /// The sample 2026 cycle, loaded as `init --sample` loads it (the CSV files, the office's
    /// review, the demo panels and the D sheets of `scores.csv`).
    static func makeSample(in dir: URL) throws -> URL {
        guard let source = sampleFolder() else { throw BenchError("sample-data/ not found: run from the package folder") }
        try Store.initialize(directory: dir, year: SampleCycle.year, actor: "bench")
        let store = try Store.open(directory: dir, actor: "bench")
        defer { store.close() }
        if let problem = try store.loadSample(from: source) {
            throw BenchError("sample-data/\(problem.file) does not import: \(problem.errors.report(lang: .en))")
        }
        return dir
    }

    /// The generated directory for `p` under `cache`, made once and reused while it verifies.
    static func generated(_ p: SynthParameters, cache: URL, log: (String) -> Void) throws -> URL {
        let dir = cache.appendingPathComponent(p.key)
        if FileManager.default.fileExists(atPath: dir.path), AuditVerifier.verify(directory: dir).problems.isEmpty {
            return dir
        }
        try? FileManager.default.removeItem(at: dir)
        log("generating \(p.key) into \(dir.path) …")
        let t0 = nowNanos()
        try Synth.write(p, to: dir, actor: "bench")
        log(String(format: "generated in %.1f s", Double(nowNanos() - t0) / 1e9))
        return dir
    }

    /// A throwaway copy to change, so the cached directory stays as generated.
    static func scratchCopy(of dir: URL) throws -> URL {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("qaward-bench-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: dir, to: copy)
        return copy
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
