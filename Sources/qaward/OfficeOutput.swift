import ArgumentParser
import AwardDomain
import AwardStore
import Foundation

/// `--format` of the listing commands: the table on screen, JSON for scripts, or an Excel
/// workbook or Word document written to `--out FILE`.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, xlsx, docx

    var isFile: Bool { self == .xlsx || self == .docx }
}

extension GlobalOptions {
    /// Writes a Word or Excel file to `--out` (atomic, 0600 unless `--file-mode`) and says where; refuses without `--out`,
    /// since a binary file on the terminal helps nobody.
    func writeFile(_ bytes: Data, out: String?, format: String) throws {
        guard let out else {
            throw CommandFailure(Phrase(zh: "--format \(format) 需要 --out 文件名，例如 --out 名单.\(format)",
                                        en: "--format \(format) needs --out FILE, e.g. --out list.\(format)"), language)
        }
        try writeOutput(bytes, to: out)
        print(Phrase(zh: "已写入 \(out)", en: "Written to \(out)").text(language))
    }

    /// An exchanged table to `file`: an Excel workbook when the name ends in .xlsx, else CSV;
    /// atomic and 0600 (unless `--file-mode`) either way.
    func writeExport(_ table: OfficeTable, sheetName: String, to file: String, excel: Bool? = nil) throws {
        let xlsx = excel ?? file.lowercased().hasSuffix(".xlsx")
        let bytes = xlsx ? table.xlsx(sheetName: sheetName) : CSVExport.table(table)
        try writeOutput(bytes, to: file)
    }

    /// A listing as a workbook (one sheet named `title`) or as a document (the title, the
    /// table, the office, the day and the journal head it was made at, for `audit verify
    /// --anchor`), for `--format xlsx|docx`.
    func writeTable(_ table: OfficeTable, title: String, format: ListFormat, out: String?, settings: OfficeSettings, head: JournalHead) throws {
        switch format {
        case .xlsx:
            try writeFile(table.xlsx(sheetName: title), out: out, format: "xlsx")
        case .docx:
            let day = try todayDay()
            let doc = OfficeDocument(title: title, blocks: [.table(table)], closing: [settings.officeName, day.written(language)])
                .stamped(at: head, language)
            try writeFile(doc.docx(author: settings.officeName), out: out, format: "docx")
        case .table, .json:
            preconditionFailure("writeTable is for file formats")
        }
    }
}
