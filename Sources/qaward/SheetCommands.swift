import ArgumentParser
import AwardDomain
import AwardStore
import Foundation


/// `qaward sheets submit|reopen SHEET_ID… [--reason TEXT]`, or every sheet of a panel at a stage
/// (`--panel P --stage D|Q|S`): the steps of 第十一条（三）至（五） that the scoring screen takes.
/// All or nothing: every sheet is checked in turn on the state the earlier ones leave, and only
/// when all pass is any saved.
struct SheetCommands: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sheets", abstract: "List, submit or reopen score sheets (第十一条（三）至（五）).",
        subcommands: [SheetList.self, SheetSubmit.self, SheetReopen.self])
}

struct SheetSelection: ParsableArguments {
    @Argument(help: "Sheet ids, e.g. D/A2026-001/E003.") var ids: [String] = []
    @Option(help: "Every sheet of this panel (with --stage).") var panel: String?
    @Option(help: "D, Q or S (with --panel).") var stage: Stage?

    /// The sheets named, or those of the panel at the stage in the given state.
    func sheets(in data: AwardData, status: Set<SheetStatus>, lang: Language) throws -> [String] {
        if let panel {
            guard ids.isEmpty, let stage else {
                throw CommandFailure(Phrase(zh: "--panel 须与 --stage 一起使用，且不再列出评分表编号", en: "--panel goes with --stage, and without sheet ids").text(lang))
            }
            guard data.cycle.panel(panel) != nil else {
                throw CommandFailure(Phrase.noPanel(panel: panel).text(lang))
            }
            let found = data.cycle.sheets.filter { $0.panelID == panel && $0.stage == stage && status.contains($0.status) }.map(\.id)
            guard !found.isEmpty else {
                throw CommandFailure(Phrase.noSheetToActOn(panel: panel, stage: stage.name).text(lang))
            }
            return found
        }
        guard !ids.isEmpty else { throw CommandFailure(Phrase(zh: "请给出评分表编号，或 --panel 与 --stage", en: "Give sheet ids, or --panel and --stage").text(lang)) }
        return ids
    }
}

struct SheetResult: Encodable {
    var id: String
    var status: String
}

extension GlobalOptions {
    /// Checks every action on the state the earlier ones leave, then saves them one by one.
    func commitAll(_ actions: [Action], to store: Store) throws {
        var probe = store.data
        let context = ActionContext(actor: operatorName, at: Timestamp(Date()))
        for a in actions {
            do { probe = try probe.applying(a, context: context) } catch {
                throw CommandFailure(error.text(language) + Phrase(zh: "；未保存任何评分表", en: "; no sheet was saved").text(language))
            }
        }
        for a in actions { try commit(a, to: store) }
    }

    func printSheets(_ ids: [String], in store: Store, format: OutputFormat, verb: Phrase) throws {
        let rows = ids.compactMap { id in store.data.cycle.sheets.first { $0.id == id } }.map { SheetResult(id: $0.id, status: $0.status.rawValue) }
        switch format {
        case .json: try printJSON(rows)
        case .table: for r in rows { print("\(verb.text(language))\t\(r.id)") }
        }
    }
}

struct SheetSubmit: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "submit", abstract: "Submit complete score sheets; a submitted sheet is locked.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var selection: SheetSelection
    @Option(help: "table or json.") var format: OutputFormat = .table

    func run() throws {
        let store = try global.openStore()
        defer { store.close() }
        let ids = try selection.sheets(in: store.data, status: [.draft, .reopened], lang: global.language)
        try global.commitAll(ids.map { .scoring(.submit(sheetID: $0)) }, to: store)
        try global.printSheets(ids, in: store, format: format, verb: Phrase(zh: "已提交", en: "submitted"))
    }
}

struct SheetReopen: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reopen", abstract: "Send submitted sheets back for changes, with the reason.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var selection: SheetSelection
    @Option(help: "The reason (required).") var reason = ""
    @Option(help: "table or json.") var format: OutputFormat = .table

    func run() throws {
        let store = try global.openStore()
        defer { store.close() }
        let ids = try selection.sheets(in: store.data, status: [.submitted], lang: global.language)
        try global.commitAll(ids.map { .scoring(.reopen(sheetID: $0, reason: reason)) }, to: store)
        try global.printSheets(ids, in: store, format: format, verb: Phrase(zh: "已退回", en: "reopened"))
    }
}
