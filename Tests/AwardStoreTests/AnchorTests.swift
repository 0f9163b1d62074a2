import AwardDomain
import Foundation
import Testing
@testable import AwardStore

/// A journal head kept outside the directory anchors the chain: `verify(anchors:)` fails when the
/// journal no longer extends it. The two reproductions: a rollback to an earlier checkpoint with
/// its files copied back from history, and a re-chained forgery (an entry changed, every later
/// hash computed again, the file and its digest made to match). Both pass the chain check alone.
@Suite struct AnchorTests {
    /// Entries: 1 init, 2 O1, 3 checkpoint, 4 O2, 5 checkpoint. Returns the head printed at 5.
    static func directory(_ folder: TestFolder) throws -> JournalHead {
        let store = try Fixture.store(in: folder)
        try store.commit(.registry(.upsertOrganization(Fixture.org(1))))
        try store.checkpoint()
        try store.commit(.registry(.upsertOrganization(Fixture.org(2))))
        try store.checkpoint()
        let head = store.head
        store.close()
        #expect(head.seq == 5)
        return head
    }

    static func lines(_ folder: TestFolder) -> [Data] {
        folder.bytes("journal.jsonl").split(separator: 0x0A).map { Data($0) }
    }

    @Test func anchorParsing() {
        #expect(JournalAnchor("1047:5E07ab12cd34") == JournalAnchor(seq: 1047, hash: "5e07ab12cd34"))
        #expect(JournalAnchor("1047:5e07ab12cd3") == nil) // 11 digits: too short to tell forgeries apart
        #expect(JournalAnchor("0:5e07ab12cd34") == nil)
        #expect(JournalAnchor("x:5e07ab12cd34") == nil)
        #expect(JournalAnchor("5:5e07ab12cd3g") == nil)
        guard case .failure(let e) = JournalAnchor.parseFile("# kept 2026-03-02\n5:5e07ab12cd34\n\nnonsense\n") else {
            Issue.record("a bad line should be refused"); return
        }
        #expect(e.text(.en).contains("Line 4"))
    }

    // The head verifies as its own anchor, in the short form too.
    @Test func currentHeadVerifies() throws {
        let folder = TestFolder()
        let head = try Self.directory(folder)
        #expect(try AuditVerifier.head(directory: folder.data) == head)
        let report = AuditVerifier.verify(directory: folder.data, anchors: [JournalAnchor(head.short)!, JournalAnchor(seq: 5, hash: head.hash)])
        #expect(report.isIntact)
        #expect(report.anchorsChecked == 2)
    }

    // Rollback: the journal cut back to checkpoint 3 and registry.json copied back from history
    // (version 3). The chain and the files agree, so verify alone passes; the anchor at 5 fails,
    // saying the journal ends at 3.
    @Test func rollbackIsCaughtByTheAnchor() throws {
        let folder = TestFolder()
        let head = try Self.directory(folder)
        let lines = Self.lines(folder)
        folder.write(lines.prefix(3).reduce(Data()) { $0 + $1 + Data([0x0A]) }, "journal.jsonl")
        let v3 = try #require(try History(folder.dir).versions(of: "registry.json").first { $0.seq == 3 })
        folder.write(try Data(contentsOf: v3.url), "registry.json")
        #expect(AuditVerifier.verify(directory: folder.data).isIntact)
        let report = AuditVerifier.verify(directory: folder.data, anchors: [JournalAnchor(head.short)!])
        guard case .anchor(_, let detail)? = report.problems.first else { Issue.record("the anchor should fail: \(report.problems)"); return }
        #expect(detail.en.contains("ends at entry 3"))
    }

    // Re-chained forgery: O2's name in entry 4 changed, registry.json rewritten to match with the
    // digest in entry 5 changed accordingly, and entries 4 and 5 hashed again. Verify alone
    // passes; the anchor at 5 names entry 5's new hash.
    @Test func rechainedForgeryIsCaughtByTheAnchor() throws {
        let folder = TestFolder()
        let head = try Self.directory(folder)
        var entries = try Self.lines(folder).map { try JournalLine.parse($0).get() }
        var forged = Fixture.org(2)
        forged.name = "伪造企业"
        entries[3].action = .registry(.upsertOrganization(forged))
        var registry = try #require(try Snapshots.load(Registry.self, name: "registry.json", in: folder.dir)).value
        registry.organizations[1] = forged
        let bytes = EnvelopeCodec.encode(registry, kind: "registry", seq: 5)
        folder.write(bytes, "registry.json")
        entries[4].digests["registry.json"] = Canonical.sha256Hex(bytes)
        var out = Data()
        for i in entries.indices {
            if i > 0 { entries[i].prev = entries[i - 1].hash }
            out += JournalLine.make(&entries[i])
        }
        folder.write(out, "journal.jsonl")
        #expect(AuditVerifier.verify(directory: folder.data).isIntact)
        let report = AuditVerifier.verify(directory: folder.data, anchors: [JournalAnchor(head.short)!])
        guard case .anchor(_, let detail)? = report.problems.first else { Issue.record("the anchor should fail: \(report.problems)"); return }
        #expect(detail.en.contains("entry 5 now has hash"))
        // An anchor from before the forged entry still holds: the history up to 3 is untouched.
        #expect(AuditVerifier.verify(directory: folder.data, anchors: [JournalAnchor(seq: 3, hash: entries[2].hash)]).isIntact)
    }

    // A file rewritten with its digest forged in the journal (the chain hashed again), while the
    // change in entry 4 is left as it was: the replay from entry 1 finds that entry 5's digest is
    // not what the changes make, with no anchor needed.
    @Test func forgedFileAndDigestAreCaughtByTheReplay() throws {
        let folder = TestFolder()
        _ = try Self.directory(folder)
        var entries = try Self.lines(folder).map { try JournalLine.parse($0).get() }
        var registry = try #require(try Snapshots.load(Registry.self, name: "registry.json", in: folder.dir)).value
        registry.organizations[1].name = "伪造企业"
        let bytes = EnvelopeCodec.encode(registry, kind: "registry", seq: 5)
        folder.write(bytes, "registry.json")
        entries[4].digests["registry.json"] = Canonical.sha256Hex(bytes)
        var out = Data()
        for i in entries.indices {
            if i > 0 { entries[i].prev = entries[i - 1].hash }
            out += JournalLine.make(&entries[i])
        }
        folder.write(out, "journal.jsonl")
        let report = AuditVerifier.verify(directory: folder.data)
        guard case .entry(let seq, _, let detail)? = report.problems.first else { Issue.record("the replay should fail: \(report.problems)"); return }
        #expect(seq == 5)
        #expect(detail.en.contains("registry.json"))
    }

    // An untouched directory replays from entry 1 to its last.
    @Test func verifyReplaysTheWholeJournal() throws {
        let folder = TestFolder()
        _ = try Self.directory(folder)
        #expect(AuditVerifier.verify(directory: folder.data).replayedThrough == 5)
    }

    // Every published document ends with the head it was made at.
    @Test func documentsPrintTheirHead() throws {
        let folder = TestFolder()
        _ = try Self.directory(folder)
        let store = try Store.open(directory: folder.data, actor: Fixture.actor)
        let doc = PaymentListDocument.make(store.data, .zh).stamped(at: store.head, .zh)
        #expect(doc.plainText.contains("审计日志位于第 5 条（\(store.head.short)）"))
        #expect(doc.markdown.contains(store.head.short))
    }
}
