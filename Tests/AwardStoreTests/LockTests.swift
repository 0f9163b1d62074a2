import AwardDomain
import Foundation
import Testing
@testable import AwardStore

/// Several stores on one data directory, as several qaward processes have it: each change is
/// checked against the latest journal and appended under a short lock on the directory itself.
@Suite struct LockTests {
    // Two stores open at once (the one-session lock is gone): each change takes the next entry
    // number after the other's, each store reads the other's changes, and the audit holds.
    @Test func twoStoresShareOneDirectory() throws {
        let folder = TestFolder()
        try Store.initialize(directory: folder.data, year: 2026)
        let a = try Store.open(directory: folder.data, actor: "a")
        let b = try Store.open(directory: folder.data, actor: "b")
        try a.commit(.registry(.upsertOrganization(Fixture.org(1))))              // entry 2
        try b.commit(.registry(.upsertOrganization(Fixture.org(2))))              // entry 3, after reading 2
        #expect(b.data.registry.organizations.map(\.id) == ["O1", "O2"])
        #expect(a.data.registry.organizations.map(\.id) == ["O1"])
        #expect(try a.refresh())
        #expect(a.data.registry.organizations.map(\.id) == ["O1", "O2"])
        #expect(try !a.refresh())
        try a.commit(.intake(.createApplication(Fixture.application(2))))         // entry 4
        try b.checkpoint()                                                         // entry 5, b's files
        // Withdrawn with its reason: a step the procedure allows on any real date (submitting is
        // refused after the 03-31 deadline, condition A1).
        try a.commit(.intake(.setStatus(applicationID: "A2026-2", status: .withdrawn, note: "来函撤回")))
        a.close()
        b.close()
        let log = try AuditVerifier.log(directory: folder.data)
        #expect(log.map(\.seq) == Array(1...log.count))
        #expect(log.map(\.actor).prefix(4) == ["qaward", "a", "b", "a"])
        #expect(AuditVerifier.verify(directory: folder.data).isIntact)
        let again = try Store.open(directory: folder.data, actor: "c")
        #expect(again.data.registry.organizations.count == 2 && again.data.cycle.application("A2026-2")?.status == .withdrawn)
    }

    // A change that replaces a record another store changed after this one read it is refused,
    // naming who changed what, and changes nothing; made again from the latest, it is saved.
    @Test func aConflictingChangeIsRefusedNamingWhoChangedWhat() throws {
        let folder = TestFolder()
        try Store.initialize(directory: folder.data, year: 2026)
        let a = try Store.open(directory: folder.data, actor: "王科长")
        try a.commit(.registry(.upsertOrganization(Fixture.org(1))))
        let b = try Store.open(directory: folder.data, actor: "李科员")
        var renamed = Fixture.org(1)
        renamed.name = "盐城改名公司"
        try b.commit(.registry(.upsertOrganization(renamed)))
        var stale = a.data.registry.organization("O1")!
        stale.industry = "制造业"
        let error = failure { () throws(StoreError) in try a.commit(.registry(.upsertOrganization(stale))) }
        guard case .conflict(let actor, _, let summary) = error else { Issue.record("expected .conflict, got \(String(describing: error))"); return }
        #expect(actor == "李科员" && summary.zh.contains("O1"))
        #expect(error?.message.zh.contains("李科员 在") == true && error?.message.zh.contains("本次修改未保存") == true)
        #expect(a.data.registry.organization("O1")?.name == "盐城改名公司")          // read, not undone
        var fresh = a.data.registry.organization("O1")!
        fresh.industry = "制造业"
        try a.commit(.registry(.upsertOrganization(fresh)))
        #expect(a.data.registry.organization("O1")?.name == "盐城改名公司")
        // An increment (a different organization) is not a conflict.
        try b.commit(.registry(.upsertOrganization(Fixture.org(2))))
    }

    // The lock is the directory's own: a stray qaward.lock (deleted, replaced, or a directory
    // in its place) changes nothing, and a process holding the directory's flock makes a change
    // wait until it lets go (flock(1) holds it for 0.3 s).
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/flock") || FileManager.default.isExecutableFile(atPath: "/bin/flock"),
                   "flock(1) is not installed"))
    func aChangeWaitsForTheDirectorysLock() throws {
        let folder = TestFolder()
        try Store.initialize(directory: folder.data, year: 2026)
        let store = try Store.open(directory: folder.data, actor: "a")
        try FileManager.default.createDirectory(at: folder.data.appendingPathComponent("qaward.lock"), withIntermediateDirectories: false)
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/sh")
        child.arguments = ["-c", "flock -x \"$1\" sh -c 'echo locked; sleep 0.3'", "sh", folder.data.path]
        let out = Pipe()
        child.standardOutput = out
        try child.run()
        defer { if child.isRunning { kill(child.processIdentifier, SIGKILL); child.waitUntilExit() } }
        try #require(String(decoding: out.fileHandleForReading.availableData, as: UTF8.self).contains("locked"))
        let start = Date()
        try store.commit(.registry(.upsertOrganization(Fixture.org(1))))
        #expect(Date().timeIntervalSince(start) > 0.1)
        child.waitUntilExit()
        store.close()
        #expect(AuditVerifier.verify(directory: folder.data).isIntact)
    }
}
