import ArgumentParser
import AwardDomain
import Foundation

/// A command's refusal, already in the user's language: what is wrong and what to do. Commands
/// throw it, so `defer { store.close() }` always runs; ArgumentParser prints it after
/// `QAward._errorPrefix` (`qaward: …` on standard error) and exits with status 1.
struct CommandFailure: Error, LocalizedError, CustomStringConvertible {
    let message: String

    init(_ message: String) { self.message = message }
    init(_ phrase: Phrase, _ lang: Language) { self.message = phrase.text(lang) }

    /// What ArgumentParser prints for an error that is not its own (`MessageInfo`: `errorDescription`).
    /// Escaped: a message may quote a name from an older file (`TerminalText`).
    var errorDescription: String? { TerminalText.escaped(message) }
    var description: String { TerminalText.escaped(message) }
}
