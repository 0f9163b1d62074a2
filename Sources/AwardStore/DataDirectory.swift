import Foundation

/// Where the data lives and what is in it:
/// `registry.json`, `cycles/<year>.json`, `calendar.json`, `rubrics/`, `journal.jsonl`,
/// `history/`. There is no lock file: the write lock is an flock on the directory itself (`WriteLock`).
public struct DataDirectory: Hashable, Sendable {
    public let url: URL
    public init(_ url: URL) { self.url = url.standardizedFileURL }

    /// `$XDG_DATA_HOME/qaward`, else `~/.local/share/qaward` (XDG Base Directory rule: a relative
    /// or empty XDG_DATA_HOME is ignored).
    public static func defaultURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("qaward", isDirectory: true)
        }
        let home = environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home, isDirectory: true)
            .appendingPathComponent(".local/share/qaward", isDirectory: true)
    }

    public static let registryName = "registry.json"
    public static let calendarName = "calendar.json"
    public static let journalName = "journal.jsonl"
    public static func cycleName(_ year: Int) -> String { "cycles/\(year).json" }

    public var journal: URL { url.appendingPathComponent(Self.journalName) }
    public var cycles: URL { url.appendingPathComponent("cycles", isDirectory: true) }
    public var rubrics: URL { url.appendingPathComponent("rubrics", isDirectory: true) }
    public var history: URL { url.appendingPathComponent("history", isDirectory: true) }
    public var folders: [URL] { [url, cycles, rubrics, history] }

    /// A stored file by its name relative to the directory, e.g. `cycles/2026.json`.
    public func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// Years that have a cycle file.
    func cycleYears() throws(StoreError) -> [Int] {
        try Posix.list(cycles).compactMap { name in
            guard name.hasSuffix(".json") else { return nil }
            return Int(name.dropLast(5))
        }.sorted()
    }
}
