import AwardDomain
import Foundation
import Testing
@testable import AwardStore

/// Power loss, not only kill -9: at every write and sync call of a save, a checkpoint and a
/// recovery, the power is cut (`PowerLossLayer`): writes not yet synced are dropped, names not
/// yet synced in their folder are lost, and a write cut in the middle is torn (half its bytes
/// kept). The directory as the next boot finds it must open to the last acknowledged state,
/// and the audit check must pass once it has been opened.
@Suite(.serialized) struct PowerLossTests {
    /// Layers stay alive until the suite ends: another test's thread may be reading `current`.
    nonisolated(unsafe) static var kept: [PowerLossLayer] = []

    static func copy(_ from: URL, to: URL) throws {
        try? FileManager.default.removeItem(at: to)
        try FileManager.default.copyItem(at: from, to: to)
    }

    static func write(_ image: [String: Data], to dir: URL) throws {
        try? FileManager.default.removeItem(at: dir)
        for sub in ["", "cycles", "rubrics", "history"] {
            try FileManager.default.createDirectory(at: dir.appendingPathComponent(sub), withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        for (name, bytes) in image {
            _ = FileManager.default.createFile(atPath: dir.appendingPathComponent(name).path, contents: bytes, attributes: [.posixPermissions: 0o600])
        }
    }

    enum Scenario: String, CaseIterable { case save, checkpoint, recovery }

    /// Runs `scenario` on a copy of its start directory with the power cut at `cutAt` (nil: never);
    /// returns the layer and whether the operation was acknowledged (returned without error).
    static func run(_ scenario: Scenario, start: URL, work: URL, cutAt: Int?, tear: Bool) throws -> (layer: PowerLossLayer, acknowledged: Bool) {
        try copy(start, to: work)
        var store: Store?
        if scenario != .recovery { store = try Store.open(directory: work, actor: Fixture.actor) }
        // The change the checkpoint writes is saved (acknowledged) before the power is watched.
        if scenario == .checkpoint { try store?.commit(.registry(.upsertOrganization(Fixture.org(2)))) }
        let layer = PowerLossLayer(directory: work, cutAt: cutAt, tear: tear)
        kept.append(layer)
        PowerLossLayer.current = layer
        defer { PowerLossLayer.current = nil }
        var acknowledged = true
        do {
            switch scenario {
            case .save: try store?.commit(.registry(.upsertOrganization(Fixture.org(3))))
            case .checkpoint: try store?.checkpoint()
            case .recovery: store = try Store.open(directory: work, actor: Fixture.actor)
            }
        } catch {
            acknowledged = false
        }
        // The power is gone: nothing more reaches the disk (no checkpoint at close).
        store?.journal.close()
        store = nil
        return (layer, acknowledged)
    }

    // Start states, worked out by hand. Every scenario starts from entries 1 init, 2 O1,
    // 3 checkpoint (O1 in registry.json):
    //   save:       open, commit O3 → the save is entry 4 (its journal line, synced);
    //               before = {O1}, after = {O1, O3}; after is required once the commit returned.
    //   checkpoint: entry 4 O2 committed and acknowledged, then checkpoint() → entry 5;
    //               the state {O1, O2} is required whatever happens to the checkpoint.
    //   recovery:   entry 4 O2 only in the journal (killed); open redoes it and checkpoints
    //               (entry 5); {O1, O2} is required.
    @Test func everyWriteAndSyncOfASaveACheckpointAndARecovery() throws {
        let folder = TestFolder()
        let clean = folder.url.appendingPathComponent("clean")
        try Store.initialize(directory: clean, year: Fixture.year, actor: Fixture.actor)
        let first = try Store.open(directory: clean, actor: Fixture.actor)
        try first.commit(.registry(.upsertOrganization(Fixture.org(1))))
        first.close()
        // The recovery's start: O2 saved in the journal only, then killed.
        let lagging = folder.url.appendingPathComponent("lagging")
        try Self.copy(clean, to: lagging)
        var killed: Store? = try Store.open(directory: lagging, actor: Fixture.actor)
        try killed?.commit(.registry(.upsertOrganization(Fixture.org(2))))
        killed?.journal.close()
        killed = nil

        let work = folder.url.appendingPathComponent("work")
        let after = folder.url.appendingPathComponent("after")
        var points = 0
        var counts: [String] = []
        for scenario in Scenario.allCases {
            let from = scenario == .recovery ? lagging : clean
            let total = try Self.run(scenario, start: from, work: work, cutAt: nil, tear: false).layer.calls
            #expect(total > 0)
            var here = 0
            for cut in 0...total {
                for tear in [false, true] {
                    let (layer, acknowledged) = try Self.run(scenario, start: from, work: work, cutAt: cut < total ? cut : nil, tear: tear)
                    if tear && !layer.cutWasWrite { continue }
                    here += 1
                    try Self.write(layer.image(), to: after)
                    let note = "\(scenario) cut at call \(cut) of \(total)\(tear ? " (torn write)" : "")"
                    let reopened: Store
                    do { reopened = try Store.open(directory: after, actor: Fixture.actor) } catch {
                        Issue.record("\(note): does not open: \(error.message.en)"); continue
                    }
                    let orgs = reopened.data.registry.organizations.map(\.id)
                    switch scenario {
                    case .save:
                        #expect(orgs == ["O1", "O3"] || (!acknowledged && orgs == ["O1"]), "\(note): \(orgs), acknowledged \(acknowledged)")
                    case .checkpoint, .recovery:
                        #expect(orgs == ["O1", "O2"], "\(note): \(orgs)")
                    }
                    reopened.close()
                    let report = AuditVerifier.verify(directory: after)
                    #expect(report.isIntact, "\(note): \(report.problems.map(\.message.en))")
                }
            }
            points += here
            counts.append("\(scenario) \(total) calls")
        }
        print("power-loss test: \(points) fault points covered (\(counts.joined(separator: ", ")); each cut before the call, and torn in the middle of each write)")
    }
}
