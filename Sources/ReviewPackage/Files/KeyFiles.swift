import AwardDomain
import AwardStore
import Crypto
import Foundation

/// A party's private keys on disk (0600): in clear, or sealed with ChaCha20-Poly1305 under a
/// key made from a passphrase by scrypt. The public part is kept beside them to check them by.
public struct PrivateKeyFile: Codable, Hashable, Sendable {
    public static let currentFormat = "qaward-private-keys/1"
    public var format: String
    /// "office" or the expert's id.
    public var owner: String
    public var publicKeys: PublicKeys
    var kdf: PassphraseKDF?
    /// Hex: the 64 secret bytes, or (with a passphrase) nonce ‖ ciphertext ‖ tag of them.
    var secret: String

    public var needsPassphrase: Bool { kdf != nil }

    public static func make(owner: String, keys: PartyKeyPair, passphrase: String?) throws(SealError) -> PrivateKeyFile {
        guard let passphrase else {
            return PrivateKeyFile(format: currentFormat, owner: owner, publicKeys: keys.publicKeys, kdf: nil, secret: Hex.of(keys.secretBytes))
        }
        let kdf = PassphraseKDF.fresh()
        let key = try kdf.key(passphrase)
        guard let box = try? ChaChaPoly.seal(keys.secretBytes, using: key, authenticating: Data(owner.utf8)) else {
            throw .badKeyFile(Phrase(zh: "私钥加密失败", en: "the private keys could not be sealed"))
        }
        return PrivateKeyFile(format: currentFormat, owner: owner, publicKeys: keys.publicKeys, kdf: kdf, secret: Hex.of(box.combined))
    }

    /// The keys, checked against the public part kept beside them.
    public func unlock(passphrase: String?) throws(SealError) -> PartyKeyPair {
        guard format == Self.currentFormat, let bytes = Hex.bytes(secret) else {
            throw .badKeyFile(Phrase(zh: "格式不对", en: "unknown format"))
        }
        let secretBytes: [UInt8]
        if let kdf {
            guard let passphrase else { throw .wrongPassphrase }
            let key = try kdf.key(passphrase)
            guard let box = try? ChaChaPoly.SealedBox(combined: bytes),
                  let opened = try? ChaChaPoly.open(box, using: key, authenticating: Data(owner.utf8)) else { throw .wrongPassphrase }
            secretBytes = Array(opened)
        } else {
            secretBytes = bytes
        }
        let keys = try PartyKeyPair(secretBytes: secretBytes)
        guard keys.publicKeys == publicKeys else {
            throw .badKeyFile(Phrase(zh: "私钥与文件中的公钥不符", en: "the private keys do not match the public keys beside them"))
        }
        return keys
    }

    public func encoded() -> Data { ContentCoding.encode(self) + Data("\n".utf8) }

    public static func decode(_ data: Data) throws(SealError) -> PrivateKeyFile {
        guard let f = try? JSONDecoder().decode(PrivateKeyFile.self, from: data), f.format == currentFormat else {
            throw .badKeyFile(Phrase(zh: "不是 qaward 私钥文件", en: "not a qaward private key file"))
        }
        return f
    }
}

/// The public part an expert sends to the office (`qaward experts key ID --import FILE`).
public struct PublicKeyFile: Codable, Hashable, Sendable {
    public static let currentFormat = "qaward-public-keys/1"
    public var format: String
    public var expertID: String
    public var keys: PublicKeys

    public init(expertID: String, keys: PublicKeys) {
        format = Self.currentFormat; self.expertID = expertID; self.keys = keys
    }

    public func encoded() -> Data {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return ((try? e.encode(self)) ?? Data()) + Data("\n".utf8)
    }

    public static func decode(_ data: Data) throws(SealError) -> PublicKeyFile {
        guard let f = try? JSONDecoder().decode(PublicKeyFile.self, from: data), f.format == currentFormat else {
            throw .badKeyFile(Phrase(zh: "不是 qaward 公钥文件（由 qaward reviewer init 生成）", en: "not a qaward public key file (made by qaward reviewer init)"))
        }
        if let p = f.keys.problem { throw .badKeyFile(p) }
        return f
    }
}

/// Reads a key file, refusing one that others can read or that is a symlink.
func readPrivate(_ url: URL) throws(SealError) -> Data {
    var st = stat()
    guard lstat(url.path, &st) == 0 else {
        throw .badKeyFile(Phrase(zh: "找不到 \(url.path)", en: "\(url.path) does not exist"))
    }
    guard (st.st_mode & S_IFMT) == S_IFREG else {
        throw .badKeyFile(Phrase(zh: "\(url.path) 不是普通文件", en: "\(url.path) is not a regular file"))
    }
    guard st.st_mode & 0o077 == 0 else {
        throw .badKeyFile(Phrase(zh: "\(url.path) 其他用户可读（应为 0600）：请运行 chmod 600 \(url.path)",
                                 en: "\(url.path) is readable by others (it must be 0600): run chmod 600 \(url.path)"))
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
        throw .badKeyFile(Phrase(zh: "无法读取 \(url.path)", en: "cannot read \(url.path)"))
    }
    return data
}
