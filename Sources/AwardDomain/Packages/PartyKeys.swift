import Crypto
import Foundation

/// A party's public keys (the office's, or one expert's): Ed25519 to check what it signs, X25519
/// to encrypt to it. Raw 32-byte keys as lowercase hex. The fingerprint is what two people read
/// to each other over the phone to make sure the key recorded is the key made (第二十条 保守秘密).
public struct PublicKeys: Hashable, Codable, Sendable {
    public var signing: String
    public var agreement: String
    public var fingerprint: String

    public init(signing: [UInt8], agreement: [UInt8]) {
        self.signing = Hex.encode(signing)
        self.agreement = Hex.encode(agreement)
        self.fingerprint = Self.fingerprint(signing: signing, agreement: agreement)
    }

    /// SHA-256 over a label and both keys; the first 16 bytes as 8 groups of 4 hex digits,
    /// e.g. `3F2A 91C0 5B7E 0D44 A1B2 C3D4 E5F6 0718` (128 bits: forging a key with the same
    /// fingerprint is out of reach).
    public static func fingerprint(signing: [UInt8], agreement: [UInt8]) -> String {
        var h = SHA256()
        h.update(data: Array("qaward-keys/1".utf8))
        h.update(data: signing)
        h.update(data: agreement)
        let hex = Hex.encode(Array(h.finalize()).prefix(16)).uppercased()
        return stride(from: 0, to: 32, by: 4).map { i in
            String(hex[hex.index(hex.startIndex, offsetBy: i)..<hex.index(hex.startIndex, offsetBy: i + 4)])
        }.joined(separator: " ")
    }

    public var signingBytes: [UInt8]? { Hex.decode(signing).flatMap { $0.count == 32 ? $0 : nil } }
    public var agreementBytes: [UInt8]? { Hex.decode(agreement).flatMap { $0.count == 32 ? $0 : nil } }

    /// Both keys are 32 bytes and the fingerprint is theirs: a file edited by hand is caught here.
    public var problem: Phrase? {
        guard let s = signingBytes, let a = agreementBytes else {
            return Phrase(zh: "公钥应为两个32字节的密钥（64位十六进制）", en: "The public keys must be two 32-byte keys (64 hexadecimal digits each)")
        }
        let computed = Self.fingerprint(signing: s, agreement: a)
        guard computed == fingerprint else {
            return Phrase(zh: "公钥指纹 \(fingerprint) 与密钥不符（应为 \(computed)）：文件已被改动",
                          en: "The fingerprint \(fingerprint) does not match the keys (they give \(computed)): the file was altered")
        }
        return nil
    }

    /// Fingerprints compare without spaces and case, as they are read out and typed back.
    public static func sameFingerprint(_ a: String, _ b: String) -> Bool {
        func norm(_ s: String) -> String { s.uppercased().filter { $0.isHexDigit } }
        return norm(a) == norm(b)
    }
}

/// One expert's recorded public keys. Replacing a key keeps the old record with the time it was
/// replaced: a return signed with it is refused from then on.
public struct ReviewerKey: Hashable, Codable, Sendable {
    public var expertID: String
    public var keys: PublicKeys
    public var recordedAt: Timestamp
    public var recordedBy: String
    public var replacedAt: Timestamp?
    public var replacementReason: String?

    public init(expertID: String, keys: PublicKeys, recordedAt: Timestamp, recordedBy: String) {
        self.expertID = expertID; self.keys = keys; self.recordedAt = recordedAt; self.recordedBy = recordedBy
    }
}

extension Registry {
    /// The expert's key in force, if one is recorded.
    public func currentKey(of expertID: String) -> ReviewerKey? {
        reviewerKeys.last { $0.expertID == expertID && $0.replacedAt == nil }
    }

    /// The recorded key (in force or replaced) with this fingerprint.
    public func reviewerKey(fingerprint: String) -> ReviewerKey? {
        reviewerKeys.last { PublicKeys.sameFingerprint($0.keys.fingerprint, fingerprint) }
    }
}
