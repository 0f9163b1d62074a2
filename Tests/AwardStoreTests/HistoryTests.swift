import AwardDomain
import Foundation
import Testing
@testable import AwardStore

@Suite struct HistoryTests {
    // 25 registry commits, each followed by a checkpoint, replace registry.json 25 times; history
    // keeps the newest 20 versions. The registry as of init is seq 1; commit k is entry 2k and its
    // checkpoint 2k+1, which keeps the file it replaces: seq 1, 3, 5, …, 49 (25 versions), of which
    // 11, 13, …, 49 are the newest 20 and 3…9 were pruned; 1, the first version (a copy made at
    // init, which repair and the audit start from), is never pruned.
    @Test func keepsNewestTwenty() throws {
        let folder = TestFolder()
        let store = try Fixture.store(in: folder)
        for n in 1...25 {
            try store.commit(.registry(.upsertOrganization(Fixture.org(n))))
            try store.checkpoint()
        }
        let versions = try store.listHistory("registry.json")
        #expect(versions.count == 21)
        #expect(versions.first?.seq == 49)
        #expect(versions.dropLast().last?.seq == 11)
        #expect(versions.last?.seq == 1)
        // The cycle was never replaced, so it has only its first version.
        #expect(try store.listHistory("cycles/2026.json").map(\.seq) == [1])
        // Timestamp in the name is Asia/Shanghai: the clock starts 2026-03-02 09:00:00 +08:00.
        #expect(versions.first?.replaced.hasPrefix("20260302-0900") == true)
    }

    // Restore puts back an old version atomically and is journaled as a restore entry; the audit
    // still passes because the entry records the restored file's digest.
    @Test func restoreIsJournaled() throws {
        let folder = TestFolder()
        let store = try Fixture.store(in: folder)
        // Entries: 1 init, then each commit (2, 4, 6) and its checkpoint (3, 5, 7).
        for n in 1...3 {
            try store.commit(.registry(.upsertOrganization(Fixture.org(n))))
            try store.checkpoint()
        }
        // Version seq 3 is the registry after the first commit: organization O1 only.
        guard let v = try store.listHistory("registry.json").first(where: { $0.seq == 3 }) else {
            Issue.record("no version 3"); return
        }
        try store.restore("registry.json", version: v.name)
        #expect(store.data.registry.organizations.map(\.id) == ["O1"])
        let last = try store.log().last
        #expect(last?.event == .restore(file: "registry.json", version: v.name))
        #expect(last?.touches == ["registry.json"])
        #expect(AuditVerifier.verify(directory: folder.data).isIntact)
        // The replaced version (3 organizations) is itself in history now, so the restore can be undone.
        #expect(try store.listHistory("registry.json").first?.seq == 7)
    }

    @Test func unknownVersionIsRefused() throws {
        let folder = TestFolder()
        let store = try Fixture.store(in: folder)
        let error = failure { () throws(StoreError) in try store.restore("registry.json", version: "registry.00000099.20260101-000000.json") }
        guard case .unknownVersion = error else { Issue.record("expected .unknownVersion"); return }
    }
}
