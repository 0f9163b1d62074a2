import AwardDomain
import Foundation
import Testing
@testable import AwardStore

/// No file outside the data directory is touched through it: a symbolic link anywhere inside is
/// refused and named, never followed (the reproductions: a `qaward.lock` link whose
/// target even a read-only command truncated; a journal link appended through).
@Suite struct SymlinkTests {
    /// Replaces `name` in the directory by a link to a file outside holding `content`; returns the target.
    static func link(_ name: String, in folder: TestFolder, content: String = "outside, not qaward's\n") throws -> URL {
        let target = folder.url.appendingPathComponent("outside-\(UUID().uuidString).txt")
        try Data(content.utf8).write(to: target)
        let path = folder.dir.file(name).path
        if FileManager.default.fileExists(atPath: path) {
            try Data(contentsOf: folder.dir.file(name)).write(to: target)
            try FileManager.default.removeItem(atPath: path)
        }
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target.path)
        return target
    }

    @Test(arguments: ["qaward.lock", "journal.jsonl", "registry.json", "calendar.json", "cycles/2026.json"])
    func aLinkIsRefusedAndItsTargetUntouched(name: String) throws {
        let folder = TestFolder()
        try Fixture.store(in: folder).close()
        let target = try Self.link(name, in: folder)
        let before = try Data(contentsOf: target)
        let error = failure { () throws(StoreError) in try Store.open(directory: folder.data, actor: Fixture.actor) }
        #expect(error?.message.zh.contains("是符号链接") == true, "\(String(describing: error))")
        #expect(error?.message.en.contains(name) == true)
        #expect(try Data(contentsOf: target) == before)
    }

    // The audit check, which reads without the lock, does not read through a link either.
    @Test func verifyDoesNotFollowALink() throws {
        let folder = TestFolder()
        try Fixture.store(in: folder).close()
        _ = try Self.link("registry.json", in: folder)
        let report = AuditVerifier.verify(directory: folder.data)
        #expect(!report.isIntact)
        #expect(report.problems.contains { $0.message.zh.contains("是符号链接") })
    }

    // A folder of the directory that is a link (history/) is refused too; the directory itself
    // may be reached through a link the user made.
    @Test func aLinkedFolderIsRefusedButALinkedDirectoryIsFine() throws {
        let folder = TestFolder()
        try Fixture.store(in: folder).close()
        let alias = folder.url.appendingPathComponent("alias")
        try FileManager.default.createSymbolicLink(atPath: alias.path, withDestinationPath: folder.data.path)
        try Store.open(directory: alias, actor: Fixture.actor).close()
        let moved = folder.url.appendingPathComponent("history-elsewhere")
        try FileManager.default.moveItem(at: folder.dir.history, to: moved)
        try FileManager.default.createSymbolicLink(atPath: folder.dir.history.path, withDestinationPath: moved.path)
        let error = failure { () throws(StoreError) in try Store.open(directory: folder.data, actor: Fixture.actor) }
        #expect(error?.message.en.contains("history") == true)
        #expect(error?.message.en.contains("symbolic link") == true)
    }
}
