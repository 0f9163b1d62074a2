import AwardDomain
import AwardStore
import TerminalUI

/// Everything that happens to the app, as one value: a key, a new terminal size, a quiet moment,
/// and the result of every effect the run loop carried out. `AppModel.update(_:)` takes each of
/// them and returns the effects to run next; nothing reaches the state another way.
public enum Msg: Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// No key for a while: the moment for background work.
    case tick
    /// The store saved a change; `data` is the data after it.
    case committed(Action, AwardData)
    /// Another cycle is open (made or switched to); `years` are the directory's cycles.
    case cycleOpened(AwardData, years: [Int])
    /// Other qaward processes saved changes to the open data directory; `data` includes them.
    case othersSaved(AwardData)
    /// The store refused a change (the domain's rule or a disk problem), in both languages.
    case refused(Action, Phrase)
    /// A document was written to this path.
    case exported(path: String)
    /// One year of the working-day calendar was imported (RULES.md §8).
    case calendarImported(year: Int, holidays: Int, adjustedWorkdays: Int)
    /// The audit journal as read for `.loadAudit`, oldest first.
    case auditLoaded([AuditLogLine])
    /// The check of the journal and the data files for `.verifyAudit`.
    case auditVerified(AuditReport)
    /// The seed kept for a committed draw (`.loadDrawSeed`): nil when there is none at `path`.
    case drawSeedLoaded(drawID: String, seed: DrawSeed?, path: String)
    /// An effect could not be carried out (a file unreadable, a background save failed).
    case failed(Phrase)
}
