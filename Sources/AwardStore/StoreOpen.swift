import AwardDomain
import Foundation

extension Store {
    /// Opens a data directory made by `initialize`: tightens permissions, removes temp files a
    /// killed process left, cuts a torn journal line, reads the snapshot files (refusing a newer
    /// schema or a damaged file, which is never overwritten) and replays journal entries they do not
    /// include yet. `cycle` picks the cycle to open (default: the registry's current cycle, else the latest).
    /// No lock is held while the store is open; the short write lock is taken only to put right
    /// what a killed process left (and later for each change).
    public static func open(directory url: URL, actor: String, now: @escaping () -> Date = Date.init,
                            cycle year: Int? = nil) throws(StoreError) -> Store {
        let dir = DataDirectory(url)
        guard Posix.exists(dir.file(DataDirectory.registryName)) || Posix.exists(dir.journal) else {
            throw .notADataDirectory(directory: dir.url)
        }
        // The operator's name goes into every journal line and every listing of it.
        do throws(DomainError) { try SafeText.check(actor, field: "--operator") } catch { throw .refused(error) }
        // Root would leave the files root's, and the office's own account locked out of them.
        if geteuid() == 0, let owner = Posix.owner(dir.url), owner != 0 {
            throw .refused(DomainError(zh: "数据目录 \(dir.url.path) 属于用户 \(Posix.userName(owner))，不能以 root 身份使用（文件会变成 root 所有）：请以该用户身份运行 qaward",
                                       en: "Data directory \(dir.url.path) belongs to user \(Posix.userName(owner)); qaward does not use it as root (the files would become root's): run qaward as that user"))
        }
        let lock = try WriteLock(dir.url)
        return try open(dir, lock: lock, actor: actor, now: now, cycle: year)
    }

    /// `attempt` counts reads that met another process's write in passing (a checkpoint renaming a
    /// file after the journal was read, a line being appended): the directory is then read again.
    static func open(_ dir: DataDirectory, lock: WriteLock, actor: String, now: @escaping () -> Date,
                     cycle year: Int?, attempt: Int = 0, fault: FaultPlan? = nil) throws(StoreError) -> Store {
        var warnings: [Phrase] = []
        let fixed = try Permissions.tighten(dir)
        if !fixed.isEmpty { warnings.append(Permissions.warning(fixed)) }

        let contents = try JournalContents.read(dir.journal)
        let (lines, torn) = (contents.lines, contents.tail)
        var lastSeq = 0
        var lastHash = JournalEntry.firstPrev
        var lastEntry: JournalEntry?
        if let last = lines.last {
            switch JournalLine.parse(last.bytes) {
            case .success(let e): lastSeq = e.seq; lastHash = e.hash; lastEntry = e
            case .failure(let p): throw Recovery.damagedJournal(dir, line: last.number, p.phrase)
            }
        }
        // Temp files of live processes are their checkpoints in progress; those of dead ones are
        // put right under the lock, against the journal's last entry as it is then.
        let temps: (removed: [String], completed: [String]) = try Recovery.hasDeadTemps(dir)
            ? lock.hold { () throws(StoreError) in
                let last = try JournalContents.read(dir.journal).lines.last.flatMap { try? JournalLine.parse($0.bytes).get() }
                return try Recovery.removeTemps(dir, last: last ?? lastEntry)
            }
            : (removed: [], completed: [])
        if !temps.removed.isEmpty {
            warnings.append(Phrase(zh: "删除了上次中断的保存留下的临时文件（已保存的数据未受影响）：\(temps.removed.joined(separator: "、"))",
                                   en: "Removed temp files an interrupted save left behind (saved data is unaffected): \(temps.removed.joined(separator: ", "))"))
        }
        if !temps.completed.isEmpty {
            warnings.append(Phrase(zh: "完成了上次中断的写入：\(temps.completed.joined(separator: "、"))",
                                   en: "Completed a write the last exit interrupted: \(temps.completed.joined(separator: ", "))"))
        }

        // The registry, the largest file, is decoded (and its invariants checked) on another core
        // while this one hashes it and reads the rest; its errors still come first, as when the
        // files were read one by one.
        let registryName = DataDirectory.registryName
        guard let registryBytes = try Posix.read(dir.file(registryName)) else { throw .missingFile(dir.file(registryName)) }
        let registryWork = BackgroundWork { Result { () throws(StoreError) in
            let r = try Snapshots.decode(Registry.self, name: registryName, from: registryBytes, digest: "", in: dir)
            try Integrity.require(Integrity.problem(in: r.value), in: registryName, dir: dir)
            return r
        } }
        let registryDigest = Canonical.sha256Hex(registryBytes)
        let calendarRead = Result { () throws(StoreError) in try Snapshots.load(StoredCalendar.self, name: DataDirectory.calendarName, in: dir) }
        let latest = try dir.cycleYears().last
        // The cycle the registry names as current is nearly always the latest: read that one now,
        // and another only if the registry says so.
        func readCycle(_ y: Int?) -> Result<Snapshots.Loaded<Cycle>?, StoreError>? {
            y.map { y in Result { () throws(StoreError) in
                let c = try Snapshots.load(Cycle.self, name: DataDirectory.cycleName(y), in: dir)
                if let c { try Integrity.require(Integrity.problem(in: c.value, year: y), in: DataDirectory.cycleName(y), dir: dir) }
                return c
            } }
        }
        var cycleRead = readCycle(year ?? latest)
        var registry = try registryWork.value()
        registry.digest = registryDigest
        guard let calendar = try calendarRead.get() else {
            throw .missingFile(dir.file(DataDirectory.calendarName))
        }
        guard let cycleYear = year ?? registry.value.settings.currentCycle ?? latest else {
            throw .missingFile(dir.cycles)
        }
        if cycleYear != year ?? latest { cycleRead = readCycle(cycleYear) }
        let cycleName = DataDirectory.cycleName(cycleYear)
        // A missing cycle file may still be in the journal (a crash right after creating it).
        let cycleFile = try cycleRead?.get()
        let cycle = cycleFile ?? Snapshots.Loaded(seq: 0, value: Cycle(year: cycleYear), digest: "")

        let seqs = [DataDirectory.registryName: registry.seq, DataDirectory.calendarName: calendar.seq, cycleName: cycle.seq]
        // A file that includes an entry the journal lacks means the journal lost acknowledged entries.
        if let (name, seq) = seqs.first(where: { $0.value > lastSeq }) {
            // Another process may have appended and checkpointed after the journal was read.
            if attempt < 3 { return try open(dir, lock: lock, actor: actor, now: now, cycle: year, attempt: attempt + 1) }
            throw .corrupt(file: dir.journal, detail: "日志只到第 \(lastSeq) 条，而 \(name) 已包含第 \(seq) 条：日志缺少已确认的条目 / the journal ends at entry \(lastSeq) but \(name) includes entry \(seq): acknowledged entries are missing",
                           newestGoodVersion: nil)
        }
        // Each file must be what the entry it records wrote: an edit made outside the program is
        // refused here, before a checkpoint could write it back under a fresh digest.
        var read: [(String, Int, String)] = [(registryName, registry.seq, registry.digest), (DataDirectory.calendarName, calendar.seq, calendar.digest)]
        if let cycleFile { read.append((cycleName, cycleFile.seq, cycleFile.digest)) }
        for (name, seq, digest) in read { try Integrity.checkDigest(name, seq: seq, digest: digest, lines: lines, dir: dir) }
        try Integrity.checkRubrics(dir, journal: contents)
        let time = Timestamp(now())
        // On a full disk the torn bytes cannot be kept aside, so they are left where they are and
        // the store only reads (an append after them would join them to a new line).
        var tornKept: StoreError?
        if !torn.isEmpty {
            do throws(StoreError) {
                // Under the lock no writer is mid-append: a tail still without its newline is torn.
                let kept = try lock.hold { () throws(StoreError) -> URL? in
                    let again = try JournalContents.read(dir.journal)
                    guard again.lines.count == lines.count, again.tail == torn else { return nil }
                    let kept = try History(dir).preserve(torn, of: DataDirectory.journalName, label: "torn", at: time)
                    try Recovery.truncate(dir.journal, to: lines.last?.end ?? 0)
                    return kept
                }
                guard let kept else {
                    if attempt < 3 { return try open(dir, lock: lock, actor: actor, now: now, cycle: year, attempt: attempt + 1, fault: fault) }
                    throw Recovery.damagedJournal(dir, line: lines.count + 1, Phrase(zh: "最后一行一直不完整", en: "the last line stays incomplete"))
                }
                warnings.append(Phrase(zh: "日志最后一行不完整（上次写入时中断，该操作未被确认），已移除并保存在 \(kept.path)",
                                       en: "The journal's last line was incomplete (a write was interrupted; that change was never acknowledged); it was removed and kept in \(kept.path)"))
            } catch .io(let f) where f.code == ENOSPC || f.code == EDQUOT {
                tornKept = .io(f)
                warnings.append(Phrase(zh: "日志最后一行不完整（未被确认的操作）；磁盘已满，暂时无法移除，本次只能查看。\(f.message.zh)",
                                       en: "The journal's last line is incomplete (an unacknowledged change); the disk is full, so it cannot be removed now and this session can only read. \(f.message.en)"))
            }
        }

        var data = AwardData(registry: registry.value, cycle: cycle.value, calendar: calendar.value.calendar,
                             rubrics: try RubricFiles.load(dir))
        let replayed = try Recovery.replay(lines, dir: dir, data: &data, seqs: seqs)
        if replayed.redone[cycleName] == nil && cycle.seq == 0 && !Posix.exists(dir.file(cycleName)) {
            // No file and no journal entry: the cycle was never made (a lost file is redone from the journal).
            throw .noSuchCycle(directory: dir.url, year: cycleYear, existing: try dir.cycleYears())
        }
        let journal = try JournalWriter(url: dir.journal, length: lines.last?.end ?? 0, lastSeq: lastSeq, lastHash: lastHash)
        let store = Store(directory: dir, actor: actor, now: now, data: data, warnings: warnings, writeLock: lock, journal: journal, seqs: seqs)
        if let folder = dir.folders.first(where: { access($0.path, W_OK) != 0 }) { store.writeRefusal = Posix.fail(.create, folder.path, EACCES) }
        if let tornKept { store.writeRefusal = tornKept }
        store.fault = fault
        try store.writeRecovered(replayed)
        return store
    }

    /// Writes the files that replay brought up to date (one checkpoint), and says so. Each is
    /// marked as changed by the last entry redone for it, while `seqs` keeps what the file on disk
    /// holds, so the checkpoint writes every one of them and records none at a seq it lacks.
    func writeRecovered(_ r: Recovery.Replayed) throws(StoreError) {
        guard r.entries > 0 else { return }
        for (name, seq) in r.redone { changed[name] = max(changed[name] ?? 0, seq) }
        // A directory that cannot be written is still read, with the changes redone in memory; so
        // is one on a full disk, where the files catch up at a later open.
        if writeRefusal == nil {
            do { try checkpoint() } catch .io(let f) where f.code == ENOSPC || f.code == EDQUOT {
                warnings.append(Phrase(zh: "磁盘已满：按日志补齐的操作暂未写入数据文件（它们在日志中，释放空间后下次打开时写入）。\(f.message.zh)",
                                       en: "The disk is full: the changes redone from the journal were not written to the data files yet (they are in the journal and are written at an open once there is space). \(f.message.en)"))
            }
        }
        warnings.append(Phrase(zh: "上次退出前有 \(r.entries) 条已记入日志的操作未写入数据文件，已按日志补齐：\(r.files.sorted().joined(separator: "、"))",
                               en: "\(r.entries) journaled change(s) had not reached the data files before the last exit; they were redone from the journal: \(r.files.sorted().joined(separator: ", "))"))
        if !r.mismatched.isEmpty {
            warnings.append(Phrase(zh: "按日志重做的结果与日志记录的摘要不一致：\(r.mismatched.joined(separator: "、"))。请运行审计核对",
                                   en: "Redone changes do not match the digests the journal recorded: \(r.mismatched.joined(separator: ", ")). Run the audit check"))
        }
    }

    /// Switches to the cycle of `year`, reading its file (and replaying what it lacks). A cycle
    /// never made is refused, naming the command that makes it (`createCycle`).
    public func openCycle(_ year: Int) throws(StoreError) {
        try writeLock.hold { () throws(StoreError) in
            try catchUp()
            try openCycleHeld(year)
        }
    }

    private func openCycleHeld(_ year: Int) throws(StoreError) {
        guard year != data.cycle.year else { return }
        guard Day.validYears.contains(year) else {
            throw .refused(DomainError(zh: "年度 \(year) 无效", en: "\(year) is not a valid cycle year"))
        }
        // The open cycle leaves memory: its file must hold every change first.
        try checkpoint()
        let name = DataDirectory.cycleName(year)
        let loaded = try Snapshots.load(Cycle.self, name: name, in: directory)
        // Up to the entry this store has read: the registry in `data` is at that entry too.
        let lines = Array(try JournalContents.read(directory.journal).lines.prefix { $0.end <= journal.length })
        var next = data
        next.cycle = loaded?.value ?? Cycle(year: year)
        if let loaded {
            try Integrity.require(Integrity.problem(in: loaded.value, year: year), in: name, dir: directory)
            try Integrity.checkDigest(name, seq: loaded.seq, digest: loaded.digest, lines: lines, dir: directory)
        }
        let cycleSeqs = [name: loaded?.seq ?? 0]
        let replayed = try Recovery.replay(lines, dir: directory, data: &next, seqs: cycleSeqs)
        let old = DataDirectory.cycleName(data.cycle.year)
        if loaded == nil && replayed.entries == 0 {
            throw .noSuchCycle(directory: directory.url, year: year, existing: try directory.cycleYears())
        }
        seqs.removeValue(forKey: old)
        changed.removeValue(forKey: old)
        seqs[name] = cycleSeqs[name]
        data = next
        try writeRecovered(replayed)
    }

    /// Repairs a damaged snapshot file (as named by `StoreError.corrupt`): keeps the damaged bytes in
    /// history, puts back the newest history version that parses, opens the store (which redoes
    /// every later change to that file from the journal) and journals the repair.
    public static func restoreNewestGood(directory url: URL, file: URL, actor: String,
                                         now: @escaping () -> Date = Date.init) throws(StoreError) -> Store {
        let dir = DataDirectory(url)
        let path = file.standardizedFileURL.path
        let name = path.hasPrefix(dir.url.path + "/") ? String(path.dropFirst(dir.url.path.count + 1)) : path
        if RubricFiles.isRubric(name) { return try repairRubric(dir, name: name, actor: actor, now: now) }
        guard let kind = SnapshotKind.of(name) else { throw .unknownVersion(file: name, version: "") }
        let lock = try WriteLock(dir.url)
        return try lock.hold { () throws(StoreError) in
            let history = History(dir)
            guard let good = try history.newestGood(of: name), let bytes = try Posix.read(good.url) else {
                throw .corrupt(file: dir.file(name), detail: "历史中没有完好的版本 / no good version in history", newestGoodVersion: nil)
            }
            if let damaged = try Posix.read(dir.file(name)) {
                try history.preserve(damaged, of: name, label: "damaged", at: Timestamp(now()))
            }
            try AtomicFile.write(bytes, to: dir.file(name))
            let year = kind == .cycle ? Int(name.dropFirst(7).dropLast(5)) : nil
            let store = try open(dir, lock: lock, actor: actor, now: now, cycle: year)
            var entry = store.journal.next(time: Timestamp(now()), actor: actor)
            entry.event = .repair(file: name, version: good.name)
            try store.record(&entry, files: [(name, Snapshots.encode(name, of: store.data, seq: entry.seq))])
            return store
        }
    }

    /// A rubric has no later changes to redo: the history version whose digest the journal last
    /// recorded for it is put back as it is, and the repair journaled.
    static func repairRubric(_ dir: DataDirectory, name: String, actor: String, now: @escaping () -> Date) throws(StoreError) -> Store {
        let lock = try WriteLock(dir.url)
        return try lock.hold { () throws(StoreError) in try repairRubric(dir, name: name, lock: lock, actor: actor, now: now) }
    }

    private static func repairRubric(_ dir: DataDirectory, name: String, lock: WriteLock, actor: String,
                                     now: @escaping () -> Date) throws(StoreError) -> Store {
        let history = History(dir)
        guard let written = Integrity.lastWrite(of: name, in: try JournalContents.read(dir.journal)),
              let good = try history.versions(of: name).first(where: { v in (try? Posix.read(v.url)).flatMap { $0 }.map(Canonical.sha256Hex) == written.digest }),
              let bytes = try Posix.read(good.url) else {
            throw .corrupt(file: dir.file(name), detail: "历史中没有日志记录的版本 / history holds no version the journal records", newestGoodVersion: nil)
        }
        if let damaged = try Posix.read(dir.file(name)) {
            try history.preserve(damaged, of: name, label: "damaged", at: Timestamp(now()))
        }
        try AtomicFile.write(bytes, to: dir.file(name))
        let store = try open(dir, lock: lock, actor: actor, now: now, cycle: nil)
        var entry = store.journal.next(time: Timestamp(now()), actor: actor)
        entry.event = .repair(file: name, version: good.name)
        store.seqs[name] = written.seq
        defer { store.seqs.removeValue(forKey: name) }
        try store.record(&entry, files: [(name, bytes)])
        return store
    }

    /// Makes a new data directory (folders 0700, files 0600) with the registry, the first cycle,
    /// the working-day calendar and the rubric; refuses a directory that is not empty.
    /// `otherCycles` (e.g. earlier years moved in from another system) are written in the same
    /// first journal entry, so a large history is one entry and `audit verify` covers every file.
    /// `stageRubrics` are written as `rubrics/stage-<D|Q|S>.json` (a reviewer's directory gets its
    /// package's rubric this way).
    public static func initialize(directory url: URL, year: Int, registry: Registry = Registry(), cycle: Cycle? = nil,
                                  otherCycles: [Cycle] = [], calendar: WorkdayCalendar = .shipped, actor: String = "qaward",
                                  stageRubrics: [Stage: Rubric] = [:], now: () -> Date = Date.init) throws(StoreError) {
        let dir = DataDirectory(url)
        do throws(DomainError) { try SafeText.check(actor, field: "--operator") } catch { throw .refused(error) }
        if Posix.exists(dir.url) {
            guard Posix.mode(dir.url)?.isDirectory == true, try Posix.list(dir.url).isEmpty else { throw .notEmpty(directory: dir.url) }
        } else {
            let parent = dir.url.deletingLastPathComponent()
            do { try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true) } catch {
                throw Posix.fail(.create, parent.path, (error as NSError).code == 0 ? EIO : Int32(clamping: (error as NSError).code))
            }
        }
        for folder in dir.folders { try Posix.makeDirectory(folder) }
        if let cycle, cycle.year != year {
            throw .refused(DomainError(zh: "周期数据是 \(cycle.year) 年的，不是 \(year) 年", en: "The cycle given is for \(cycle.year), not \(year)"))
        }
        let otherYears = otherCycles.map(\.year)
        if otherYears.contains(year) || Set(otherYears).count != otherYears.count || otherYears.contains(where: { !Day.validYears.contains($0) }) {
            throw .refused(DomainError(zh: "其他年度的周期数据重复、包含 \(year) 年或年度无效", en: "The other cycles given repeat a year, include \(year) or have an invalid year"))
        }
        let time = Timestamp(now())
        try WriteLock(dir.url).hold { () throws(StoreError) in
            // Another process may have made it meanwhile.
            guard !Posix.exists(dir.journal) else { throw .notEmpty(directory: dir.url) }
            try writeFirst(dir, year: year, registry: registry, cycle: cycle, otherCycles: otherCycles, calendar: calendar, actor: actor,
                           stageRubrics: stageRubrics, time: time)
        }
    }

    private static func writeFirst(_ dir: DataDirectory, year: Int, registry: Registry, cycle: Cycle?, otherCycles: [Cycle],
                                   calendar: WorkdayCalendar, actor: String, stageRubrics: [Stage: Rubric],
                                   time: Timestamp) throws(StoreError) {
        let data = AwardData(registry: registry, cycle: cycle ?? Cycle(year: year), calendar: calendar)
        let names = [DataDirectory.registryName, DataDirectory.calendarName, DataDirectory.cycleName(year)]
        var files = names.map { ($0, Snapshots.encode($0, of: data, seq: 1)) }
        // The rubrics decide every score: journaled with their digests like the data files.
        files.append((RubricFiles.path(RubricFiles.defaultName), RubricFiles.encode(.gbt19580)))
        var stages = stageRubrics
        stages[.qa] = stages[.qa] ?? Rubric.gbt19580.categoriesOnly
        for (stage, rubric) in stages.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            files.append((RubricFiles.path(RubricFiles.stageName(stage)), RubricFiles.encode(rubric)))
        }
        for c in otherCycles.sorted(by: { $0.year < $1.year }) {
            files.append((DataDirectory.cycleName(c.year), EnvelopeCodec.encode(c, kind: SnapshotKind.cycle.rawValue, seq: 1)))
        }
        let journal = try JournalWriter(url: dir.journal, length: 0, lastSeq: 0, lastHash: JournalEntry.firstPrev)
        defer { journal.close() }
        var entry = journal.next(time: time, actor: actor)
        entry.event = .initialize(year: year)
        entry.touches = files.map(\.0)
        entry.digests = Dictionary(uniqueKeysWithValues: files.map { ($0.0, Canonical.sha256Hex($0.1)) })
        try journal.append(&entry)
        let history = History(dir)
        for (name, bytes) in files {
            try AtomicFile.write(bytes, to: dir.file(name))
            try history.keepFirst(name, bytes: bytes, at: time)
        }
    }
}
