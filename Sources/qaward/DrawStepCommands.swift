import ArgumentParser
import AwardDomain
import AwardStore
import Foundation

/// `qaward draw commit`: the first of the draw's two steps (第十一条（三）). Makes the seed, keeps
/// it secret in the data directory (0600, in no journaled file), journals its SHA-256 and the
/// commitment's publication, and prints (and with --export writes) the notice the supervisor
/// signs before the reveal, stamped with the journal's head.
struct DrawCommit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "commit",
        abstract: "Commit to a secret seed for a panel's draw and publish the commitment; `draw reveal` reveals it later.")

    enum Format: String, ExpressibleByArgument { case text, json }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: DrawPanelOptions
    @Option(help: "Also write the commitment notice to FILE: Word when it ends in .docx, else text.") var export: String?
    @Option(help: "text (default) or json.") var format: Format = .text

    private struct Output: Encodable {
        var draw: String
        var panel: String
        var commitment: String
        var committedAt: String
        var publishedAt: String
        var head: String
    }

    func run() throws {
        let lang = global.language
        let store = try openStore(global)
        defer { store.close() }
        let made = try options.commit(global, store: store, keepSeed: true)
        let data = try global.commit(.draw(.publishCommitment(drawID: made.drawID)), to: store)
        guard let record = data.cycle.drawRecord(made.drawID) else { throw CommandFailure("draw \(made.drawID) missing after commit") }
        let notice = CommitmentNotice.document(record, in: data, lang: lang).stamped(at: store.head, lang)
        if let export {
            let bytes = export.lowercased().hasSuffix(".docx") ? notice.docx(author: data.registry.settings.officeName) : Data(notice.plainText.utf8)
            try global.writeOutput(bytes, to: export)
        }
        if format == .json {
            try printJSON(Output(draw: record.id, panel: record.panelID, commitment: record.commitment, committedAt: record.committedAt.description,
                                 publishedAt: record.commitmentPublishedAt?.description ?? "", head: store.head.short))
            return
        }
        print(notice.plainText, terminator: "")
        if let export { print(Phrase.writtenTo(file: export).text(lang)) }
        let seedFile = (try? DrawSeedFiles.url(drawID: record.id, commitment: record.commitment, in: store.directory).path) ?? ""
        print(Phrase.seedKept(seedFile: seedFile, id: record.id).text(lang))
    }
}

/// `qaward draw reveal DRAW_ID`: the second step. Reveals the seed kept by `draw commit`, which
/// the reducer checks against the commitment before it draws, then removes the seed file.
struct DrawReveal: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reveal", abstract: "Reveal a committed draw's seed and draw the panel (after the commitment was published).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Draw record id, e.g. D2026-01-1.") var record: String

    func run() throws {
        let lang = global.language
        let store = try openStore(global)
        defer { store.close() }
        let d = try drawRecordOrFail(record, in: store, lang: lang)
        if let v = d.voided {
            throw CommandFailure(Phrase.drawVoidedCannotReveal(id: d.id, at: v.at.shortDescription), lang)
        }
        if let at = d.revealedAt {
            throw CommandFailure(Phrase.drawAlreadyRevealed(id: d.id, at: at.seconds), lang)
        }
        do { try DrawRules.checkRevealable(d) } catch { throw CommandFailure(error.text(lang)) }
        let seed: DrawSeed?
        do { seed = try DrawSeedFiles.load(drawID: d.id, commitment: d.commitment, in: store.directory) } catch { throw CommandFailure(error.text(lang)) }
        guard let seed else {
            let path = (try? DrawSeedFiles.url(drawID: d.id, commitment: d.commitment, in: store.directory).path) ?? d.id
            throw CommandFailure(Phrase.seedNotHere(id: d.id, path: path), lang)
        }
        let data = try global.commit(.draw(.reveal(drawID: d.id, seed: seed.hex)), to: store)
        do { try DrawSeedFiles.remove(drawID: d.id, commitment: d.commitment, in: store.directory) } catch {
            FileHandle.standardError.write(Data(("qaward: " + TerminalText.escaped(error.text(lang)) + "\n").utf8))
        }
        guard let revealed = data.cycle.drawRecord(d.id) else { throw CommandFailure("draw \(d.id) missing after reveal") }
        print(DrawReport.text(revealed, in: data, lang: lang, head: store.head), terminator: "")
    }
}
