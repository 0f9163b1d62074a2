import AwardDomain
import Foundation
import Testing
@testable import AwardStore

/// A change is saved by its journal line; the data files catch up in checkpoints (now, at close,
/// or prepared in the background between keys). These tests hold the store to that: a commit
/// writes nothing but the journal, nothing is lost whenever the process dies, and `audit verify`
/// passes after every checkpoint.
@Suite struct CheckpointTests {
    static let files = ["registry.json", "calendar.json", "cycles/2026.json"]

    /// Ends a store as a kill would: the journal as it is on disk, no checkpoint at close.
    static func crash(_ store: inout Store?) {
        store?.journal.close()
        store = nil
    }

    /// The seq a snapshot file on disk records.
    static func seqHeld(_ name: String, in folder: TestFolder) throws -> Int? {
        switch SnapshotKind.of(name) {
        case .registry: try Snapshots.load(Registry.self, name: name, in: folder.dir)?.seq
        case .calendar: try Snapshots.load(StoredCalendar.self, name: name, in: folder.dir)?.seq
        case .cycle: try Snapshots.load(Cycle.self, name: name, in: folder.dir)?.seq
        case nil: nil
        }
    }

    static func temps(in folder: TestFolder) -> [String] {
        let names = (try? FileManager.default.subpathsOfDirectory(atPath: folder.data.path)) ?? []
        return names.filter { AtomicFile.isTemp(($0 as NSString).lastPathComponent) }
    }

    /// Calls the run loop's idle hook until no file lags (the worker thread needs a moment).
    static func idleUntilWritten(_ store: Store) throws {
        for _ in 0..<2_000 where !store.laggingFiles.isEmpty || store.background != nil {
            if let error = store.checkpointWhenIdle(quiet: 0) { throw error }
            usleep(1_000)
        }
    }

    // A commit appends one journal line and touches no data file; the file is named as lagging
    // until close writes it in one checkpoint entry (entries: 1 init, 2 and 3 the changes, 4 the
    // checkpoint), after which the audit passes and a reopened store reads the same state.
    @Test func commitWritesOnlyTheJournal() throws {
        let folder = TestFolder()
        var store: Store? = try Fixture.store(in: folder)
        let before = Self.files.map { folder.bytes($0) }
        try store?.commit(.registry(.upsertOrganization(Fixture.org(1))))
        try store?.commit(.intake(.createApplication(Fixture.application(1))))
        #expect(Self.files.map { folder.bytes($0) } == before)
        #expect(store?.laggingFiles == ["cycles/2026.json", "registry.json"])
        let expected = store?.data
        store = nil
        let reopened = try Store.open(directory: folder.data, actor: Fixture.actor)
        #expect(reopened.data == expected)
        #expect(reopened.warnings.isEmpty)
        let log = try reopened.log()
        #expect(log.map(\.seq) == [1, 2, 3, 4])
        #expect(log.last?.event?.isCheckpoint == true)
        #expect(log.last?.touches == ["cycles/2026.json", "registry.json"])
        #expect(AuditVerifier.verify(directory: folder.data).isIntact)
    }

    // The run loop's idle hook: the files are encoded and written to temp files on another
    // thread, then journaled and renamed here; the result is the same checkpoint as a direct one.
    @Test func backgroundCheckpointWritesTheFiles() throws {
        let folder = TestFolder()
        let store = try Fixture.store(in: folder)
        try store.commit(.registry(.upsertOrganization(Fixture.org(1))))
        // Not quiet yet: a change just came, so nothing starts.
        #expect(store.checkpointWhenIdle(quiet: 3_600) == nil)
        #expect(store.background == nil)
        try Self.idleUntilWritten(store)
        #expect(store.laggingFiles.isEmpty)
        #expect(try store.log().last?.event?.isCheckpoint == true)
        #expect(try store.log().last?.seq == 3)
        #expect(String(decoding: folder.bytes("registry.json"), as: UTF8.self).contains("盐城测试企业1"))
        #expect(Self.temps(in: folder).isEmpty)
        #expect(AuditVerifier.verify(directory: folder.data).isIntact)
    }

    // A change saved while the background job encodes takes the seq the job's files record, so the
    // job is dropped (its temp files removed) and the next quiet moment writes both changes: the
    // journal ends 2 change, 3 change, 4 checkpoint.
    @Test func changeDuringBackgroundCheckpointIsNotLost() throws {
        let folder = TestFolder()
        let store = try Fixture.store(in: folder)
        try store.commit(.registry(.upsertOrganization(Fixture.org(1))))
        #expect(store.checkpointWhenIdle(quiet: 0) == nil)
        #expect(store.background != nil)
        try store.commit(.registry(.upsertOrganization(Fixture.org(2))))
        try Self.idleUntilWritten(store)
        let log = try store.log()
        #expect(log.map(\.seq) == [1, 2, 3, 4])
        #expect(log.filter { $0.event?.isCheckpoint == true }.map(\.seq) == [4])
        #expect(Self.temps(in: folder).isEmpty)
        let text = String(decoding: folder.bytes("registry.json"), as: UTF8.self)
        #expect(text.contains("盐城测试企业1") && text.contains("盐城测试企业2"))
        #expect(AuditVerifier.verify(directory: folder.data).isIntact)
    }

    // `checkpoint()` while a background job runs waits for it and uses it when still current.
    @Test func checkpointNowCompletesTheBackgroundJob() throws {
        let folder = TestFolder()
        let store = try Fixture.store(in: folder)
        try store.commit(.registry(.upsertExpert(Fixture.expert(1))))
        #expect(store.checkpointWhenIdle(quiet: 0) == nil)
        try store.checkpoint()
        #expect(store.background == nil)
        #expect(store.laggingFiles.isEmpty)
        #expect(try store.log().filter { $0.event?.isCheckpoint == true }.count == 1)
        #expect(Self.temps(in: folder).isEmpty)
        #expect(AuditVerifier.verify(directory: folder.data).isIntact)
    }

    // Killed with changes only in the journal: open redoes them (3 changes), writes the files in
    // one checkpoint, says so, and the audit passes.
    @Test func killedWithLaggingFilesRecovers() throws {
        let folder = TestFolder()
        let clock = TestClock()
        var store: Store? = try Fixture.store(in: folder, clock: clock)
        try store?.commit(.registry(.upsertOrganization(Fixture.org(1))))
        try store?.commit(.intake(.createApplication(Fixture.application(1))))
        try store?.commit(.intake(.setStatus(applicationID: "A2026-1", status: .submitted, note: "")))
        let expected = store?.data
        Self.crash(&store)
        let reopened = try Store.open(directory: folder.data, actor: Fixture.actor, now: clock.now)
        #expect(reopened.data == expected)
        #expect(reopened.warnings.contains { $0.zh.contains("3 条") && $0.zh.contains("按日志补齐") })
        #expect(reopened.laggingFiles.isEmpty)
        #expect(try reopened.log().last?.event?.isCheckpoint == true)
        #expect(AuditVerifier.verify(directory: folder.data).isIntact)
    }

    // A recovery's checkpoint writes every file it redid changes for, and records each file at
    // the seq the file holds. Entries: 1 init, 2 org (registry), 3 application and 4 status
    // (cycle); killed with all three only in the journal. The last entry, 4, is a change being
    // redone: the recovering checkpoint, 5, must write both registry.json and cycles/2026.json
    // (each then holds seq 5), and calendar.json stays at 1. The versions kept in history are
    // named by the seq they hold (1 for both). A second kill and open must then redo nothing.
    @Test func recoveryNeverRecordsAFileAtASeqItLacks() throws {
        let folder = TestFolder()
        let clock = TestClock()
        var store: Store? = try Fixture.store(in: folder, clock: clock)
        try store?.commit(.registry(.upsertOrganization(Fixture.org(1))))
        try store?.commit(.intake(.createApplication(Fixture.application(1))))
        try store?.commit(.intake(.setStatus(applicationID: "A2026-1", status: .submitted, note: "")))
        let expected = try #require(store?.data)
        Self.crash(&store)
        var reopened: Store? = try Store.open(directory: folder.data, actor: Fixture.actor, now: clock.now)
        let last = try #require(try reopened?.log().last)
        guard case .checkpoint(let files)? = last.event else { Issue.record("no recovering checkpoint"); return }
        #expect(last.seq == 5)
        #expect(files == ["calendar.json": 1, "registry.json": 5, "cycles/2026.json": 5])
        #expect(last.touches.sorted() == ["cycles/2026.json", "registry.json"])
        for (name, seq) in files {
            let held = try Self.seqHeld(name, in: folder)
            #expect(held == seq, "\(name) holds \(held), the checkpoint says \(seq)")
        }
        let onDisk = try #require(try Snapshots.load(Cycle.self, name: "cycles/2026.json", in: folder.dir))
        #expect(onDisk.value == expected.cycle)
        #expect(try reopened?.listHistory("cycles/2026.json").map(\.seq) == [1])
        #expect(try reopened?.listHistory("registry.json").map(\.seq) == [1])
        Self.crash(&reopened)
        let again = try Store.open(directory: folder.data, actor: Fixture.actor, now: clock.now)
        #expect(again.data == expected)
        #expect(again.warnings.isEmpty)
        #expect(try again.log().count == 5)
    }

    // Killed between a checkpoint's journal entry and its renames: the temp files hold exactly
    // what the entry's digests name, so open renames them into place instead of deleting them
    // (both files of the checkpoint end at the same entry), and nothing needs redoing.
    @Test func killedBetweenCheckpointEntryAndRenameIsCompleted() throws {
        let folder = TestFolder()
        let clock = TestClock()
        var store: Store? = try Fixture.store(in: folder, clock: clock)
        try store?.commit(.registry(.upsertOrganization(Fixture.org(1))))
        try store?.commit(.intake(.createApplication(Fixture.application(1))))
        let expected = store?.data
        // What `checkpoint()` does up to the renames.
        var entry = try #require(store).journal.next(time: Timestamp(clock.now()), actor: Fixture.actor)
        entry.event = .checkpoint(files: ["cycles/2026.json": entry.seq, "registry.json": entry.seq])
        for name in store?.laggingFiles ?? [] {
            let bytes = Snapshots.encode(name, of: try #require(store).data, seq: entry.seq)
            entry.touches.append(name)
            entry.digests[name] = try AtomicFile.prepare(bytes, for: folder.dir.file(name)).digest
        }
        try store?.journal.append(&entry)
        Self.crash(&store)
        #expect(Self.temps(in: folder).count == 2)

        let reopened = try Store.open(directory: folder.data, actor: Fixture.actor, now: clock.now)
        #expect(reopened.data == expected)
        #expect(reopened.warnings.count == 1)
        #expect(reopened.warnings.first?.zh.contains("完成了上次中断的写入") == true)
        #expect(Self.temps(in: folder).isEmpty)
        #expect(try reopened.log().last?.seq == entry.seq)
        #expect(AuditVerifier.verify(directory: folder.data).isIntact)
    }

    // Switching cycles writes the open cycle's file first: its changes leave memory.
    @Test func openingAnotherCycleWritesTheOpenOne() throws {
        let folder = TestFolder()
        let store = try Fixture.store(in: folder)
        try store.commit(.registry(.upsertOrganization(Fixture.org(1))))
        try store.commit(.intake(.createApplication(Fixture.application(1))))
        try store.createCycle(2027)
        #expect(String(decoding: folder.bytes("cycles/2026.json"), as: UTF8.self).contains("A2026-1"))
        #expect(store.laggingFiles.isEmpty)
        #expect(AuditVerifier.verify(directory: folder.data).isIntact)
    }

    // Open reads the journal back to the last checkpoint whose files are still as new, not to
    // the start: a damaged early line (entry 2) is not read by open, which opens with every
    // change; the audit check, which reads every line, names it.
    @Test func openReadsBackToTheLastCheckpointOnly() throws {
        let folder = TestFolder()
        var store: Store? = try Fixture.store(in: folder)
        for n in 1...3 { try store?.commit(.registry(.upsertOrganization(Fixture.org(n)))) }
        try store?.checkpoint() // entry 5
        try store?.commit(.registry(.upsertOrganization(Fixture.org(4)))) // entry 6, only in the journal
        let expected = store?.data
        Self.crash(&store)
        var lines = folder.bytes("journal.jsonl").split(separator: 0x0A).map { Data($0) }
        lines[1] = Data(String(decoding: lines[1], as: UTF8.self).replacingOccurrences(of: "盐城测试企业1", with: "盐城测试企业X").utf8)
        folder.write(lines.reduce(Data()) { $0 + $1 + Data([0x0A]) }, "journal.jsonl")
        let reopened = try Store.open(directory: folder.data, actor: Fixture.actor)
        #expect(reopened.data == expected)
        #expect(reopened.warnings.contains { $0.zh.contains("1 条") })
        reopened.close()
        guard case .entry(_, let line, _)? = AuditVerifier.verify(directory: folder.data).problems.first else {
            Issue.record("the audit check should name the damaged line"); return
        }
        #expect(line == 2)
    }

    // A cycle that was not open when a checkpoint was made is not settled by it: changes to 2027
    // that only the journal holds (killed before any checkpoint) are redone when 2027 is opened,
    // even after later checkpoints made with 2026 open.
    @Test func aCycleNotOpenAtACheckpointIsStillRedone() throws {
        let folder = TestFolder()
        var store: Store? = try Fixture.store(in: folder)
        try store?.commit(.registry(.upsertOrganization(Fixture.org(1))))
        try store?.createCycle(2027)
        try store?.commit(.intake(.createApplication(Application(id: "A2027-1", orgID: "O1"))))
        Self.crash(&store)
        let again = try Store.open(directory: folder.data, actor: Fixture.actor, cycle: 2026)
        try again.commit(.registry(.upsertOrganization(Fixture.org(2))))
        try again.checkpoint()
        try again.openCycle(2027)
        #expect(again.data.cycle.application("A2027-1")?.orgID == "O1")
        #expect(again.data.registry.organizations.count == 2)
        again.close()
        #expect(AuditVerifier.verify(directory: folder.data).isIntact)
    }

    // A background checkpoint that fails (a full disk) is reported once for the status line, with
    // the words of a failed save; the change stays in the journal and in `data`; no new attempt
    // starts before the retry delay, and once space is back the next one writes the file.
    @Test func failedBackgroundCheckpointIsReportedAndRetriedLater() throws {
        let folder = TestFolder()
        let store = try Fixture.store(in: folder)
        let registry = folder.bytes("registry.json")
        try store.commit(.registry(.upsertOrganization(Fixture.org(1))))
        store.fault = FaultPlan(step: .tempWritten, code: ENOSPC, pathSuffix: "registry.json")
        #expect(store.checkpointWhenIdle(quiet: 0, retryAfter: 3_600) == nil)
        var reported: StoreError?
        for _ in 0..<2_000 where reported == nil {
            reported = store.checkpointWhenIdle(quiet: 0, retryAfter: 3_600)
            usleep(1_000)
        }
        #expect(reported?.message.zh.contains("磁盘已满") == true)
        #expect(reported?.message.zh.contains("已保存的数据未受影响") == true)
        #expect(folder.bytes("registry.json") == registry)
        #expect(store.data.registry.organizations.count == 1)
        #expect(Self.temps(in: folder).isEmpty)
        // Within the retry delay nothing starts again.
        store.fault = nil
        #expect(store.checkpointWhenIdle(quiet: 0) == nil)
        #expect(store.background == nil)
        #expect(store.laggingFiles == ["registry.json"])
        try store.checkpoint()
        #expect(String(decoding: folder.bytes("registry.json"), as: UTF8.self).contains("盐城测试企业1"))
        #expect(AuditVerifier.verify(directory: folder.data).isIntact)
    }
}
