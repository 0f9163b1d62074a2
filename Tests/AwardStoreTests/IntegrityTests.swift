import AwardDomain
import Foundation
import Testing
@testable import AwardStore

/// Open checks what it reads: every data file against the digest the journal recorded for the seq
/// it holds, and the data's own invariants. An outside edit is refused and named, never written
/// back under a fresh digest; `history repair` puts back the version the journal records.
@Suite struct IntegrityTests {
    /// Rewrites a snapshot file as an editor would: same layout and seq, different content.
    static func edit<T: Codable & Sendable>(_ type: T.Type, _ name: String, in folder: TestFolder, _ change: (inout T) -> Void) throws {
        let loaded = try #require(try Snapshots.load(type, name: name, in: folder.dir))
        var value = loaded.value
        change(&value)
        folder.write(EnvelopeCodec.encode(value, kind: SnapshotKind.of(name)!.rawValue, seq: loaded.seq), name)
    }

    /// A directory with O1, which has a major quality accident in 2025 (第十条（六）: not eligible),
    /// written out by a checkpoint. Entries: 1 init, 2 O1, 3 checkpoint.
    static func withAccident(_ folder: TestFolder) throws {
        let store = try Fixture.store(in: folder)
        var org = Fixture.org(1)
        org.records = [ComplianceRecord(date: Day("2025-06-01")!, kind: .qualityAccident, severity: .major)]
        try store.commit(.registry(.upsertOrganization(org)))
        store.close()
    }

    // The issue's reproduction: the accident record is removed from registry.json with an editor.
    // Open refuses the file, names it, offers `history repair`, and leaves its bytes as they are
    // (no checkpoint re-signs it); repair puts back the version entry 3 recorded, and the audit passes.
    @Test func outsideEditIsRefusedNamedAndRepaired() throws {
        let folder = TestFolder()
        try Self.withAccident(folder)
        try Self.edit(Registry.self, "registry.json", in: folder) { $0.organizations[0].records = [] }
        let edited = folder.bytes("registry.json")
        let error = failure { () throws(StoreError) in try Store.open(directory: folder.data, actor: Fixture.actor) }
        guard case .editedOutside(_, let name, _)? = error else { Issue.record("expected .editedOutside, got \(String(describing: error))"); return }
        #expect(name == "registry.json")
        #expect(error?.message.zh.contains("qaward history repair registry.json") == true)
        #expect(error?.message.en.contains("changed outside the program") == true)
        #expect(folder.bytes("registry.json") == edited)
        #expect(!AuditVerifier.verify(directory: folder.data).isIntact)

        let store = try Store.restoreNewestGood(directory: folder.data, file: folder.dir.file("registry.json"), actor: Fixture.actor)
        #expect(store.data.registry.organizations.first?.records.count == 1)
        store.close()
        #expect(AuditVerifier.verify(directory: folder.data).isIntact)
    }

    // A file whose seq is set to −5 (which no entry has) is refused, and not rewritten.
    @Test func negativeSeqIsRefused() throws {
        let folder = TestFolder()
        try Self.withAccident(folder)
        let text = String(decoding: folder.bytes("registry.json"), as: UTF8.self)
        let edited = text.replacingOccurrences(of: "\"seq\" : 3", with: "\"seq\" : -5")
        #expect(edited != text)
        folder.write(Data(edited.utf8), "registry.json")
        let error = failure { () throws(StoreError) in try Store.open(directory: folder.data, actor: Fixture.actor) }
        guard case .editedOutside? = error else { Issue.record("expected .editedOutside, got \(String(describing: error))"); return }
        #expect(error?.message.zh.contains("-5") == true)
        #expect(folder.bytes("registry.json") == Data(edited.utf8))
    }

    // The calendar, written once at init and never replaced, can be repaired: init keeps its
    // first version in history, which the journal's entry 1 names.
    @Test func damagedCalendarIsRepaired() throws {
        let folder = TestFolder()
        try Self.withAccident(folder)
        let good = folder.bytes("calendar.json")
        folder.write(Data("{\"broken\": ".utf8), "calendar.json")
        #expect(failure { () throws(StoreError) in try Store.open(directory: folder.data, actor: Fixture.actor) } != nil)
        let store = try Store.restoreNewestGood(directory: folder.data, file: folder.dir.file("calendar.json"), actor: Fixture.actor)
        #expect(store.data.calendar == WorkdayCalendar.shipped)
        store.close()
        // The repair is journaled (entry 4) and rewrites the calendar at that seq.
        #expect(try Snapshots.load(StoredCalendar.self, name: "calendar.json", in: folder.dir)?.seq == 4)
        #expect(folder.bytes("calendar.json") != good)
        #expect(AuditVerifier.verify(directory: folder.data).isIntact)
    }

    // A history version edited in history/ is not installed under a fresh digest: restore refuses
    // it and names it; repair passes over it to an older version the journal vouches for.
    // Entries: 1 init, 2 O1, 3 checkpoint, 4 O2, 5 checkpoint (keeps version 3 of the registry).
    @Test func editedHistoryVersionIsRefused() throws {
        let folder = TestFolder()
        try Self.withAccident(folder)
        let store = try Store.open(directory: folder.data, actor: Fixture.actor)
        try store.commit(.registry(.upsertOrganization(Fixture.org(2))))
        try store.checkpoint()
        let v3 = try #require(try store.listHistory("registry.json").first { $0.seq == 3 })
        let text = String(decoding: try Data(contentsOf: v3.url), as: UTF8.self)
        try Data(text.replacingOccurrences(of: "qualityAccident", with: "qualityComplaint").utf8).write(to: v3.url)
        let error = failure { () throws(StoreError) in try store.restore("registry.json", version: v3.name) }
        guard case .editedOutside(let file, _, _)? = error else { Issue.record("expected .editedOutside, got \(String(describing: error))"); return }
        #expect(file == v3.url)
        #expect(try History(folder.dir).newestGood(of: "registry.json")?.seq == 1)
        #expect(store.data.registry.organizations.count == 2)
    }

    // Invariants every change keeps are checked at open: duplicate organization ids, a
    // percentage of 150 (0–100 in steps of 5, 第六条), a cycle file holding another year.
    @Test func brokenInvariantsAreRefused() throws {
        let folder = TestFolder()
        try Self.withAccident(folder)
        let registry = folder.bytes("registry.json")
        try Self.edit(Registry.self, "registry.json", in: folder) { $0.organizations.append($0.organizations[0]) }
        let dup = failure { () throws(StoreError) in try Store.open(directory: folder.data, actor: Fixture.actor) }
        #expect(dup?.message.en.contains("registry.json") == true)
        #expect(dup?.message.en.contains("more than once") == true)
        folder.write(registry, "registry.json")

        let cycle = folder.bytes("cycles/2026.json")
        try Self.edit(Cycle.self, "cycles/2026.json", in: folder) { c in
            var sheet = ScoreSheet(panelID: "P1", applicationID: "A2026-1", expertID: "E1", stage: .document, rubricID: "gbt19580-2012")
            sheet.percents["1.1"] = 150
            c.sheets.append(sheet)
        }
        let percent = failure { () throws(StoreError) in try Store.open(directory: folder.data, actor: Fixture.actor) }
        #expect(percent?.message.en.contains("150") == true)
        folder.write(cycle, "cycles/2026.json")

        folder.write(cycle, "cycles/2027.json")
        let year = failure { () throws(StoreError) in try Store.open(directory: folder.data, actor: Fixture.actor, cycle: 2027) }
        #expect(year?.message.en.contains("named for 2027 but holds cycle 2026") == true)
        try FileManager.default.removeItem(at: folder.dir.file("cycles/2027.json"))
        let store = try Store.open(directory: folder.data, actor: Fixture.actor)
        store.close()
        #expect(AuditVerifier.verify(directory: folder.data).isIntact)
    }
}

/// Input is checked where actions are applied (the store's commit) and at open (the operator).
@Suite struct InputTextTests {
    // An organization named with ESC sequences (the issue's reproduction: it cleared the screen
    // and retitled the terminal when printed) is refused, journal untouched; so is an operator
    // name with a newline, which forged rows in `audit log`.
    @Test func controlCharactersAreRefusedAtInput() throws {
        let folder = TestFolder()
        let store = try Fixture.store(in: folder)
        let journal = folder.bytes("journal.jsonl")
        let error = failure { () throws(StoreError) in
            try store.commit(.registry(.upsertOrganization(Fixture.org(1, name: "好公司\u{1B}]0;x\u{07}\u{1B}[2J"))))
        }
        #expect(error?.message.zh.contains("U+001B") == true)
        #expect(folder.bytes("journal.jsonl") == journal)
        store.close()
        let op = failure { () throws(StoreError) in try Store.open(directory: folder.data, actor: "王芳\n   9  2026-03-02 09:00:01  王芳    删除") }
        #expect(op?.message.en.contains("--operator") == true)
        #expect(op?.message.en.contains("U+000A") == true)
    }
}

/// Every file that decides an outcome is audited: the rubric too.
@Suite struct RubricAuditTests {
    /// The shipped rubric with 20 points moved from the first item to the second (totals unchanged,
    /// so it still parses): the issue's edit that moved an applicant onto the shortlist.
    static var shifted: Rubric {
        var r = Rubric.gbt19580
        r.categories[0].items[0].points -= 20
        r.categories[0].items[1].points += 20
        return r
    }

    // Init journals the rubric's digest (entry 1); an edit outside the program is refused and
    // named, the audit check names it too, and `history repair` puts back the version entry 1
    // recorded (kept in history at init).
    @Test func editedRubricIsRefusedAndRepaired() throws {
        let folder = TestFolder()
        try Fixture.store(in: folder).close()
        let name = "rubrics/gbt19580-2012.json"
        let original = folder.bytes(name)
        folder.write(RubricFiles.encode(Self.shifted), name)
        let error = failure { () throws(StoreError) in try Store.open(directory: folder.data, actor: Fixture.actor) }
        guard case .editedOutside(_, let named, _)? = error else { Issue.record("expected .editedOutside, got \(String(describing: error))"); return }
        #expect(named == name)
        #expect(AuditVerifier.verify(directory: folder.data).problems.contains { $0.message.en.contains(name) })
        let store = try Store.restoreNewestGood(directory: folder.data, file: folder.dir.file(name), actor: Fixture.actor)
        #expect(store.data.rubrics[.document] == Rubric.gbt19580)
        store.close()
        #expect(folder.bytes(name) == original)
        #expect(AuditVerifier.verify(directory: folder.data).isIntact)
    }

    // Installing a rubric is the program's way: journaled (entry 2) with its digest, used at
    // once, and it opens again; a stage rubric dropped in without installing is refused.
    @Test func installedRubricIsJournaledAndADroppedOneRefused() throws {
        let folder = TestFolder()
        let store = try Fixture.store(in: folder)
        try store.installRubric(RubricFiles.encode(Self.shifted), as: "gbt19580-2012.json")
        #expect(store.data.rubrics[.document]?.categories[0].items[0].points == Rubric.gbt19580.categories[0].items[0].points - 20)
        #expect(try store.log().last?.event == .installRubric(file: "rubrics/gbt19580-2012.json"))
        store.close()
        let again = try Store.open(directory: folder.data, actor: Fixture.actor)
        #expect(again.data.rubrics[.onsite] == Self.shifted)
        again.close()
        #expect(AuditVerifier.verify(directory: folder.data).isIntact)
        folder.write(RubricFiles.encode(.gbt19580), "rubrics/stage-S.json")
        let error = failure { () throws(StoreError) in try Store.open(directory: folder.data, actor: Fixture.actor) }
        #expect(error?.message.en.contains("qaward rubric install") == true)
    }
}
