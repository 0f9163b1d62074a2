import AwardDomain
import AwardStore

/// Why a sealed file, a key file or a package was refused. Each says what is wrong and what to do.
public enum SealError: Error, Hashable, Sendable {
    /// Not a sealed file of this format, or cut short, or with bytes added.
    case malformed(Phrase)
    /// The signature does not verify: the file was changed after it was signed, or someone else signed it.
    case badSignature
    /// Signed by a key other than the one expected.
    case wrongSigner(expected: String, found: String)
    /// Encrypted to another key: this party cannot open it.
    case notForThisKey(recipient: String, mine: String)
    /// The encrypted content does not authenticate.
    case cannotDecrypt
    case badKeyFile(Phrase)
    case wrongPassphrase
    /// The content opened but breaks a rule of the scheme (wrong kind, owner, office key).
    case refused(Phrase)
    /// The procedure refused the action (a stale package, a non-member…); nothing changed.
    case domain(DomainError)
    /// The office's or the reviewer's store failed or refused.
    case store(StoreError)

    public func text(_ lang: Language) -> String {
        switch self {
        case .domain(let e): e.text(lang)
        case .store(.refused(let e)): e.text(lang)
        case .store(let e): e.text(lang)
        default: message.text(lang)
        }
    }

    public var message: Phrase {
        switch self {
        case .domain(let e): return e.message
        case .store(let e): return e.message
        case .malformed(let why):
            return Phrase(zh: "文件格式不对，不是完整的 qaward 密封文件：\(why.zh)", en: "Not a complete qaward sealed file: \(why.en)")
        case .badSignature:
            return Phrase(zh: "签名验证失败：文件在签名后被改动过，或不是由所称的一方签名。文件未被接受",
                          en: "The signature does not verify: the file was changed after it was signed, or was not signed by whom it claims. It was not accepted")
        case .wrongSigner(let expected, let found):
            return Phrase(zh: "签名密钥（指纹 \(found)）不是应有的密钥（指纹 \(expected)），文件未被接受",
                          en: "Signed with a key (fingerprint \(found)) other than the one expected (fingerprint \(expected)); it was not accepted")
        case .notForThisKey(let recipient, let mine):
            return Phrase(zh: "此文件加密给指纹为 \(recipient) 的密钥，不能用本目录的密钥（指纹 \(mine)）打开",
                          en: "This file is encrypted to the key with fingerprint \(recipient); the keys here (fingerprint \(mine)) cannot open it")
        case .cannotDecrypt:
            return Phrase(zh: "解密失败：内容被改动，或不是加密给本密钥的", en: "Decryption failed: the content was altered, or was not encrypted to this key")
        case .badKeyFile(let why):
            return Phrase(zh: "密钥文件无效：\(why.zh)", en: "The key file is not valid: \(why.en)")
        case .wrongPassphrase:
            return Phrase(zh: "口令不对，无法打开私钥", en: "Wrong passphrase: the private keys cannot be opened")
        case .refused(let why):
            return why
        }
    }
}
