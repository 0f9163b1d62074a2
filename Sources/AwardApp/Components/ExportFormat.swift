import AwardDomain
import AwardStore
import Foundation

/// What an export key writes: plain text as before, Word in the official layout (GB/T 9704), or
/// Excel for a table. The key opens a one-field modal to choose; Enter on the first choice gives
/// what the key wrote before.
public enum ExportFormat: String, Sendable, CaseIterable {
    case text, csv, docx, xlsx

    var label: Phrase {
        switch self {
        case .text: Phrase(zh: "文本（.txt）", en: "text (.txt)")
        case .csv: Phrase(zh: "CSV 文件（.csv）", en: "CSV (.csv)")
        case .docx: Phrase(zh: "Word 公文（.docx）", en: "Word (.docx)")
        case .xlsx: Phrase(zh: "Excel 表格（.xlsx）", en: "Excel (.xlsx)")
        }
    }
}

enum ExportField: Hashable, Sendable { case format }

extension Modal where Name == ExportField {
    /// "导出：获奖名单公布通知" with the formats the document has.
    static func exportFormat(_ what: Phrase, formats: [ExportFormat]) -> Modal {
        Modal(title: Phrase(zh: "导出：\(what.zh)", en: "Export: \(what.en)"), fields: [
            ModalField(.format, Phrase(zh: "格式", en: "Format"), .choice(formats.map { Choice(value: $0.rawValue, label: $0.label) }),
                       hint: Phrase(zh: "←/→ 选择，Enter 导出", en: "←/→ to choose, Enter to export")),
        ])
    }

    var exportFormat: ExportFormat { choice(.format).flatMap(ExportFormat.init(rawValue:)) ?? .text }
}

extension OfficeDocument {
    /// The export effect of a document in a format: `base.txt` or `base.docx` (stamped with the
    /// journal head when written), or its first table as `base.csv` or `base.xlsx`, into the data
    /// directory's exports/.
    func exportEffects(base: String, format: ExportFormat, author: String, lang: Language) -> [Effect] {
        switch format {
        case .text, .docx: [.exportDocument(self, base: base, format: format, author: author, lang: lang)]
        case .csv, .xlsx: [fileExport(base: base, format: format, author: author)]
        }
    }

    /// The file of one format, as it is written.
    func fileExport(base: String, format: ExportFormat, author: String) -> Effect {
        switch format {
        case .text: .export(fileName: base + ".txt", contents: Data(plainText.utf8))
        case .csv: .export(fileName: base + ".csv", contents: CSVExport.table(tables.first ?? OfficeTable(headers: [], rows: [])))
        case .docx: .export(fileName: base + ".docx", contents: docx(author: author))
        case .xlsx: .export(fileName: base + ".xlsx", contents: xlsx())
        }
    }
}
