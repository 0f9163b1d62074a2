import AwardDomain
import Foundation
import Testing
@testable import AwardStore

@Suite struct SnapshotTests {
    // A file from a newer qaward is refused, not misread, and left as it is.
    @Test func newerSchemaIsRefused() throws {
        let folder = TestFolder()
        var store: Store? = try Fixture.store(in: folder)
        store = nil
        _ = store
        let text = String(decoding: folder.bytes("registry.json"), as: UTF8.self).replacingOccurrences(of: "\"schema\" : 1", with: "\"schema\" : 2")
        folder.write(Data(text.utf8), "registry.json")
        let error = failure { () throws(StoreError) in try Store.open(directory: folder.data, actor: "x") }
        guard case .newerSchema(let file, 2) = error else { Issue.record("expected .newerSchema 2, got \(String(describing: error))"); return }
        #expect(file.lastPathComponent == "registry.json")
        #expect(error?.message.zh.contains("格式版本为 2，高于本程序支持的版本 1：请升级 qaward") == true)
        #expect(folder.bytes("registry.json") == Data(text.utf8))
    }

    // A truncated registry is refused naming the file, never overwritten, and the newest history
    // version that parses is offered. Acting on the offer redoes every later change from the
    // journal, so nothing is lost: 3 organizations committed → 3 after the repair.
    @Test func corruptFileIsRefusedAndRepaired() throws {
        let folder = TestFolder()
        let clock = TestClock()
        var store: Store? = try Fixture.store(in: folder, clock: clock)
        // Entries: 1 init, then each commit (2, 4, 6) and its checkpoint (3, 5, 7).
        for n in 1...3 {
            try store?.commit(.registry(.upsertOrganization(Fixture.org(n))))
            try store?.checkpoint()
        }
        let good = store?.data
        store = nil
        let full = folder.bytes("registry.json")
        let damaged = full.prefix(full.count / 2)
        folder.write(damaged, "registry.json")

        let error = failure { () throws(StoreError) in try Store.open(directory: folder.data, actor: "x", now: clock.now) }
        guard case .corrupt(let file, let detail, let offer) = error else { Issue.record("expected .corrupt, got \(String(describing: error))"); return }
        #expect(file.lastPathComponent == "registry.json")
        #expect(!detail.isEmpty)
        #expect(error?.message.zh.contains("registry.json") == true)
        #expect(folder.bytes("registry.json") == damaged)
        // History holds the registry as of seq 1 (init), 3 and 5; the newest is entry 5's (2 organizations).
        #expect(offer?.lastPathComponent.hasPrefix("registry.00000005.") == true)

        let repaired = try Store.restoreNewestGood(directory: folder.data, file: file, actor: "admin", now: clock.now)
        #expect(repaired.data.registry == good?.registry)
        #expect(repaired.data.registry.organizations.count == 3)
        #expect(try repaired.log().last?.event == .repair(file: "registry.json", version: offer?.lastPathComponent ?? ""))
        #expect(AuditVerifier.verify(directory: folder.data).isIntact)
        let kept = try FileManager.default.contentsOfDirectory(atPath: folder.dir.history.path).filter { $0.contains("damaged") }
        #expect(kept.count == 1)
    }

    // A wrong type deep in the file is named by its path in the file.
    @Test func wrongTypeNamesThePath() throws {
        let folder = TestFolder()
        var store: Store? = try Fixture.store(in: folder)
        try store?.commit(.registry(.upsertOrganization(Fixture.org(1))))
        store = nil
        let text = String(decoding: folder.bytes("registry.json"), as: UTF8.self)
            .replacingOccurrences(of: "\"creditCode\" : \"\(Fixture.creditCode(1))\"", with: "\"creditCode\" : 5")
        folder.write(Data(text.utf8), "registry.json")
        let error = failure { () throws(StoreError) in try Store.open(directory: folder.data, actor: "x") }
        guard case .corrupt(_, let detail, _) = error else { Issue.record("expected .corrupt"); return }
        #expect(detail.contains("data.organizations[0].creditCode"))
    }

    // Stable bytes: the same state encodes to the same bytes, keys sorted.
    @Test func encodingIsStable() {
        var data = AwardData(registry: Registry(organizations: [Fixture.org(2), Fixture.org(1)]), cycle: Cycle(year: 2026))
        data.cycle.applications = [Fixture.application(1)]
        let a = Snapshots.encode("registry.json", of: data, seq: 7)
        let b = Snapshots.encode("registry.json", of: data, seq: 7)
        #expect(a == b)
        let text = String(decoding: a, as: UTF8.self)
        let keys = ["\"data\"", "\"kind\"", "\"schema\"", "\"seq\""].compactMap { text.range(of: $0)?.lowerBound }
        #expect(keys.count == 4 && keys == keys.sorted())
    }
}
