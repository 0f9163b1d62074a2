import AwardDomain
import AwardStore
import Foundation

/// The outside world the effects need: the store, the exports folder, files the user names and
/// the journal. The program uses `StoreIO`; tests use an in-memory one, through the same
/// `EffectInterpreter`, so what a test drives is what the program runs.
public protocol AppIO {
    /// Applies, journals and saves one change; the data after it, or why it was refused (also
    /// when another process changed what it replaces after journal entry `basedOn`).
    mutating func commit(_ action: Action, today: Day, basedOn: Int?) -> Result<AwardData, IOProblem>
    /// The last journal entry the data this process holds includes.
    var lastSeq: Int { get }
    /// Writes a document into the exports folder; the path written.
    mutating func export(name: String, contents: Data) -> Result<String, IOProblem>
    /// The audit journal's head now, printed on every published document (`audit verify --anchor`).
    var head: JournalHead? { get }
    /// The bytes of a file the user named (`~` expanded), or nil when it cannot be read.
    func read(path: String) -> Data?
    mutating func auditLog(since: Day?, actor: String?) -> Result<[AuditLogLine], IOProblem>
    func verifyAudit() -> AuditReport
    /// Background work of a quiet moment (the data files catching up with the journal).
    mutating func idle() -> IOProblem?
    /// Makes the next cycle (`create`) or opens an existing one; the data then and the cycles.
    mutating func openCycle(_ year: Int, create: Bool) -> Result<(AwardData, [Int]), IOProblem>
    /// What other processes saved since this one last looked: the data after it, or nil when
    /// nothing (a size check of the journal).
    mutating func othersChanges() -> Result<AwardData?, IOProblem>
    /// Keeps a committed draw's seed until its reveal where `qaward draw commit` keeps it
    /// (`DrawSeedFiles`: `draw-<id>-<commitment>.seed`, 0600, in the data directory).
    mutating func saveDrawSeed(_ seed: DrawSeed, drawID: String) -> IOProblem?
    /// The seed kept for the draw, nil when there is none, or why the file cannot be used.
    func loadDrawSeed(drawID: String, commitment: String) -> Result<DrawSeed?, IOProblem>
    /// Removes the draw's seed file (revealed or voided); none there is not a problem.
    mutating func removeDrawSeed(drawID: String, commitment: String) -> IOProblem?
    /// Where the draw's seed is kept, as the user is told it.
    func drawSeedPath(drawID: String, commitment: String) -> String
}

/// Why an effect was not carried out, in both languages.
public struct IOProblem: Error, Sendable, Equatable {
    public var message: Phrase
    public init(_ message: Phrase) { self.message = message }
}

/// The program's outside world: the open data directory.
public struct StoreIO: AppIO {
    let store: Store

    public init(store: Store) { self.store = store }

    public func commit(_ action: Action, today: Day, basedOn: Int?) -> Result<AwardData, IOProblem> {
        do { return .success(try store.commit(action, today: today, basedOn: basedOn)) } catch { return .failure(IOProblem(error.message)) }
    }

    public var lastSeq: Int { store.lastSeq }

    public func export(name: String, contents: Data) -> Result<String, IOProblem> {
        do { return .success(try store.export(name: name, contents: contents).path) } catch { return .failure(IOProblem(error.message)) }
    }

    public var head: JournalHead? { store.head }

    public func read(path: String) -> Data? {
        FileManager.default.contents(atPath: (path as NSString).expandingTildeInPath)
    }

    public func auditLog(since: Day?, actor: String?) -> Result<[AuditLogLine], IOProblem> {
        do { return .success(try store.describedLog(since: since, actor: actor)) } catch { return .failure(IOProblem(error.message)) }
    }

    public func verifyAudit() -> AuditReport { AuditVerifier.verify(directory: store.directory.url) }

    public func idle() -> IOProblem? { store.checkpointWhenIdle().map { IOProblem($0.message) } }

    public func openCycle(_ year: Int, create: Bool) -> Result<(AwardData, [Int]), IOProblem> {
        do {
            if create { try store.createCycle(year) } else { try store.openCycle(year) }
            return .success((store.data, try store.cycleYears))
        } catch { return .failure(IOProblem(error.message)) }
    }

    public func othersChanges() -> Result<AwardData?, IOProblem> {
        do { return .success(try store.refresh() ? store.data : nil) } catch { return .failure(IOProblem(error.message)) }
    }

    public func saveDrawSeed(_ seed: DrawSeed, drawID: String) -> IOProblem? {
        do { try DrawSeedFiles.save(seed, drawID: drawID, in: store.directory) } catch { return IOProblem(error.message) }
        return nil
    }

    public func loadDrawSeed(drawID: String, commitment: String) -> Result<DrawSeed?, IOProblem> {
        do { return .success(try DrawSeedFiles.load(drawID: drawID, commitment: commitment, in: store.directory)) } catch { return .failure(IOProblem(error.message)) }
    }

    public func removeDrawSeed(drawID: String, commitment: String) -> IOProblem? {
        do { try DrawSeedFiles.remove(drawID: drawID, commitment: commitment, in: store.directory) } catch { return IOProblem(error.message) }
        return nil
    }

    public func drawSeedPath(drawID: String, commitment: String) -> String {
        (try? DrawSeedFiles.url(drawID: drawID, commitment: commitment, in: store.directory).path)
            ?? store.directory.url.appendingPathComponent(DrawSeedFiles.name(drawID: drawID, commitment: commitment)).path
    }
}
