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
    init(command: String, width: Int = 100, height: Int = 30) throws {
        name = "qaward-e2e-\(UUID().uuidString.prefix(8))"
        self.width = width
        self.height = height
        try Tmux.run(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)",
                      "env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color PS1='e2e$ ' bash --norc --noprofile"])
        try Tmux.run(["set-option", "-t", name, "status", "off"])
        try send(literal: command)
        try send(keys: "Enter")
    }

    deinit { _ = try? Tmux.run(["kill-session", "-t", name]) }

    @discardableResult
    static func run(_ args: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: which("tmux") ?? "/usr/bin/tmux")
        p.arguments = args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = Pipe()
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Types text as it is (Chinese included).
    func send(literal text: String) throws { try Tmux.run(["send-keys", "-t", name, "-l", text]) }

    /// Named keys: "Enter", "Escape", "F1", "Tab", "BTab", "Down", "C-c" …
    func send(keys: String...) throws { try Tmux.run(["send-keys", "-t", name] + keys) }

    func resize(width: Int, height: Int) throws {
        try Tmux.run(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The screen as lines of text.
    func screen() throws -> [String] {
        try Tmux.run(["capture-pane", "-p", "-t", name]).components(separatedBy: "\n")
    }

    /// Waits until `predicate` holds for the screen (polling; the bound only stops a hung test).
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 20, _ predicate: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var last: [String] = []
        while Date() < deadline {
            last = try screen()
            if predicate(last) { return last }
            Thread.sleep(forTimeInterval: 0.1)
        }
        Issue.record("timed out waiting for \(what); screen was:\n\(last.joined(separator: "\n"))")
        throw TmuxTimeout()
    }

    @discardableResult
    func waitFor(text: String, timeout: Double = 20) throws -> [String] {
        try waitFor("“\(text)”", timeout: timeout) { $0.contains { $0.contains(text) } }
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
