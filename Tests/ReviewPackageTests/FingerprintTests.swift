import AwardDomain
import Testing
@testable import ReviewPackage

/// 第二十条: the fingerprint read over the phone is the keys' own.
@Suite struct FingerprintTests {
    @Test func fingerprintIsEightGroupsOfFourAndChangesWithEitherKey() {
        let k = PartyKeyPair.generate().publicKeys
        #expect(k.fingerprint.split(separator: " ").count == 8)
        #expect(k.fingerprint.split(separator: " ").allSatisfy { $0.count == 4 })
        #expect(k.problem == nil)
        var other = k
        other.agreement = PartyKeyPair.generate().publicKeys.agreement
        #expect(other.problem != nil)
        #expect(PublicKeys.sameFingerprint(k.fingerprint, k.fingerprint.lowercased().replacingOccurrences(of: " ", with: "")))
    }
}
