import AwardDomain
import Foundation
import Testing
@testable import AwardStore

@Suite struct AtomicFileTests {
    // An interrupted save (failure after the temp file was fully written) leaves the previous
    // file byte for byte, removes the temp, and says what to do: "磁盘已满…请释放空间后重试".
    @Test func failureAfterTempWriteKeepsPreviousFile() throws {
        let folder = TestFolder()
        let target = folder.url.appendingPathComponent("f.json")
        try AtomicFile.write(Data("old".utf8), to: target)
        let error = failure { () throws(StoreError) in
            try AtomicFile.write(Data("new".utf8), to: target, fault: FaultPlan(step: .tempWritten, code: ENOSPC))
        }
        #expect(try Data(contentsOf: target) == Data("old".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["f.json"])
        let zh = error?.message.zh ?? ""
        #expect(zh.contains("磁盘已满") && zh.contains("已保存的数据未受影响") && zh.contains("请释放空间后重试"))
        #expect(error?.message.en.contains("disk is full") == true)
    }

    // The same fault inside a checkpoint: its journal entry is taken back, the snapshot stays as
    // it was, the change it was to write stays in the journal and in `data`, the audit still
    // passes, and the next checkpoint (disk freed) writes it.
    @Test func interruptedCheckpointChangesNothing() throws {
        let folder = TestFolder()
        let store = try Fixture.store(in: folder)
        try store.commit(.registry(.upsertOrganization(Fixture.org(1))))
        try store.checkpoint()
        let registry = folder.bytes("registry.json")
        store.fault = FaultPlan(step: .tempWritten, code: ENOSPC, pathSuffix: "registry.json")
        try store.commit(.registry(.upsertOrganization(Fixture.org(2))))
        let journal = folder.bytes("journal.jsonl")
        let error = failure { () throws(StoreError) in try store.checkpoint() }
        #expect(error?.message.zh.contains("磁盘已满") == true)
        #expect(folder.bytes("registry.json") == registry)
        #expect(folder.bytes("journal.jsonl") == journal)
        #expect(store.data.registry.organizations.count == 2)
        #expect(AuditVerifier.verify(directory: folder.data).isIntact)
        store.fault = nil
        try store.checkpoint()
        #expect(folder.bytes("registry.json") != registry)
        #expect(store.laggingFiles.isEmpty)
        #expect(AuditVerifier.verify(directory: folder.data).isIntact)
    }

    // A full disk while appending to the journal: the half-written line is cut off again.
    @Test func interruptedJournalAppendChangesNothing() throws {
        let folder = TestFolder()
        let store = try Fixture.store(in: folder)
        let journal = folder.bytes("journal.jsonl")
        store.fault = FaultPlan(step: .journalWritten, code: ENOSPC)
        let error = failure { () throws(StoreError) in try store.commit(.registry(.upsertExpert(Fixture.expert(1)))) }
        #expect(error?.message.zh.contains("磁盘已满") == true)
        #expect(folder.bytes("journal.jsonl") == journal)
        #expect(store.data.registry.experts.isEmpty)
        store.fault = nil
        try store.commit(.registry(.upsertExpert(Fixture.expert(1))))
        #expect(AuditVerifier.verify(directory: folder.data).isIntact)
    }

    // A temp file left by a killed process is removed on open and reported; the data is untouched.
    @Test func leftoverTempFileIsCleanedOnOpen() throws {
        let folder = TestFolder()
        let clock = TestClock()
        var store: Store? = try Fixture.store(in: folder, clock: clock)
        try store?.commit(.registry(.upsertOrganization(Fixture.org(1))))
        store = nil
        folder.write(Data("{\"schema\":1,\"kind\":\"registry\",\"da".utf8), ".registry.json.tmp-99999-42")
        folder.write(Data("half".utf8), "cycles/.2026.json.tmp-99999-7")
        let reopened = try Store.open(directory: folder.data, actor: Fixture.actor, now: clock.now)
        #expect(reopened.data.registry.organizations.map(\.id) == ["O1"])
        #expect(!FileManager.default.fileExists(atPath: folder.data.appendingPathComponent(".registry.json.tmp-99999-42").path))
        #expect(!FileManager.default.fileExists(atPath: folder.data.appendingPathComponent("cycles/.2026.json.tmp-99999-7").path))
        #expect(reopened.warnings.contains { $0.zh.contains("临时文件") && $0.zh.contains(".registry.json.tmp-99999-42") })
    }

    // A read-only disk (EROFS, injected: the tests run where a real read-only mount is not at hand)
    // gives a clear message and loses nothing.
    @Test func readOnlyDiskIsExplained() throws {
        let folder = TestFolder()
        let store = try Fixture.store(in: folder)
        try store.commit(.registry(.upsertOrganization(Fixture.org(1))))
        let registry = folder.bytes("registry.json")
        store.fault = FaultPlan(step: .tempCreated, code: EROFS)
        let error = failure { () throws(StoreError) in try store.checkpoint() }
        #expect(error?.message.zh.contains("只读") == true)
        #expect(error?.message.zh.contains("已保存的数据未受影响") == true)
        #expect(folder.bytes("registry.json") == registry)
        store.fault = nil
        #expect(AuditVerifier.verify(directory: folder.data).isIntact)
    }

    // A real read-only data directory (mode 0500): the journal file itself stays writable, so the
    // change is saved there; the checkpoint, which must make files in the folder, is refused with
    // a permission message and the previous files stay. Root ignores permission bits, so this runs
    // only as another user.
    @Test(.enabled(if: geteuid() != 0, "root ignores permission bits; the EROFS test above covers the message"))
    func readOnlyDirectoryRefusesCleanly() throws {
        let folder = TestFolder()
        let store = try Fixture.store(in: folder)
        try store.commit(.registry(.upsertOrganization(Fixture.org(1))))
        let registry = folder.bytes("registry.json")
        chmod(folder.data.path, 0o500)
        chmod(folder.data.appendingPathComponent("history").path, 0o500)
        defer { chmod(folder.data.path, 0o700); chmod(folder.data.appendingPathComponent("history").path, 0o700) }
        try store.commit(.registry(.upsertOrganization(Fixture.org(2))))
        let error = failure { () throws(StoreError) in try store.checkpoint() }
        #expect(error?.message.zh.contains("没有权限") == true)
        #expect(folder.bytes("registry.json") == registry)
        #expect(store.data.registry.organizations.count == 2)
    }
}

@Suite struct AtomicSaveOfSeveralFilesTests {
    // A save that writes two files and fails on the second puts the first back and takes back the
    // journal entry: all or nothing, whatever the number of files an action touches.
    @Test func secondFileFailingTakesBackTheFirst() throws {
        let folder = TestFolder()
        let store = try Fixture.store(in: folder)
        try store.commit(.registry(.upsertOrganization(Fixture.org(1))))
        let registry = folder.bytes("registry.json")
        let calendar = folder.bytes("calendar.json")
        let journal = folder.bytes("journal.jsonl")
        let historyBefore = try store.listHistory("registry.json")
        let calendarHistory = try store.listHistory("calendar.json")
        var next = store.data
        next.registry.organizations.append(Fixture.org(2))
        var entry = store.journal.next(time: Timestamp(millis: 0), actor: "test")
        entry.action = .registry(.upsertOrganization(Fixture.org(2)))
        store.fault = FaultPlan(step: .tempWritten, code: ENOSPC, pathSuffix: "calendar.json")
        let error = failure { () throws(StoreError) in
            try store.record(&entry, files: ["registry.json", "calendar.json"].map { ($0, Snapshots.encode($0, of: next, seq: entry.seq)) })
        }
        #expect(error?.message.zh.contains("calendar.json") == true)
        #expect(folder.bytes("registry.json") == registry)
        #expect(folder.bytes("calendar.json") == calendar)
        #expect(folder.bytes("journal.jsonl") == journal)
        #expect(try store.listHistory("registry.json") == historyBefore)
        #expect(try store.listHistory("calendar.json") == calendarHistory)
        store.fault = nil
        try store.commit(.registry(.upsertOrganization(Fixture.org(2))))
        #expect(AuditVerifier.verify(directory: folder.data).isIntact)
    }
}
