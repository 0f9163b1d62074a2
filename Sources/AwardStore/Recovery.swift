#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AwardDomain
import Foundation

/// What open does before the store is handed out: tidy what a killed process left, cut a torn
/// journal line, and replay journal entries the snapshot files do not include yet.
enum Recovery {
    /// Removes temp files a killed save left beside the files; the files themselves were never
    /// touched. A temp file holding exactly what the journal's last entry recorded for its file
    /// (a kill between that entry and the renames that follow it) is renamed into place instead,
    /// completing the save, so that files written together are never left at different entries.
    static func removeTemps(_ dir: DataDirectory, last: JournalEntry?) throws(StoreError) -> (removed: [String], completed: [String]) {
        var removed: [String] = []
        var completed: [String] = []
        for folder in dir.folders {
            for name in try Posix.list(folder) where AtomicFile.isTemp(name) && !AtomicFile.ownerIsAlive(ofTemp: name) {
                let url = folder.appendingPathComponent(name)
                if let last, let target = last.touches.first(where: { dir.file($0) == folder.appendingPathComponent(AtomicFile.target(ofTemp: name)) }),
                   let recorded = last.digests[target], let bytes = try Posix.read(url), Canonical.sha256Hex(bytes) == recorded {
                    try AtomicFile.install(AtomicFile.Prepared(target: dir.file(target), temp: url, digest: recorded))
                    completed.append(target)
                    continue
                }
                try Posix.remove(url)
                removed.append(url.path)
            }
        }
        return (removed, completed)
    }

    /// Whether a killed process left temp files (those of live processes are theirs to finish).
    static func hasDeadTemps(_ dir: DataDirectory) throws(StoreError) -> Bool {
        for folder in dir.folders where try Posix.list(folder).contains(where: { AtomicFile.isTemp($0) && !AtomicFile.ownerIsAlive(ofTemp: $0) }) {
            return true
        }
        return false
    }

    static func damagedJournal(_ dir: DataDirectory, line: Int, _ problem: Phrase) -> StoreError {
        .corrupt(file: dir.journal, detail: "第 \(line) 行 / line \(line): \(problem.zh) / \(problem.en)", newestGoodVersion: nil)
    }

    /// Cuts the journal back to `length` bytes (dropping a torn, never acknowledged line).
    static func truncate(_ url: URL, to length: Int) throws(StoreError) {
        let fd = open(url.path, O_WRONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { throw Posix.fail(.truncate, url.path) }
        defer { Posix.closeFile(fd) }
        guard ftruncate(fd, off_t(length)) == 0 else { throw Posix.fail(.truncate, url.path) }
        try Posix.fsyncFile(fd, path: url.path)
    }

    struct Replayed {
        var entries = 0
        /// Each file replay changed, with the last entry redone for it. The file on disk still holds
        /// its own, older seq: the store records it as lagging until a checkpoint writes it.
        var redone: [String: Int] = [:]
        var files: Set<String> { Set(redone.keys) }
        /// Files whose replayed bytes differ from the digest the journal recorded.
        var mismatched: [String] = []
    }

    /// Replays, in order, the journal entries after each file's seq that touch the files in `seqs`
    /// (the seq each file on disk holds), with their recorded actor, time and day. Parts of `data`
    /// whose file already includes an entry are kept as read. `seqs` is not changed: what was
    /// redone is in memory only, and the result says up to which entry.
    static func replay(_ lines: [(number: Int, bytes: Data, end: Int)], dir: DataDirectory,
                       data: inout AwardData, seqs: [String: Int]) throws(StoreError) -> Replayed {
        guard let floor = seqs.values.min() else { return Replayed() }
        var pending: [JournalEntry] = []
        var settled: Set<String> = []
        for line in lines.reversed() {
            let e: JournalEntry
            switch JournalLine.parse(line.bytes) {
            case .failure(let p): throw damagedJournal(dir, line: line.number, p.phrase)
            case .success(let x): e = x
            }
            if e.seq <= floor { break }
            // A checkpoint wrote every file that lagged then: a file still at least as new as it
            // was after it needs nothing redone from before it, however old its seq (a calendar
            // unchanged for years). A file put back to an older version is not settled by it.
            if case .checkpoint(let files) = e.event {
                for (name, seq) in files where (seqs[name] ?? -1) >= seq { settled.insert(name) }
                if seqs.keys.allSatisfy(settled.contains) { break }
            }
            if let after = pending.last, after.prev != e.hash || after.seq != e.seq + 1 {
                throw damagedJournal(dir, line: line.number + 1, Phrase(zh: "与上一条不相连", en: "does not follow the entry before it"))
            }
            pending.append(e)
        }
        pending.reverse()
        var out = Replayed()
        for e in pending {
            // A checkpoint changes nothing (its files, had they been written, would not lag).
            if case .checkpoint = e.event { continue }
            let targets = e.touches.filter { name in seqs[name].map { $0 < e.seq } ?? false }
            guard !targets.isEmpty else { continue }
            var next = data
            if let action = e.action {
                do { next = try data.applying(action, context: ActionContext(actor: e.actor, at: e.time, today: e.today)) } catch {
                    throw .replayFailed(seq: e.seq, problem: error)
                }
            } else {
                switch e.event {
                case .createCycle(let y) where next.cycle.year == y: next.cycle = Cycle(year: y)
                case .restore(let file, let version) where targets.contains(file):
                    guard let v = try History(dir).versions(of: file).first(where: { $0.name == version }) else {
                        throw .unknownVersion(file: file, version: version)
                    }
                    try load(version: v, into: &next)
                default: break
                }
            }
            for t in targets {
                copy(t, from: next, into: &data)
                out.redone[t] = e.seq
                // An event that wrote its file at once recorded the digest; a change did not.
                if let recorded = e.digests[t], Canonical.sha256Hex(Snapshots.encode(t, of: data, seq: e.seq)) != recorded {
                    out.mismatched.append("\(t) #\(e.seq)")
                }
            }
            out.entries += 1
        }
        return out
    }

    /// Takes the part of `src` that file `name` holds.
    static func copy(_ name: String, from src: AwardData, into dst: inout AwardData) {
        switch SnapshotKind.of(name) {
        case .registry: dst.registry = src.registry
        case .calendar: dst.calendar = src.calendar
        case .cycle: dst.cycle = src.cycle
        case nil: break
        }
    }

    /// Reads a history version into the part of `data` its file holds.
    static func load(version v: HistoryVersion, into data: inout AwardData) throws(StoreError) {
        guard let bytes = try Posix.read(v.url) else { throw .unknownVersion(file: v.file, version: v.name) }
        func check<T>(_ r: Result<(seq: Int, payload: T), EnvelopeCodec.Problem>) throws(StoreError) -> T {
            switch r {
            case .success(let x): return x.payload
            case .failure(.newer(let n)): throw .newerSchema(file: v.url, version: n)
            case .failure(.damaged(let d)): throw .corrupt(file: v.url, detail: d, newestGoodVersion: nil)
            }
        }
        switch SnapshotKind.of(v.file) {
        case .registry: data.registry = try check(EnvelopeCodec.decode(Registry.self, kind: "registry", from: bytes))
        case .calendar: data.calendar = try check(EnvelopeCodec.decode(StoredCalendar.self, kind: "calendar", from: bytes)).calendar
        case .cycle:
            let cycle = try check(EnvelopeCodec.decode(Cycle.self, kind: "cycle", from: bytes))
            guard DataDirectory.cycleName(cycle.year) == v.file else {
                throw .corrupt(file: v.url, detail: "holds cycle \(cycle.year), not \(v.file)", newestGoodVersion: nil)
            }
            data.cycle = cycle
        case nil: throw .unknownVersion(file: v.file, version: v.name)
        }
    }
}
