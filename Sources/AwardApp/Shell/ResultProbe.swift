import Foundation

/// Records each scoring result the app computes (one line per applicant and stage, or
/// "ranking" for a whole board). Tests inject one to check that typing a score or committing a
/// cell does not recompute other applicants' results; the program runs without one.
public final class ResultProbe: @unchecked Sendable {
    private let lock = NSLock()
    private var log: [String] = []

    public init() {}

    func record(_ what: String) {
        lock.lock()
        log.append(what)
        lock.unlock()
    }

    public var entries: [String] {
        lock.lock()
        defer { lock.unlock() }
        return log
    }

    public func reset() {
        lock.lock()
        log = []
        lock.unlock()
    }
}
