import AwardDomain
import AwardStore
import Foundation
@testable import AwardApp

/// The tests' outside world, in memory: changes go through the one reducer
/// (`AwardData.applying`) and a journal list, exports into a dictionary, files from disk as
/// the program reads them. `EffectInterpreter` drives it exactly as it drives the store.
struct MemoryIO: AppIO {
    var data: AwardData
    var actor: String
    /// Actions committed so far, in order.
    var committed: [Action] = []
    /// Documents exported so far, by file name.
    var exports: [String: Data] = [:]
    /// The journal head documents are stamped with: the entries committed here, a made-up hash.
    var head: JournalHead? { JournalHead(seq: committed.count + 1, hash: String(repeating: "ab", count: 32)) }
    /// The journal as the store would list it: one line per committed action, oldest first.
    var journal: [AuditLogLine] = []
    /// What `.verifyAudit` reports (intact unless a test sets a problem).
    var auditReport = AuditReport(entriesChecked: 0, filesChecked: 3, problems: [])
    /// The filters of each `.loadAudit` asked for, in order.
    var auditLoads: [(since: Day?, actor: String?)] = []
    /// Quiet moments seen (`.idle`).
    var idles = 0
    /// The journal's last entry: this process's changes and other processes' (`othersSave`).
    var lastSeq = 0
    /// Seed files of committed draws, by draw id, as `DrawSeedFiles` keeps them (one hex line).
    /// A new harness handed the same seeds is the program restarted on the same data directory.
    var seedFiles: [String: String] = [:]
    /// What happened to the seed files, with the number of actions committed by then: the order
    /// of a seed kept and its commitment journaled.
    var seedLog: [SeedEvent] = []
    /// Set to make keeping a seed file fail with this problem.
    var seedSaveProblem: IOProblem?
    /// Set to make removing a seed file fail with this problem.
    var seedRemovalProblem: IOProblem?

    enum SeedEvent: Equatable {
        case saved(String, afterCommits: Int)
        case removed(String, afterCommits: Int)
    }

    /// Changes other processes saved, as the store keeps them to find conflicts.
    var remote: [(seq: Int, actor: String, at: Timestamp, action: Action)] = []
    /// Others' changes not yet picked up (`othersChanges` hands them over once).
    var othersPending = false

    /// Another qaward process saves `action` as `actor`: the data changes here, and this app sees
    /// it at its next quiet moment (`.tick`), as `Msg.othersSaved`.
    mutating func othersSave(_ action: Action, by actor: String, today: Day) throws {
        let at = Timestamp(iso: "\(today)T09:00:00.000+08:00")!
        data = try data.applying(action, context: ActionContext(actor: actor, at: at, today: today))
        lastSeq += 1
        remote.append((lastSeq, actor, at, action))
        othersPending = true
    }

    /// The time this store dates a change by: 10:00 on the board date (tests move the board
    /// date to move the clock; condition C1 compares facts with it).
    static func clock(_ day: Day) -> Timestamp { Timestamp(iso: "\(day)T10:00:00.000+08:00")! }

    mutating func commit(_ action: Action, today: Day, basedOn: Int?) -> Result<AwardData, IOProblem> {
        // The store's check: a change another process saved after the base to what this replaces.
        let base = basedOn ?? lastSeq
        if let c = remote.last(where: { $0.seq > base && !$0.action.subjects.isDisjoint(with: action.replacedSubjects) }) {
            return .failure(IOProblem(StoreError.conflict(actor: c.actor, at: c.at, summary: c.action.summary()).message))
        }
        // The memory store's real clock reads the board date's day: facts are dated by the clock
        // (condition C1), and tests move the board date to move it.
        let context = ActionContext(actor: actor, at: MemoryIO.clock(today), today: today)
        do {
            data = try data.applying(action, context: context)
        } catch {
            return .failure(IOProblem(Phrase(zh: error.text(.zh), en: error.text(.en))))
        }
        committed.append(action)
        lastSeq += 1
        journal.append(AuditLogLine(entry: JournalEntry(seq: journal.count + 1, time: context.at, actor: context.actor, action: action),
                                    summary: action.summary()))
        return .success(data)
    }

    mutating func export(name: String, contents: Data) -> Result<String, IOProblem> {
        exports[name] = contents
        return .success("/data/exports/" + name)
    }

    func read(path: String) -> Data? { FileManager.default.contents(atPath: (path as NSString).expandingTildeInPath) }

    mutating func auditLog(since: Day?, actor: String?) -> Result<[AuditLogLine], IOProblem> {
        auditLoads.append((since, actor))
        return .success(journal.filter { l in
            (since.map { l.entry.time.day >= $0 } ?? true) && (actor.map { l.entry.actor == $0 } ?? true)
        })
    }

    func verifyAudit() -> AuditReport {
        var r = auditReport
        if r.isIntact { r.entriesChecked = journal.count }
        return r
    }

    mutating func othersChanges() -> Result<AwardData?, IOProblem> {
        defer { othersPending = false }
        return .success(othersPending ? data : nil)
    }

    mutating func saveDrawSeed(_ seed: DrawSeed, drawID: String) -> IOProblem? {
        if let p = seedSaveProblem { return p }
        seedFiles[drawSeedPath(drawID: drawID, commitment: seed.commitment)] = seed.hex + "\n"
        seedLog.append(.saved(drawID, afterCommits: committed.count))
        return nil
    }

    /// Read as the store reads them: a file that is no seed gets the store's own refusal.
    func loadDrawSeed(drawID: String, commitment: String) -> Result<DrawSeed?, IOProblem> {
        let path = drawSeedPath(drawID: drawID, commitment: commitment)
        guard let text = seedFiles[path] else { return .success(nil) }
        do { return .success(try DrawSeedFiles.parse(Data(text.utf8), path: path)) } catch {
            return .failure(IOProblem(error.message))
        }
    }

    mutating func removeDrawSeed(drawID: String, commitment: String) -> IOProblem? {
        if let p = seedRemovalProblem { return p }
        if seedFiles.removeValue(forKey: drawSeedPath(drawID: drawID, commitment: commitment)) != nil { seedLog.append(.removed(drawID, afterCommits: committed.count)) }
        return nil
    }

    /// Named as `DrawSeedFiles` names them: the draw and the start of its commitment.
    func drawSeedPath(drawID: String, commitment: String) -> String { "/data/draw-\(drawID)-\(commitment.prefix(16)).seed" }

    func openCycle(_ year: Int, create: Bool) -> Result<(AwardData, [Int]), IOProblem> {
        .failure(IOProblem(Phrase(zh: "测试中没有其他年度", en: "No other cycles in tests")))
    }

    mutating func idle() -> IOProblem? {
        idles += 1
        return nil
    }
}
