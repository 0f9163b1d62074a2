import ArgumentParser
import AwardDomain
import AwardStore
import Foundation

/// `qaward experts import|export`: the expert pool as CSV, as Excel writes and reads it.
struct ExpertCommands: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "experts", abstract: "Import or export the expert pool (CSV).",
        subcommands: [ExpertsImport.self, ExpertsExport.self, ExpertKeyCommand.self])
}

/// All rows are checked first; one bad row and nothing is imported, with every problem listed by row and column.
struct ExpertsImport: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Import experts from a CSV file (all or nothing).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The CSV file.") var file: String

    func run() throws {
        let lang = global.language
        let bytes = try global.readFile(file)
        let store = try openStore(global)
        defer { store.close() }
        switch CSVImport.parse(kind: .experts, data: bytes, registry: store.data.registry, cycle: store.data.cycle) {
        case .failure(let errors):
            throw CommandFailure(errors.report(lang: lang))
        case .success(let batch):
            for action in batch.actions() { try global.commit(action, to: store) }
            print(Phrase.expertsImported(count: batch.count).text(lang))
        }
    }
}

struct ExpertsExport: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Export the expert pool: CSV (UTF-8 with BOM) or .xlsx.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The file to write: CSV, or an Excel workbook when it ends in .xlsx.") var file: String

    func run() throws {
        let lang = global.language
        let store = try openStore(global)
        let experts = store.data.registry.experts
        store.close()
        try global.writeExport(CSVExport.expertsTable(experts, lang: lang), sheetName: CSVKind.experts.name.text(lang), to: file)
        print(Phrase.expertsExported(experts: experts.count, file: file).text(lang))
    }
}
