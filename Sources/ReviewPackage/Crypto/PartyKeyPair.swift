import AwardDomain
import Crypto
import Foundation

/// A party's private keys: Ed25519 (Curve25519.Signing) to sign, X25519 (Curve25519.KeyAgreement)
/// to open what is encrypted to it. The office has one pair, each expert one.
public struct PartyKeyPair {
    public let signing: Curve25519.Signing.PrivateKey
    public let agreement: Curve25519.KeyAgreement.PrivateKey

    public init(signing: Curve25519.Signing.PrivateKey, agreement: Curve25519.KeyAgreement.PrivateKey) {
        self.signing = signing; self.agreement = agreement
    }

    /// Fresh keys from the system's secure random source.
    public static func generate() -> PartyKeyPair {
        PartyKeyPair(signing: .init(), agreement: .init())
    }

    public var publicKeys: PublicKeys {
        PublicKeys(signing: Array(signing.publicKey.rawRepresentation), agreement: Array(agreement.publicKey.rawRepresentation))
    }

    /// The 64 secret bytes: the signing key's seed, then the agreement key.
    var secretBytes: [UInt8] { Array(signing.rawRepresentation) + Array(agreement.rawRepresentation) }

    init(secretBytes b: [UInt8]) throws(SealError) {
        guard b.count == 64,
              let s = try? Curve25519.Signing.PrivateKey(rawRepresentation: b[0..<32]),
              let a = try? Curve25519.KeyAgreement.PrivateKey(rawRepresentation: b[32..<64]) else {
            throw .badKeyFile(Phrase(zh: "私钥长度不对", en: "the private keys have the wrong length"))
        }
        self.init(signing: s, agreement: a)
    }
}

extension PublicKeys {
    var signingKey: Curve25519.Signing.PublicKey? {
        signingBytes.flatMap { try? Curve25519.Signing.PublicKey(rawRepresentation: $0) }
    }
    var agreementKey: Curve25519.KeyAgreement.PublicKey? {
        agreementBytes.flatMap { try? Curve25519.KeyAgreement.PublicKey(rawRepresentation: $0) }
    }
}
