#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AwardDomain
import FastJSON
import Foundation

/// What the store itself did, journaled like actions so the chain covers every file write.
public enum StoreEvent: Hashable, Codable, Sendable {
    /// A new data directory was made, with its first cycle.
    case initialize(year: Int)
    /// A new cycle file was made for `year`.
    case createCycle(year: Int)
    /// `file` was put back to the history version `version` (a history file name).
    case restore(file: String, version: String)
    /// A damaged `file` was rebuilt from history version `version` and the journal entries after it.
    case repair(file: String, version: String)
    /// The files in `touches` were brought up to date with every entry before this one. Changes
    /// are journaled first and reach the snapshot files later, in a checkpoint, so that saving a
    /// change never waits for a whole file to be written. `files` is the seq each file the store
    /// had loaded records afterwards: a file still at least that new needs nothing redone from
    /// before this entry, so open reads the journal back to the last checkpoint, not to the start.
    case checkpoint(files: [String: Int])
    /// A scoring rubric, `file` (`rubrics/…`), was installed: its digest is recorded like a data
    /// file's, so an edit of the rubric outside the program is refused at open.
    case installRubric(file: String)

    public var isCheckpoint: Bool {
        if case .checkpoint = self { return true }
        return false
    }
}

/// One line of `journal.jsonl`. `hash` is the SHA-256 of the entry's canonical JSON without the
/// `hash` member; `prev` is the previous entry's hash (64 zeros for the first), so editing,
/// removing or reordering any line breaks the chain.
public struct JournalEntry: Hashable, Codable, Sendable {
    public var seq: Int
    public var time: Timestamp
    public var actor: String
    /// The domain action, or nil for a store event.
    public var action: Action?
    public var event: StoreEvent?
    /// The day the action was taken as, when it was not the day of `time`.
    public var today: Day?
    /// Snapshot files the entry changes, e.g. `cycles/2026.json`.
    public var touches: [String]
    /// Lowercase hex SHA-256 of each file written right after this entry (a checkpoint, or a
    /// store event that writes its file at once). Empty for a change, whose files a later
    /// checkpoint writes.
    public var digests: [String: String]
    public var prev: String
    public var hash: String

    public static let firstPrev = String(repeating: "0", count: 64)
}

/// The canonical line of an entry. The line is the sorted-keys JSON of the entry without `hash`,
/// with `"hash"` added as its last member: the hash covers exactly the bytes before it, so a
/// check never depends on encoding the entry again.
enum JournalLine {
    private struct Body: Codable {
        var seq: Int
        var time: Timestamp
        var actor: String
        var action: Action?
        var event: StoreEvent?
        var today: Day?
        var touches: [String]
        var digests: [String: String]
        var prev: String
    }

    /// `,"hash":"` + 64 hex digits + `"}`.
    static let hashSuffixLength = 9 + 64 + 2

    /// Fills in `entry.hash` and returns the line with its newline.
    static func make(_ entry: inout JournalEntry) -> Data {
        let body = Body(seq: entry.seq, time: entry.time, actor: entry.actor, action: entry.action, event: entry.event,
                        today: entry.today, touches: entry.touches, digests: entry.digests, prev: entry.prev)
        let bytes: Data
        do { bytes = try Canonical.lineEncoder().encode(body) } catch {
            preconditionFailure("cannot encode journal entry \(entry.seq): \(error)")
        }
        entry.hash = Canonical.sha256Hex(bytes)
        var line = bytes.dropLast()
        line.append(contentsOf: Array(",\"hash\":\"\(entry.hash)\"}\n".utf8))
        return Data(line)
    }

    /// Parses one line (without its newline) and checks its hash.
    static func parse(_ line: Data) -> Result<JournalEntry, JournalProblem> {
        let entry: JournalEntry
        do { entry = try FastJSONDecoder().decode(JournalEntry.self, from: line) } catch {
            return .failure(.unreadable(EnvelopeCodec.describe(error)))
        }
        let bytes = [UInt8](line)
        let prefix = Array(",\"hash\":\"".utf8)
        let n = bytes.count
        guard n > hashSuffixLength,
              Array(bytes[(n - hashSuffixLength)..<(n - hashSuffixLength + prefix.count)]) == prefix,
              bytes[n - 2] == UInt8(ascii: "\""), bytes[n - 1] == UInt8(ascii: "}") else {
            return .failure(.hashNotLast)
        }
        var body = Data(bytes[0..<(n - hashSuffixLength)])
        body.append(UInt8(ascii: "}"))
        let computed = Canonical.sha256Hex(body)
        guard computed == entry.hash else { return .failure(.hashMismatch(recorded: entry.hash, computed: computed)) }
        return .success(entry)
    }
}

enum JournalProblem: Error, Hashable {
    case unreadable(String)
    case hashNotLast
    case hashMismatch(recorded: String, computed: String)

    var phrase: Phrase {
        switch self {
        case .unreadable(let d): Phrase(zh: "无法解析：\(d)", en: "cannot be parsed: \(d)")
        case .hashNotLast: Phrase(zh: "\"hash\" 不在行末，条目被改动过", en: "\"hash\" is not the last member: the entry was edited")
        case .hashMismatch(let r, let c):
            Phrase(zh: "内容与记录的哈希不符（记录 \(r.prefix(12))…，实际 \(c.prefix(12))…），条目被改动过",
                   en: "its content does not match its recorded hash (recorded \(r.prefix(12))…, actual \(c.prefix(12))…): the entry was edited")
        }
    }
}

/// The journal file's complete lines (with 1-based line numbers) and any bytes after the last
/// newline, which a crash in the middle of an append leaves behind: a line is written with its
/// newline last, in one write, so only the tail can be torn. A complete line that does not parse
/// is damage, not a torn write: its change may be in no data file yet, so open refuses it.
struct JournalContents {
    var lines: [(number: Int, bytes: Data, end: Int)]
    var tail: Data
    /// The whole file, which the lines are slices of.
    var all = Data()

    static func read(_ url: URL) throws(StoreError) -> JournalContents {
        let data = try Posix.read(url) ?? Data()
        // Newline offsets found with memchr over the raw bytes: a journal grows by thousands of
        // lines a year and every open splits it.
        let ends: [Int] = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return [] }
            var out: [Int] = []
            var at = 0
            while at < raw.count, let hit = memchr(base + at, 0x0A, raw.count - at) {
                let nl = base.distance(to: UnsafeRawPointer(hit))
                out.append(nl)
                at = nl + 1
            }
            return out
        }
        var lines: [(Int, Data, Int)] = []
        lines.reserveCapacity(ends.count)
        var start = 0
        for (i, nl) in ends.enumerated() {
            lines.append((i + 1, data[(data.startIndex + start)..<(data.startIndex + nl)], nl + 1))
            start = nl + 1
        }
        return JournalContents(lines: lines, tail: data[(data.startIndex + start)...], all: data)
    }
}

/// The open journal: appends with O_APPEND and fsync before a change is acknowledged, and keeps
/// the last seq and hash in memory so a commit reads nothing.
final class JournalWriter {
    let url: URL
    private var fd: Int32
    private(set) var length: Int
    private(set) var lastSeq: Int
    private(set) var lastHash: String

    init(url: URL, length: Int, lastSeq: Int, lastHash: String) throws(StoreError) {
        self.url = url
        fd = open(url.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw Posix.fail(.create, url.path) }
        self.length = length; self.lastSeq = lastSeq; self.lastHash = lastHash
    }

    /// The next entry's seq and prev filled in; the caller fills in the rest.
    func next(time: Timestamp, actor: String) -> JournalEntry {
        JournalEntry(seq: lastSeq + 1, time: time, actor: actor, action: nil, event: nil, today: nil,
                     touches: [], digests: [:], prev: lastHash, hash: "")
    }

    /// Appends and syncs one entry. On failure the file is cut back to what it was.
    func append(_ entry: inout JournalEntry, fault: FaultPlan? = nil) throws(StoreError) {
        precondition(entry.seq == lastSeq + 1 && entry.prev == lastHash)
        let line = JournalLine.make(&entry)
        do throws(StoreError) {
            try Posix.writeAll(fd, line, path: url.path)
            try fault?.check(.journalWritten, path: url.path)
            try Posix.fsyncFile(fd, path: url.path)
        } catch {
            _ = ftruncate(fd, off_t(length))
            throw error
        }
        length += line.count
        lastSeq = entry.seq
        lastHash = entry.hash
    }

    /// Takes back the last entry after its snapshot files could not be written (nothing was acknowledged).
    func retract(toLength oldLength: Int, seq: Int, hash: String) throws(StoreError) {
        guard ftruncate(fd, off_t(oldLength)) == 0 else { throw Posix.fail(.truncate, url.path) }
        try Posix.fsyncFile(fd, path: url.path)
        length = oldLength; lastSeq = seq; lastHash = hash
    }

    var isOpen: Bool { fd >= 0 }

    /// After reading what other processes appended: the next entry follows theirs.
    func advance(length: Int, seq: Int, hash: String) {
        self.length = length; lastSeq = seq; lastHash = hash
    }

    /// The journal's size now, as this writer's descriptor sees it (others append to the same file).
    func currentSize() -> Int? {
        var info = stat()
        return fstat(fd, &info) == 0 ? Int(info.st_size) : nil
    }

    /// Whether the journal's path still names the file this writer appends to.
    func matchesPath() -> Bool {
        var mine = stat(), named = stat()
        return fstat(fd, &mine) == 0 && stat(url.path, &named) == 0 && mine.st_dev == named.st_dev && mine.st_ino == named.st_ino
    }

    func close() {
        if fd >= 0 { Posix.closeFile(fd); fd = -1 }
    }

    deinit { close() }
}
