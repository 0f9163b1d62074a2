import AwardDomain
import AwardStore
import Foundation
import Testing

/// Several qaward processes writing to one data directory at once, killed with SIGKILL at random
/// moments, while a stray `qaward.lock` is deleted and replaced: every acknowledged change is in
/// the journal exactly once under its own entry number and in the data, and `audit verify` passes.
/// Each round starts three `stress-writer` processes (see StressWriterCommand), lets them run
/// 0–300 ms, then kills each with probability 2/3 (the others finish their 40 changes). 12 rounds
/// by default; `QAWARD_WRITER_ROUNDS` for more, `QAWARD_KILL_SEED` for another sequence.
@Suite(.serialized) struct ConcurrentWritersTests {
    static var rounds: Int { Int(ProcessInfo.processInfo.environment["QAWARD_WRITER_ROUNDS"] ?? "") ?? 12 }
    static var seed: UInt64 { UInt64(ProcessInfo.processInfo.environment["QAWARD_KILL_SEED"] ?? "") ?? 20_261_204 }

    struct Ack: Hashable { var writer: Int; var n: Int; var seq: Int }

    static func acks(_ output: Data) -> [Ack] {
        String(decoding: output, as: UTF8.self).split(separator: "\n").compactMap { line in
            let p = line.split(separator: " ")
            guard p.count == 4, p[0] == "ack", let w = Int(p[1]), let n = Int(p[2]), let s = Int(p[3]) else { return nil }
            return Ack(writer: w, n: n, seq: s)
        }
    }

    /// Which writer's change n an entry is, read from its action (nil for checkpoints and others).
    static func change(of e: JournalEntry) -> (writer: Int, n: Int)? {
        switch e.action {
        case .registry(.upsertOrganization(let o))?:
            let p = o.name.split(separator: " ")
            guard p.count == 3, p[0] == "并发测试", let w = Int(p[1]), let n = Int(p[2]) else { return nil }
            return (w, n)
        case .publicity(.setMilestone(let m))?:
            guard m.id.hasPrefix("W"), let w = Int(m.id.dropFirst().prefix { $0 != "-" }) else { return nil }
            return (w, m.date.ordinal - Day(year: 2000, month: 1, day: 1)!.ordinal)
        default: return nil
        }
    }

    @Test func writersKilledAtRandomLoseNothingAndNeverShareAnEntryNumber() throws {
        let base = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: base) }
        let dir = base.appendingPathComponent("data")
        #expect(try Run(["--data", dir.path, "init", "--year", "2026"]).status == 0)
        let lockFile = dir.appendingPathComponent("qaward.lock")
        var rng = KillRNG(seed: Self.seed)
        var acked: [Ack] = []
        var kills = 0
        for round in 0..<Self.rounds {
            var running: [(Process, Pipe)] = []
            for i in 0..<3 {
                let out = Pipe()
                let p = try KillTests.qaward(["--data", dir.path, "--operator", "w\(round * 3 + i)", "stress-writer",
                                              "--writer", "\(round * 3 + i)", "--changes", "40"], stdout: out)
                running.append((p, out))
            }
            // The old lock file's name, deleted, made again and replaced by a folder meanwhile.
            try? FileManager.default.removeItem(at: lockFile)
            _ = FileManager.default.createFile(atPath: lockFile.path, contents: Data("{}".utf8))
            usleep(UInt32.random(in: 0...300_000, using: &rng))
            try? FileManager.default.removeItem(at: lockFile)
            try? FileManager.default.createDirectory(at: lockFile, withIntermediateDirectories: false)
            for (p, _) in running where UInt32.random(in: 0..<3, using: &rng) > 0 {
                kill(p.processIdentifier, SIGKILL)
                kills += 1
            }
            for (p, out) in running {
                let output = out.fileHandleForReading.readDataToEndOfFile()
                p.waitUntilExit()
                if p.terminationReason == .exit && p.terminationStatus != 0 {
                    let err = (p.standardError as? Pipe)?.fileHandleForReading.readDataToEndOfFile() ?? Data()
                    Issue.record("round \(round): a writer failed: \(String(decoding: err, as: UTF8.self))")
                }
                acked += Self.acks(output)
            }
        }
        #expect(kills > 0 && acked.count > 100)

        let report = AuditVerifier.verify(directory: dir)
        #expect(report.isIntact, "\(report.problems.map { $0.message.en })")
        let log = try AuditVerifier.log(directory: dir)
        // No two entries share a number, and none is missing.
        #expect(log.map(\.seq) == Array(1...log.count))
        // Each acknowledged change is in the journal exactly once, at the entry it was acknowledged as.
        var entries: [String: [Int]] = [:]
        for e in log { if let c = Self.change(of: e) { entries["\(c.writer)/\(c.n)", default: []].append(e.seq) } }
        for a in acked {
            #expect(entries["\(a.writer)/\(a.n)"] == [a.seq], "writer \(a.writer) change \(a.n), acknowledged as entry \(a.seq)")
        }
        // And in the data: each slot holds its writer's latest change to it.
        let store = try Store.open(directory: dir, actor: "check")
        defer { store.close() }
        var latest: [String: Int] = [:]
        for a in acked { latest["W\(a.writer)-\(a.n % StressSlots.slots)/\(a.n % 2)"] = max(latest["W\(a.writer)-\(a.n % StressSlots.slots)/\(a.n % 2)"] ?? 0, a.n) }
        for (key, n) in latest {
            let id = String(key.prefix { $0 != "/" })
            let held: Int? = key.hasSuffix("/1")
                ? store.data.registry.organization(id).flatMap { Int($0.name.split(separator: " ").last ?? "") }
                : store.data.cycle.milestones.first { $0.id == id }.map { $0.date.ordinal - Day(year: 2000, month: 1, day: 1)!.ordinal }
            #expect((held ?? -1) >= n, "\(id) holds \(held.map(String.init) ?? "nothing"), change \(n) was acknowledged")
        }
        print("concurrent writers: \(Self.rounds) rounds, \(kills) kills, \(acked.count) acknowledged changes, \(log.count) entries")
    }
}

/// The slots per writer of `qaward stress-writer` (StressWriterCommand.slots).
enum StressSlots { static let slots = 12 }
