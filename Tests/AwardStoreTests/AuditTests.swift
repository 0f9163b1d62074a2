import AwardDomain
import Foundation
import Testing
@testable import AwardStore

@Suite struct AuditTests {
    /// 50 commits of the actions that work today: 20 organizations, 10 experts, 10 applications,
    /// 10 submissions. With the init entry and the checkpoint at close the journal has 52 entries.
    static func fifty(in folder: TestFolder) throws {
        let store = try Fixture.store(in: folder)
        for n in 1...20 { try store.commit(.registry(.upsertOrganization(Fixture.org(n)))) }
        for n in 1...10 { try store.commit(.registry(.upsertExpert(Fixture.expert(n)))) }
        for n in 1...10 { try store.commit(.intake(.createApplication(Fixture.application(n)))) }
        for n in 1...10 { try store.commit(.intake(.setStatus(applicationID: "A2026-\(n)", status: .submitted, note: ""))) }
        store.close()
    }

    @Test func chainPassesAfterFiftyCommits() throws {
        let folder = TestFolder()
        try Self.fifty(in: folder)
        let report = AuditVerifier.verify(directory: folder.data)
        #expect(report.isIntact, "\(report.problems.map(\.message.zh))")
        #expect(report.entriesChecked == 52)
        #expect(report.filesChecked == 5) // registry.json, calendar.json, cycles/2026.json, rubrics/gbt19580-2012.json and stage-Q.json
    }

    // Changing any one byte of the journal is found, and the report names the line the byte is
    // on (line = newlines before the byte + 1; a changed newline merges its line with the next,
    // and the last newline leaves an unterminated last line, both reported on that same line).
    @Test func journalTamperIsFoundAtItsLine() throws {
        let folder = TestFolder()
        try Self.fifty(in: folder)
        let original = folder.bytes("journal.jsonl")
        let bytes = [UInt8](original)
        let firstNewline = bytes.firstIndex(of: 0x0A) ?? 0
        let n = bytes.count
        let offsets = [0, 1, 10, 30, firstNewline - 5, firstNewline, firstNewline + 1, n / 7, n / 3, n / 2, 2 * n / 3, n - 80, n - 40, n - 3, n - 2, n - 1]
        for offset in offsets {
            var tampered = bytes
            tampered[offset] ^= 0x01
            folder.write(Data(tampered), "journal.jsonl")
            let report = AuditVerifier.verify(directory: folder.data)
            let expectedLine = bytes[0..<offset].filter { $0 == 0x0A }.count + 1
            guard case .entry(_, let line, _) = report.problems.first else {
                Issue.record("byte \(offset): expected a journal problem, got \(report.problems)"); continue
            }
            #expect(line == expectedLine, "byte \(offset)")
            #expect(report.problems.first?.message.zh.contains("第 \(expectedLine) 行") == true)
        }
        folder.write(original, "journal.jsonl")
        #expect(AuditVerifier.verify(directory: folder.data).isIntact)
    }

    // Removing an entry breaks the chain at the line where it was: line 10 then holds seq 11.
    @Test func removedEntryIsFound() throws {
        let folder = TestFolder()
        try Self.fifty(in: folder)
        var lines = folder.bytes("journal.jsonl").split(separator: 0x0A).map { Data($0) + Data([0x0A]) }
        lines.remove(at: 9)
        folder.write(lines.reduce(Data(), +), "journal.jsonl")
        let report = AuditVerifier.verify(directory: folder.data)
        guard case .entry(let seq, let line, _) = report.problems.first else { Issue.record("expected a journal problem"); return }
        #expect(line == 10)
        #expect(seq == 11)
    }

    // Changing any one byte of a snapshot file is found and the file is named.
    @Test func snapshotTamperNamesTheFile() throws {
        let folder = TestFolder()
        try Self.fifty(in: folder)
        for name in ["registry.json", "cycles/2026.json", "calendar.json"] {
            let original = folder.bytes(name)
            let bytes = [UInt8](original)
            for offset in [0, 17, bytes.count / 3, bytes.count / 2, bytes.count - 2, bytes.count - 1] {
                var tampered = bytes
                tampered[offset] ^= 0x01
                folder.write(Data(tampered), name)
                let report = AuditVerifier.verify(directory: folder.data)
                #expect(report.problems.count == 1, "\(name) byte \(offset)")
                guard case .snapshot(let file, _) = report.problems.first else {
                    Issue.record("\(name) byte \(offset): expected a snapshot problem"); continue
                }
                #expect(file == name)
                #expect(report.problems.first?.message.zh.contains(name) == true)
            }
            folder.write(original, name)
        }
        #expect(AuditVerifier.verify(directory: folder.data).isIntact)
    }

    // A snapshot copied back from an older, untampered version still differs from what the journal
    // says was written last: the audit names it (the content is genuine, but it is not current).
    @Test func staleSnapshotIsFound() throws {
        let folder = TestFolder()
        let store = try Fixture.store(in: folder)
        try store.commit(.registry(.upsertExpert(Fixture.expert(1))))
        try store.checkpoint() // entry 3 writes the registry with expert 1
        let old = folder.bytes("registry.json")
        try store.commit(.registry(.upsertExpert(Fixture.expert(2))))
        store.close() // entry 5, the checkpoint at close, writes it with both
        folder.write(old, "registry.json")
        let report = AuditVerifier.verify(directory: folder.data)
        #expect(report.problems.count == 1)
        guard case .snapshot(let file, _) = report.problems.first else { Issue.record("expected a snapshot problem"); return }
        #expect(file == "registry.json")
        #expect(report.problems.first?.message.zh.contains("第 5 条") == true)
    }
}
