import Foundation

/// A check's reason and facts, made on first use and kept. Every check of every application is
/// evaluated whenever the data changes, but only the application on screen (or exported) is read:
/// building the dated sentences for all of them was most of the eligibility time. The text is
/// made by the check's own code, so it is the same whenever it is made.
final class CheckWording: @unchecked Sendable {
    typealias Text = (reason: Phrase, facts: [CheckFact])

    /// One lock for all results (a lock each cost as much as the check): it guards only the two
    /// fields below, never the making, so it is held for a moment.
    private static let lock = NSLock()
    private var make: (@Sendable () -> Text)?
    private var made: Text?

    init(_ text: Text) { made = text }
    init(_ make: @escaping @Sendable () -> Text) { self.make = make }

    var text: Text {
        CheckWording.lock.lock()
        let (done, pending) = (made, make)
        CheckWording.lock.unlock()
        if let done { return done }
        // Two threads reading at once may both make it; the text is the same either way.
        let t = pending!()
        CheckWording.lock.lock()
        if made == nil { made = t; make = nil }
        CheckWording.lock.unlock()
        return t
    }

    /// Whether the text has been made (for tests: a list of results makes none).
    var isMade: Bool {
        CheckWording.lock.lock()
        defer { CheckWording.lock.unlock() }
        return made != nil
    }
}
