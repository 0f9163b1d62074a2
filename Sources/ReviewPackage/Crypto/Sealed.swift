import AwardDomain
import Crypto
import Foundation

/// The sealed file: content encrypted to one party and signed by another. Four lines:
///
///     qaward-sealed/1 package                  (or "return")
///     {"ephemeral":"…","recipient":"…","sender":{…}}   the header, sorted-keys JSON
///     <base64: 12-byte nonce, ciphertext, 16-byte tag>
///     <base64: Ed25519 signature over the bytes of the three lines above>
///
/// Encryption: an ephemeral X25519 key agrees a secret with the recipient's X25519 key; HKDF-SHA256
/// (salt: ephemeral key ‖ recipient key; info: "qaward-sealed/1 " + kind) makes a 256-bit key;
/// ChaCha20-Poly1305 encrypts the content with the first two lines as associated data, so the
/// header (who sent it, to whom) cannot be swapped under the ciphertext. Signature: the sender's
/// Ed25519 key over every byte before the last line. The file must be exactly this: one byte
/// changed anywhere and it is refused (a base64 line must be the canonical encoding of its bytes).
public enum Sealed {
    public enum Kind: String, Codable, Sendable { case package, `return` }

    static let magic = "qaward-sealed/1"

    /// What travels in clear: the sender's public keys (so a reviewer learns the office's keys
    /// from its first package), the recipient's fingerprint, and the ephemeral key.
    public struct Header: Codable, Hashable, Sendable {
        public var sender: PublicKeys
        public var recipient: String
        public var ephemeral: String
    }

    public static func seal(_ plaintext: Data, kind: Kind, from sender: PartyKeyPair, to recipient: PublicKeys) throws(SealError) -> Data {
        guard let recipientKey = recipient.agreementKey else {
            throw .badKeyFile(Phrase(zh: "收件方的加密公钥无效", en: "the recipient's encryption key is not valid"))
        }
        let ephemeral = Curve25519.KeyAgreement.PrivateKey()
        let header = Header(sender: sender.publicKeys, recipient: recipient.fingerprint,
                            ephemeral: Hex.of(ephemeral.publicKey.rawRepresentation))
        let line1 = Data((magic + " " + kind.rawValue + "\n").utf8)
        let line2 = encodeHeader(header) + Data("\n".utf8)
        let key = try symmetricKey(shared: try agree(ephemeral, recipientKey), ephemeral: ephemeral.publicKey, recipient: recipientKey, kind: kind)
        let box: ChaChaPoly.SealedBox
        do { box = try ChaChaPoly.seal(plaintext, using: key, authenticating: line1 + line2) } catch { throw .cannotDecrypt }
        let line3 = Data((box.combined.base64EncodedString() + "\n").utf8)
        let signed = line1 + line2 + line3
        let signature: Data
        do { signature = try sender.signing.signature(for: signed) } catch {
            throw .refused(Phrase(zh: "签名失败", en: "signing failed"))
        }
        return signed + Data((signature.base64EncodedString() + "\n").utf8)
    }

    /// A parsed file whose signature was not yet checked.
    public struct Parsed: Sendable {
        public var kind: Kind
        public var header: Header
        var aad: Data
        var signed: Data
        var box: Data
        var signature: Data
    }

    public static func parse(_ file: Data) throws(SealError) -> Parsed {
        let bytes = [UInt8](file)
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard lines.count == 5, lines[4].isEmpty else {
            throw .malformed(Phrase(zh: "应为4行", en: "it should have 4 lines"))
        }
        let first = String(decoding: lines[0], as: UTF8.self)
        guard first.hasPrefix(magic + " "), let kind = Kind(rawValue: String(first.dropFirst(magic.count + 1))) else {
            throw .malformed(Phrase(zh: "第一行应为“\(magic) package”或“\(magic) return”", en: "the first line should be “\(magic) package” or “\(magic) return”"))
        }
        let headerBytes = Data(lines[1])
        guard let header = try? JSONDecoder().decode(Header.self, from: headerBytes), encodeHeader(header) == headerBytes else {
            throw .malformed(Phrase(zh: "第二行（头部）无法读取", en: "the second line (the header) cannot be read"))
        }
        guard let box = canonicalBase64(lines[2]), let signature = canonicalBase64(lines[3]), signature.count == 64 else {
            throw .malformed(Phrase(zh: "密文或签名不是规范的 base64", en: "the ciphertext or the signature is not canonical base64"))
        }
        let signedLength = lines[0].count + lines[1].count + lines[2].count + 3
        let aadLength = lines[0].count + lines[1].count + 2
        return Parsed(kind: kind, header: header, aad: Data(bytes[0..<aadLength]), signed: Data(bytes[0..<signedLength]),
                      box: box, signature: signature)
    }

    /// Checks the signature with `signer` (the key the reader expects, never merely the one the
    /// header names), then decrypts with `me`.
    public static func open(_ p: Parsed, signer: PublicKeys, me: PartyKeyPair) throws(SealError) -> Data {
        guard PublicKeys.sameFingerprint(signer.fingerprint, p.header.sender.fingerprint) else {
            throw .wrongSigner(expected: signer.fingerprint, found: p.header.sender.fingerprint)
        }
        guard signer.problem == nil, let verify = signer.signingKey, verify.isValidSignature(p.signature, for: p.signed) else {
            throw .badSignature
        }
        let mine = me.publicKeys.fingerprint
        guard PublicKeys.sameFingerprint(p.header.recipient, mine) else {
            throw .notForThisKey(recipient: p.header.recipient, mine: mine)
        }
        guard let eBytes = Hex.bytes(p.header.ephemeral),
              let ephemeral = try? Curve25519.KeyAgreement.PublicKey(rawRepresentation: eBytes) else { throw .cannotDecrypt }
        let key = try symmetricKey(shared: try agree(me.agreement, ephemeral), ephemeral: ephemeral, recipient: me.agreement.publicKey, kind: p.kind)
        do {
            return try ChaChaPoly.open(ChaChaPoly.SealedBox(combined: p.box), using: key, authenticating: p.aad)
        } catch {
            throw .cannotDecrypt
        }
    }

    private static func agree(_ mine: Curve25519.KeyAgreement.PrivateKey, _ theirs: Curve25519.KeyAgreement.PublicKey) throws(SealError) -> SharedSecret {
        do { return try mine.sharedSecretFromKeyAgreement(with: theirs) } catch { throw .cannotDecrypt }
    }

    private static func symmetricKey(shared: SharedSecret, ephemeral: Curve25519.KeyAgreement.PublicKey,
                                     recipient: Curve25519.KeyAgreement.PublicKey, kind: Kind) throws(SealError) -> SymmetricKey {
        shared.hkdfDerivedSymmetricKey(using: SHA256.self, salt: ephemeral.rawRepresentation + recipient.rawRepresentation,
                                       sharedInfo: Data((magic + " " + kind.rawValue).utf8), outputByteCount: 32)
    }

    static func encodeHeader(_ h: Header) -> Data {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? e.encode(h)) ?? Data()
    }

    /// Base64 that decodes, and re-encodes to exactly the same characters: no padding bits,
    /// whitespace or alternative spellings to hide a changed byte in.
    private static func canonicalBase64(_ line: ArraySlice<UInt8>) -> Data? {
        let text = String(decoding: line, as: UTF8.self)
        guard let d = Data(base64Encoded: text), d.base64EncodedString() == text else { return nil }
        return d
    }
}
