import AwardDomain
import Foundation

/// The data directory, open: the current state and the journal's tail in memory. Several stores,
/// in several processes, may have one directory open: each change is checked and appended under
/// a short lock, after reading what the others appended (`Sharing.swift`). Used from one thread.
///
/// A change goes: the reducer (`AwardData.applying`), then the journal entry appended and synced:
/// that is the save, and the change is acknowledged. The snapshot files catch up later, in a
/// checkpoint (`checkpoint()`, at close, or prepared in the background while the user is idle),
/// journaled with the digests of the files it writes. A crash at any moment loses nothing: open
/// replays the entries the snapshot files do not include yet.
public final class Store {
    public let directory: DataDirectory
    public let actor: String
    let now: () -> Date
    /// The current state.
    public internal(set) var data: AwardData
    /// What open found and put right (loose permissions, leftover temp files, a torn journal line,
    /// replayed entries), for the app to show once.
    public internal(set) var warnings: [Phrase]

    let writeLock: WriteLock
    let journal: JournalWriter
    /// Changes other processes saved, for finding conflicts (`conflict(with:since:)`).
    var remoteChanges: [RemoteChange] = []
    /// For each loaded snapshot file, the last journal entry it includes.
    var seqs: [String: Int]
    /// For each snapshot file, the last journal entry that changed it; a file whose entry here is
    /// newer than its `seqs` entry lags the journal and is written at the next checkpoint.
    var changed: [String: Int] = [:]
    /// Why nothing may be written in this session (found at open): a folder that cannot be
    /// written, so that no change is accepted that no checkpoint could ever write; or a full disk
    /// that kept open from setting the journal's end right. Reading goes on.
    var writeRefusal: StoreError?
    /// When the last change was saved; a background checkpoint waits for a quiet moment.
    var lastChangeTime = Date.distantPast
    /// A checkpoint being prepared on another thread.
    var background: BackgroundCheckpoint?
    /// After a background checkpoint failed (a full disk, say), when to try again: not at every
    /// idle moment, which would encode the files over and over.
    var retryCheckpointAfter = Date.distantPast
    /// Set when a failed save could not be fully taken back; the store must be reopened.
    private var broken = false
    /// Injected failure for tests of interrupted saves.
    var fault: FaultPlan?

    init(directory: DataDirectory, actor: String, now: @escaping () -> Date, data: AwardData, warnings: [Phrase],
         writeLock: WriteLock, journal: JournalWriter, seqs: [String: Int]) {
        self.directory = directory; self.actor = actor; self.now = now; self.data = data; self.warnings = warnings
        self.writeLock = writeLock; self.journal = journal; self.seqs = seqs
    }

    deinit { close() }

    /// Writes what the snapshot files lack; the store must not be used afterwards. Should that
    /// last checkpoint fail, nothing is lost: every change is in the journal, and the next open
    /// redoes it.
    public func close() {
        if journal.isOpen { try? checkpoint() }
        journal.close()
    }

    /// Applies one action and saves it: one journal line, appended and synced, under the write
    /// lock after reading what other processes appended. A refusal of the domain becomes
    /// `.refused` and changes nothing; so does an action that replaces what another process
    /// changed after entry `basedOn` (by default, the last entry this store had read: the state
    /// the action was made from); a failed save throws and leaves the files and `data` as they were.
    @discardableResult
    public func commit(_ action: Action, today: Day? = nil, basedOn: Int? = nil) throws(StoreError) -> AwardData {
        let base = basedOn ?? journal.lastSeq
        return try writeLock.hold { () throws(StoreError) in
            try catchUp()
            if let c = conflict(with: action, since: base) { throw .conflict(actor: c.actor, at: c.time, summary: c.summary) }
            return try append(action, today: today)
        }
    }

    private func append(_ action: Action, today: Day?) throws(StoreError) -> AwardData {
        guard !broken else { throw .needsReopen }
        if let writeRefusal { throw writeRefusal }
        let time = now()
        let at = Timestamp(time)
        let next: AwardData
        do {
            // Text that could drive a terminal is refused at input, before the reducer sees it
            // (replay applies what the journal holds as it was accepted then).
            try SafeText.check(all: action)
            next = try data.applying(action, context: ActionContext(actor: actor, at: at, today: today))
        } catch {
            throw .refused(error)
        }
        var entry = journal.next(time: at, actor: actor)
        entry.action = action
        if let today, today != at.day { entry.today = today }
        entry.touches = Snapshots.names(for: action.touches, year: next.cycle.year)
        try journal.append(&entry, fault: fault)
        for name in entry.touches { changed[name] = entry.seq }
        lastChangeTime = time
        data = next
        return next
    }

    /// Journals `entry` with the digests of `files` (each recording `entry.seq` as its seq), then
    /// puts each file in place, keeping its previous version in history. All or nothing: a
    /// failure takes back what was done.
    func record(_ entry: inout JournalEntry, files: [(name: String, bytes: Data)]) throws(StoreError) {
        var prepared: [(name: String, file: AtomicFile.Prepared)] = []
        for f in files {
            do throws(StoreError) {
                prepared.append((f.name, try AtomicFile.prepare(f.bytes, for: directory.file(f.name), fault: fault)))
            } catch {
                for p in prepared { p.file.discard() }
                throw error
            }
        }
        try install(&entry, prepared)
    }

    /// Journals `entry` with the digests of files already prepared for it, then renames each into place.
    func install(_ entry: inout JournalEntry, _ files: [(name: String, file: AtomicFile.Prepared)]) throws(StoreError) {
        guard !broken else {
            for f in files { f.file.discard() }
            throw .needsReopen
        }
        entry.touches = files.map(\.name)
        entry.digests = Dictionary(files.map { ($0.name, $0.file.digest) }, uniquingKeysWith: { a, _ in a })
        let before = (length: journal.length, seq: journal.lastSeq, hash: journal.lastHash)
        do { try journal.append(&entry, fault: fault) } catch {
            for f in files { f.file.discard() }
            throw error
        }

        let history = History(directory)
        var written: [(name: String, previous: (url: URL, made: Bool)?)] = []
        for (i, f) in files.enumerated() {
            var previous: (url: URL, made: Bool)?
            do throws(StoreError) {
                previous = try history.archive(f.name, seq: seqs[f.name] ?? 0, at: entry.time)
                try AtomicFile.install(f.file)
                written.append((f.name, previous))
            } catch {
                // The file was not replaced, so the version just kept is the current one: drop it.
                if let previous, previous.made { try? Posix.remove(previous.url) }
                for rest in files[(i + 1)...] { rest.file.discard() }
                takeBack(written, journalTo: before)
                throw error
            }
        }
        for f in files {
            seqs[f.name] = entry.seq
            // Pruning is tidying: the save already succeeded, so a failure here is not reported.
            try? history.prune(f.name)
        }
    }

    /// Puts back the files already replaced in a failed save, then removes its journal entry.
    private func takeBack(_ written: [(name: String, previous: (url: URL, made: Bool)?)], journalTo before: (length: Int, seq: Int, hash: String)) {
        for w in written.reversed() {
            let target = directory.file(w.name)
            do {
                if let previous = w.previous {
                    try AtomicFile.replace(target, withLinkTo: previous.url)
                    if previous.made { try? Posix.remove(previous.url) }
                } else {
                    try Posix.remove(target)
                }
            } catch {
                // The journal keeps the entry, so reopening completes the save from it.
                broken = true
                return
            }
        }
        do { try journal.retract(toLength: before.length, seq: before.seq, hash: before.hash) } catch { broken = true }
    }

    /// The journal, optionally only from a day on and by one actor.
    public func log(since: Day? = nil, actor: String? = nil) throws(StoreError) -> [JournalEntry] {
        try AuditVerifier.log(directory: directory.url, since: since, actor: actor)
    }

    /// Earlier versions of a snapshot file (e.g. `registry.json`, `cycles/2026.json`), newest first.
    public func listHistory(_ file: String) throws(StoreError) -> [HistoryVersion] {
        try History(directory).versions(of: file)
    }

    /// Puts a snapshot file back to one of its history versions; journaled as a restore entry.
    /// A cycle file can be restored only while its cycle is open.
    @discardableResult
    public func restore(_ file: String, version: String) throws(StoreError) -> AwardData {
        try writeLock.hold { () throws(StoreError) in
            try catchUp()
            return try restoreHeld(file, version: version)
        }
    }

    private func restoreHeld(_ file: String, version: String) throws(StoreError) -> AwardData {
        guard let kind = SnapshotKind.of(file), kind != .cycle || file == DataDirectory.cycleName(data.cycle.year),
              let v = try History(directory).versions(of: file).first(where: { $0.name == version }) else {
            throw .unknownVersion(file: file, version: version)
        }
        // The other files are brought up to date first: replaying later changes to them must not
        // meet a restored file that is older than the state they were made in.
        // A version that is not what the journal recorded (edited in history/) is refused, not
        // installed under a fresh digest.
        _ = try History(directory).checked(v)
        try checkpoint()
        var next = data
        try Recovery.load(version: v, into: &next)
        var entry = journal.next(time: Timestamp(now()), actor: actor)
        entry.event = .restore(file: file, version: version)
        try record(&entry, files: [(file, Snapshots.encode(file, of: next, seq: entry.seq))])
        data = next
        return next
    }
}
