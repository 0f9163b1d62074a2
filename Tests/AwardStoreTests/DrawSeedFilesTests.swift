import AwardDomain
import Foundation
import Testing
@testable import AwardStore

/// Where a committed draw's seed waits until its reveal (第十一条（三）; docs/trust.md): a file
/// named for the draw and the start of its commitment, so a refused commitment never takes away
/// the seed of the one on record.
@Suite struct DrawSeedFilesTests {
    /// docs/draw-algorithm.md's worked example: bytes 0…31, commitment 630dcd29…10dd.
    static let a = DrawSeed(bytes: Array(0..<32))!
    static let b = DrawSeed(bytes: Array(32..<64))!

    func folder() throws -> TestFolder {
        let f = TestFolder()
        try FileManager.default.createDirectory(at: f.data, withIntermediateDirectories: true)
        return f
    }

    @Test func theFileIsNamedForTheDrawAndItsCommitment() throws {
        let f = try folder()
        try DrawSeedFiles.save(Self.a, drawID: "D2026-01-1", in: f.dir)
        #expect(try FileManager.default.contentsOfDirectory(atPath: f.data.path) == ["draw-D2026-01-1-630dcd2966c43366.seed"])
        let attributes = try FileManager.default.attributesOfItem(atPath: f.data.appendingPathComponent("draw-D2026-01-1-630dcd2966c43366.seed").path)
        #expect(attributes[.posixPermissions] as? Int == 0o600)
        #expect(try DrawSeedFiles.load(drawID: "D2026-01-1", commitment: Self.a.commitment, in: f.dir) == Self.a)
        #expect(try DrawSeedFiles.load(drawID: "D2026-01-1", commitment: Self.b.commitment, in: f.dir) == nil)
    }

    /// Two processes commit D2026-01-1 at the same moment: each keeps its own seed; the one
    /// whose commitment is refused removes its own file, and the seed of the commitment on
    /// record is still there to reveal.
    @Test func aRefusedCommitmentRemovesOnlyItsOwnSeed() throws {
        let f = try folder()
        try DrawSeedFiles.save(Self.a, drawID: "D2026-01-1", in: f.dir)
        try DrawSeedFiles.save(Self.b, drawID: "D2026-01-1", in: f.dir)
        #expect(try FileManager.default.contentsOfDirectory(atPath: f.data.path).count == 2)
        try DrawSeedFiles.remove(drawID: "D2026-01-1", commitment: Self.b.commitment, in: f.dir)
        #expect(try DrawSeedFiles.load(drawID: "D2026-01-1", commitment: Self.a.commitment, in: f.dir) == Self.a)
        #expect(try DrawSeedFiles.load(drawID: "D2026-01-1", commitment: Self.b.commitment, in: f.dir) == nil)
    }

    /// A seed kept under the earlier name (`draw-<id>.seed`) is still revealed, but only for the
    /// commitment it belongs to, and removed with it.
    @Test func aSeedUnderTheEarlierNameIsReadForItsOwnCommitmentOnly() throws {
        let f = try folder()
        let earlier = f.data.appendingPathComponent("draw-D2026-01-1.seed")
        try Data((Self.a.hex + "\n").utf8).write(to: earlier)
        #expect(try DrawSeedFiles.load(drawID: "D2026-01-1", commitment: Self.b.commitment, in: f.dir) == nil)
        try DrawSeedFiles.remove(drawID: "D2026-01-1", commitment: Self.b.commitment, in: f.dir)
        #expect(FileManager.default.fileExists(atPath: earlier.path))
        #expect(try DrawSeedFiles.load(drawID: "D2026-01-1", commitment: Self.a.commitment, in: f.dir) == Self.a)
        try DrawSeedFiles.remove(drawID: "D2026-01-1", commitment: Self.a.commitment, in: f.dir)
        #expect(!FileManager.default.fileExists(atPath: earlier.path))
    }

    /// A commitment that is not a SHA-256 hex value names no file.
    @Test func aCommitmentThatIsNotHexIsRefused() throws {
        let f = try folder()
        #expect(throws: StoreError.self) { try DrawSeedFiles.load(drawID: "D2026-01-1", commitment: "../../etc", in: f.dir) }
    }
}
