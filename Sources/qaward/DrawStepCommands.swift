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
        if let export { print(Phrase(zh: "已写入 \(export)", en: "Written to \(export)").text(lang)) }
        let seedFile = (try? DrawSeedFiles.url(drawID: record.id, in: store.directory).path) ?? ""
        print(Phrase(zh: "随机种子已保存在 \(seedFile)（仅本人可读），揭示前不公开；公开种子：qaward draw reveal \(record.id)", en: "The seed is kept in \(seedFile) (owner only) and stays secret until the reveal: qaward draw reveal \(record.id)").text(lang))
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
            throw CommandFailure(Phrase(zh: "抽取 \(d.id) 已于 \(v.at.shortDescription) 作废，不能公开种子", en: "Draw \(d.id) was voided at \(v.at.shortDescription) and cannot be revealed"), lang)
        }
        if let at = d.revealedAt {
            throw CommandFailure(Phrase(zh: "抽取 \(d.id) 已于 \(at.seconds) 公开种子，不能再次公开（查看：qaward draw show \(d.id)）",
                                        en: "Draw \(d.id) was revealed at \(at.seconds) and cannot be revealed again (see qaward draw show \(d.id))"), lang)
        }
        do { try DrawRules.checkRevealable(d) } catch { throw CommandFailure(error.text(lang)) }
        let seed: DrawSeed?
        do { seed = try DrawSeedFiles.load(drawID: d.id, in: store.directory) } catch { throw CommandFailure(error.text(lang)) }
        guard let seed else {
            let path = (try? DrawSeedFiles.url(drawID: d.id, in: store.directory).path) ?? d.id
            throw CommandFailure(Phrase(zh: "抽取 \(d.id) 的随机种子不在本数据目录（\(path)）：它在另一台电脑上生成或已丢失。请写明理由作废本次抽取（qaward draw void \(d.id) --reason …）后重新抽取",
                                        en: "The seed of draw \(d.id) is not in this data directory (\(path)): it was made on another machine or lost. Void the draw with a reason (qaward draw void \(d.id) --reason …) and draw again"), lang)
        }
        let data = try global.commit(.draw(.reveal(drawID: d.id, seed: seed.hex)), to: store)
        do { try DrawSeedFiles.remove(drawID: d.id, in: store.directory) } catch {
            FileHandle.standardError.write(Data(("qaward: " + TerminalText.escaped(error.text(lang)) + "\n").utf8))
        }
        guard let revealed = data.cycle.drawRecord(d.id) else { throw CommandFailure("draw \(d.id) missing after reveal") }
        print(DrawReport.text(revealed, in: data, lang: lang, head: store.head), terminator: "")
    }
}
