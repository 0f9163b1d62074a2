import ArgumentParser
import AwardDomain
import AwardStore
import Foundation

/// `qaward draw …`: the expert draw of 第十一条（三） from the command line.
struct DrawCommands: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draw", abstract: "Draw review panels from the expert pool (第十一条（三）).",
        subcommands: [DrawNew.self, DrawCommit.self, DrawReveal.self, DrawShow.self, DrawVerify.self, DrawVoid.self])
}

/// Opens the store or throws the store's message.
func openStore(_ global: GlobalOptions) throws -> Store {
    do { return try global.openedStore() } catch {
        throw CommandFailure(error.text(global.language))
    }
}

func drawRecordOrFail(_ id: String, in store: Store, lang: Language) throws -> DrawRecord {
    guard let d = store.data.cycle.drawRecord(id) else {
        throw CommandFailure(Phrase.noDrawRecord(id: id).text(lang))
    }
    return d
}

/// The panel options `draw new` and `draw commit` share: the panel (made when it does not exist),
/// its size and the supervisor.
struct DrawPanelOptions: ParsableArguments {
    @Option(help: "Panel id, e.g. P2026-01.") var panel: String
    @Option(help: "Panel name (for a new panel; default: the id).") var name: String?
    @Option(help: "Application ids, comma-separated (for a new panel).") var applications: String?
    @Option(help: "Review dates YYYY-MM-DD~YYYY-MM-DD (for a new panel).") var dates: String?
    @Option(help: "Members, at least 3 (第十一条（三）).") var size: Int = 5
    @Option(help: "Alternates.") var alternates: Int = 2
    @Option(help: "The supervisor from the discipline-inspection group (派驻纪检监察组).") var supervisor: String

    /// Makes the panel when it does not exist and commits to a fresh seed, refusing a too-small
    /// pool before anything is written; returns the seed, the draw id and the data after.
    func commit(_ global: GlobalOptions, store: Store, keepSeed: Bool) throws -> (seed: DrawSeed, drawID: String, data: AwardData) {
        let lang = global.language
        if let e = DrawChecks.panelSize(size) { throw CommandFailure(e.text(lang)) }
        var data = store.data
        let p: Panel
        if let existing = data.cycle.panel(panel) {
            if existing.size != size || existing.alternates != alternates {
                throw CommandFailure(Phrase.panelSizeDiffers(panel: panel, size: existing.size, alternates: existing.alternates, newSize: size, newAlternates: alternates).text(lang))
            }
            p = existing
        } else {
            guard let apps = applications, let d = dates else {
                throw CommandFailure(Phrase.noPanelToDraw(panel: panel).text(lang))
            }
            guard let range = parseDayRange(d) else {
                throw CommandFailure(Phrase.datesNotARange(text: d).text(lang))
            }
            let ids = apps.split(whereSeparator: { ",，; ".contains($0) }).map(String.init)
            p = Panel(id: panel, name: name ?? panel, applicationIDs: ids, dates: range, size: size, alternates: alternates)
        }
        // Refuse a too-small pool before anything is written, so a refused draw leaves no panel behind.
        let pool = Conflicts.evaluate(panel: p, applications: data.cycle.applications, registry: data.registry)
        if let e = DrawChecks.pool(pool, size: p.size, alternates: p.alternates) {
            var lines = [e.text(lang)]
            for x in pool.exclusions {
                let name = data.registry.expert(x.expertID)?.name ?? ""
                lines.append("  \(x.expertID) \(name)：" + x.reasons.map { $0.text(lang) }.joined(separator: Phrase.listSeparator.text(lang)))
            }
            throw CommandFailure(lines.joined(separator: "\n"))
        }
        if data.cycle.panel(panel) == nil { data = try global.commit(.draw(.createPanel(p)), to: store) }
        let seed = DrawSeed.secure()
        let drawID = DrawChecks.nextDrawID(panelID: p.id, in: data.cycle)
        // The seed is kept before its commitment is journaled: a commitment without its seed
        // could only be voided. A refused commitment leaves no seed behind.
        if keepSeed {
            do { try DrawSeedFiles.save(seed, drawID: drawID, in: store.directory) } catch { throw CommandFailure(error.text(lang)) }
        }
        do {
            data = try global.commit(.draw(.commit(drawID: drawID, panelID: p.id, supervisor: supervisor, commitment: seed.commitment)), to: store)
        } catch {
            if keepSeed { try? DrawSeedFiles.remove(drawID: drawID, commitment: seed.commitment, in: store.directory) }
            throw error
        }
        return (seed, drawID, data)
    }
}

/// Commits to a fresh seed and reveals it in one step, for scripts. Nobody can have seen the
/// commitment before the seed was known, and the record says so; `draw commit` and `draw reveal`
/// make the two steps.
struct DrawNew: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Draw a panel at once: commit to a seed and reveal it (the record says the commitment was not published before the reveal).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: DrawPanelOptions

    func run() throws {
        let store = try openStore(global)
        defer { store.close() }
        let made = try options.commit(global, store: store, keepSeed: false)
        let data = try global.commit(.draw(.reveal(drawID: made.drawID, seed: made.seed.hex)), to: store)
        guard let record = data.cycle.drawRecord(made.drawID) else { throw CommandFailure("draw \(made.drawID) missing after reveal") }
        print(DrawReport.text(record, in: data, lang: global.language, head: store.head), terminator: "")
    }
}

func parseDayRange(_ s: String) -> DayRange? {
    let parts = s.split(separator: "~").map { $0.trimmingCharacters(in: .whitespaces) }
    guard (1...2).contains(parts.count), let from = Day(parts[0]), let to = Day(parts[parts.count - 1]), from <= to else { return nil }
    return DayRange(from: from, to: to)
}

struct DrawShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print a draw record as text or JSON.")

    enum Format: String, ExpressibleByArgument { case text, json, docx }

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Draw record id, e.g. D2026-01-1.") var record: String
    @Option(help: "text (default), json (for scripts/replay-draw.py) or docx (Word, for signatures; with --out).") var format: Format = .text
    @Option(help: "The file for docx.") var out: String?

    func run() throws {
        let store = try openStore(global)
        defer { store.close() }
        let d = try drawRecordOrFail(record, in: store, lang: global.language)
        switch format {
        case .text: print(DrawReport.text(d, in: store.data, lang: global.language, head: store.head), terminator: "")
        case .json: print(String(decoding: DrawReport.json(d), as: UTF8.self))
        case .docx:
            let doc = DrawReport.document(d, in: store.data, lang: global.language).stamped(at: store.head, global.language)
            try global.writeFile(doc.docx(author: store.data.registry.settings.officeName), out: out, format: "docx")
        }
    }
}

struct DrawVerify: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "verify", abstract: "Replay a draw record; exit 1 when anything differs.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Draw record id.") var record: String

    func run() throws {
        let lang = global.language
        let d: DrawRecord
        do {
            let store = try openStore(global)
            defer { store.close() }
            d = try drawRecordOrFail(record, in: store, lang: lang)
        }
        let v = DrawAlgorithm.verify(record: d)
        guard v.matches else { throw CommandFailure("\(d.id): " + v.details.text(lang)) }
        print("\(d.id): " + v.details.text(lang))
    }
}

struct DrawVoid: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "void", abstract: "Void a draw, with the reason; its record stays.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Draw record id.") var record: String
    @Option(help: "Why the draw is voided (kept in the record).") var reason: String

    func run() throws {
        let lang = global.language
        let store = try openStore(global)
        defer { store.close() }
        let voided = try drawRecordOrFail(record, in: store, lang: lang)
        let action = Action.draw(.void(drawID: record, reason: reason))
        // Say what happens to the sheets already submitted under this draw (第十一条（三）).
        let leftOut = Procedure.sheetsLeftOut(by: action, in: store.data, context: ActionContext(actor: global.operatorName, at: Timestamp(Date())))
        try global.commit(action, to: store)
        // A voided draw's seed (kept by `draw commit` or the draw screen) is of no more use; the
        // draw screen's void removes it too. A failure to remove it is said, the void stands.
        do { try DrawSeedFiles.remove(drawID: record, commitment: voided.commitment, in: store.directory) } catch {
            FileHandle.standardError.write(Data(("qaward: " + TerminalText.escaped(error.text(lang)) + "\n").utf8))
        }
        print(Phrase.drawVoided(record: record).text(lang))
        if !leftOut.isEmpty {
            print(Phrase.sheetsNoLongerCount(count: leftOut.count, sheets: leftOut).text(lang))
        }
    }
}
