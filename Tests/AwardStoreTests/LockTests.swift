import AwardDomain
import Foundation
import Testing
@testable import AwardStore

@Suite struct LockTests {
    // Two qaward on one data directory would overwrite each other: the second is refused with the
    // holder's pid, user and start time (the clock's first reading, 2026-03-02 09:00).
    @Test func secondStoreIsRefusedWithPid() throws {
        let folder = TestFolder()
        try Store.initialize(directory: folder.data, year: 2026)
        let first = try Store.open(directory: folder.data, actor: "a", now: TestClock().now)
        let error = failure { () throws(StoreError) in try Store.open(directory: folder.data, actor: "b") }
        guard case .locked(_, let holder) = error else { Issue.record("expected .locked, got \(String(describing: error))"); return }
        #expect(holder?.pid == getpid())
        let zh = error?.message.zh ?? ""
        #expect(zh.contains("正被进程 \(getpid())（用户 \(Posix.userName())，自 2026-03-02 09:00 起）使用：请先关闭那个 qaward"))
        first.close()
        let second = try Store.open(directory: folder.data, actor: "b")
        #expect(second.actor == "b")
    }

    // flock is released by the kernel when its holder dies: a child that holds the lock is
    // refused while alive and taken over once killed.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/flock") || FileManager.default.isExecutableFile(atPath: "/bin/flock"),
                   "flock(1) is not installed"))
    func deadHoldersLockIsTakenOver() throws {
        let folder = TestFolder()
        try Store.initialize(directory: folder.data, year: 2026)
        let lockPath = folder.dir.lock.path
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/sh")
        // Hold fd 9 locked, write a holder note like qaward's, say so, then become `sleep` (same pid, fd 9 kept).
        child.arguments = ["-c", """
            exec 9>>"$1" && flock -x 9 && printf '{"pid":%d,"since":"2026-11-25T15:02:00.000+08:00","user":"child"}' $$ > "$1" && echo locked && exec sleep 600
            """, "sh", lockPath]
        let out = Pipe()
        child.standardOutput = out
        try child.run()
        defer { if child.isRunning { kill(child.processIdentifier, SIGKILL); child.waitUntilExit() } }
        let said = String(decoding: out.fileHandleForReading.availableData, as: UTF8.self)
        try #require(said.contains("locked"))

        let error = failure { () throws(StoreError) in try Store.open(directory: folder.data, actor: "x") }
        guard case .locked(_, let holder) = error else { Issue.record("expected .locked, got \(String(describing: error))"); return }
        #expect(holder?.pid == child.processIdentifier)
        #expect(error?.message.zh.contains("进程 \(child.processIdentifier)（用户 child，自 2026-11-25 15:02 起）") == true)

        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        let store = try Store.open(directory: folder.data, actor: "x")
        #expect(DirectoryLock.holder(of: folder.dir.lock)?.pid == getpid())
        store.close()
    }
}
