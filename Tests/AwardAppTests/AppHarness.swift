import AwardDomain
import AwardStore
import Foundation
import TerminalUI
@testable import AwardApp

/// Drives the app as the run loop does, without a terminal or disk: keys in, effects applied
/// through the one reducer (`AwardData.applying`), screens rendered into an in-memory buffer.
struct AppHarness {
    var model: AppModel
    /// The in-memory world the effects run against, through the program's own interpreter.
    var io: MemoryIO
    var quit = false
    /// What `update` returned for the last message sent, before the interpreter ran it: the
    /// I/O the key asked for (the shell's own effects, status line and board date, are applied
    /// by then and show in the model).
    private(set) var effects: [Effect] = []

    var committed: [Action] { io.committed }
    var exports: [String: Data] { io.exports }
    var journal: [AuditLogLine] {
        get { io.journal }
        set { io.journal = newValue }
    }
    var auditReport: AuditReport {
        get { io.auditReport }
        set { io.auditReport = newValue }
    }
    var auditLoads: [(since: Day?, actor: String?)] { io.auditLoads }

    /// The sample 2026 cycle loaded from `sample-data/*.csv` through the real import path, with
    /// the office's review (SampleCycle.reviewActions).
    static func sampleData() -> AwardData {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let context = ActionContext(actor: "test", at: Timestamp(millis: 1_774_830_000_000))
        guard let data = SampleCycle.data(from: root.appendingPathComponent("sample-data"), context: context) else {
            preconditionFailure("sample-data/ does not load")
        }
        return data
    }

    init(lang: Language = .zh, data: AwardData = AppHarness.sampleData(), today: Day = Day("2026-03-20")!,
         reviewer: String? = nil, width: Int = 100, height: Int = 30, registry: ScreenRegistry = .standard) {
        let env = AppEnvironment(lang: lang, theme: .monochrome, operatorName: "测试员", reviewerID: reviewer,
                                 today: today, dataDirectory: "/data")
        var fixed = env
        fixed.makeSeed = { DrawSeed(bytes: Array(0..<32))! } // the worked example of docs/draw-algorithm.md
        fixed.clock = MemoryIO.clock // the procedure checks date a step as the store will
        model = AppModel(env: fixed, data: data, registry: registry)
        model.viewport = (width, height)
        io = MemoryIO(data: data, actor: env.operatorName)
    }

    /// Sends keys, as the run loop does: each key a message, its effects run by `EffectInterpreter`.
    mutating func send(_ keys: Key...) { send(keys) }

    mutating func send(_ keys: [Key]) {
        for key in keys { send(.key(key)) }
    }

    /// Sends one message (a resize, a tick, an I/O result) as the run loop would.
    mutating func send(_ msg: Msg) {
        effects = model.update(msg)
        if !EffectInterpreter.run(effects, model: &model, io: &io) { quit = true }
    }

    /// Data changed outside the app (another tool, a test's setup): the store and the screens
    /// both see it, and nothing is counted as committed here.
    mutating func replaceData(_ data: AwardData, by action: Action? = nil) {
        io.data = data
        model.dataDidChange(data, by: action)
    }

    /// Types text one character at a time, as wget_wch delivers it.
    mutating func type(_ text: String) { send(text.map { Key.char($0) }) }

    /// The screen as lines of text.
    func screen(width: Int? = nil, height: Int? = nil) -> [String] {
        var m = model
        m.viewport = (width ?? model.viewport.width, height ?? model.viewport.height)
        var buf = Buffer(width: m.viewport.width, height: m.viewport.height)
        _ = m.render(into: &buf)
        return buf.lines()
    }

    func screenText() -> String { screen().joined(separator: "\n") }
}
