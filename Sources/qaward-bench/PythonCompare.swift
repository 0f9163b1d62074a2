import AwardStore
import Foundation

/// Our load of the registry and the open cycle next to Python's `json.load` of the same files:
/// Python only parses into dicts. Ours, held to the target, is `Store.open` as the program loads:
/// the two files read, parsed and built into the typed model (in parallel), plus the lock, the
/// permission check and the journal's tail. Beside it, the files alone on one thread, file after
/// file, as Python reads them.
enum PythonCompare {
    static func files(in dir: URL) throws -> [URL] {
        let store = try Store.open(directory: dir, actor: "bench")
        defer { store.close() }
        return [dir.appendingPathComponent(DataDirectory.registryName),
                dir.appendingPathComponent(DataDirectory.cycleName(store.data.cycle.year))]
    }

    static func rows(dataSet: String, dir: URL, repetitions: Int) throws -> [Row] {
        let files = try files(in: dir)
        let bytes = files.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1.path)[.size] as? Int) ?? 0) }
        var failure: Error?
        let ours = measure(repetitions: repetitions) {
            for f in files {
                do { _ = try Store.readSnapshot(String(f.path.dropFirst(dir.path.count + 1)), in: dir) } catch { failure = error }
            }
        }
        if let failure { throw failure }
        let open = measure(repetitions: repetitions) {
            if let s = try? Store.open(directory: dir, actor: "bench") { s.close() }
        }
        var rows = [Row(dataSet: dataSet, name: "our load: Store.open (registry + cycle, \(bytes / 1024) KiB, lock, permissions, journal tail)", stats: open, unit: "ms", target: nil),
                    Row(dataSet: dataSet, name: "  of which read + parse + typed model, one thread, file after file", stats: ours, unit: "ms", target: nil)]
        guard let python = which("python3") else {
            rows.append(Row(dataSet: dataSet, name: "python3 json.load", unit: "ms", note: "python3 not found"))
            return rows
        }
        // In-process: the parse alone, as Python's own clock sees it.
        let list = files.map { "'" + $0.path + "'" }.joined(separator: ",")
        let script = """
        import json, time
        fs = [\(list)]
        for _ in range(2):
            for f in fs: json.load(open(f))
        out = []
        for _ in range(\(repetitions)):
            t = time.perf_counter()
            for f in fs: json.load(open(f))
            out.append((time.perf_counter() - t) * 1000)
        print(" ".join("%.4f" % x for x in out))
        """
        let text = try run(python, ["-c", script])
        let samples = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Double($0) }
        let inProcess = Stats(samples)
        rows.append(Row(dataSet: dataSet, name: "python3 json.load (same files, in process)", stats: inProcess, unit: "ms", target: nil))
        // The whole command, interpreter start included, as the issue words it.
        let command = files.map { "json.load(open('\($0.path)'))" }.joined(separator: "; ")
        let whole = measure(warmup: 1, repetitions: max(3, repetitions / 2)) { _ = try? run(python, ["-c", "import json; " + command]) }
        rows.append(Row(dataSet: dataSet, name: "python3 -c 'import json; json.load(…)' (process)", stats: whole, unit: "ms", target: nil))
        rows.append(Row(dataSet: dataSet, name: "our load ≤ python json.load (in process)", value: open.median, unit: "ms",
                        target: inProcess.median, note: String(format: "ours %.2f ms vs python %.2f ms", open.median, inProcess.median)))
        return rows
    }

    static func which(_ name: String) -> String? {
        for d in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let p = "\(d)/\(name)"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }

    static func run(_ exe: String, _ args: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = args
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
