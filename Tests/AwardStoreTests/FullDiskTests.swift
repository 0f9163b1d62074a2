import AwardDomain
import Foundation
import Testing
@testable import AwardStore

/// A full or read-only disk at every step of a save, for every kind of data file: the change is
/// refused with words a clerk can act on, nothing already saved is lost (every file byte for byte
/// as before), the audit check still passes, and the same change goes through once space is back.
/// The failure is injected (`FaultPlan`): the tests run where no small or read-only disk can be
/// mounted; `TrustCLITests.readOnlyDirectoryLosesNothing` does it for real through the binary.
@Suite struct FullDiskTests {
    static let files = ["registry.json", "calendar.json", "cycles/2026.json", "journal.jsonl"]

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
                let before = Self.files.map { folder.bytes($0) }
                let data = store.data
                store.fault = FaultPlan(step: step, code: code, pathSuffix: step == .journalWritten ? nil : file)
                let error = failure { () throws(StoreError) in try store.commit(action) }
                let note = "\(file) \(step) errno \(code)"
                #expect(error?.message.zh.contains(words) == true, "\(note): \(error?.message.zh ?? "")")
                #expect(error?.message.zh.contains("已保存的数据未受影响") == true, "\(note)")
                #expect(Self.files.map { folder.bytes($0) } == before, "\(note): a file changed")
                #expect(store.data == data, "\(note)")
                #expect(AuditVerifier.verify(directory: folder.data).isIntact, "\(note)")
                // Space is back: the same change is saved and survives reopening.
                store.fault = nil
                try store.commit(action)
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
