import AwardApp
import AwardDomain
import AwardStore
import Foundation
import TerminalUI

/// One line of the report: a measurement, its spread, and the target it is held to.
struct Row: Codable, Sendable {
    var dataSet: String
    var name: String
    var stats: Stats?
    /// For single values (memory, in MiB).
    var value: Double?
    var unit: String
    var target: Double?
    var note: String?

    /// Met when the median (or the value) is within the target.
    var met: Bool? { target.map { t in (stats?.median ?? value ?? .infinity) <= t } }
}

/// The targets of docs/benchmarks.md, in milliseconds (memory in MiB).
struct Targets {
    var open: Double?
    var save: Double?
    var eligibilityAndRanking: Double?
    var draw: Double?
    var render: Double?
    var keystroke: Double?
    var memory: Double?

    static let province = Targets(open: 150, save: 20, eligibilityAndRanking: 20, draw: 5, render: 1, keystroke: 1, memory: 150)
    static let sample = Targets(open: 30)
}

/// The measurements on one data directory.
struct Scenarios {
    let name: String
    let dir: URL
    let repetitions: Int
    let targets: Targets
    var rows: [Row] = []

    static let today = Day(year: 2026, month: 6, day: 20)!

    static func model(_ data: AwardData, width: Int = 80, height: Int = 24) -> AppModel {
        let env = AppEnvironment(lang: .zh, theme: .defaultColors, operatorName: "bench", today: today, dataDirectory: "/data")
        var m = AppModel(env: env, data: data)
        m.viewport = (width, height)
        return m
    }

    mutating func add(_ label: String, _ stats: Stats, target: Double?, note: String? = nil) {
        rows.append(Row(dataSet: name, name: label, stats: stats, unit: "ms", target: target, note: note))
    }

    /// The measurements of `groups`, in report order ("save" includes the score cell's save).
    mutating func run(_ groups: Set<Bench.Group>) throws {
        if groups.contains(.open) { try openToFirstFrame() }
        if groups.contains(.save) {
            try save()
            try saveScoreCell()
        }
        let data = try loadData()
        if groups.contains(.compute) { compute(data) }
        if groups.contains(.draw) { try draw(data) }
        if groups.contains(.render) { render(data) }
        if groups.contains(.keystroke) { keystroke(data) }
        if groups.contains(.diff) { frameDiff(data) }
    }

    func loadData() throws -> AwardData {
        let store = try Store.open(directory: dir, actor: "bench")
        defer { store.close() }
        return store.data
    }

    /// Store.open (lock, checks, read and decode, replay) + AppModel (derived views) + the first frame at 80×24.
    mutating func openToFirstFrame() throws {
        var failure: Error?
        let stats = measure(repetitions: repetitions) {
            do {
                let store = try Store.open(directory: dir, actor: "bench")
                let m = Scenarios.model(store.data)
                var buf = Buffer(width: 80, height: 24)
                _ = m.render(into: &buf)
                store.close()
            } catch { failure = error }
        }
        if let failure { throw failure }
        add("open → first frame (80×24)", stats, target: targets.open)

        // Where the time goes: the store alone, and the model (derived views) alone.
        let storeOnly = measure(repetitions: repetitions) {
            if let s = try? Store.open(directory: dir, actor: "bench") { s.close() }
        }
        add("  of which Store.open", storeOnly, target: nil)
        let data = try loadData()
        add("  of which AppModel.init", measure(repetitions: repetitions) { _ = Scenarios.model(data) }, target: nil)
    }

    /// One change saved (its journal line appended + fsync), on a copy; and, for the record, the
    /// checkpoint that later writes the touched file (encode, temp file + fsync, journal entry,
    /// rename, folder fsync), which the app does off the keystroke path.
    mutating func save() throws {
        let copy = try DataSets.scratchCopy(of: dir)
        defer { try? FileManager.default.removeItem(at: copy) }
        let store = try Store.open(directory: copy, actor: "bench")
        defer { store.close() }
        guard let app = store.data.cycle.applications.first, let expert = store.data.registry.experts.first else { return }
        var n = 0
        var failure: Error?
        let cycleSave = measure(repetitions: repetitions) {
            n += 1
            do { try store.commit(.intake(.recordJudgement(applicationID: app.id, code: "E3", passed: true, note: "bench \(n)"))) } catch { failure = error }
        }
        if let failure { throw failure }
        add("save one change (cycle file)", cycleSave, target: targets.save)
        let registrySave = measure(repetitions: repetitions) {
            n += 1
            var e = expert
            e.title = "bench \(n)"
            do { try store.commit(.registry(.upsertExpert(e))) } catch { failure = error }
        }
        if let failure { throw failure }
        add("save one change (registry file)", registrySave, target: targets.save)

        // Another process on the same directory (a second store: the same files, locks and
        // reads as a second qaward) saves a change before each of this one's: the save first
        // reads and applies it under the lock.
        let other = try Store.open(directory: copy, actor: "bench-other")
        defer { other.close() }
        let afterOther = measure(repetitions: repetitions, setup: {
            n += 1
            do { try other.commit(.intake(.recordJudgement(applicationID: app.id, code: "E5", passed: true, note: "other \(n)"))) } catch { failure = error }
        }) {
            n += 1
            do { try store.commit(.intake(.recordJudgement(applicationID: app.id, code: "E3", passed: true, note: "bench \(n)"))) } catch { failure = error }
        }
        if let failure { throw failure }
        add("save one change after another process's (read first)", afterOther, target: targets.save)
        // How long one process takes to see another's change once it looks: the UI looks when
        // idle (every 250 ms) and before each key, so it shows within 250 ms plus this.
        let seen = measure(repetitions: repetitions, setup: {
            n += 1
            do { try other.commit(.intake(.recordJudgement(applicationID: app.id, code: "E5", passed: true, note: "other \(n)"))) } catch { failure = error }
        }) {
            do { _ = try store.refresh() } catch { failure = error }
        }
        if let failure { throw failure }
        add("another process's change seen (refresh)", seen, target: nil)
        let nothing = measure(repetitions: repetitions) { _ = try? store.refresh() }
        add("looking for others' changes when there are none", nothing, target: nil)

        for (label, action) in [("cycle", { (n: Int) in Action.intake(.recordJudgement(applicationID: app.id, code: "E3", passed: true, note: "bench \(n)")) }),
                                ("registry", { (n: Int) in var e = expert; e.title = "bench \(n)"; return Action.registry(.upsertExpert(e)) })] {
            let stats = measure(repetitions: repetitions, setup: {
                n += 1
                do { try store.commit(action(n)) } catch { failure = error }
            }) {
                do { try store.checkpoint() } catch { failure = error }
            }
            if let failure { throw failure }
            add("checkpoint of the \(label) file (between keys, in the background)", stats, target: nil)
        }
    }

    /// Eligibility of every application; aggregation, the 1 : 1.5 shortlist and the composite ranking.
    mutating func compute(_ data: AwardData) {
        let inner = max(1, 20 / max(1, repetitions / 10))
        let elig = measure(repetitions: repetitions, inner: inner) { _ = Eligibility.summaries(in: data) }
        add("eligibility, whole cycle (\(data.cycle.applications.count))", elig, target: nil)
        // The shortlist is computed once and the ranking built on it, as the ranking board does.
        let rank = measure(repetitions: repetitions, inner: inner) {
            _ = Ranking.compute(data, shortlist: Shortlist.compute(data))
        }
        add("stage results + shortlist + ranking", rank, target: nil)
        let both = measure(repetitions: repetitions, inner: inner) {
            _ = Eligibility.summaries(in: data)
            _ = Ranking.compute(data, shortlist: Shortlist.compute(data))
        }
        add("eligibility + ranking, whole cycle", both, target: targets.eligibilityAndRanking)
    }

    /// A new panel drawn from the whole pool: commit (conflicts over every expert, pool digest)
    /// and reveal (seed check, Fisher–Yates), through the reducer.
    mutating func draw(_ data: AwardData) throws {
        let apps = data.cycle.applications.filter { $0.status == .eligible }.prefix(10).map(\.id)
        guard !apps.isEmpty else { return }
        let ctx = ActionContext(actor: "bench", at: Timestamp(millis: 1_780_000_000_000))
        let panel = Panel(id: "P-bench", name: "bench", applicationIDs: apps,
                          dates: DayRange(from: Day(year: 2026, month: 7, day: 1)!, to: Day(year: 2026, month: 7, day: 2)!))
        let base = try data.applying(.draw(.createPanel(panel)), context: ctx)
        let seed = DrawSeed(bytes: Array(0..<32))!
        var failure: Error?
        let stats = measure(repetitions: repetitions, inner: 5) {
            do {
                let committed = try base.applying(.draw(.commit(drawID: "D-bench", panelID: panel.id, supervisor: "bench", commitment: seed.commitment)), context: ctx)
                _ = try committed.applying(.draw(.reveal(drawID: "D-bench", seed: seed.hex)), context: ctx)
            } catch { failure = error }
        }
        if let failure { throw failure }
        add("draw: commit + reveal (pool \(data.registry.experts.count))", stats, target: targets.draw)
    }

    /// Every screen into the in-memory buffer at 80×24 and 200×60.
    mutating func render(_ data: AwardData) {
        for (w, h) in [(80, 24), (200, 60)] {
            var m = Scenarios.model(data, width: w, height: h)
            for s in ScreenID.allCases {
                m.show(s)
                let stats = measure(repetitions: repetitions, inner: 20) {
                    var buf = Buffer(width: w, height: h)
                    _ = m.render(into: &buf)
                }
                add("render \(s) \(w)×\(h)", stats, target: targets.render)
            }
        }
    }
}
