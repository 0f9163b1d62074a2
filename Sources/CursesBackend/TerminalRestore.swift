import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Keeps the terminal usable whatever happens: SIGINT and SIGTERM become an orderly quit that the
/// run loop notices; a crash (a Swift trap is SIGILL or SIGTRAP) writes the sequences that leave
/// the alternate screen and show the cursor, restores the saved terminal modes, and re-raises.
public enum TerminalRestore {
    private static let quitRequested = Atomic<Bool>(false)
    nonisolated(unsafe) private static var savedModes = termios()
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []
    private static let installed = Atomic<Bool>(false)

    /// True once SIGINT or SIGTERM arrived; the run loop polls it between keys.
    public static var shouldQuit: Bool { quitRequested.load(ordering: .relaxed) }

    static func install() {
        guard !installed.exchange(true, ordering: .relaxed) else { return }
        tcgetattr(STDIN_FILENO, &savedModes)
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig, SIG_IGN)
            let s = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            s.setEventHandler { quitRequested.store(true, ordering: .relaxed) }
            s.resume()
            sources.append(s)
        }
        for sig in [SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE] {
            signal(sig, crashHandler)
        }
    }
}

/// Async-signal-safe: only write(2), tcsetattr(3) and signal/raise.
private func crashHandler(_ sig: Int32) {
    let seq = "\u{1B}[0m\u{1B}[?1049l\u{1B}[?25h\r\nqaward: 程序异常终止 / terminated abnormally\r\n"
    seq.utf8CString.withUnsafeBufferPointer { p in
        _ = write(STDERR_FILENO, p.baseAddress, p.count - 1)
    }
    TerminalRestore.restoreModes()
    signal(sig, SIG_DFL)
    raise(sig)
}

extension TerminalRestore {
    fileprivate static func restoreModes() {
        tcsetattr(STDIN_FILENO, TCSANOW, &savedModes)
    }
}
