import AwardDomain
import AwardStore
import Crypto
import Foundation

/// The office's side: its own keys, packages out, returns in. Every change goes through the
/// store (journaled), and every return through the procedure's rules (`AwardData.applying`).
public enum OfficeDesk {
    /// The office's private keys live in the data directory, beside the data they vouch for: a
    /// backup or copy of the directory carries them, so packages stay verifiable after a restore;
    /// they get the directory's protection (0600 file in a 0700 folder, tightened at each open);
    /// and whoever can read them can already read every score, so keeping them elsewhere would
    /// protect nothing more.
    public static let keyFileName = "office-key.json"

    public static func keyFile(_ store: Store) -> URL { store.directory.url.appendingPathComponent(keyFileName) }

    /// The office's keys: made and recorded (journaled) the first time, read and checked against
    /// the record afterwards.
    @discardableResult
    public static func keys(_ store: Store) throws(SealError) -> PartyKeyPair {
        let url = keyFile(store)
        if let recorded = store.data.registry.officeKey {
            let file = try PrivateKeyFile.decode(try readPrivate(url))
            let keys = try file.unlock(passphrase: nil)
            guard keys.publicKeys == recorded else {
                throw .badKeyFile(Phrase(zh: "\(url.path) 中的密钥（指纹 \(keys.publicKeys.fingerprint)）不是登记的办公室密钥（指纹 \(recorded.fingerprint)）",
                                         en: "The keys in \(url.path) (fingerprint \(keys.publicKeys.fingerprint)) are not the recorded office key (fingerprint \(recorded.fingerprint))"))
            }
            return keys
        }
        let keys = PartyKeyPair.generate()
        let file = try PrivateKeyFile.make(owner: "office", keys: keys, passphrase: nil)
        do {
            try OutputFile.write(file.encoded(), to: url)
            try store.commit(.packages(.recordOfficeKey(keys.publicKeys)))
        } catch {
            throw .store(error)
        }
        return keys
    }

    /// Builds, seals and records the next package for the expert; the caller writes the bytes.
    public static func exportPackage(_ store: Store, panelID: String, stage: Stage, expertID: String,
                                     now: Date = Date()) throws(SealError) -> (content: PackageContent, file: Data) {
        let office = try keys(store)
        let content: PackageContent
        do {
            content = try PackageBuilder.build(store.data, panelID: panelID, stage: stage, expertID: expertID, office: office.publicKeys,
                                               at: Timestamp(now), by: store.actor)
        } catch { throw .domain(error) }
        guard let recipient = store.data.registry.currentKey(of: expertID) else {
            throw .refused(Phrase(zh: "\(expertID) 尚未登记密钥", en: "\(expertID) has no recorded key"))
        }
        let sealed = try Sealed.seal(ContentCoding.encode(content), kind: .package, from: office, to: recipient.keys)
        do { try store.commit(.packages(.issuePackage(content.issue))) } catch { throw .store(error) }
        return (content, sealed)
    }

    /// Checks a return: the signature against the key recorded for the expert whose fingerprint
    /// it names (a replaced or unknown key is refused), that it is encrypted to the office, and
    /// that its sheets are that expert's; then applies them through the procedure's rules, which
    /// refuse a stale package, a replayed return or an expert no longer on the panel.
    public static func importReturn(_ store: Store, file: Data) throws(SealError) -> ReturnContent {
        let office = try keys(store)
        let parsed = try Sealed.parse(file)
        guard parsed.kind == .return else {
            throw .refused(Phrase(zh: "这是评审包，不是专家的回传", en: "This is a review package, not an expert's return"))
        }
        let fingerprint = parsed.header.sender.fingerprint
        guard let key = store.data.registry.reviewerKey(fingerprint: fingerprint) else {
            throw .refused(Phrase(zh: "回传的签名密钥（指纹 \(fingerprint)）未为任何专家登记，未导入",
                                  en: "The return is signed with a key (fingerprint \(fingerprint)) recorded for no expert; nothing was imported"))
        }
        if let replaced = key.replacedAt {
            throw .refused(Phrase(zh: "回传由 \(key.expertID) 已于 \(replaced.shortDescription) 更换的旧密钥（指纹 \(fingerprint)）签名，未导入",
                                  en: "The return is signed with \(key.expertID)'s old key (fingerprint \(fingerprint)), replaced at \(replaced.shortDescription); nothing was imported"))
        }
        let content = try ContentCoding.decode(ReturnContent.self, try Sealed.open(parsed, signer: key.keys, me: office))
        guard content.format == ReturnContent.currentFormat, content.receipt.expertID == key.expertID,
              PublicKeys.sameFingerprint(content.receipt.keyFingerprint, fingerprint) else {
            throw .refused(Phrase(zh: "回传内容声称来自 \(content.receipt.expertID)，但由 \(key.expertID) 的密钥签名，未导入",
                                  en: "The return says it is from \(content.receipt.expertID) but is signed with \(key.expertID)'s key; nothing was imported"))
        }
        guard content.cycleYear == store.data.cycle.year else {
            throw .refused(Phrase(zh: "回传属于 \(content.cycleYear) 年度，当前打开的是 \(store.data.cycle.year) 年度",
                                  en: "The return is for the \(content.cycleYear) cycle; the \(store.data.cycle.year) cycle is open"))
        }
        var receipt = content.receipt
        receipt.digest = Hex.of(SHA256.hash(data: file))
        do { try store.commit(.packages(.acceptReturn(receipt, sheets: content.sheets))) } catch { throw .store(error) }
        return content
    }
}
