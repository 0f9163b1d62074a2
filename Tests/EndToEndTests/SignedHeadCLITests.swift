import Foundation
import Testing

/// `qaward audit head --sign --out FILE` and `qaward audit verify --anchors FILE` with the real
/// binary: the signed head is added to the file (0600), verifies, and a copy edited after signing
/// is refused with exit status 1 and the reason, in zh and en.
@Suite struct SignedHeadCLITests {
    @Test func aSignedHeadIsKeptVerifiedAndAnEditedOneRefused() throws {
        let dir = try Run.sampleDirectory()
        let file = Paths.temporaryDirectory().appendingPathComponent("heads.txt").path
        let sign = try Run(["audit", "head", "--data", dir, "--sign", "--out", file])
        #expect(sign.status == 0, "\(sign.stderr)")
        #expect(sign.stdout.hasPrefix("qaward-signed-head/1 seq="))
        #expect(sign.stdout.contains("以办公室密钥签名（指纹"))
        // The fingerprint printed is the office key's, as `package office-key` shows it.
        let fingerprint = try Run(["package", "office-key", "--data", dir]).stdout
            .replacingOccurrences(of: "办公室密钥指纹：", with: "").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(sign.stdout.contains(fingerprint))
        #expect((try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int) == 0o600)
        // A second head is added beside the first.
        #expect(try Run(["audit", "head", "--data", dir, "--sign", "--out", file]).status == 0)
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        let ok = try Run(["audit", "verify", "--data", dir, "--anchors", file])
        #expect(ok.status == 0, "\(ok.stdout)\(ok.stderr)")
        #expect(ok.stdout.contains("锚点 2/2 个（其中 2 个带办公室签名，已核对签名）"))

        // The seq lowered by one after signing: still an entry of this journal, but not what was signed.
        let line = String(lines[0])
        let seq = try #require(line.split(separator: " ")[1].split(separator: "=").last.flatMap { Int($0) })
        let edited = Paths.temporaryDirectory().appendingPathComponent("edited.txt").path
        try Data((line.replacingOccurrences(of: "seq=\(seq) ", with: "seq=\(seq - 1) ") + "\n").utf8).write(to: URL(fileURLWithPath: edited))
        let bad = try Run(["audit", "verify", "--data", dir, "--anchors", edited])
        #expect(bad.status == 1)
        #expect(bad.stdout.contains("签名不符：这一行签名的日志头在签名后被改动过"))
        let en = try Run(["audit", "verify", "--data", dir, "--lang", "en", "--anchors", edited])
        #expect(en.stdout.contains("the signature does not match"))
    }
}
