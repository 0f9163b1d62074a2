import ArgumentParser
import AwardDomain
import AwardStore
import Foundation

extension CSVKind: ExpressibleByArgument {}

/// `qaward import orgs|records|awards|applications|experts|scores FILE`: every row is checked
/// first; a single bad row applies nothing and the report names each bad row and column.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Import a CSV file (UTF-8, as Excel saves it).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "What the file holds: orgs, records, awards, applications, experts or scores.")
    var kind: CSVKind

    @Argument(help: "The CSV file.")
    var file: String

    func run() throws {
        let lang = global.language
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandFailure(lang == .zh ? "无法读取文件 \(file)：请检查路径和权限" : "Cannot read \(file): check the path and permissions")
        }
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
            print(lang == .zh ? "已导入\(kind.name.zh) \(batch.count) 条" : "Imported \(batch.count) \(kind.name.en)")
        }
    }
}

/// `qaward export KIND FILE`: UTF-8 with BOM and CRLF so Excel shows Chinese correctly.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Export a CSV file for Excel.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "orgs, records, awards, applications, experts or scores.")
    var kind: CSVKind

    @Argument(help: "The CSV file to write.")
    var file: String

    func run() throws {
        let lang = global.language
        let store = try global.openStore()
        defer { store.close() }
        let data = CSVExport.data(kind: kind, registry: store.data.registry, cycle: store.data.cycle, lang: lang)
        guard FileManager.default.createFile(atPath: file, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw CommandFailure(lang == .zh ? "无法写入 \(file)：请检查路径和权限" : "Cannot write \(file): check the path and permissions")
        }
        print(lang == .zh ? "已导出到 \(file)" : "Exported to \(file)")
    }
}
