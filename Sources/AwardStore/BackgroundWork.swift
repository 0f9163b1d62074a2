import Dispatch
import Foundation

/// Work started on another thread whose result the store picks up later: a file decoded while
/// the others are read, a checkpoint encoded while the user types.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    /// Signalled once by the worker, for a caller that must wait.
    private let done = DispatchSemaphore(value: 0)
    // Guarded by `lock`: written once by the worker, read by the caller.
    private let lock = NSLock()
    private var outcome: Result<Value, StoreError>?

    init(_ body: @escaping @Sendable () -> Result<Value, StoreError>) {
        DispatchQueue.global(qos: .userInitiated).async {
            let r = body()
            self.lock.lock()
            self.outcome = r
            self.lock.unlock()
            self.done.signal()
        }
    }

    var isDone: Bool {
        lock.lock()
        defer { lock.unlock() }
        return outcome != nil
    }

    /// The result, waiting for the worker if it is not done yet.
    func value() throws(StoreError) -> Value {
        if !isDone { done.wait() }
        lock.lock()
        let r = outcome
        lock.unlock()
        guard let r else { preconditionFailure("background work read before it finished") }
        return try r.get()
    }
}
