import Foundation

/// A check's reason and facts, made on first use and kept. Every check of every application is
/// evaluated whenever the data changes, but only the application on screen (or exported) is read:
/// building the dated sentences for all of them was most of the eligibility time. The text is
/// made by the check's own code, so it is the same whenever it is made.
final class CheckWording: @unchecked Sendable {
    typealias Text = (reason: Phrase, facts: [CheckFact])

    // Guarded by `lock`: results are shared between copies and may be read from any thread.
    private let lock = NSLock()
    private var make: (@Sendable () -> Text)?
    private var made: Text?

    init(_ text: Text) { made = text }
    init(_ make: @escaping @Sendable () -> Text) { self.make = make }

    var text: Text {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let t = make!()
        made = t
        make = nil
        return t
    }

    /// Whether the text has been made (for tests: a list of results makes none).
    var isMade: Bool {
        lock.lock()
        defer { lock.unlock() }
        return made != nil
    }
}
