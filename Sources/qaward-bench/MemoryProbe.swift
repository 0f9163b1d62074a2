import AwardApp
import AwardStore
import Foundation
import TerminalUI

/// Peak memory of the app's own work, in a child process so the benchmark's data generation
/// and measurements do not count: open, build the model, render every screen at both sizes,
/// a keystroke, one saved change (on a copy).
enum MemoryProbe {
    /// Runs in the child: prints the peak resident set in MiB.
    static func probe(_ dir: URL) throws {
        let copy = try DataSets.scratchCopy(of: dir)
        defer { try? FileManager.default.removeItem(at: copy) }
        let store = try Store.open(directory: copy, actor: "bench")
        var m = Scenarios.model(store.data)
        for (w, h) in [(80, 24), (200, 60)] {
            m.viewport = (w, h)
            for s in ScreenID.allCases {
                m.show(s)
                var buf = Buffer(width: w, height: h)
                _ = m.render(into: &buf)
            }
        }
        _ = m.update(.down)
        if let app = store.data.cycle.applications.first {
            let data = try store.commit(.intake(.recordJudgement(applicationID: app.id, code: "E5", passed: true, note: "probe")))
            m.dataDidChange(data)
        }
        store.close()
        print(String(format: "%.1f", peakResidentMiB()))
    }

    /// Runs this program again as the probe and reads its answer.
    static func measure(_ dir: URL) throws -> Double {
        let exe = FileManager.default.fileExists(atPath: "/proc/self/exe") ? "/proc/self/exe" : CommandLine.arguments[0]
        let text = try PythonCompare.run(URL(fileURLWithPath: exe).resolvingSymlinksInPath().path, ["--probe-memory", dir.path])
        guard let v = Double(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw BenchError("memory probe answered “\(text)”")
        }
        return v
    }
}
