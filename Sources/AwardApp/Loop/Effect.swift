import AwardDomain
import Foundation

/// What an update asks the run loop to do; update itself performs no I/O. `EffectInterpreter`
/// carries effects out and answers each with a `Msg`.
public enum Effect: Sendable, Equatable {
    /// Apply, journal and save one change. `basedOn` is the journal entry the data stood at when
    /// the change was prepared (a form: when it opened): the store refuses it if another process
    /// changed what it replaces after that entry. Nil: the entry the store last read.
    case commit(Action, basedOn: Int? = nil)
    /// Several changes that belong together, committed in order; the first refusal stops the rest.
    case commitAll([Action], basedOn: Int? = nil)
    /// A draw's commitment (第十一条（三）): keep `seed` in its file first (`AppIO.saveDrawSeed`),
    /// then commit `actions` (the commitment, its publication) as `.commitAll` does. A seed that
    /// cannot be kept commits nothing; a refused commitment removes the seed again. The same
    /// order as `qaward draw commit`, so a commitment on record always has its seed beside it.
    case commitDraw(seed: DrawSeed, drawID: String, [Action], basedOn: Int? = nil)
    /// Find the seed kept for a committed draw: `Msg.drawSeedLoaded`, or `Msg.failed` when the
    /// file holds no seed.
    case loadDrawSeed(drawID: String, commitment: String)
    /// Remove a draw's seed file once the draw is revealed or voided; a failure is shown only.
    case removeDrawSeed(drawID: String, commitment: String)
    /// Write a document into the data directory's `exports/` folder.
    case export(fileName: String, contents: Data)
    /// Write a published document into `exports/` as `base.txt` or `base.docx`, ending with the
    /// journal head it was made at (the head is the store's, so it is added where the I/O is).
    case exportDocument(OfficeDocument, base: String, format: ExportFormat, author: String, lang: Language)
    /// Read one year of the State Council holiday notice from a file and save it into the
    /// working-day calendar (RULES.md §8); the run loop reads the file so update stays I/O-free.
    case importCalendar(path: String)
    /// Read the audit journal (optionally from a day on, by one operator): `Msg.auditLoaded`.
    case loadAudit(since: Day?, actor: String?)
    /// Check the journal's hash chain and the data files against it: `Msg.auditVerified`.
    case verifyAudit
    /// Make the cycle of `year` after the newest and open it (第三条): `Msg.cycleOpened`.
    case createCycle(year: Int)
    /// Open another cycle of the data directory: `Msg.cycleOpened`.
    case openCycle(year: Int)
    /// Background work of a quiet moment (a checkpoint of the data files).
    case idle
    case quit
    // The shell's own effects: what a screen asks of the shell rather than of the outside world.
    // `AppModel` applies them as the screen returns them (`applyShellEffects`), in one place, so
    // no screen writes to the model.
    /// Show a message in the status line.
    case status(StatusMessage)
    /// Show and count the board as of another day for this session (Settings); nothing is stored.
    case setBoardDate(Day)

    /// A refusal or problem for the status line.
    static func error(_ text: String) -> Effect { .status(StatusMessage(text, kind: .error)) }

    /// Whether the shell applies it itself (no I/O).
    var isShellEffect: Bool {
        switch self {
        case .status, .setBoardDate: true
        default: false
        }
    }
}

/// A one-line message in the status bar.
public struct StatusMessage: Sendable, Equatable {
    public enum Kind: Sendable { case info, success, error }
    public var text: String
    public var kind: Kind
    public init(_ text: String, kind: Kind = .info) { self.text = text; self.kind = kind }
}
