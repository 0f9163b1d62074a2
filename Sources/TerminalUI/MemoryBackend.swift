// A terminal in memory for tests: keys come from a queue, frames are kept for inspection, and the
// diff runs a real backend would write are recorded.

/// Not Sendable: like a real terminal it belongs to the one thread running the loop.
public final class MemoryBackend: TerminalBackend {
    public var size: (width: Int, height: Int)
    /// Keys `readKey` returns, front first.
    public var keys: [Key]
    /// The last frame drawn, nil before the first.
    public private(set) var lastBuffer: Buffer?
    public private(set) var lastCursor: (x: Int, y: Int)?
    /// The runs written by the last draw.
    public private(set) var lastRuns: [CellRun] = []
    /// Every draw's runs, in order.
    public private(set) var writtenRuns: [[CellRun]] = []
    public private(set) var drawCount = 0

    public init(width: Int = 80, height: Int = 24, keys: [Key] = []) {
        size = (width, height)
        self.keys = keys
    }

    public func draw(_ buffer: Buffer, cursor: (x: Int, y: Int)?) {
        lastRuns = diff(from: lastBuffer, to: buffer)
        writtenRuns.append(lastRuns)
        lastBuffer = buffer
        lastCursor = cursor
        drawCount += 1
    }

    /// The next queued key, or nil (a timeout) when the queue is empty. Never waits.
    public func readKey(timeoutMilliseconds: Int) -> Key? {
        keys.isEmpty ? nil : keys.removeFirst()
    }

    /// Queues keys, e.g. `backend.type("盐城")` for a text field.
    public func type(_ text: String) {
        keys.append(contentsOf: text.map { Key.char($0) })
    }

    /// Changes the size and queues the `.resize` key a real terminal would report.
    public func resize(width: Int, height: Int) {
        size = (width, height)
        keys.append(.resize)
    }

    /// The last frame as text lines (empty before the first draw).
    public var screen: [String] { lastBuffer?.lines() ?? [] }
}
