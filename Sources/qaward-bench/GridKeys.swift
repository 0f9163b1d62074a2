import AwardApp
import AwardDomain
import AwardStore
import Foundation
import TerminalUI

/// The score-entry grid driven by keys as a user drives it: `4` to the scoring screen, `g` to the
/// stage and ↓ to the first sheet that is not submitted (a submitted sheet is locked), Enter.
enum GridKeys {
    /// The number key of the scoring screen (`4`).
    static let scoringKey = ScreenID.scoring.numberKey

    /// The first sheet that is not submitted: its stage and its row in the chooser's order
    /// (panels with a draw in force, their applicants, the draw's current members). A generated
    /// cycle has every D sheet submitted, so this is usually a Q&A sheet of a shortlisted
    /// applicant (condition S2: Q&A and on-site sheets for the 1:1.5 shortlist only).
    static func firstEditable(_ data: AwardData) -> (stage: Stage, row: Int)? {
        let sheets = Dictionary(data.cycle.sheets.map { ($0.id, $0.status) }, uniquingKeysWith: { a, _ in a })
        let shortlisted = Set(Shortlist.compute(data).shortlisted)
        for stage in Stage.allCases {
            var row = 0
            for p in data.cycle.panels {
                guard let d = p.drawID.flatMap(data.cycle.drawRecord), !d.isVoided else { continue }
                for app in p.applicationIDs {
                    for m in d.currentMembers {
                        let editable = stage == .document || shortlisted.contains(app)
                        if editable, sheets[ScoreSheet.makeID(stage: stage, applicationID: app, expertID: m)] != .submitted { return (stage, row) }
                        row += 1
                    }
                }
            }
        }
        return nil
    }

    /// A model with a sheet open in the grid, or nil when the data has no editable sheet.
    static func openGrid(_ data: AwardData, width: Int, height: Int) -> AppModel? {
        guard let found = firstEditable(data) else { return nil }
        let (stage, row) = found
        var m = Scenarios.model(data, width: width, height: height)
        _ = m.update(GridKeys.scoringKey)
        // `g` steps the chooser through the stages.
        for _ in 0..<(Stage.allCases.firstIndex(of: stage) ?? 0) { _ = m.update(.char("g")) }
        for _ in 0..<row { _ = m.update(.down) }
        _ = m.update(.enter)
        // A digit in an open grid puts the cursor in the cell; anywhere else it does not.
        var probe = m
        _ = probe.update(.char("5"))
        var buf = Buffer(width: width, height: height)
        return probe.render(into: &buf) == nil ? nil : m
    }
}

extension Scenarios {
    /// Keystrokes in the score-entry grid, each through `AppModel.update` and a full render:
    /// typing into a cell (a digit, then Backspace, alternately; nothing is committed) and moving
    /// the cursor (↓/↑ with nothing typed, so nothing is committed). The sheet list's ↓/↑ too.
    mutating func keystroke(_ data: AwardData) {
        var list = Scenarios.model(data)
        _ = list.update(GridKeys.scoringKey)
        var down = true
        let listStats = measure(repetitions: repetitions, inner: 50) {
            _ = list.update(down ? .down : .up)
            down.toggle()
            var buf = Buffer(width: 80, height: 24)
            _ = list.render(into: &buf)
        }
        add("keystroke, sheet list: update + render 80×24", listStats, target: nil, note: "↓/↑")

        for (w, h) in [(80, 24), (200, 60)] {
            guard var m = GridKeys.openGrid(data, width: w, height: h) else {
                if w == 80 { FileHandle.standardError.write(Data("\(name): no editable score sheet; grid keystrokes not measured\n".utf8)) }
                return
            }
            var typed = false
            let typing = measure(repetitions: repetitions, inner: 50) {
                _ = m.update(typed ? .backspace : .char("5"))
                typed.toggle()
                var buf = Buffer(width: w, height: h)
                _ = m.render(into: &buf)
            }
            add("keystroke, score grid: digit + render \(w)×\(h)", typing, target: targets.keystroke, note: "a digit or Backspace, no commit")
            _ = m.update(.escape) // leaves the cell as saved
            down = true
            let moving = measure(repetitions: repetitions, inner: 50) {
                _ = m.update(down ? .down : .up)
                down.toggle()
                var buf = Buffer(width: w, height: h)
                _ = m.render(into: &buf)
            }
            add("keystroke, score grid: cursor move + render \(w)×\(h)", moving, target: targets.keystroke, note: "↓/↑, nothing typed")
        }
    }

    /// Enter on a typed cell: the grid's `.scoring(.setPercent…)` committed to the store (journal
    /// line + the cycle file), on a copy. The model takes the saved data back between samples.
    mutating func saveScoreCell() throws {
        let copy = try DataSets.scratchCopy(of: dir)
        defer { try? FileManager.default.removeItem(at: copy) }
        let store = try Store.open(directory: copy, actor: "bench")
        defer { store.close() }
        guard var m = GridKeys.openGrid(store.data, width: 80, height: 24) else { return }
        var digit: Character = "6"
        var action: Action?
        var failure: Error?
        let stats = measure(repetitions: repetitions, setup: {
            // Types 60 or 70 (a change every time) and presses Enter: the effect is the save.
            if let a = action { m.dataDidChange(store.data, by: a) }
            digit = digit == "6" ? "7" : "6"
            _ = m.update(.char(digit))
            _ = m.update(.char("0"))
            let effects = m.update(.enter)
            _ = m.update(.up)
            action = nil
            if case .commit(let a, _)? = effects.first { action = a }
        }) {
            guard let a = action else { return }
            do {
                try store.commit(a)
            } catch { failure = error }
        }
        if let failure { throw failure }
        guard action != nil else { return }
        add("save one score cell (Enter in the grid, cycle file)", stats, target: targets.save)
    }
}
