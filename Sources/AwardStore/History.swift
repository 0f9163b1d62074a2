#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AwardDomain
import Foundation

/// One earlier version of a snapshot file, kept in `history/`.
public struct HistoryVersion: Hashable, Sendable {
    /// The snapshot file it is a version of, e.g. `registry.json`.
    public var file: String
    /// Its name inside `history/`; pass it to `Store.restore(_:version:)`.
    public var name: String
    public var url: URL
    /// The last journal entry the version includes.
    public var seq: Int
    /// When it was replaced, Asia/Shanghai, `20261125-150203`.
    public var replaced: String
}

/// `history/<key>.<seq>.<yyyyMMdd-HHmmss>.json`, key being the file name without `.json` and with
/// `/` as `-` (`cycles-2026`). Versions are hard links to the replaced file, so keeping one costs
/// no copy and works on a full disk; the newest 20 per file are kept.
struct History {
    static let keep = 20
    let dir: DataDirectory
    init(_ dir: DataDirectory) { self.dir = dir }

    static func key(_ file: String) -> String {
        String(file.dropLast(file.hasSuffix(".json") ? 5 : 0)).replacingOccurrences(of: "/", with: "-")
    }

    /// `20261125-150203`: the time in Asia/Shanghai, from the timestamp's fixed layout.
    static func stamp(_ t: Timestamp) -> String {
        let s = Array(t.description)
        let digits = { (r: Range<Int>) in String(s[r]).filter(\.isNumber) }
        return digits(0..<10) + "-" + digits(11..<19)
    }

    /// Versions of `file`, newest first.
    func versions(of file: String) throws(StoreError) -> [HistoryVersion] {
        let key = Self.key(file)
        return try Posix.list(dir.history).compactMap { name -> HistoryVersion? in
            let parts = name.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 4, parts[0] == key, parts[3] == "json", let seq = Int(parts[1]) else { return nil }
            return HistoryVersion(file: file, name: name, url: dir.history.appendingPathComponent(name), seq: seq, replaced: String(parts[2]))
        }.sorted { ($0.seq, $0.replaced) > ($1.seq, $1.replaced) }
    }

    /// The newest version that parses and is what the journal recorded for the seq it holds (an
    /// edited version is never put back), for a damaged or edited file.
    func newestGood(of file: String) throws(StoreError) -> HistoryVersion? {
        let lines = try JournalContents.read(dir.journal).lines
        for v in try versions(of: file) where (try? checked(v, lines: lines)) != nil { return v }
        return nil
    }

    /// The bytes of a version, refused unless they parse and are what journal entry (the seq they
    /// hold) recorded for the file.
    func checked(_ v: HistoryVersion, lines: [(number: Int, bytes: Data, end: Int)]? = nil) throws(StoreError) -> Data {
        guard let bytes = try Posix.read(v.url) else { throw .unknownVersion(file: v.file, version: v.name) }
        guard let seq = Snapshots.seq(ofParsed: bytes, as: v.file) else {
            throw .corrupt(file: v.url, detail: "does not parse as \(v.file)", newestGoodVersion: nil)
        }
        let journal: [(number: Int, bytes: Data, end: Int)]
        if let lines { journal = lines } else { journal = try JournalContents.read(dir.journal).lines }
        do throws(StoreError) {
            try Integrity.checkDigest(v.file, seq: seq, digest: Canonical.sha256Hex(bytes), lines: journal, dir: dir)
        } catch .editedOutside(_, let name, let detail) {
            throw .editedOutside(file: v.url, name: name, detail: detail)
        }
        return bytes
    }

    /// Keeps the current version of `file` (which includes entry `seq`) before it is replaced.
    /// Returns the history entry and whether it was made now (false: a version holding that seq
    /// was already kept, e.g. the first version), or nil if there is no current file.
    @discardableResult
    func archive(_ file: String, seq: Int, at time: Timestamp) throws(StoreError) -> (url: URL, made: Bool)? {
        let source = dir.file(file)
        guard Posix.exists(source) else { return nil }
        if let kept = try versions(of: file).first(where: { $0.seq == seq }) { return (kept.url, false) }
        let target = dir.history.appendingPathComponent("\(Self.key(file)).\(String(format: "%08d", seq)).\(Self.stamp(time)).json")
        if link(source.path, target.path) != 0 {
            switch errno {
            case EEXIST: return (target, false) // the same version was kept before an interrupted save
            case EPERM, ENOTSUP, EXDEV, EMLINK:
                // A file system without hard links: copy instead.
                guard let bytes = try Posix.read(source) else { return nil }
                try AtomicFile.write(bytes, to: target)
                return (target, true)
            default: throw Posix.fail(.create, target.path)
            }
        }
        try Posix.fsyncDirectory(dir.history)
        return (target, true)
    }

    /// Keeps a copy (not a link: the current file may yet be edited in place) of a file as first
    /// written, which `history repair` and `audit verify` start from; never pruned.
    func keepFirst(_ file: String, bytes: Data, at time: Timestamp) throws(StoreError) {
        try AtomicFile.write(bytes, to: dir.history.appendingPathComponent("\(Self.key(file)).\(String(format: "%08d", 1)).\(Self.stamp(time)).json"))
    }

    /// Deletes all but the newest `keep` versions of `file`, and the first version (seq 1).
    func prune(_ file: String) throws(StoreError) {
        for v in try versions(of: file).dropFirst(Self.keep) where v.seq != 1 { try Posix.remove(v.url) }
    }

    /// Moves a damaged file (or a torn journal tail) aside into history so nothing is destroyed;
    /// these are never pruned and never offered as versions.
    @discardableResult
    func preserve(_ bytes: Data, of file: String, label: String, at time: Timestamp) throws(StoreError) -> URL {
        let ext = file.hasSuffix(".jsonl") ? "txt" : "json"
        var target = dir.history.appendingPathComponent("\(Self.key(file)).\(label)-\(Self.stamp(time)).\(ext)")
        var n = 1
        while Posix.exists(target) {
            n += 1
            target = dir.history.appendingPathComponent("\(Self.key(file)).\(label)-\(Self.stamp(time))-\(n).\(ext)")
        }
        try AtomicFile.write(bytes, to: target)
        return target
    }
}
