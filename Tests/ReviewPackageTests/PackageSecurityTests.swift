import AwardDomain
import AwardStore
import Foundation
import Testing
@testable import ReviewPackage

/// 第二十条 保守秘密: a package only its expert can open, that says nothing in clear, and that is
/// refused when any byte of it changed; a return only the office applies, only from the expert
/// whose key is in force, from the latest package, once.
@Suite(.serialized) struct PackageSecurityTests {
    @Test func packageWithAnyByteChangedIsRefused() throws {
        let f = try PackageFixture()
        let id = f.members[0]
        let file = try f.export(id)
        let keys = try f.keys(id)
        // Untouched, it opens (so each refusal below is the changed byte's doing).
        _ = try f.reviewer(id).openPackage(file, keys: keys, expertID: id)
        var bytes = [UInt8](file)
        // Every byte of the first two lines (the clear header) and of the signature line, and of
        // the long ciphertext line its first and last 200 and every 7th between (the return's test
        // below changes every byte of a whole file; the package's would take minutes in a debug build).
        let newlines = bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }
        let (c0, c1) = (newlines[1] + 1, newlines[2])
        let positions = bytes.indices.filter { i in i < c0 + 200 || i >= c1 - 200 || (i - c0) % 7 == 0 }
        #expect(positions.count > 2000)
        for i in positions {
            bytes[i] ^= 0x01
            #expect(throws: SealError.self, "byte \(i) changed was accepted") {
                try f.reviewer(id).openPackage(Data(bytes), keys: keys, expertID: id)
            }
            bytes[i] ^= 0x01
        }
        // A byte added at the end, or the last line dropped, is refused too.
        #expect(throws: SealError.self) { try f.reviewer(id).openPackage(file + Data([0x0A]), keys: keys, expertID: id) }
        #expect(throws: SealError.self) { try f.reviewer(id).openPackage(file.dropLast(20), keys: keys, expertID: id) }
    }

    @Test func packageForOneExpertCannotBeOpenedWithAnothersKeys() throws {
        let f = try PackageFixture()
        let (e3, e4) = (f.members[0], f.members[1])
        let file = try f.export(e3)
        #expect(throws: SealError.notForThisKey(recipient: try f.keys(e3).publicKeys.fingerprint, mine: try f.keys(e4).publicKeys.fingerprint)) {
            try f.reviewer(e4).openPackage(file, keys: try f.keys(e4), expertID: e4)
        }
        // Rewriting the header to name the other expert breaks the office's signature.
        let text = String(decoding: file, as: UTF8.self)
        let forged = text.replacingOccurrences(of: try f.keys(e3).publicKeys.fingerprint, with: try f.keys(e4).publicKeys.fingerprint)
        #expect(forged != text)
        #expect(throws: SealError.badSignature) { try f.reviewer(e4).openPackage(Data(forged.utf8), keys: try f.keys(e4), expertID: e4) }
    }

    @Test func packageFileHoldsNoApplicantNameInClear() throws {
        let f = try PackageFixture()
        let file = try f.export(f.members[0])
        let names = f.office.data.registry.organizations.map(\.name) + f.office.data.registry.experts.map(\.name)
        #expect(names.count > 20)
        for name in names {
            #expect(file.range(of: Data(name.utf8)) == nil, "\(name) appears in the package file")
        }
        // Nor the ids of the panel's applications or the panel.
        for s in ["A2026-014", "A2026-019", PackageFixture.panelID] { #expect(file.range(of: Data(s.utf8)) == nil) }
    }

    @Test func packageHoldsOnlyWhatItsExpertMaySee() throws {
        let f = try PackageFixture()
        let id = f.members[0]
        // Another member's sheet exists at the office before the package is made.
        let other = f.members[1]
        try f.office.commit(.scoring(.setPercent(panelID: PackageFixture.panelID, applicationID: "A2026-014", expertID: other, stage: .document, itemID: "4.1.2", percent: 50)))
        try f.office.commit(.scoring(.setPercent(panelID: PackageFixture.panelID, applicationID: "A2026-014", expertID: id, stage: .document, itemID: "4.1.2", percent: 70)))
        let c = try f.reviewer(id).openPackage(try f.export(id), keys: try f.keys(id), expertID: id).content
        #expect(c.applications.map(\.id) == ["A2026-014", "A2026-019"])
        #expect(Set(c.organizations.map(\.id)) == Set(c.applications.map(\.orgID)))
        #expect(c.organizations.allSatisfy { $0.records.isEmpty && $0.awards.isEmpty && $0.certificates.isEmpty && $0.parentID == nil })
        #expect(c.applications.allSatisfy { $0.history.isEmpty && $0.judgements.isEmpty })
        #expect(c.sheets.map(\.id) == ["D/A2026-014/\(id)"])
        #expect(c.members.pool.sorted() == f.members.sorted() && c.members.exclusions.isEmpty && c.members.seed == nil)
        #expect(c.expert.conflicts.isEmpty && c.expert.employerName.isEmpty)
    }

    @Test func returnWithAnyByteChangedIsRefusedAndTheUntouchedOneApplies() throws {
        let f = try PackageFixture()
        let id = f.members[0]
        let ret = try f.scoreAndReturn(id, package: try f.export(id), applications: ["A2026-014"], percent: 80)
        let before = f.office.data
        var bytes = [UInt8](ret)
        for i in bytes.indices {
            bytes[i] ^= 0x01
            #expect(throws: SealError.self, "byte \(i) changed was accepted") { try OfficeDesk.importReturn(f.office, file: Data(bytes)) }
            bytes[i] ^= 0x01
        }
        #expect(f.office.data == before)
        let content = try OfficeDesk.importReturn(f.office, file: ret)
        // 23 items at 80 % → 800.00 of 1000.
        let sheet = try #require(f.office.data.cycle.sheets.first { $0.id == "D/A2026-014/\(id)" })
        #expect(sheet.status == .submitted && sheet.percents.count == 23 && Set(sheet.percents.values) == [80])
        #expect(sheet.history.last?.by == id)
        #expect(sheet.history.last?.reason.contains("signed by \(id), key \(content.receipt.keyFingerprint)") == true)
    }

    @Test func returnSignedByAnotherKeyIsRefused() throws {
        let f = try PackageFixture()
        let (e3, e4) = (f.members[0], f.members[1])
        _ = try f.scoreAndReturn(e3, package: try f.export(e3), applications: ["A2026-014"], percent: 80)
        // E004 seals E003's sheets under E003's name with E004's own key.
        let store = try Store.open(directory: f.reviewer(e3).storeURL("\(PackageFixture.panelID).D.\(e3).1"), actor: e3)
        let sheets = store.data.cycle.sheets.filter { $0.expertID == e3 && $0.status == .submitted }
        store.close()
        let receipt = ReturnReceipt(packageID: "\(PackageFixture.panelID).D.\(e3).1", expertID: e3, returnSeq: 2,
                                    keyFingerprint: try f.keys(e3).publicKeys.fingerprint, signedAt: Timestamp(Date()), sheetIDs: sheets.map(\.id))
        let content = ReturnContent(format: ReturnContent.currentFormat, receipt: receipt, cycleYear: 2026, panelID: PackageFixture.panelID,
                                    stage: .document, sheets: sheets)
        let office = try #require(f.office.data.registry.officeKey)
        let byE4 = try Sealed.seal(ContentCoding.encode(content), kind: .return, from: try f.keys(e4), to: office)
        #expect(throws: SealError.self) { try OfficeDesk.importReturn(f.office, file: byE4) }
        // A key recorded for nobody.
        let stranger = try Sealed.seal(ContentCoding.encode(content), kind: .return, from: PartyKeyPair.generate(), to: office)
        #expect(throws: SealError.self) { try OfficeDesk.importReturn(f.office, file: stranger) }
        #expect(!f.office.data.cycle.sheets.contains { $0.expertID == e3 && $0.status == .submitted })
    }

    @Test func returnSignedWithAReplacedKeyIsRefused() throws {
        let f = try PackageFixture()
        let id = f.members[0]
        let ret = try f.scoreAndReturn(id, package: try f.export(id), applications: ["A2026-014"], percent: 80)
        // The expert reports the laptop lost; the office records a new key, with the reason.
        #expect(throws: StoreError.self) {
            try f.office.commit(.packages(.recordReviewerKey(expertID: id, keys: PartyKeyPair.generate().publicKeys, reason: "")))
        }
        try f.office.commit(.packages(.recordReviewerKey(expertID: id, keys: PartyKeyPair.generate().publicKeys, reason: "笔记本电脑遗失")))
        #expect(throws: SealError.self) { try OfficeDesk.importReturn(f.office, file: ret) }
    }

    @Test func returnFromAnExpertNoLongerOnThePanelIsRefused() throws {
        let f = try PackageFixture()
        let id = f.members[0]
        let ret = try f.scoreAndReturn(id, package: try f.export(id), applications: ["A2026-014"], percent: 80)
        // 第十一条（三）: the member declines and the alternate takes the seat before the return arrives.
        try f.office.commit(.draw(.replaceDeclined(drawID: "D2026-03-1", expertID: id, reason: "回避")))
        #expect(throws: SealError.self) { try OfficeDesk.importReturn(f.office, file: ret) }
        #expect(!f.office.data.cycle.sheets.contains { $0.expertID == id })
    }

    /// 第十一条（三）: a package issued under a draw since voided belongs to that draw, even when the
    /// panel is drawn again with the same members (same seed, same pool): its return is refused and
    /// nothing is imported; a package issued under the new draw is accepted.
    @Test func aReturnFromAPackageOfAVoidedDrawIsRefused() throws {
        let f = try PackageFixture()
        let id = f.members[0]
        let ret = try f.scoreAndReturn(id, package: try f.export(id), applications: ["A2026-014"], percent: 80)
        try f.office.commit(.draw(.void(drawID: "D2026-03-1", reason: "监督人未到场")))
        let seed = DrawSeed(hex: String(repeating: "ab", count: 32))!
        try f.office.commit(.draw(.commit(drawID: "D2026-03-2", panelID: PackageFixture.panelID, supervisor: "王纪检", commitment: seed.commitment)))
        let d = try f.office.commit(.draw(.reveal(drawID: "D2026-03-2", seed: seed.hex)))
        #expect(d.cycle.drawRecord("D2026-03-2")!.currentMembers == f.members)
        #expect(throws: SealError.self) { try OfficeDesk.importReturn(f.office, file: ret) }
        #expect(!f.office.data.cycle.sheets.contains { $0.expertID == id })
        let fresh = try f.scoreAndReturn(id, package: try f.export(id), applications: ["A2026-014"], percent: 70)
        _ = try OfficeDesk.importReturn(f.office, file: fresh)
        #expect(f.office.data.cycle.sheets.filter { $0.expertID == id }.map(\.id) == ["D/A2026-014/\(id)"])
    }

    @Test func replayedOrStaleReturnsAreRefused() throws {
        let f = try PackageFixture()
        let id = f.members[0]
        let package = try f.export(id)
        let first = try f.scoreAndReturn(id, package: package, applications: ["A2026-014"], percent: 80)
        let second = try f.scoreAndReturn(id, package: package, applications: ["A2026-019"], percent: 60)
        // The newer return goes in first; the older one after it is a replay.
        _ = try OfficeDesk.importReturn(f.office, file: second)
        #expect(throws: SealError.self) { try OfficeDesk.importReturn(f.office, file: first) }
        #expect(throws: SealError.self) { try OfficeDesk.importReturn(f.office, file: second) }
        #expect(f.office.data.cycle.packageReturns.map(\.returnSeq) == [2])

        // A return from a package the office has since replaced is stale.
        let e4 = f.members[1]
        let old = try f.scoreAndReturn(e4, package: try f.export(e4), applications: ["A2026-014"], percent: 70)
        _ = try f.export(e4)
        #expect(throws: SealError.self) { try OfficeDesk.importReturn(f.office, file: old) }
    }

    @Test func passphraseProtectedKeysOpenOnlyWithThePassphrase() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("qaward-pass-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let pub = try ReviewerDirectory.initialize(root, expertID: "E009", passphrase: "评审 2026 春", officeFingerprint: nil)
        let file = try ReviewerDirectory(root).privateKeyFile()
        #expect(file.needsPassphrase)
        #expect(throws: SealError.wrongPassphrase) { try file.unlock(passphrase: "wrong") }
        #expect(throws: SealError.wrongPassphrase) { try file.unlock(passphrase: nil) }
        #expect(try file.unlock(passphrase: "评审 2026 春").publicKeys == pub.keys)
        // The secret is not in the file in clear.
        let k = try file.unlock(passphrase: "评审 2026 春")
        let raw = try Data(contentsOf: ReviewerDirectory(root).keyFile)
        #expect(raw.range(of: Data(Hex.of(k.signing.rawRepresentation).utf8)) == nil)
        var st = stat()
        #expect(stat(ReviewerDirectory(root).keyFile.path, &st) == 0 && st.st_mode & 0o777 == 0o600)
        #expect(stat(root.path, &st) == 0 && st.st_mode & 0o777 == 0o700)
    }

    @Test func aPackageSignedByAnotherOfficeKeyIsRefusedOncePinned() throws {
        let f = try PackageFixture()
        let id = f.members[0]
        let k = try f.keys(id)
        _ = try f.reviewer(id).openPackage(try f.export(id), keys: k, expertID: id)
        // Someone else makes a package for the expert with their own "office" key.
        let content = try f.reviewer(id).openPackage(try f.export(id), keys: k, expertID: id).content
        let impostor = PartyKeyPair.generate()
        var fake = content
        fake.office = impostor.publicKeys
        let file = try Sealed.seal(ContentCoding.encode(fake), kind: .package, from: impostor, to: k.publicKeys)
        #expect(throws: SealError.wrongSigner(expected: content.office.fingerprint, found: impostor.publicKeys.fingerprint)) {
            try f.reviewer(id).openPackage(file, keys: k, expertID: id)
        }
    }
}
