import Foundation
import Testing

/// Drives the real `qaward` binary in a real terminal: a detached tmux session of a fixed size,
/// keys sent with `send-keys`, the screen read back with `capture-pane`, as a user would see it.
final class Tmux {
    let name: String
    let width: Int
    let height: Int

    static var isAvailable: Bool { which("tmux") != nil }

    static func which(_ tool: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let p = "\(dir)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }

    /// Starts `command` (run by the shell) in a new session; the shell stays so its prompt can be checked.
    /// Without tmux the test fails with this, never skips: CI installs it (`.ci/run`).
    struct TmuxMissing: Error, CustomStringConvertible {
        var description: String { "tmux is not installed: the end-to-end tests need it (apt-get install tmux)" }
    }

    init(command: String, width: Int = 100, height: Int = 30) throws {
        guard Tmux.isAvailable else { throw TmuxMissing() }
        name = "qaward-e2e-\(UUID().uuidString.prefix(8))"
        self.width = width
        self.height = height
        try run(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)",
                      "env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color PS1='e2e$ ' bash --norc --noprofile"])
        try run(["set-option", "-t", name, "status", "off"])
        try send(literal: command)
        try send(keys: "Enter")
    }

    // Each session has a tmux server of its own (`-L`), so the tests neither see nor disturb any
    // other tmux on the machine, and a server killed elsewhere cannot take a test down with it.
    deinit { _ = try? run(["kill-server"]) }

    @discardableResult
    func run(_ args: [String]) throws -> String { try Tmux.run(["-L", name] + args) }

    /// Runs tmux to its end, its output through a file. Spawned directly rather than through
    /// Foundation's `Process`: a command that starts the tmux server leaves the forked server
    /// holding every descriptor the client inherited, and `Process` (and any pipe) would then
    /// wait for the server's end instead of the command's.
    @discardableResult
    static func run(_ args: [String]) throws -> String {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let argv = [which("tmux") ?? "/usr/bin/tmux"] + args
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, out.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // The server and the program under test must start with default signal handling and no
        // blocked signals (the test process may block some): SIGWINCH is how a resize arrives.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for a in cArgs { free(a) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, argv[0], &actions, &attributes, &cArgs, environ)
        guard rc == 0 else { throw SpawnFailed(code: rc) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return String(decoding: (try? Data(contentsOf: out)) ?? Data(), as: UTF8.self)
    }

    struct SpawnFailed: Error { var code: Int32 }

    /// Types text as it is (Chinese included).
    func send(literal text: String) throws { try run(["send-keys", "-t", name, "-l", text]) }

    /// Named keys: "Enter", "Escape", "F1", "Tab", "BTab", "Down", "C-c" …
    func send(keys: String...) throws { try run(["send-keys", "-t", name] + keys) }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The screen as lines of text.
    func screen() throws -> [String] {
        try run(["capture-pane", "-p", "-t", name]).components(separatedBy: "\n")
    }

    /// Waits until `predicate` holds for the screen (polling; the bound only stops a hung test).
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 20, _ predicate: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var last: [String] = []
        while Date() < deadline {
            last = try screen()
            // A frame can be captured while the terminal is still drawing it: the match counts
            // once the screen has settled (the same a moment later), so what the caller checks
            // next on it is the whole frame.
            if predicate(last) {
                Thread.sleep(forTimeInterval: 0.05)
                let again = try screen()
                if again == last { return last }
                last = again
                continue
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        Issue.record("timed out waiting for \(what); screen was:\n\(last.joined(separator: "\n"))")
        throw TmuxTimeout()
    }

    @discardableResult
    func waitFor(text: String, timeout: Double = 20) throws -> [String] {
        try waitFor("“\(text)”", timeout: timeout) { $0.contains { $0.contains(text) } }
    }

    /// Waits until the program has ended and the shell prompt is the last line on screen: the
    /// line that started the program also holds the prompt, and a program that saves on exit
    /// (the last checkpoint) is still running while that line is shown.
    @discardableResult
    func waitForShellPrompt(_ what: String = "the shell prompt") throws -> [String] {
        try waitFor(what) { $0.last { !$0.isEmpty }?.hasPrefix("e2e$") ?? false }
    }

    struct TmuxTimeout: Error {}
}

/// Paths of the package and of the binary that `swift test` built with this test target.
enum Paths {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The `qaward` binary next to this test bundle (.build/<triple>/debug/).
    static var binary: String {
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("qaward").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/qaward").path
    }

    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("qaward-e2e-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// The column at which `needle` starts in `line`, counting East Asian wide characters as two
/// columns the way the terminal does (an independent count from the program's own width table).
func column(of needle: String, in line: String) -> Int? {
    guard let r = line.range(of: needle) else { return nil }
    return line[line.startIndex..<r.lowerBound].unicodeScalars.reduce(0) { n, s in
        let v = s.value
        let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v)
        return n + (wide ? 2 : 1)
    }
}

extension Tmux {
    /// Named keys one after another, e.g. `press("Down", "Down", "Enter")`.
    func press(_ keys: String...) throws { for k in keys { try send(keys: k) } }

    /// The same named key `count` times (moving down a list).
    func press(_ key: String, times count: Int) throws { for _ in 0..<count { try send(keys: key) } }

    /// Fills a form from its current field: each value typed as it is (nil leaves that field),
    /// Tab to the next between them. A score sheet's items are typed the same way with "Enter"
    /// as the separator.
    func fill(_ values: [String?], separator: String = "Tab") throws {
        for (i, v) in values.enumerated() {
            if i > 0 { try send(keys: separator) }
            if let v { try send(literal: v) }
        }
    }

    /// The status line (the line above the key bar) once it holds `text`: where a refusal is shown.
    @discardableResult
    func waitForStatus(_ text: String, timeout: Double = 20) throws -> String {
        let lines = try waitFor("the status line to say “\(text)”", timeout: timeout) { lines in
            let shown = lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            return shown.count >= 2 && shown[shown.count - 2].contains(text)
        }
        let shown = lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return shown[shown.count - 2]
    }
}
