// The only way rendered frames reach a terminal. The ncurses backend and the memory backend used
// in tests both implement it, so the run loop is tested without a terminal.

public protocol TerminalBackend: AnyObject {
    /// Current terminal size in columns and rows.
    var size: (width: Int, height: Int) { get }
    /// Shows `buffer`, writing only what changed since the last frame, and places the cursor
    /// (hidden when nil).
    func draw(_ buffer: Buffer, cursor: (x: Int, y: Int)?)
    /// The next key, waiting at most `timeoutMilliseconds` (negative: wait forever); nil on timeout.
    func readKey(timeoutMilliseconds: Int) -> Key?
}
