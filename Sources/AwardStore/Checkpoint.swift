import AwardDomain
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
        try writeLock.hold { () throws(StoreError) in
            try catchUp()
            try checkpointHeld()
        }
    }

    private func checkpointHeld() throws(StoreError) {
        if let job = background {
            background = nil
            try finish(job)
        }
        let names = laggingFiles
        guard !names.isEmpty else { return }
        if let writeRefusal { throw writeRefusal }
        var entry = journal.next(time: Timestamp(now()), actor: actor)
        entry.event = checkpointEvent(writing: names, seq: entry.seq)
        try record(&entry, files: names.map { ($0, Snapshots.encode($0, of: data, seq: entry.seq)) })
    }

    /// For the run loop, between keys: completes a background checkpoint that is ready, and starts
    /// one when files lag and no change came for `quiet` seconds. The encoding and the temp files
    /// are done on another thread; the journal entry and the renames, a few milliseconds, here.
    /// A failure is returned for the status line; every change stays safe in the journal.
    public func checkpointWhenIdle(quiet: TimeInterval = 1, retryAfter: TimeInterval = 30) -> StoreError? {
        let time = now()
        do {
            if let job = background {
                guard job.isDone else { return nil }
                background = nil
                try finish(job)
            }
            let names = laggingFiles
            guard !names.isEmpty, writeRefusal == nil, time >= retryCheckpointAfter,
                  time.timeIntervalSince(lastChangeTime) >= quiet else { return nil }
            background = BackgroundCheckpoint.start(names: names, of: data, seq: journal.lastSeq + 1, in: directory, fault: fault)
            return nil
        } catch {
            retryCheckpointAfter = time.addingTimeInterval(retryAfter)
            return error
        }
    }

    /// Journals and installs the files a background job prepared. The files record the seq the
    /// checkpoint entry was to have; a change saved since took that seq, so the job is dropped and
    /// a later one writes the files.
    private func finish(_ job: BackgroundCheckpoint) throws(StoreError) {
        let prepared = try job.work.value()
        try writeLock.hold { () throws(StoreError) in
            try catchUp()
            try install(job, prepared)
        }
    }

    private func install(_ job: BackgroundCheckpoint, _ prepared: [(name: String, file: AtomicFile.Prepared)]) throws(StoreError) {
        guard job.seq == journal.lastSeq + 1 else {
            for p in prepared { p.file.discard() }
            return
        }
        var entry = journal.next(time: Timestamp(now()), actor: actor)
        entry.event = checkpointEvent(writing: prepared.map(\.name), seq: entry.seq)
        try install(&entry, prepared)
    }

    /// The checkpoint entry's event: the seq every loaded file records once `names` are written.
    private func checkpointEvent(writing names: [String], seq: Int) -> StoreEvent {
        var files = seqs
        for name in names { files[name] = seq }
        return .checkpoint(files: files)
    }
}

/// The encoding and temp files of one checkpoint, on a background thread. The state it encodes
/// is a value: the store goes on changing its own copy meanwhile.
struct BackgroundCheckpoint {
    /// The seq of the checkpoint entry the files are written for.
    let seq: Int
    let work: BackgroundWork<[(name: String, file: AtomicFile.Prepared)]>

    var isDone: Bool { work.isDone }

    static func start(names: [String], of data: AwardData, seq: Int, in dir: DataDirectory,
                      fault: FaultPlan?) -> BackgroundCheckpoint {
        BackgroundCheckpoint(seq: seq, work: BackgroundWork {
            var prepared: [(name: String, file: AtomicFile.Prepared)] = []
            do throws(StoreError) {
                for name in names {
                    let bytes = Snapshots.encode(name, of: data, seq: seq)
                    prepared.append((name, try AtomicFile.prepare(bytes, for: dir.file(name), fault: fault)))
                }
                return .success(prepared)
            } catch {
                for p in prepared { p.file.discard() }
                return .failure(error)
            }
        })
    }
}
