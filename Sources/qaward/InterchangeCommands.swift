import ArgumentParser
import AwardDomain
import AwardStore
import Foundation

extension CSVKind: ExpressibleByArgument {}

/// `qaward import orgs|records|awards|applications|experts|scores FILE`: every row is checked
/// first; a single bad row applies nothing and the report names each bad row and column.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Import a CSV file (UTF-8, as Excel saves it) or an Excel workbook (.xlsx, first sheet).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "What the file holds: orgs, records, awards, applications, experts or scores.")
    var kind: CSVKind

    @Argument(help: "The CSV file or .xlsx workbook.")
    var file: String

    func run() throws {
        let lang = global.language
        let data = try global.readFile(file)
        let store = try global.openStore()
        defer { store.close() }
        switch CSVImport.parse(kind: kind, data: data, registry: store.data.registry, cycle: store.data.cycle,
                               rubrics: store.data.rubrics) {
        case .failure(let errors):
            throw CommandFailure(errors.report(lang: lang))
        case .success(let batch):
            do {
                for action in batch.actions() { try store.commit(action) }
            } catch {
                throw CommandFailure(error.text(lang))
            }
            print(Phrase.rowsImported(kind: kind.name, count: batch.count).text(lang))
        }
    }
}

/// `qaward export KIND FILE [--format csv|xlsx]`: CSV in UTF-8 with BOM and CRLF so Excel shows
/// Chinese correctly, or an Excel workbook (codes as text, numbers as numbers, dates as dates);
/// a FILE ending in .xlsx selects Excel.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Export a table for Excel: CSV or .xlsx.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, xlsx }

    @OptionGroup var global: GlobalOptions

    @Argument(help: "orgs, records, awards, applications, experts or scores.")
    var kind: CSVKind

    @Argument(help: "The file to write.")
    var file: String

    @Option(help: "csv or xlsx (default: xlsx when FILE ends in .xlsx, else csv).")
    var format: Format?

    func run() throws {
        let lang = global.language
        let store = try global.openStore()
        defer { store.close() }
        let table = CSVExport.officeTable(kind: kind, registry: store.data.registry, cycle: store.data.cycle, lang: lang)
        try global.writeExport(table, sheetName: kind.name.text(lang), to: file, excel: format.map { $0 == .xlsx })
        print(Phrase.exportedTo(file: file).text(lang))
    }
}
