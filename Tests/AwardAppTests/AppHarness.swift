import AwardDomain
import AwardStore
import Foundation
import TerminalUI
@testable import AwardApp

/// Drives the app as the run loop does, without a terminal or disk: keys in, effects applied
/// through the one reducer (`AwardData.applying`), screens rendered into an in-memory buffer.
struct AppHarness {
    var model: AppModel
    var quit = false
    /// Actions committed so far, in order.
    var committed: [Action] = []
    /// Documents exported so far, by file name.
    var exports: [String: Data] = [:]
    /// The journal as the store would list it: one line per committed action, oldest first.
    var journal: [AuditLogLine] = []
    /// What `.verifyAudit` reports (intact unless a test sets a problem).
    var auditReport = AuditReport(entriesChecked: 0, filesChecked: 3, problems: [])
    /// The filters of each `.loadAudit` asked for, in order.
    var auditLoads: [(since: Day?, actor: String?)] = []

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
         reviewer: String? = nil, width: Int = 100, height: Int = 30) {
        let env = AppEnvironment(lang: lang, theme: .monochrome, operatorName: "测试员", reviewerID: reviewer,
                                 today: today, dataDirectory: "/data")
        var fixed = env
        fixed.makeSeed = { DrawSeed(bytes: Array(0..<32))! } // the worked example of docs/draw-algorithm.md
        model = AppModel(env: fixed, data: data)
        model.viewport = (width, height)
    }

    /// Sends keys; a `.commit` effect is applied as the store would, a refusal shown as the store's message.
    mutating func send(_ keys: Key...) { send(keys) }

    mutating func send(_ keys: [Key]) {
        for key in keys {
            for effect in model.update(key) {
                switch effect {
                case .quit: quit = true
                case .commit(let action): commit([action])
                case .commitAll(let actions): commit(actions)
                case .export(let name, let contents): exports[name] = contents
                case .importCalendar(let path):
                    // The same file reading as the run loop's; tests point it at a temporary file.
                    switch CalendarFile.load(path: path, t: model.t) {
                    case .success(let loaded): commit([loaded.action])
                    case .failure(let problem): model.status = StatusMessage(problem.text, kind: .error)
                    }
                case .loadAudit(let since, let actor):
                    auditLoads.append((since, actor))
                    model.auditDidLoad(journal.filter { l in
                        (since.map { l.entry.time.day >= $0 } ?? true) && (actor.map { l.entry.actor == $0 } ?? true)
                    })
                case .verifyAudit:
                    var r = auditReport
                    if r.isIntact { r.entriesChecked = journal.count }
                    model.auditDidVerify(r)
                }
            }
        }
    }

    private mutating func commit(_ actions: [Action]) {
        for action in actions {
            do {
                // The harness's real clock reads the board date's day: facts are dated by the clock (C1).
                let context = ActionContext(actor: model.env.operatorName, at: Timestamp(iso: "\(model.env.today)T10:00:00.000+08:00")!,
                                            today: model.env.today)
                let next = try model.data.applying(action, context: context)
                committed.append(action)
                journal.append(AuditLogLine(entry: JournalEntry(seq: journal.count + 1, time: context.at, actor: context.actor, action: action),
                                            summary: action.summary()))
                model.dataDidChange(next, by: action)
            } catch {
                model.status = StatusMessage(error.text(model.env.lang), kind: .error)
                return
            }
        }
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
