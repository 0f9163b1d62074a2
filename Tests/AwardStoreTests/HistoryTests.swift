import AwardDomain
import Foundation
import Testing
@testable import AwardStore

@Suite struct HistoryTests {
    // 25 registry commits replace registry.json 25 times; history keeps the newest 20 versions:
    // the versions with seq 6…25 (the registry as of init is seq 1, commits are seq 2…26, and the
    // version kept before commit k has seq k−1, so 1…25 were kept and 1…5 pruned).
    @Test func keepsNewestTwenty() throws {
        let folder = TestFolder()
        let store = try Fixture.store(in: folder)
        for n in 1...25 { try store.commit(.registry(.upsertOrganization(Fixture.org(n)))) }
        let versions = try store.listHistory("registry.json")
        #expect(versions.count == 20)
        #expect(versions.first?.seq == 25)
        #expect(versions.last?.seq == 6)
        // The cycle was never replaced, so it has no history.
        #expect(try store.listHistory("cycles/2026.json").isEmpty)
        // Timestamp in the name is Asia/Shanghai: the clock starts 2026-03-02 09:00:00 +08:00.
        #expect(versions.first?.replaced.hasPrefix("20260302-0900") == true)
    }

    // Restore puts back an old version atomically and is journaled as a restore entry; the audit
    // still passes because the entry records the restored file's digest.
    @Test func restoreIsJournaled() throws {
        let folder = TestFolder()
        let store = try Fixture.store(in: folder)
        for n in 1...3 { try store.commit(.registry(.upsertOrganization(Fixture.org(n)))) }
        // Version seq 2 is the registry after the first commit: organization O1 only.
        guard let v = try store.listHistory("registry.json").first(where: { $0.seq == 2 }) else {
            Issue.record("no version 2"); return
        }
        try store.restore("registry.json", version: v.name)
        #expect(store.data.registry.organizations.map(\.id) == ["O1"])
        let last = try store.log().last
        #expect(last?.event == .restore(file: "registry.json", version: v.name))
        #expect(last?.touches == ["registry.json"])
        #expect(AuditVerifier.verify(directory: folder.data).isIntact)
        // The replaced version (3 organizations) is itself in history now, so the restore can be undone.
        #expect(try store.listHistory("registry.json").first?.seq == 4)
    }

    @Test func unknownVersionIsRefused() throws {
        let folder = TestFolder()
        let store = try Fixture.store(in: folder)
        let error = failure { () throws(StoreError) in try store.restore("registry.json", version: "registry.00000099.20260101-000000.json") }
        guard case .unknownVersion = error else { Issue.record("expected .unknownVersion"); return }
    }
}
