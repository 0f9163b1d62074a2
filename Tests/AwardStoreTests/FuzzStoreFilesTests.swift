import FuzzSupport
import AwardDomain
import Foundation
import Testing
@testable import AwardStore

/// The data files damaged every way a disk, an editor or a newer program can: truncated at every
/// length, bit-flipped, values of the wrong type, a newer schema. Open refuses with a message or
/// opens what is still whole; it never crashes and never writes over what it refused (the bytes of
/// every file are checked unchanged); the audit check names the damage without crashing.
@Suite struct FuzzStoreFilesTests {
    static let files = ["registry.json", "calendar.json", "cycles/2026.json", "journal.jsonl"]

    /// A small data directory: init, two organizations, one application (4 journal entries).
    static func smallDirectory() throws -> TestFolder {
        let folder = TestFolder()
        let store = try Fixture.store(in: folder)
        try store.commit(.registry(.upsertOrganization(Fixture.org(1))))
        try store.commit(.registry(.upsertOrganization(Fixture.org(2, name: "盐城\"引号\"企业"))))
        try store.commit(.intake(.createApplication(Fixture.application(1))))
        store.close()
        return folder
    }

    /// Puts bytes in place without fsync (Foundation's `Data.write` syncs, which costs thousands of
    /// disk flushes over a run; these files need not survive a power cut).
    static func put(_ bytes: Data, _ name: String, in folder: TestFolder) {
        let fd = open(folder.data.appendingPathComponent(name).path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { Issue.record("cannot write \(name)"); return }
        bytes.withUnsafeBytes { b in _ = write(fd, b.baseAddress, b.count) }
        close(fd)
    }

    static func snapshot(_ folder: TestFolder) -> [String: Data] {
        Dictionary(uniqueKeysWithValues: files.map { ($0, folder.bytes($0)) })
    }

    /// Opens the directory holding `damaged` in place of `name`'s bytes and checks the property.
    /// Returns whether open refused.
    @discardableResult
    static func openDamaged(_ folder: TestFolder, _ name: String, _ damaged: Data, original: [String: Data], note: String,
                            audit: Bool = true) -> Bool {
        Self.put(damaged, name, in: folder)
        var before = original
        before[name] = damaged
        var refused = false
        var redone = false
        do {
            let store = try Store.open(directory: folder.data, actor: Fixture.actor)
            // A seq edited lower makes open redo journal entries into the file, and say so.
            redone = store.warnings.contains { $0.zh.contains("按日志补齐") }
            store.close()
        } catch {
            refused = true
            #expect(!error.text(.zh).isEmpty && !error.text(.en).isEmpty, "\(note)")
        }
        if refused {
            // Nothing was written over: every file as it was, the damaged one included.
            for f in files where folder.bytes(f) != before[f] { Issue.record("\(note): open refused but changed \(f)") }
        } else if name != DataDirectory.journalName && !redone {
            // What open accepted is read as it is; open writes only to redo journal entries.
            #expect(folder.bytes(name) == damaged, "\(note): open changed the file it read")
        }
        if audit { _ = AuditVerifier.verify(directory: folder.data) }
        for (f, bytes) in original where folder.bytes(f) != bytes { put(bytes, f, in: folder) }
        return refused
    }

    // Every truncation of every file. A snapshot cut anywhere but in its final newline no longer
    // parses; a journal cut anywhere loses the last entry the snapshots include: all refused.
    // The 3 KB calendar is cut at every 8th length and in its last 64 bytes in CI, at every
    // length in a long run (QAWARD_FUZZ_ITERATIONS ≥ 10000); the other files at every length.
    @Test func truncatedAtEveryLength() throws {
        let folder = try Self.smallDirectory()
        let original = Self.snapshot(folder)
        var opened = 0
        for name in Self.files {
            let bytes = original[name] ?? Data()
            let sparse = name == DataDirectory.calendarName && Fuzz.iterations < 10_000
            for n in 0..<bytes.count where !sparse || n % 8 == 0 || n >= bytes.count - 64 {
                if !Self.openDamaged(folder, name, bytes.prefix(n), original: original, note: "\(name) cut to \(n) of \(bytes.count)", audit: false) {
                    opened += 1
                    Issue.record("\(name) cut to \(n) opened")
                }
            }
        }
        // Even a snapshot missing just its final newline, which still parses, is refused: its
        // bytes are not what the journal recorded.
        #expect(opened == 0)
        let store = try Store.open(directory: folder.data, actor: Fixture.actor)
        #expect(store.data.registry.organizations.count == 2)
        store.close()
        #expect(AuditVerifier.verify(directory: folder.data).isIntact)
    }

    // Single bit flips at random places: never a crash; the audit check always finds them (a
    // flip changes the file's digest or the entry's hash).
    @Test func bitFlips() throws {
        let folder = try Self.smallDirectory()
        let original = Self.snapshot(folder)
        var rng = FuzzRNG(seed: Fuzz.seed)
        for i in 0..<max(50, Fuzz.iterations / 4) {
            let name = Self.files[i % Self.files.count]
            var bytes = [UInt8](original[name] ?? Data())
            guard !bytes.isEmpty else { continue }
            let at = rng.int(0...(bytes.count - 1))
            bytes[at] ^= UInt8(1 << rng.int(0...7))
            Self.put(Data(bytes), name, in: folder)
            #expect(!AuditVerifier.verify(directory: folder.data).isIntact, "\(name) byte \(at) flipped: audit passed")
            Self.openDamaged(folder, name, Data(bytes), original: original, note: "\(name) byte \(at) flipped")
        }
    }

    /// Every value in a JSON tree, by path, so each can be swapped for one of the wrong type.
    static func paths(_ v: Any, _ prefix: [Any] = []) -> [[Any]] {
        var out: [[Any]] = [prefix]
        if let d = v as? [String: Any] { for (k, x) in d { out += paths(x, prefix + [k]) } }
        if let a = v as? [Any] { for (i, x) in a.enumerated() { out += paths(x, prefix + [i]) } }
        return out
    }

    static func replacing(_ v: Any, at path: ArraySlice<Any>, with new: Any) -> Any {
        guard let first = path.first else { return new }
        if var d = v as? [String: Any], let k = first as? String, let x = d[k] { d[k] = replacing(x, at: path.dropFirst(), with: new); return d }
        if var a = v as? [Any], let i = first as? Int, i < a.count { a[i] = replacing(a[i], at: path.dropFirst(), with: new); return a }
        return v
    }

    // Values of the wrong type anywhere in a snapshot (a string for a number, null, a list for an
    // object, 1e308, a huge integer): refused with the place named, or read if the type still fits.
    @Test func wrongTypes() throws {
        let folder = try Self.smallDirectory()
        let original = Self.snapshot(folder)
        var rng = FuzzRNG(seed: Fuzz.seed ^ 0xA5)
        let replacements: [Any] = ["x", 1e308, -1, NSNull(), [Any](), [String: Any](), true, "9999-12-31", Int.max, "99999999999999999999999"]
        for name in ["registry.json", "calendar.json", "cycles/2026.json"] {
            guard let bytes = original[name], let tree = try? JSONSerialization.jsonObject(with: bytes) else { Issue.record("\(name) does not parse"); continue }
            let all = Self.paths(tree)
            for _ in 0..<max(30, Fuzz.iterations / 20) {
                let path = rng.pick(all)
                if path.isEmpty { continue } // the top level must stay an object to be written at all
                let new = rng.pick(replacements)
                let changed = Self.replacing(tree, at: path[...], with: new)
                guard let damaged = try? JSONSerialization.data(withJSONObject: changed, options: [.sortedKeys, .prettyPrinted]) else { continue }
                Self.openDamaged(folder, name, damaged, original: original, note: "\(name) \(path) = \(new)")
            }
        }
    }

    // A file from a newer qaward is refused with "upgrade" and left as it is (schema 2, and one
    // that overflows nothing); schema 0 or below is damage, not a version.
    @Test func newerAndNonsenseSchema() throws {
        let folder = try Self.smallDirectory()
        let original = Self.snapshot(folder)
        for name in ["registry.json", "calendar.json", "cycles/2026.json"] {
            let text = String(decoding: original[name] ?? Data(), as: UTF8.self)
            for schema in ["2", "9223372036854775807", "0", "-1", "\"1\"", "1.5", "null"] {
                let damaged = Data(text.replacingOccurrences(of: "\"schema\" : 1", with: "\"schema\" : \(schema)").utf8)
                #expect(damaged != original[name], "\(name): no schema member found")
                Self.put(damaged, name, in: folder)
                do {
                    let store = try Store.open(directory: folder.data, actor: Fixture.actor)
                    store.close()
                    Issue.record("\(name) schema \(schema) opened")
                } catch {
                    if schema == "2" || schema.hasPrefix("92") {
                        #expect(error.text(.zh).contains("请升级 qaward"), "\(name) schema \(schema): \(error.text(.zh))")
                    }
                }
                #expect(folder.bytes(name) == damaged)
                Self.put(original[name] ?? Data(), name, in: folder)
            }
        }
        #expect(AuditVerifier.verify(directory: folder.data).isIntact)
    }

    // Journal lines of a newer program (an action this one does not know) or with wrong types.
    // Open reads the lines after the last checkpoint, and the lines that recorded each file's
    // digest (line 1 for the calendar and the cycle, line 3 for the registry), and refuses a bad
    // one, journal untouched; another line before the checkpoint (2), whose change the files
    // already hold, is not read by open (which opens with the data intact) and the audit check names it. The directory: 1 init, 2 O1, 3 checkpoint,
    // 4 O2, 5 the application, then killed (no checkpoint at close).
    @Test func journalWithUnknownActionsOrWrongTypes() throws {
        let folder = TestFolder()
        var store: Store? = try Fixture.store(in: folder)
        try store?.commit(.registry(.upsertOrganization(Fixture.org(1))))
        try store?.checkpoint()
        try store?.commit(.registry(.upsertOrganization(Fixture.org(2, name: "盐城\"引号\"企业"))))
        try store?.commit(.intake(.createApplication(Fixture.application(1))))
        store?.journal.close()
        store = nil
        let original = Self.snapshot(folder)
        let journal = String(decoding: original["journal.jsonl"] ?? Data(), as: UTF8.self)
        // (edit, line it lands on)
        let edits: [(String, String, Int)] = [
            ("\"intake\"", "\"futureThing\"", 5), ("\"seq\":2", "\"seq\":\"2\"", 2), ("\"seq\":3", "\"seq\":9223372036854775807", 3),
            ("\"seq\":4", "\"seq\":1e308", 4), ("\"touches\":[", "\"touches\":[1,", 1), ("\"prev\":\"", "\"prev\":null,\"x\":\"", 1),
        ]
        for (from, to, line) in edits {
            guard let r = journal.range(of: from) else { Issue.record("journal has no \(from)"); continue }
            #expect(journal[..<r.lowerBound].filter { $0 == "\n" }.count + 1 == line, "\(from) is not on line \(line)")
            let damaged = Data(journal.replacingCharacters(in: r, with: to).utf8)
            let refused = Self.openDamaged(folder, "journal.jsonl", damaged, original: original, note: "journal \(from) → \(to)")
            #expect(refused == (line >= 3 || line == 1), "journal \(from) → \(to): refused \(refused)")
            if !refused {
                Self.put(damaged, "journal.jsonl", in: folder)
                guard case .entry(_, let at, _)? = AuditVerifier.verify(directory: folder.data).problems.first else {
                    Issue.record("journal \(from) → \(to): the audit check did not name it"); continue
                }
                #expect(at == line)
                for (f, bytes) in original { Self.put(bytes, f, in: folder) }
            }
        }
    }
}
