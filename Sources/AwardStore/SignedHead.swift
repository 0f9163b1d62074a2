import AwardDomain
import Crypto
import Foundation

/// A journal head signed with the office's key (Ed25519, the key reviewer packages are signed
/// with): one line, kept outside the data directory, e.g. in a file of anchors.
///
///     qaward-signed-head/1 seq=54 hash=34d9…7f90 time=2026-05-06T09:30:00.000+08:00 key=5be1…c2 signature=9a0f…
///
/// The signature covers the line up to ` signature=`. A plain `SEQ:HASH` written down can be
/// disputed (miscopied, made up); a signed head shows the office issued it, so a history the
/// office rewrote later is contradicted by a head it cannot disown.
public struct SignedHead: Hashable, Sendable {
    public static let tag = "qaward-signed-head/1"

    public var seq: Int
    /// The entry's full hash, lowercase hex.
    public var hash: String
    /// When the head was signed.
    public var time: Timestamp
    /// The Ed25519 public key that signed it, lowercase hex (32 bytes).
    public var key: String
    /// Lowercase hex, 64 bytes.
    public var signature: String

    public var head: JournalHead { JournalHead(seq: seq, hash: hash) }

    /// The bytes signed: the line without its signature.
    public var signedText: String { "\(Self.tag) seq=\(seq) hash=\(hash) time=\(time.description) key=\(key)" }

    public var line: String { signedText + " signature=\(signature)" }

    /// Signs `head` at `time` with the office's signing key.
    public init(head: JournalHead, time: Timestamp, signingKey: Curve25519.Signing.PrivateKey) throws {
        seq = head.seq; hash = head.hash.lowercased(); self.time = time
        key = Self.hex(signingKey.publicKey.rawRepresentation)
        signature = ""
        signature = Self.hex(try signingKey.signature(for: Data(signedText.utf8)))
    }

    /// Parses a line `SignedHead.line` wrote; nil when the line is not that shape.
    public init?(line text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: " ").map(String.init)
        guard parts.count == 6, parts[0] == Self.tag else { return nil }
        func value(_ i: Int, _ name: String) -> String? {
            parts[i].hasPrefix(name + "=") ? String(parts[i].dropFirst(name.count + 1)) : nil
        }
        guard let s = value(1, "seq"), let seq = Int(s), seq >= 1,
              let hash = value(2, "hash"), hash.count == 64, hash.allSatisfy(\.isHexDigit),
              let t = value(3, "time"), let time = Timestamp(iso: t),
              let key = value(4, "key"), key.count == 64, key.allSatisfy(\.isHexDigit),
              let sig = value(5, "signature"), sig.count == 128, sig.allSatisfy(\.isHexDigit) else { return nil }
        self.seq = seq; self.hash = hash.lowercased(); self.time = time; self.key = key.lowercased(); signature = sig.lowercased()
    }

    /// Whether the signature is the key's over the line: false for any edit of seq, hash, time,
    /// key or signature.
    public var signatureIsValid: Bool {
        guard let k = Self.bytes(key), let s = Self.bytes(signature),
              let publicKey = try? Curve25519.Signing.PublicKey(rawRepresentation: k) else { return false }
        return publicKey.isValidSignature(Data(s), for: Data(signedText.utf8))
    }

    static func hex(_ bytes: some DataProtocol) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

    static func bytes(_ hex: String) -> [UInt8]? {
        var out: [UInt8] = []
        var it = hex.makeIterator()
        while let a = it.next() {
            guard let b = it.next(), let v = UInt8(String([a, b]), radix: 16) else { return nil }
            out.append(v)
        }
        return out
    }
}
