import AwardDomain
import Foundation
import Testing
@testable import AwardStore

/// A full or read-only disk at every step of a save, for every kind of data file. A change is
/// saved by its journal line: a failure there refuses the change. The data file is written by a
/// checkpoint: a failure there refuses the checkpoint while the change stays safe in the journal.
/// Either way the words say what a clerk can do, no file is left half written (every data file
/// byte for byte as before), the audit check still passes, and once space is back the same save
/// goes through and survives reopening. The failure is injected (`FaultPlan`): the tests run where
/// no small or read-only disk can be mounted; `TrustCLITests.readOnlyDirectoryLosesNothing` does it
/// for real through the binary.
@Suite struct FullDiskTests {
    static let files = ["registry.json", "calendar.json", "cycles/2026.json"]

    /// One change per data file: an organization (registry), a milestone (cycle), a calendar year.
    static let changes: [(file: String, action: Action)] = [
        ("registry.json", .registry(.upsertOrganization(Fixture.org(7)))),
        ("cycles/2026.json", .publicity(.setMilestone(Milestone(id: "M1", kind: .committeeMeeting, date: Day("2026-07-01")!)))),
        ("calendar.json", .registry(.importCalendarYear(year: 2027, holidays: [Day("2027-01-01")!], adjustedWorkdays: []))),
    ]

    @Test(arguments: [(ENOSPC, "磁盘已满"), (EROFS, "磁盘是只读的"), (EDQUOT, "磁盘已满"), (EACCES, "没有权限")])
    func everyStepOfEverySave(code: Int32, words: String) throws {
        for (file, action) in Self.changes {
            for step in [FaultPlan.Step.journalWritten, .tempCreated, .tempWritten, .tempSynced] {
                let folder = TestFolder()
                let store = try Fixture.store(in: folder)
                try store.commit(.registry(.upsertOrganization(Fixture.org(1))))
                try store.checkpoint()
                let before = Self.files.map { folder.bytes($0) }
                let journal = folder.bytes("journal.jsonl")
                let data = store.data
                let note = "\(file) \(step) errno \(code)"
                store.fault = FaultPlan(step: step, code: code, pathSuffix: step == .journalWritten ? nil : file)
                let error: StoreError?
                if step == .journalWritten {
                    error = failure { () throws(StoreError) in try store.commit(action) }
                    #expect(store.data == data, "\(note)")
                    #expect(folder.bytes("journal.jsonl") == journal, "\(note): the journal changed")
                } else {
                    try store.commit(action)
                    let changed = store.data
                    let saved = folder.bytes("journal.jsonl")
                    error = failure { () throws(StoreError) in try store.checkpoint() }
                    #expect(store.data == changed, "\(note)")
                    // The change's line stays; the refused checkpoint's line is taken back.
                    #expect(folder.bytes("journal.jsonl") == saved, "\(note): the journal changed")
                    #expect(saved.count > journal.count, "\(note)")
                    #expect(store.laggingFiles == [file], "\(note)")
                }
                #expect(error?.message.zh.contains(words) == true, "\(note): \(error?.message.zh ?? "")")
                #expect(error?.message.zh.contains("已保存的数据未受影响") == true, "\(note)")
                #expect(Self.files.map { folder.bytes($0) } == before, "\(note): a file changed")
                #expect(AuditVerifier.verify(directory: folder.data).isIntact, "\(note)")
                // Space is back: the same save goes through and survives reopening.
                store.fault = nil
                if step == .journalWritten { try store.commit(action) }
                try store.checkpoint()
                #expect(folder.bytes(file) != before[Self.files.firstIndex(of: file)!], "\(note): the file was not written")
                let after = store.data
                store.close()
                let reopened = try Store.open(directory: folder.data, actor: Fixture.actor)
                #expect(reopened.data == after, "\(note)")
                #expect(reopened.warnings.isEmpty, "\(note): \(reopened.warnings.map(\.zh))")
                reopened.close()
            }
        }
    }
}
