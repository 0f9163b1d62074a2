import AwardDomain
import Foundation
import Testing
@testable import AwardStore

/// Open on a full disk, as root on another user's directory, and the audit check after a kill
/// between a checkpoint's entry and its renames.
@Suite struct OpenEdgeTests {
    // Killed with a change only in the journal (entries 1 init, 2 O1); the disk is then full.
    // Open redoes the change in memory and cannot write its checkpoint: it still opens, with
    // the data complete and a warning, the registry file untouched. Once there is space, the
    // next open writes it (entry 3) and the audit passes.
    @Test func aFullDiskStillOpensToRead() throws {
        let folder = TestFolder()
        var store: Store? = try Fixture.store(in: folder)
        try store?.commit(.registry(.upsertOrganization(Fixture.org(1))))
        let expected = store?.data
        CheckpointTests.crash(&store)
        let registry = folder.bytes("registry.json")
        let full = FaultPlan(step: .tempWritten, code: ENOSPC, pathSuffix: "registry.json")
        var reading: Store? = try Store.open(folder.dir, lock: WriteLock(folder.dir.url), actor: Fixture.actor,
                                             now: Date.init, cycle: nil, fault: full)
        #expect(reading?.data == expected)
        #expect(reading?.warnings.contains { $0.zh.contains("磁盘已满") } == true)
        #expect(folder.bytes("registry.json") == registry)
        reading?.close()
        reading = nil
        #expect(folder.bytes("registry.json") == registry)
        let again = try Store.open(directory: folder.data, actor: Fixture.actor)
        #expect(again.data == expected)
        #expect(try again.log().last?.event?.isCheckpoint == true)
        again.close()
        #expect(AuditVerifier.verify(directory: folder.data).isIntact)
    }

    // Killed between a checkpoint's entry (4) and its renames: the audit check, which reads only,
    // says the write is unfinished, not that the files were edited; after an open completes it,
    // the check passes.
    @Test func verifyNamesAnUnfinishedCheckpoint() throws {
        let folder = TestFolder()
        let clock = TestClock()
        var store: Store? = try Fixture.store(in: folder, clock: clock)
        try store?.commit(.registry(.upsertOrganization(Fixture.org(1))))
        try store?.commit(.intake(.createApplication(Fixture.application(1))))
        var entry = try #require(store).journal.next(time: Timestamp(clock.now()), actor: Fixture.actor)
        entry.event = .checkpoint(files: ["calendar.json": 1, "cycles/2026.json": entry.seq, "registry.json": entry.seq])
        for name in store?.laggingFiles ?? [] {
            let bytes = Snapshots.encode(name, of: try #require(store).data, seq: entry.seq)
            entry.touches.append(name)
            entry.digests[name] = try AtomicFile.prepare(bytes, for: folder.dir.file(name)).digest
        }
        try store?.journal.append(&entry)
        CheckpointTests.crash(&store)
        let report = AuditVerifier.verify(directory: folder.data)
        #expect(report.problems.count == 2)
        for p in report.problems {
            #expect(p.message.zh.contains("尚未完成"), "\(p.message.zh)")
            #expect(!p.message.zh.contains("程序之外"))
        }
        try Store.open(directory: folder.data, actor: Fixture.actor).close()
        #expect(AuditVerifier.verify(directory: folder.data).isIntact)
    }

    // Root running qaward on a user's directory would make the files root's: refused, saying
    // whose directory it is. (Only meaningful as root, as CI runs; as another user there is nothing to refuse.)
    @Test func rootIsRefusedOnAnotherUsersDirectory() throws {
        guard geteuid() == 0 else { return }
        let folder = TestFolder()
        try Fixture.store(in: folder).close()
        #expect(chown(folder.data.path, 65534, 65534) == 0)
        let error = failure { () throws(StoreError) in try Store.open(directory: folder.data, actor: Fixture.actor) }
        #expect(error?.message.zh.contains("不能以 root 身份使用") == true)
        #expect(chown(folder.data.path, 0, 0) == 0)
        try Store.open(directory: folder.data, actor: Fixture.actor).close()
    }
}
