import AwardDomain
import Foundation
import Testing
@testable import AwardStore

/// A temporary folder for one test, removed afterwards; `data` is the data directory inside it
/// (not created, so `initialize` can make it).
final class TestFolder {
    let url: URL
    var data: URL { url.appendingPathComponent("data", isDirectory: true) }
    var dir: DataDirectory { DataDirectory(data) }

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("qaward-store-\(UUID().uuidString)", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        // A test may have made folders read-only; give them back before removing.
        if let e = FileManager.default.enumerator(atPath: url.path) {
            for case let p as String in e { chmod(url.appendingPathComponent(p).path, 0o700) }
        }
        try? FileManager.default.removeItem(at: url)
    }

    func bytes(_ name: String) -> Data { (try? Data(contentsOf: data.appendingPathComponent(name))) ?? Data() }
    func write(_ bytes: Data, _ name: String) { try? bytes.write(to: data.appendingPathComponent(name)) }
}

/// A clock that starts at 2026-03-02 09:00:00 Asia/Shanghai and moves one second per reading,
/// so every journal time is known and distinct.
final class TestClock {
    var date = Timestamp(iso: "2026-03-02T09:00:00.000+08:00")!.date
    func now() -> Date { date += 1; return date }
}

enum Fixture {
    static let year = 2026
    static let actor = "clerk"

    /// A valid 统一社会信用代码: 13 fixed characters, then n in 4 digits, then the check character.
    static func creditCode(_ n: Int) -> String {
        let first17 = "9132090000000" + String(format: "%04d", n)
        return first17 + String(CreditCode.checkCharacter(first17)!)
    }

    static func org(_ n: Int, name: String? = nil) -> Organization {
        Organization(id: "O\(n)", name: name ?? "盐城测试企业\(n)", creditCode: creditCode(n), county: .tinghu, established: Day("2015-05-01")!)
    }

    static func expert(_ n: Int) -> Expert { Expert(id: "E\(n)", name: "专家\(n)", county: .yandu) }

    static func application(_ n: Int) -> Application { Application(id: "A2026-\(n)", orgID: "O\(n)") }

    /// An initialized data directory and an open store on it.
    static func store(in folder: TestFolder, clock: TestClock = TestClock()) throws -> Store {
        try Store.initialize(directory: folder.data, year: year, actor: actor, now: clock.now)
        return try Store.open(directory: folder.data, actor: actor, now: clock.now)
    }
}

/// The error a throwing call gave, or nil (recorded as an issue) if it did not throw.
func failure<T>(_ body: () throws(StoreError) -> T, sourceLocation: SourceLocation = #_sourceLocation) -> StoreError? {
    do {
        _ = try body()
        Issue.record("expected a StoreError", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}
