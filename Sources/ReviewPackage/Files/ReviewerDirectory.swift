import AwardDomain
import AwardStore
import Foundation

/// A reviewer's own directory on their own machine (0700):
///
///     RDIR/reviewer-key.json   the expert's private keys (0600; sealed when a passphrase is set)
///     RDIR/E003.pub.json       the public part, sent to the office
///     RDIR/office-key.json     the office's public keys, pinned at the first package opened
///     RDIR/packages/<id>/      one qaward data directory per package: the work on it, journaled
public struct ReviewerDirectory: Sendable {
    public let url: URL
    public init(_ url: URL) { self.url = url.standardizedFileURL }

    public var keyFile: URL { url.appendingPathComponent("reviewer-key.json") }
    public var officeFile: URL { url.appendingPathComponent("office-key.json") }
    public func publicFile(_ expertID: String) -> URL { url.appendingPathComponent("\(expertID).pub.json") }
    public var packages: URL { url.appendingPathComponent("packages", isDirectory: true) }
    public func storeURL(_ packageID: String) -> URL { packages.appendingPathComponent(packageID, isDirectory: true) }

    /// What the reviewer knows of the office's key: a fingerprint given at init (read from the
    /// draw record or the README), then the keys themselves from the first package that matches.
    struct OfficePin: Codable {
        var format = "qaward-office-pin/1"
        var fingerprint: String
        var keys: PublicKeys?
    }

    /// Makes the expert's keys; refuses a directory that already holds keys.
    public static func initialize(_ url: URL, expertID: String, passphrase: String?, officeFingerprint: String?) throws(SealError) -> PublicKeyFile {
        let dir = ReviewerDirectory(url)
        guard !FileManager.default.fileExists(atPath: dir.keyFile.path) else {
            throw .refused(Phrase(zh: "\(dir.keyFile.path) 已有密钥；更换密钥请用新的目录，再请办公室登记新公钥",
                                  en: "\(dir.keyFile.path) already holds keys; to replace them, use a new directory and have the office record the new public key"))
        }
        let id = expertID.trimmingCharacters(in: .whitespaces)
        guard !id.isEmpty, id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
            throw .refused(Phrase(zh: "专家编号“\(expertID)”无效", en: "Expert id “\(expertID)” is not valid"))
        }
        if let fp = officeFingerprint, fp.filter(\.isHexDigit).count != 32 {
            throw .refused(Phrase(zh: "办公室密钥指纹应为32位十六进制数（8组4位）", en: "The office key fingerprint has 32 hexadecimal digits (8 groups of 4)"))
        }
        let keys = PartyKeyPair.generate()
        let file = try PrivateKeyFile.make(owner: id, keys: keys, passphrase: passphrase)
        let pub = PublicKeyFile(expertID: id, keys: keys.publicKeys)
        do {
            try FileManager.default.createDirectory(at: dir.url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: dir.url.path)
        } catch {
            throw .refused(Phrase(zh: "无法建立目录 \(dir.url.path)", en: "Cannot make the folder \(dir.url.path)"))
        }
        do {
            try OutputFile.write(file.encoded(), to: dir.keyFile)
            try OutputFile.write(pub.encoded(), to: dir.publicFile(id))
            if let fp = officeFingerprint {
                try OutputFile.write(ContentCoding.encode(OfficePin(fingerprint: fp)), to: dir.officeFile)
            }
        } catch { throw .store(error) }
        return pub
    }

    public func privateKeyFile() throws(SealError) -> PrivateKeyFile {
        try PrivateKeyFile.decode(try readPrivate(keyFile))
    }

    /// Opens a package with the expert's keys: the office's signature is checked against the
    /// pinned office key (or, the first time, pins the key the package carries, after checking it
    /// against the fingerprint given at init if there was one). Returns the content and whether
    /// the office key was pinned just now.
    public func openPackage(_ file: Data, keys: PartyKeyPair, expertID: String) throws(SealError) -> (content: PackageContent, pinnedNow: Bool) {
        let parsed = try Sealed.parse(file)
        guard parsed.kind == .package else {
            throw .refused(Phrase(zh: "这是回传文件，不是评审包", en: "This is a return, not a review package"))
        }
        let sender = parsed.header.sender
        if let p = sender.problem { throw .badKeyFile(p) }
        var pin: OfficePin?
        if let data = FileManager.default.contents(atPath: officeFile.path) {
            pin = try ContentCoding.decode(OfficePin.self, data)
        }
        let expected = pin?.keys ?? sender
        if let fp = pin?.fingerprint, !PublicKeys.sameFingerprint(fp, sender.fingerprint) {
            throw .wrongSigner(expected: fp, found: sender.fingerprint)
        }
        let content = try ContentCoding.decode(PackageContent.self, try Sealed.open(parsed, signer: expected, me: keys))
        guard content.format == PackageContent.currentFormat, content.office == expected else {
            throw .refused(Phrase(zh: "评审包内容与其签名者不符", en: "The package's content does not match its signer"))
        }
        guard content.issue.expertID == expertID else {
            throw .refused(Phrase(zh: "此评审包是发给 \(content.issue.expertID) 的", en: "This package was issued to \(content.issue.expertID)"))
        }
        let pinnedNow = pin?.keys == nil
        if pinnedNow {
            do { try OutputFile.write(ContentCoding.encode(OfficePin(fingerprint: sender.fingerprint, keys: sender)), to: officeFile) } catch {
                throw .store(error)
            }
        }
        return (content, pinnedNow)
    }

    /// The package's own data directory, made from the package the first time: a qaward store
    /// holding the panel, its applicants, the rubric and the expert's sheets, where the reviewer's
    /// work is saved and journaled as at the office. When it is made and an older package of the
    /// same expert, panel and stage has a folder here, that folder's drafts are carried in
    /// (`carryDrafts`), and `carried` says what was carried and what was not.
    public func prepareStore(_ content: PackageContent, now: Date = Date()) throws(SealError) -> (store: URL, carried: DraftCarryReport?) {
        let store = storeURL(content.issue.id)
        if FileManager.default.fileExists(atPath: store.appendingPathComponent("journal.jsonl").path) {
            // Made before. Unless there is an older folder and nothing was done in this one yet (the
            // carry was cut short, or the drafts were typed after), the carry is done already.
            guard siblings(of: content.issue).contains(where: { $0.seq < content.issue.seq }) else { return (store, nil) }
            let opened: Store
            do { opened = try Store.open(directory: store, actor: content.issue.expertID) } catch { throw .store(error) }
            defer { opened.close() }
            let untouched: Bool
            do { untouched = try opened.log().allSatisfy { $0.action == nil } } catch { throw .store(error) }
            return (store, untouched ? try carryDrafts(into: opened, content: content, now: now) : nil)
        }
        var cycle = Cycle(year: content.cycleYear)
        cycle.applications = content.applications
        cycle.panels = [content.panel]
        cycle.draws = [content.members]
        cycle.sheets = content.sheets
        cycle.packages = [content.issue]
        let registry = Registry(organizations: content.organizations, experts: [content.expert],
                                settings: OfficeSettings(officeName: content.officeName, currentCycle: content.cycleYear),
                                officeKey: content.office)
        do {
            try FileManager.default.createDirectory(at: packages, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try Store.initialize(directory: store, year: content.cycleYear, registry: registry, cycle: cycle,
                                 actor: content.issue.expertID, stageRubrics: [content.issue.stage: content.rubric])
        } catch let e as StoreError {
            throw .store(e)
        } catch {
            throw .refused(Phrase(zh: "无法建立 \(packages.path)", en: "Cannot make \(packages.path)"))
        }
        let opened: Store
        do { opened = try Store.open(directory: store, actor: content.issue.expertID) } catch { throw .store(error) }
        defer { opened.close() }
        return (store, try carryDrafts(into: opened, content: content, now: now))
    }

    /// Seals a return of the sheets the expert submitted in this package's store since the package
    /// and earlier returns, and records it there (journaled) so the next return is numbered after it.
    public func sealReturn(_ content: PackageContent, store: Store, keys: PartyKeyPair, now: Date = Date()) throws(SealError) -> (file: Data, content: ReturnContent) {
        guard let office = store.data.registry.officeKey else {
            throw .refused(Phrase(zh: "评审目录中没有办公室公钥", en: "The office key is missing from the reviewer's directory"))
        }
        let issue = content.issue
        let submittedInPackage = Set(content.sheets.filter { $0.status == .submitted }.map(\.id))
        let returned = Set(store.data.cycle.packageReturns.filter { $0.packageID == issue.id }.flatMap(\.sheetIDs))
        let sheets = store.data.cycle.sheets.filter {
            $0.expertID == issue.expertID && $0.panelID == issue.panelID && $0.stage == issue.stage && $0.status == .submitted
                && !submittedInPackage.contains($0.id) && !returned.contains($0.id)
        }.sorted { $0.id < $1.id }
        guard !sheets.isEmpty else {
            throw .refused(Phrase(zh: "没有待回传的已提交评分表：请先在评分界面提交（s），或用 reviewer scores --import 导入后提交",
                                  en: "No submitted score sheets to return: submit them in the score grid (s) first, or import them with reviewer scores --import and submit"))
        }
        let receipt = ReturnReceipt(packageID: issue.id, expertID: issue.expertID, returnSeq: store.data.cycle.lastReturnSeq(packageID: issue.id) + 1,
                                    keyFingerprint: keys.publicKeys.fingerprint, signedAt: Timestamp(now), sheetIDs: sheets.map(\.id))
        let ret = ReturnContent(format: ReturnContent.currentFormat, receipt: receipt, cycleYear: content.cycleYear,
                                panelID: issue.panelID, stage: issue.stage, sheets: sheets)
        let file = try Sealed.seal(ContentCoding.encode(ret), kind: .return, from: keys, to: office)
        do { try store.commit(.packages(.recordReturnSealed(receipt))) } catch { throw .store(error) }
        return (file, ret)
    }
}
