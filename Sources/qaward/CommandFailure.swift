import AwardDomain
import AwardStore

/// A refusal of a command, thrown with the message in the user's language; ArgumentParser prints
/// it on standard error and exits with status 1.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String

    init(_ message: String) { description = message }
    init(_ error: StoreError, _ lang: Language) { description = error.text(lang) }
    init(_ error: DomainError, _ lang: Language) { description = error.text(lang) }
}

extension GlobalOptions {
    /// Opens the data directory for a command (the cycle of `--cycle`, else the newest).
    func openingStore() throws -> Store {
        do { return try Store.open(directory: dataURL, actor: operatorName, cycle: cycle) } catch {
            throw CommandFailure(error, language)
        }
    }
}
