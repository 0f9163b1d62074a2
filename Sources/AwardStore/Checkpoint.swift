import AwardDomain
import Dispatch
import Foundation

/// Checkpoints: the snapshot files brought up to the journal. A change is saved when its journal
/// line is synced; re-encoding a whole file (megabytes at province scale) would make every save
/// wait for it. A checkpoint writes every lagging file from one state, as one journal entry whose
/// seq each file records, so that the files that lag the journal all lag it from the same entry
/// and replaying the journal meets each change with the state it was first made in.
extension Store {
    /// The snapshot files that lag the journal: changed by an entry they do not include yet.
    public var laggingFiles: [String] {
        changed.filter { name, seq in (seqs[name] ?? 0) < seq }.map(\.key).sorted()
    }

    /// Writes every lagging file now, as one journaled checkpoint (a checkpoint prepared in the
    /// background is used when it is still current). Does nothing when no file lags.
    public func checkpoint() throws(StoreError) {
        if let job = background {
            background = nil
            try finish(job, waiting: true)
        }
        let names = laggingFiles
        guard !names.isEmpty else { return }
        if let folder = readOnlyFolder { throw Posix.fail(.create, folder.path, EACCES) }
        var entry = journal.next(time: Timestamp(now()), actor: actor)
        entry.event = .checkpoint
        try record(&entry, files: names.map { ($0, Snapshots.encode($0, of: data, seq: entry.seq)) })
    }

    /// For the run loop, between keys: completes a background checkpoint that is ready, and starts
    /// one when files lag and no change came for `quiet` seconds. The encoding and the temp files
    /// are done on another thread; the journal entry and the renames, a few milliseconds, here.
    /// A failure is returned for the status line; every change stays safe in the journal.
    public func checkpointWhenIdle(quiet: TimeInterval = 1) -> StoreError? {
        do {
            if let job = background {
                guard job.isDone else { return nil }
                background = nil
                try finish(job, waiting: false)
            }
            let names = laggingFiles
            guard !names.isEmpty, readOnlyFolder == nil, now().timeIntervalSince(lastChangeTime) >= quiet else { return nil }
            background = BackgroundCheckpoint.start(names: names, of: data, seq: journal.lastSeq + 1, in: directory, fault: fault)
            return nil
        } catch {
            return error
        }
    }

    /// Journals and installs the files a background job prepared. The files record the seq the
    /// checkpoint entry was to have; a change saved since took that seq, so the job is dropped and
    /// a later one writes the files.
    private func finish(_ job: BackgroundCheckpoint, waiting: Bool) throws(StoreError) {
        let prepared = try job.result(waiting: waiting)
        guard job.seq == journal.lastSeq + 1 else {
            for p in prepared { p.file.discard() }
            return
        }
        var entry = journal.next(time: Timestamp(now()), actor: actor)
        entry.event = .checkpoint
        try install(&entry, prepared)
    }
}

/// The encoding and temp files of one checkpoint, on a background thread. The state it encodes
/// is a value: the store goes on changing its own copy meanwhile.
final class BackgroundCheckpoint: @unchecked Sendable {
    /// The seq of the checkpoint entry the files are written for.
    let seq: Int
    /// Signalled once by the worker, for a store that must wait (a checkpoint now, close).
    private let done = DispatchSemaphore(value: 0)
    // Guarded by `lock`: written once by the worker, read by the store.
    private let lock = NSLock()
    private var outcome: Result<[(name: String, file: AtomicFile.Prepared)], StoreError>?

    private init(seq: Int) { self.seq = seq }

    static func start(names: [String], of data: AwardData, seq: Int, in dir: DataDirectory,
                      fault: FaultPlan?) -> BackgroundCheckpoint {
        let job = BackgroundCheckpoint(seq: seq)
        DispatchQueue.global(qos: .utility).async {
            var prepared: [(name: String, file: AtomicFile.Prepared)] = []
            do throws(StoreError) {
                for name in names {
                    let bytes = Snapshots.encode(name, of: data, seq: seq)
                    prepared.append((name, try AtomicFile.prepare(bytes, for: dir.file(name), fault: fault)))
                }
                job.complete(.success(prepared))
            } catch {
                for p in prepared { p.file.discard() }
                job.complete(.failure(error))
            }
        }
        return job
    }

    private func complete(_ r: Result<[(name: String, file: AtomicFile.Prepared)], StoreError>) {
        lock.lock()
        outcome = r
        lock.unlock()
        done.signal()
    }

    var isDone: Bool {
        lock.lock()
        defer { lock.unlock() }
        return outcome != nil
    }

    /// The prepared files (waiting for the worker if asked to), or the failure that stopped it.
    func result(waiting: Bool) throws(StoreError) -> [(name: String, file: AtomicFile.Prepared)] {
        if waiting { done.wait() }
        lock.lock()
        let r = outcome
        lock.unlock()
        guard let r else { preconditionFailure("background checkpoint read before it finished") }
        return try r.get()
    }
}
