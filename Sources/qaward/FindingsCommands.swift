import ArgumentParser
import AwardDomain
import AwardStore
import Foundation

/// `qaward findings import|export FILE`: strengths and improvement opportunities per item, the
/// score CSV's key columns and a column per kind, for experts who draft in Excel or WPS.
struct FindingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "findings", abstract: "Import or export findings (优势, 改进机会; on site 已确认, 未确认), one row per item.",
        subcommands: [FindingsImport.self, FindingsExport.self])
}

struct FindingsImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import findings onto draft sheets, all or nothing; scores are not changed (第十一条（三）至（五）).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The CSV file (UTF-8; one finding per line inside a cell).") var file: String

    func run() throws {
        let lang = global.language
        let bytes = try global.readFile(file)
        let store = try global.openStore()
        defer { store.close() }
        switch CSVImport.parse(kind: .findings, data: bytes, registry: store.data.registry, cycle: store.data.cycle, rubrics: store.data.rubrics) {
        case .failure(let errors):
            throw CommandFailure(errors.report(lang: lang))
        case .success(let batch):
            do {
                for action in batch.actions() { _ = try store.commit(action) }
            } catch {
                throw CommandFailure(error.text(lang))
            }
            print(Phrase.findingsImported(count: batch.count).text(lang))
        }
    }
}

struct FindingsExport: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Export every finding of the cycle's sheets.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The file to write (created 0600): CSV, or an Excel workbook when it ends in .xlsx.") var file: String

    func run() throws {
        let lang = global.language
        let store = try global.openStore()
        defer { store.close() }
        let sheets = store.data.cycle.sheets
        try global.writeExport(CSVExport.findingsTable(sheets, lang: lang), sheetName: CSVKind.findings.name.text(lang), to: file)
        let count = sheets.reduce(0) { $0 + $1.findings.values.reduce(0) { $0 + $1.count } }
        print(Phrase.findingsExported(count: count, file: file).text(lang))
    }
}

/// `--stage D|Q|S` (or the stage's name).
struct StageArgument: ExpressibleByArgument {
    let stage: Stage
    init?(argument: String) {
        switch argument.lowercased() {
        case "d", "document", "资料评审": stage = .document
        case "q", "qa", "问询答辩": stage = .qa
        case "s", "onsite", "现场评审": stage = .onsite
        default: return nil
        }
    }
}
