import ArgumentParser
import AwardSynth
import Foundation

/// `swift run -c release qaward-bench`: the measurements and targets of docs/benchmarks.md, on the
/// sample cycle and on a generated province-scale data set.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qaward-bench", abstract: "Measure qaward on the sample data and a province-scale data set.")

    @Option(name: .long, help: "Measure this data directory (not changed: saves go to a copy) instead of the generated one.")
    var data: String?
    @Option(name: .long, help: "Output: table or json.")
    var format: String = "table"
    @Option(name: .long, help: "Measured repetitions per measurement (after warm-up).")
    var repetitions: Int = 15
    @Option(name: .long, help: "Where generated data sets are kept, by their parameters.")
    var cache: String = ".build-bench-data"
    @Flag(name: .long, help: "Skip the sample data set.")
    var noSample = false
    @Option(name: .long, help: "Scale of the generated data set: province, or orgs,experts,cycles,applicants (e.g. 500,100,3,60).")
    var scale: String = "province"
    @Option(name: .long, help: "Measure only these groups, comma-separated: \(Group.allCases.map(\.rawValue).joined(separator: ", ")) (default: all).")
    var only: String?
    @Option(name: .long, help: .hidden)
    var probeMemory: String?

    /// What `--only` selects: each group is one part of the report.
    enum Group: String, CaseIterable {
        case open, save, compute, draw, render, keystroke, diff, load, memory
    }

    func groups() throws -> Set<Group> {
        guard let only else { return Set(Group.allCases) }
        var out = Set<Group>()
        for name in only.split(separator: ",") {
            guard let g = Group(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("--only takes \(Group.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            out.insert(g)
        }
        return out
    }

    func run() throws {
        if let dir = probeMemory {
            try MemoryProbe.probe(URL(fileURLWithPath: dir))
            return
        }
        guard format == "table" || format == "json" else { throw ValidationError("--format is table or json") }
        let groups = try groups()
        let log = { (s: String) in FileHandle.standardError.write(Data(("qaward-bench: " + s + "\n").utf8)) }
        var rows: [Row] = []

        if !noSample {
            let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("qaward-bench-sample-\(getpid())")
            try? FileManager.default.removeItem(at: tmp)
            defer { try? FileManager.default.removeItem(at: tmp) }
            log("sample data set …")
            let dir = try DataSets.makeSample(in: tmp)
            rows += try measureSet("sample", dir: dir, targets: .sample, groups: groups, log: log)
        }

        let dir: URL
        let label: String
        if let d = data {
            dir = URL(fileURLWithPath: d)
            label = dir.lastPathComponent
        } else {
            let p = try parameters()
            dir = try DataSets.generated(p, cache: URL(fileURLWithPath: cache), log: log)
            label = scale == "province" ? "province" : p.key
        }
        log("\(label) data set …")
        rows += try measureSet(label, dir: dir, targets: .province, groups: groups, log: log)

        if format == "json" {
            let e = JSONEncoder()
            e.outputFormatting = [.sortedKeys, .prettyPrinted]
            print(String(decoding: try e.encode(Report(date: ISO8601DateFormatter().string(from: Date()), cores: ProcessInfo.processInfo.activeProcessorCount,
                                                        repetitions: repetitions, rows: rows)), as: UTF8.self))
        } else {
            print(Report.table(rows))
        }
    }

    func parameters() throws -> SynthParameters {
        if scale == "province" { return .province }
        let n = scale.split(separator: ",").compactMap { Int($0) }
        guard n.count == 4 else { throw ValidationError("--scale is province or orgs,experts,cycles,applicants") }
        let p = SynthParameters(organizations: n[0], experts: n[1], cycles: n[2], applicantsPerCycle: n[3], seed: 1)
        if let problem = p.problem { throw ValidationError(problem) }
        return p
    }

    func measureSet(_ label: String, dir: URL, targets: Targets, groups: Set<Group>, log: (String) -> Void) throws -> [Row] {
        var s = Scenarios(name: label, dir: dir, repetitions: repetitions, targets: targets)
        try s.run(groups)
        var rows = s.rows
        if groups.contains(.load) {
            log("\(label): json.load comparison …")
            rows += try PythonCompare.rows(dataSet: label, dir: dir, repetitions: repetitions)
        }
        if groups.contains(.memory) {
            log("\(label): peak memory …")
            rows.append(Row(dataSet: label, name: "peak memory (open, every screen, a key, a save)", value: try MemoryProbe.measure(dir),
                            unit: "MiB", target: targets.memory))
        }
        return rows
    }
}

struct Report: Codable {
    var date: String
    var cores: Int
    var repetitions: Int
    var rows: [Row]

    static func table(_ rows: [Row]) -> String {
        var lines = ["| data set | measurement | median | p10 | p90 | min | max | target | |", "|---|---|--:|--:|--:|--:|--:|--:|---|"]
        for r in rows {
            let f = { (v: Double) in r.unit == "MiB" ? String(format: "%.1f MiB", v) : String(format: v < 1 ? "%.3f" : "%.2f", v) }
            let cells: [String]
            if let s = r.stats {
                cells = [f(s.median), f(s.p10), f(s.p90), f(s.min), f(s.max)]
            } else {
                cells = [r.value.map(f) ?? "—", "", "", "", ""]
            }
            let target = r.target.map { "≤ " + f($0) } ?? ""
            let mark = r.met.map { $0 ? "met" : "MISSED" } ?? ""
            let note = r.note.map { " (\($0))" } ?? ""
            lines.append("| \(r.dataSet) | \(r.name)\(note) | " + cells.joined(separator: " | ") + " | \(target) | \(mark) |")
        }
        return lines.joined(separator: "\n")
    }
}
