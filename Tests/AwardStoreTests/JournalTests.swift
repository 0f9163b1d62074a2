import AwardDomain
import Foundation
import Testing
@testable import AwardStore

@Suite struct JournalTests {
    // The line layout: canonical JSON without "hash", then "hash" as the last member; hash is
    // SHA-256 over exactly the bytes before it plus "}"; the first prev is 64 zeros.
    @Test func lineLayoutAndHash() throws {
        // Known vector: SHA-256("abc") (FIPS 180-2, appendix B.1).
        #expect(Canonical.sha256Hex(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let folder = TestFolder()
        let store = try Fixture.store(in: folder)
        try store.commit(.registry(.upsertExpert(Fixture.expert(1))))
        let lines = String(decoding: folder.bytes("journal.jsonl"), as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        let entries = try store.log()
        #expect(entries.map(\.seq) == [1, 2])
        #expect(entries[0].prev == String(repeating: "0", count: 64))
        #expect(entries[1].prev == entries[0].hash)
        for (line, e) in zip(lines, entries) {
            let suffix = ",\"hash\":\"\(e.hash)\"}"
            #expect(line.hasSuffix(suffix))
            #expect(Canonical.sha256Hex(Data((line.dropLast(suffix.count) + "}").utf8)) == e.hash)
        }
        // Entry 2: the action, who, when (the clock's 2nd… reading, Asia/Shanghai) and the file it
        // changes, without a digest: the file is written by a later checkpoint.
        #expect(entries[1].action == .registry(.upsertExpert(Fixture.expert(1))))
        #expect(entries[1].actor == "clerk")
        #expect(entries[1].time.description.hasPrefix("2026-03-02T09:00:0"))
        #expect(entries[1].time.description.hasSuffix("+08:00"))
        #expect(entries[1].touches == ["registry.json"])
        #expect(entries[1].digests.isEmpty)
        #expect(store.laggingFiles == ["registry.json"])
        // Entry 3: the checkpoint that wrote the registry, with its digest; the file records seq 3.
        try store.checkpoint()
        let checkpoint = try store.log().last
        #expect(checkpoint?.seq == 3)
        #expect(checkpoint?.event == .checkpoint(files: ["calendar.json": 1, "cycles/2026.json": 1, "registry.json": 3]))
        #expect(checkpoint?.digests == ["registry.json": Canonical.sha256Hex(folder.bytes("registry.json"))])
        #expect(String(decoding: folder.bytes("registry.json"), as: UTF8.self).contains("\"seq\" : 3"))
        #expect(store.laggingFiles.isEmpty)
    }

    // A crash between the journal append and the snapshot writes: the snapshot lags the journal by
    // three entries (A2026-1 created, submitted, withdrawn). Open replays them with their recorded
    // actor and time, so the result is identical to the state before the "crash", and the rewritten
    // file matches the digest the journal recorded (the audit passes).
    @Test func recoveryReplaysEntriesNewerThanSnapshot() throws {
        let folder = TestFolder()
        let clock = TestClock()
        var store: Store? = try Fixture.store(in: folder, clock: clock)
        try store?.commit(.registry(.upsertOrganization(Fixture.org(1))))
        let lagging = folder.bytes("cycles/2026.json")
        try store?.commit(.intake(.createApplication(Fixture.application(1))))
        try store?.commit(.intake(.setStatus(applicationID: "A2026-1", status: .submitted, note: "")), today: Day("2026-03-01"))
        try store?.commit(.intake(.setStatus(applicationID: "A2026-1", status: .withdrawn, note: "申报组织撤回")))
        let expected = store?.data
        store = nil
        folder.write(lagging, "cycles/2026.json")

        let reopened = try Store.open(directory: folder.data, actor: "someone else", now: clock.now)
        #expect(reopened.data == expected)
        // The board date given to the commit (03-01) is journaled but never dates an action: the
        // submission is dated by the clock's day, 2026-03-02, and replayed so.
        #expect(reopened.data.cycle.application("A2026-1")?.submitted == Day("2026-03-02"))
        #expect(reopened.data.cycle.application("A2026-1")?.history.last?.by == "clerk")
        #expect(reopened.warnings.count == 1)
        #expect(reopened.warnings.first?.zh.contains("3 条") == true)
        #expect(AuditVerifier.verify(directory: folder.data).isIntact)
    }

    // A crash right after a new cycle's creation was journaled leaves no cycle file at all: open
    // rebuilds it from the journal (createCycle, then the application made in it).
    @Test func missingNewCycleFileIsRebuilt() throws {
        let folder = TestFolder()
        let clock = TestClock()
        var store: Store? = try Fixture.store(in: folder, clock: clock)
        try store?.commit(.registry(.upsertOrganization(Fixture.org(1))))
        try store?.createCycle(2027)
        try store?.commit(.intake(.createApplication(Application(id: "A2027-1", orgID: "O1"))))
        let expected = store?.data.cycle
        store = nil
        try FileManager.default.removeItem(at: folder.data.appendingPathComponent("cycles/2027.json"))
        let reopened = try Store.open(directory: folder.data, actor: Fixture.actor, now: clock.now, cycle: 2027)
        #expect(reopened.data.cycle == expected)
        #expect(reopened.warnings.first?.zh.contains("2 条") == true)
        #expect(AuditVerifier.verify(directory: folder.data).isIntact)
    }

    // A crash in the middle of an append leaves a line without newline: it was never acknowledged,
    // so open cuts it away (keeping the bytes in history) and says so; data and audit are intact.
    @Test func tornLastLineIsTruncated() throws {
        let folder = TestFolder()
        let clock = TestClock()
        var store: Store? = try Fixture.store(in: folder, clock: clock)
        try store?.commit(.registry(.upsertOrganization(Fixture.org(1))))
        let expected = store?.data
        store = nil
        let journal = folder.bytes("journal.jsonl")
        folder.write(journal + Data("{\"action\":{\"registry\":{\"upse".utf8), "journal.jsonl")

        let reopened = try Store.open(directory: folder.data, actor: Fixture.actor, now: clock.now)
        #expect(reopened.data == expected)
        #expect(folder.bytes("journal.jsonl") == journal)
        #expect(reopened.warnings.contains { $0.zh.contains("日志最后一行不完整") })
        let kept = try FileManager.default.contentsOfDirectory(atPath: folder.dir.history.path).filter { $0.hasPrefix("journal.jsonl.torn") }
        #expect(kept.count == 1)
        try reopened.commit(.registry(.upsertOrganization(Fixture.org(2))))
        #expect(AuditVerifier.verify(directory: folder.data).isIntact)
    }

    // An acknowledged entry missing from the journal (a snapshot includes seq 2, the journal ends
    // at 1) is damage, not a torn write: open refuses naming the journal.
    @Test func missingAcknowledgedEntryIsRefused() throws {
        let folder = TestFolder()
        var store: Store? = try Fixture.store(in: folder)
        try store?.commit(.registry(.upsertOrganization(Fixture.org(1))))
        store = nil
        let lines = folder.bytes("journal.jsonl").split(separator: 0x0A)
        folder.write(Data(lines[0]) + Data([0x0A]), "journal.jsonl")
        let error = failure { () throws(StoreError) in try Store.open(directory: folder.data, actor: "x") }
        guard case .corrupt(let file, let detail, _) = error else { Issue.record("expected .corrupt"); return }
        #expect(file.lastPathComponent == "journal.jsonl")
        #expect(detail.contains("registry.json"))
    }

    // Listing by day (Asia/Shanghai) and actor: the clock jumps from 2026-03-02 to 2026-03-05.
    @Test func logFiltersByDayAndActor() throws {
        let folder = TestFolder()
        let clock = TestClock()
        try Store.initialize(directory: folder.data, year: 2026, actor: "admin", now: clock.now)
        var a: Store? = try Store.open(directory: folder.data, actor: "alice", now: clock.now)
        try a?.commit(.registry(.upsertExpert(Fixture.expert(1))))
        a = nil
        clock.date += 3 * 86_400
        let b = try Store.open(directory: folder.data, actor: "bob", now: clock.now)
        try b.commit(.registry(.upsertExpert(Fixture.expert(2))))
        try b.commit(.registry(.upsertExpert(Fixture.expert(3))))
        // 1 init (admin), 2 alice's change, 3 the checkpoint when alice closed, 4 and 5 bob's changes.
        #expect(try b.log().count == 5)
        #expect(try b.log(actor: "alice").map(\.seq) == [2, 3])
        #expect(try b.log(since: Day("2026-03-05")).map(\.seq) == [4, 5])
        #expect(try b.log(since: Day("2026-03-05"), actor: "alice").isEmpty)
    }
}
