import AwardDomain
import Crypto
import _CryptoExtras
import Foundation

/// A passphrase turned into a key with scrypt (RFC 7914), so that guessing it costs each guess
/// 32 MiB of memory and about a tenth of a second; the private keys are then sealed with
/// ChaCha20-Poly1305 under that key.
struct PassphraseKDF: Codable, Hashable, Sendable {
    var name = "scrypt"
    var salt: String          // hex, 16 random bytes
    var n: Int
    var r: Int
    var p: Int

    static func fresh() -> PassphraseKDF {
        PassphraseKDF(salt: Hex.of(randomBytes(16)), n: 1 << 15, r: 8, p: 1)
    }

    func key(_ passphrase: String) throws(SealError) -> SymmetricKey {
        guard name == "scrypt", let s = Hex.bytes(salt), n >= 1 << 14, n <= 1 << 20, n & (n - 1) == 0, (1...16).contains(r), (1...4).contains(p) else {
            throw .badKeyFile(Phrase(zh: "口令参数无效", en: "the passphrase parameters are not valid"))
        }
        do {
            return try KDF.Scrypt.deriveKey(from: Array(passphrase.utf8), salt: s, outputByteCount: 32, rounds: n, blockSize: r,
                                            parallelism: p, maxMemory: 128 * r * n * 2)
        } catch {
            throw .badKeyFile(Phrase(zh: "口令派生失败", en: "the passphrase could not be turned into a key"))
        }
    }
}

func randomBytes(_ n: Int) -> [UInt8] {
    var g = SystemRandomNumberGenerator()
    return (0..<n).map { _ in UInt8.random(in: 0...255, using: &g) }
}

/// Hex for key files and headers (the domain's encoder is internal to it).
enum Hex {
    static func of(_ bytes: some Sequence<UInt8>) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }

    static func bytes(_ text: String) -> [UInt8]? {
        let chars = Array(text.utf8)
        guard chars.count % 2 == 0 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(chars.count / 2)
        func nibble(_ c: UInt8) -> UInt8? {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
            default: nil
            }
        }
        var i = 0
        while i < chars.count {
            guard let hi = nibble(chars[i]), let lo = nibble(chars[i + 1]) else { return nil }
            out.append(hi << 4 | lo)
            i += 2
        }
        return out
    }
}
