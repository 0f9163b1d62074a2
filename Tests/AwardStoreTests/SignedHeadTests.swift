import AwardDomain
import Crypto
import Foundation
import Testing
@testable import AwardStore

/// A head signed with the office's key (`audit head --sign`) is an anchor whose signature
/// `verify(anchors:)` checks against the office key the journal records: a good signature
/// anchors as a plain head does, a head edited after signing is refused and not used, a head
/// signed by another key is named as not the office's, and a rollback is caught as with any anchor.
@Suite struct SignedHeadTests {
    /// A fixed office key (32 seed bytes 1…32), so every test signs with the key its directory records.
    static var office: Curve25519.Signing.PrivateKey { try! Curve25519.Signing.PrivateKey(rawRepresentation: (1...32).map { UInt8($0) }) }
    static let time = Timestamp(iso: "2026-05-06T09:30:00.000+08:00")!

    /// Entries: 1 init, 2 the office key recorded, 3 checkpoint, 4 O1, 5 checkpoint. Returns the head at 5.
    static func directory(_ folder: TestFolder) throws -> JournalHead {
        let store = try Fixture.store(in: folder)
        let keys = PublicKeys(signing: Array(office.publicKey.rawRepresentation),
                              agreement: Array(Curve25519.KeyAgreement.PrivateKey().publicKey.rawRepresentation))
        try store.commit(.packages(.recordOfficeKey(keys)))
        try store.checkpoint()
        try store.commit(.registry(.upsertOrganization(Fixture.org(1))))
        try store.checkpoint()
        let head = store.head
        store.close()
        #expect(head.seq == 5)
        return head
    }

    static func anchor(_ head: JournalHead, key: Curve25519.Signing.PrivateKey = office) throws -> JournalAnchor {
        let line = try SignedHead(head: head, time: time, signingKey: key).line
        return try #require(JournalAnchor(line))
    }

    @Test func aGoodSignatureAnchorsTheJournal() throws {
        let folder = TestFolder()
        let head = try Self.directory(folder)
        let a = try Self.anchor(head)
        #expect(a.seq == 5 && a.hash == head.hash && a.signed?.signatureIsValid == true)
        // One line, read back from a file of anchors with comments and a plain anchor beside it.
        guard case .success(let list) = JournalAnchor.parseFile("# signed 2026-05-06\n\(a.signed!.line)\n\(head.short)\n") else {
            Issue.record("the file should parse"); return
        }
        #expect(list == [a, JournalAnchor(head.short)!])
        let report = AuditVerifier.verify(directory: folder.data, anchors: list)
        #expect(report.isIntact, "\(report.problems)")
        #expect(report.anchorsChecked == 2)
    }

    /// Each field edited after signing (seq 5→4 names a real entry, so without the signature
    /// check it would anchor elsewhere; the hash; the time) breaks the signature: refused with
    /// the reason, not counted as an anchor.
    @Test func aHeadEditedAfterSigningIsRefused() throws {
        let folder = TestFolder()
        let head = try Self.directory(folder)
        let line = try Self.anchor(head).signed!.line
        let edits = [line.replacingOccurrences(of: "seq=5 ", with: "seq=4 "),
                     line.replacingOccurrences(of: "hash=\(head.hash.prefix(1))", with: "hash=\(head.hash.prefix(1) == "0" ? "1" : "0")"),
                     line.replacingOccurrences(of: "time=2026-05-06T09:30", with: "time=2026-05-06T08:30")]
        for edited in edits {
            #expect(edited != line)
            let a = try #require(JournalAnchor(edited))
            #expect(a.signed?.signatureIsValid == false)
            let report = AuditVerifier.verify(directory: folder.data, anchors: [a])
            #expect(report.anchorsChecked == 0)
            guard case .anchor(_, let detail)? = report.problems.first else { Issue.record("should be refused: \(report.problems)"); continue }
            #expect(detail.en.contains("the signature does not match"))
            #expect(detail.zh.contains("签名不符"))
        }
    }

    /// Signed by a key that is not the office's (a valid signature, the right head): named.
    @Test func aHeadSignedByAnotherKeyIsNotTheOffices() throws {
        let folder = TestFolder()
        let head = try Self.directory(folder)
        let a = try Self.anchor(head, key: Curve25519.Signing.PrivateKey())
        #expect(a.signed?.signatureIsValid == true)
        let report = AuditVerifier.verify(directory: folder.data, anchors: [a])
        guard case .anchor(_, let detail)? = report.problems.first else { Issue.record("should be named: \(report.problems)"); return }
        #expect(detail.en.contains("is not the office key the journal records"))
    }

    /// Rollback to checkpoint 3 with registry.json copied back from history: the chain and the
    /// files agree, so verify alone passes; the signed head at 5 says the journal ends at 3.
    @Test func aRollbackIsCaughtByASignedHead() throws {
        let folder = TestFolder()
        let head = try Self.directory(folder)
        let a = try Self.anchor(head)
        let lines = AnchorTests.lines(folder)
        folder.write(lines.prefix(3).reduce(Data()) { $0 + $1 + Data([0x0A]) }, "journal.jsonl")
        let v3 = try #require(try History(folder.dir).versions(of: "registry.json").first { $0.seq == 3 })
        folder.write(try Data(contentsOf: v3.url), "registry.json")
        #expect(AuditVerifier.verify(directory: folder.data).isIntact)
        let report = AuditVerifier.verify(directory: folder.data, anchors: [a])
        guard case .anchor(_, let detail)? = report.problems.first else { Issue.record("the anchor should fail: \(report.problems)"); return }
        #expect(detail.en.contains("ends at entry 3"))
    }
}
