import AwardDomain
import Foundation
import Testing
@testable import AwardStore

@Suite struct StoreTests {
    // The store's own contract: the reducer's refusal changes nothing; commits persist across opens.
    @Test func commitPersistsAndReopens() throws {
        let folder = TestFolder()
        let clock = TestClock()
        var store: Store? = try Fixture.store(in: folder, clock: clock)
        try store?.commit(.registry(.upsertOrganization(Fixture.org(1))))
        try store?.commit(.intake(.createApplication(Fixture.application(1))))
        try store?.commit(.intake(.setStatus(applicationID: "A2026-1", status: .submitted, note: "")))
        let saved = store?.data
        store = nil
        let reopened = try Store.open(directory: folder.data, actor: Fixture.actor, now: clock.now)
        #expect(reopened.data == saved)
        #expect(reopened.data.cycle.application("A2026-1")?.status == .submitted)
        #expect(reopened.warnings.isEmpty)
    }

    // A DomainError becomes .refused and changes nothing: same data, same journal bytes.
    @Test func refusalChangesNothing() throws {
        let folder = TestFolder()
        let store = try Fixture.store(in: folder)
        let journal = folder.bytes("journal.jsonl")
        let error = failure { () throws(StoreError) in try store.commit(.intake(.createApplication(Fixture.application(9)))) }
        guard case .refused(let e) = error else { Issue.record("expected .refused, got \(String(describing: error))"); return }
        #expect(e.message.zh.contains("O9"))
        #expect(folder.bytes("journal.jsonl") == journal)
        #expect(store.data.cycle.applications.isEmpty)
    }

    // Initialize refuses a directory that already holds something (it must never mix two data sets).
    @Test func initializeRefusesNonEmpty() throws {
        let folder = TestFolder()
        try FileManager.default.createDirectory(at: folder.data, withIntermediateDirectories: true)
        folder.write(Data("x".utf8), "notes.txt")
        let error = failure { () throws(StoreError) in try Store.initialize(directory: folder.data, year: 2026) }
        guard case .notEmpty = error else { Issue.record("expected .notEmpty"); return }
        #expect(!FileManager.default.fileExists(atPath: folder.data.appendingPathComponent("registry.json").path))
    }

    // Init writes the layout the design names, with the shipped rubric readable back (第六条).
    @Test func initializeWritesLayout() throws {
        let folder = TestFolder()
        let store = try Fixture.store(in: folder)
        for name in ["registry.json", "calendar.json", "cycles/2026.json", "journal.jsonl", "rubrics/gbt19580-2012.json"] {
            #expect(FileManager.default.fileExists(atPath: folder.data.appendingPathComponent(name).path), "\(name)")
        }
        // Rubric read back from rubrics/: 7 categories, 23 items, 1000 points; Q uses the 7 categories as items.
        #expect(store.data.rubrics[.document]?.items.count == 23)
        #expect(store.data.rubrics[.qa]?.items.count == 7)
        #expect(store.data.rubrics[.onsite]?.total_points == 1000)
        #expect(store.data.calendar == WorkdayCalendar.shipped)
        let head = String(decoding: folder.bytes("registry.json"), as: UTF8.self)
        #expect(head.contains("\"kind\" : \"registry\""))
        #expect(head.contains("\"schema\" : 1"))
    }

    // Confidential review data (第二十条): files 0600, folders 0700 after init; loosened ones are
    // tightened on open with a warning naming them.
    @Test func permissionsAfterInitAndFixedWhenLoosened() throws {
        let folder = TestFolder()
        var store: Store? = try Fixture.store(in: folder)
        store = nil
        _ = store
        let dir = folder.dir
        for f in dir.folders { #expect(Posix.mode(f)?.perm == 0o700, "\(f.path)") }
        for name in ["registry.json", "calendar.json", "cycles/2026.json", "journal.jsonl", "rubrics/gbt19580-2012.json"] {
            #expect(Posix.mode(dir.file(name))?.perm == 0o600, "\(name)")
        }
        chmod(dir.file("registry.json").path, 0o644)
        chmod(dir.cycles.path, 0o755)
        let reopened = try Store.open(directory: folder.data, actor: Fixture.actor)
        #expect(Posix.mode(dir.file("registry.json"))?.perm == 0o600)
        #expect(Posix.mode(dir.cycles)?.perm == 0o700)
        let warning = reopened.warnings.first?.zh ?? ""
        #expect(warning.contains("registry.json") && warning.contains("cycles") && warning.contains("第二十条"))
    }

    // A new year's cycle is its own file, made by a journaled action; reopening that year reads it.
    @Test func openCycleCreatesAndReads() throws {
        let folder = TestFolder()
        let clock = TestClock()
        var store: Store? = try Fixture.store(in: folder, clock: clock)
        try store?.commit(.registry(.upsertOrganization(Fixture.org(1))))
        try store?.createCycle(2027)
        #expect(store?.data.cycle.year == 2027)
        #expect(FileManager.default.fileExists(atPath: folder.data.appendingPathComponent("cycles/2027.json").path))
        try store?.commit(.intake(.createApplication(Application(id: "A2027-1", orgID: "O1"))))
        #expect(try store?.log().last?.touches == ["cycles/2027.json"])
        try store?.openCycle(2026)
        #expect(store?.data.cycle.applications.isEmpty == true)
        store = nil
        let again = try Store.open(directory: folder.data, actor: Fixture.actor, now: clock.now, cycle: 2027)
        #expect(again.data.cycle.application("A2027-1") != nil)
        #expect(AuditVerifier.verify(directory: folder.data).isIntact)
    }

    // XDG Base Directory rule: $XDG_DATA_HOME/qaward when absolute, else ~/.local/share/qaward.
    @Test func defaultDirectoryFollowsXDG() {
        #expect(DataDirectory.defaultURL(environment: ["XDG_DATA_HOME": "/srv/x", "HOME": "/home/u"]).path == "/srv/x/qaward")
        #expect(DataDirectory.defaultURL(environment: ["XDG_DATA_HOME": "", "HOME": "/home/u"]).path == "/home/u/.local/share/qaward")
        #expect(DataDirectory.defaultURL(environment: ["XDG_DATA_HOME": "rel", "HOME": "/home/u"]).path == "/home/u/.local/share/qaward")
    }

    // Opening a folder that is not a data directory says so instead of creating files in it.
    @Test func openRefusesNonDataDirectory() {
        let folder = TestFolder()
        let error = failure { () throws(StoreError) in try Store.open(directory: folder.url, actor: "x") }
        guard case .notADataDirectory = error else { Issue.record("expected .notADataDirectory"); return }
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("qaward.lock").path))
    }
}
