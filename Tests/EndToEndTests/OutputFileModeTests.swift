import Foundation
import Testing

/// 第二十条: files qaward writes outside its data directory are owner-only unless asked otherwise.
@Suite(.serialized) struct OutputFileModeTests {
    static func mode(_ path: String) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    @Test func exportsAreCreatedOwnerOnlyUnlessFileModeSaysOtherwise() throws {
        let data = try Run.sampleDirectory()
        let root = URL(fileURLWithPath: data).deletingLastPathComponent()
        let scores = root.appendingPathComponent("scores.csv").path
        // An existing world-readable file of that name is replaced, not kept at its mode.
        _ = FileManager.default.createFile(atPath: scores, contents: Data("old".utf8), attributes: [.posixPermissions: 0o644])
        for args in [["scores", "export", scores], ["experts", "export", root.appendingPathComponent("experts.csv").path],
                     ["export", "orgs", root.appendingPathComponent("orgs.csv").path]] {
            let r = try Run(["--data", data] + args)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(try Self.mode(args.last!) == 0o600, "\(args)")
        }
        let shared = root.appendingPathComponent("shared.csv").path
        let r = try Run(["--data", data, "--file-mode", "640", "scores", "export", shared])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try Self.mode(shared) == 0o640)
        let bad = try Run(["--data", data, "--lang", "en", "--file-mode", "999", "scores", "export", shared])
        #expect(bad.status == 1 && bad.stderr.contains("--file-mode takes octal permissions"))
    }
}
