#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AwardDomain
import Foundation

/// Several qaward processes on one data directory. The journal is the one shared truth: each
/// process keeps the state after the entries it has read, and before each change it reads, under
/// the write lock, what the others appended since, applies it, and checks its change against the
/// result — so a change is always validated against the latest state and takes the next entry
/// number. Between changes an open process picks up the others' entries when the journal grows
/// (`refresh`, between keys and when idle).
extension Store {
    /// Reads what other processes appended, if anything: a size check, and only when the journal
    /// grew, the lock and the new lines. Returns whether `data` changed.
    @discardableResult
    public func refresh() throws(StoreError) -> Bool {
        guard let size = JournalTail.size(directory.journal), size != journal.length else { return false }
        let before = journal.lastSeq
        try writeLock.hold { () throws(StoreError) in try catchUp() }
        return journal.lastSeq != before
    }

    /// Applies the entries appended after this process's last one. Runs holding the write lock,
    /// so no other writer is in the middle of an append: bytes after the last newline are a line
    /// torn by a writer that was killed, never acknowledged, and are cut off (kept in history).
    func catchUp() throws(StoreError) {
        guard journal.matchesPath() else { throw .directoryReplaced(directory: directory.url) }
        // Nothing appended since (the usual case for a change): no read at all.
        if journal.currentSize() == journal.length { return }
        let tail = try JournalTail.read(directory.journal, from: journal.length, seq: journal.lastSeq, hash: journal.lastHash)
        for e in tail.entries { try absorb(e) }
        journal.advance(length: tail.end, seq: tail.entries.last?.seq ?? journal.lastSeq, hash: tail.entries.last?.hash ?? journal.lastHash)
        if !tail.torn.isEmpty {
            _ = try History(directory).preserve(tail.torn, of: DataDirectory.journalName, label: "torn", at: Timestamp(now()))
            try Recovery.truncate(directory.journal, to: tail.end)
        }
    }

    /// One entry another process wrote, applied to the parts of `data` this process holds.
    private func absorb(_ e: JournalEntry) throws(StoreError) {
        if case .checkpoint = e.event {
            // The other process wrote these files from the same state this one has now.
            for name in e.touches where seqs[name] != nil { seqs[name] = e.seq }
            return
        }
        if let action = e.action {
            remoteChanges.append(RemoteChange(seq: e.seq, actor: e.actor, time: e.time, subjects: action.subjects, summary: action.summary()))
            if remoteChanges.count > 256 { remoteChanges.removeFirst(remoteChanges.count - 256) }
        }
        let held = e.touches.filter { seqs[$0] != nil }
        guard !held.isEmpty else { return }
        var next = data
        if let action = e.action {
            do { next = try data.applying(action, context: ActionContext(actor: e.actor, at: e.time, today: e.today)) } catch {
                // Made in a cycle this process does not hold (a publication of another year): its
                // registry part cannot be derived here; reopening reads it from the journal.
                if e.touches.contains(where: { SnapshotKind.of($0) == .cycle && seqs[$0] == nil }) { throw .needsReopen }
                throw .replayFailed(seq: e.seq, problem: error)
            }
        } else {
            switch e.event {
            case .restore(let file, let version), .repair(let file, let version):
                guard held.contains(file), let v = try History(directory).versions(of: file).first(where: { $0.name == version }) else { break }
                try Recovery.load(version: v, into: &next)
            default: break
            }
        }
        for name in held {
            Recovery.copy(name, from: next, into: &data)
            // A file the entry wrote at once holds it; otherwise it lags until a checkpoint.
            if e.digests[name] != nil { seqs[name] = e.seq } else { changed[name] = e.seq }
        }
    }

    /// The change saved by another process since `base` that touched what `action` replaces whole.
    func conflict(with action: Action, since base: Int) -> RemoteChange? {
        let replaced = action.replacedSubjects
        guard !replaced.isEmpty else { return nil }
        return remoteChanges.last { $0.seq > base && !$0.subjects.isDisjoint(with: replaced) }
    }
}

/// A change another process saved, kept for a while to find conflicts with changes prepared
/// before it was read.
struct RemoteChange {
    var seq: Int
    var actor: String
    var time: Timestamp
    var subjects: Set<String>
    var summary: Phrase
}

/// Reading the journal from an offset: the lines other processes appended.
enum JournalTail {
    static func size(_ url: URL) -> Int? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }

    /// The complete lines after byte `offset`, parsed and checked to follow entry `seq` with hash
    /// `hash`; `end` is the offset after the last complete line, `torn` the bytes after it.
    static func read(_ url: URL, from offset: Int, seq: Int, hash: String) throws(StoreError)
        -> (entries: [JournalEntry], end: Int, torn: Data) {
        let fd = open(url.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Posix.fail(.read, url.path) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Posix.fail(.read, url.path) }
        let size = Int(info.st_size)
        guard size > offset else {
            if size < offset {
                throw .corrupt(file: url, detail: "日志比本进程已读的短（\(size) < \(offset) 字节）：被截断过 / the journal is shorter than this process has read (\(size) < \(offset) bytes): it was cut back",
                               newestGoodVersion: nil)
            }
            return ([], offset, Data())
        }
        var bytes = Data(count: size - offset)
        var got = 0
        var failure: Int32 = 0
        bytes.withUnsafeMutableBytes { buf in
            while got < buf.count {
                let n = pread(fd, buf.baseAddress! + got, buf.count - got, off_t(offset + got))
                if n < 0 { if errno == EINTR { continue }; failure = errno; return }
                if n == 0 { return }
                got += n
            }
        }
        if failure != 0 { throw Posix.fail(.read, url.path, failure) }
        bytes = bytes.prefix(got)
        var entries: [JournalEntry] = []
        var start = bytes.startIndex
        var lastSeq = seq, lastHash = hash
        while let nl = bytes[start...].firstIndex(of: 0x0A) {
            let line = bytes[start..<nl]
            switch JournalLine.parse(Data(line)) {
            case .failure(let p):
                throw .corrupt(file: url, detail: "第 \(lastSeq + 1) 条 / entry \(lastSeq + 1): \(p.phrase.zh) / \(p.phrase.en)", newestGoodVersion: nil)
            case .success(let e):
                guard e.seq == lastSeq + 1, e.prev == lastHash else {
                    throw .corrupt(file: url, detail: "第 \(e.seq) 条与上一条（第 \(lastSeq) 条）不相连 / entry \(e.seq) does not follow entry \(lastSeq)", newestGoodVersion: nil)
                }
                entries.append(e)
                lastSeq = e.seq; lastHash = e.hash
            }
            start = nl + 1
        }
        return (entries, offset + (start - bytes.startIndex), Data(bytes[start...]))
    }
}
