import AwardDomain
import CSV
import Foundation
import OfficeFiles

/// A CSV file as read from disk: the header cells and the data rows, with the row numbers Excel
/// shows. Blank rows are skipped but still counted, so numbers stay those of the spreadsheet.
struct CSVTable {
    struct Row {
        var number: Int
        var cells: [String]
    }

    var header: [String]
    var rows: [Row]

    /// A cell longer than this is refused: no field of the award needs it, and it usually means a
    /// quote was left open and swallowed the rest of the file.
    static let maxFieldLength = 10_000

    /// Reads an Excel workbook (.xlsx, its first sheet) or a CSV file.
    static func read(_ data: Data) -> Result<CSVTable, ImportProblem> {
        OfficePackage.looksLikePackage(data) ? readWorkbook(data) : readCSV(data)
    }

    /// The first sheet of an .xlsx: the first row with any text is the header. Cells are as
    /// Excel shows them (dates as YYYY-MM-DD), so the same checks apply as to a CSV file.
    static func readWorkbook(_ data: Data) -> Result<CSVTable, ImportProblem> {
        let sheet: [XlsxReader.Row]
        do { sheet = try XlsxReader.firstSheet(data) } catch {
            return .failure(ImportProblem(row: 0, column: "", message: Phrase(
                zh: "无法读取该 Excel 文件（\(error)）：请在 Excel 中另存为“Excel 工作簿 (*.xlsx)”或“CSV UTF-8（逗号分隔）”后再导入",
                en: "The Excel file cannot be read (\(error)): save it again from Excel as “Excel Workbook (*.xlsx)” or “CSV UTF-8 (Comma delimited)” and import that")))
        }
        guard let first = sheet.first(where: { $0.cells.contains { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } }) else {
            return .failure(ImportProblem(row: 0, column: "", message: Phrase(zh: "工作表是空的：第1行应为表头", en: "The sheet is empty: row 1 should be the header")))
        }
        let header = first.cells.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        let rows = sheet.filter { $0.number > first.number }
            .filter { $0.cells.contains { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } }
            .map { Row(number: $0.number, cells: $0.cells) }
        return .success(CSVTable(header: header, rows: rows))
    }

    /// Reads UTF-8 bytes (with or without BOM, CRLF or LF). Anything else is refused with the
    /// save-as hint: the encoding is never guessed. A cell the exporter guarded against formulas
    /// (`CSVExport.guarded`) is read without its apostrophe.
    static func readCSV(_ data: Data) -> Result<CSVTable, ImportProblem> {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(notUTF8(found: Phrase(zh: "该文件是 UTF-16（Unicode 文本）编码", en: "This file is UTF-16 (Unicode text)")))
        }
        guard var text = String(validating: bytes, as: UTF8.self) else {
            return .failure(notUTF8(found: Phrase(zh: "该文件不是 UTF-8 编码（可能是 Excel 默认保存的 GBK“CSV（逗号分隔）”）",
                                                  en: "This file is not UTF-8 (perhaps Excel's default GBK “CSV (Comma delimited)”)")))
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let reader: CSVReader
        do { reader = try CSVReader(string: text, hasHeaderRow: false) } catch {
            return .failure(ImportProblem(row: 0, column: "", message: Phrase(zh: "无法读取该 CSV 文件", en: "The CSV file cannot be read")))
        }
        var header: [String]?
        var rows: [Row] = []
        var number = 0
        while let cells = reader.next() {
            number += 1
            if header == nil {
                // CSV.swift keeps a BOM inside the first cell when it was not stripped above.
                header = cells.map { $0.replacingOccurrences(of: "\u{FEFF}", with: "").trimmingCharacters(in: .whitespacesAndNewlines) }
                continue
            }
            if cells.allSatisfy({ $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) { continue }
            rows.append(Row(number: number, cells: cells.map(CSVExport.unguarded)))
        }
        guard let h = header, h.contains(where: { !$0.isEmpty }) else {
            return .failure(ImportProblem(row: 0, column: "", message: Phrase(zh: "文件是空的：第1行应为表头", en: "The file is empty: row 1 should be the header")))
        }
        return .success(CSVTable(header: h, rows: rows))
    }

    static func notUTF8(found: Phrase) -> ImportProblem {
        ImportProblem(row: 0, column: "", message: Phrase(
            zh: "\(found.zh)。请在 Excel 中“另存为”，文件类型选“CSV UTF-8（逗号分隔）(*.csv)”，再导入该文件。",
            en: "\(found.en). In Excel use Save As with the type “CSV UTF-8 (Comma delimited) (*.csv)” and import that file."))
    }
}

/// Which column of the file each spec column is in, and the header problems.
struct ColumnMap {
    /// Spec key → index in the row.
    var index: [String: Int] = [:]
    /// Spec key → header as written in the file (or the header the user would write, when missing).
    var header: [String: String] = [:]
    var problems: [ImportProblem] = []
    /// Columns with an empty header cell; their cells must be empty too.
    var unnamed: [Int] = []

    init(header cells: [String], columns: [Column]) {
        var unknown: [String] = []
        for (i, cell) in cells.enumerated() {
            if cell.isEmpty { unnamed.append(i); continue }
            guard let col = columns.first(where: { $0.matches(cell) }) else { unknown.append(cell); continue }
            if let first = header[col.key] {
                problems.append(ImportProblem(row: 1, column: cell, message: Phrase(
                    zh: "与“\(first)”是同一列，出现了两次；请删去其中一列", en: "is the same column as “\(first)”, given twice: delete one of them")))
                continue
            }
            index[col.key] = i
            header[col.key] = cell
        }
        for u in unknown {
            problems.append(ImportProblem(row: 1, column: u, message: Phrase(
                zh: "不认识的列“\(u)”；本表可用的列：\(columns.map(\.zh).joined(separator: "、"))（详见 docs/csv-columns.md）",
                en: "Unknown column “\(u)”; this table takes: \(columns.map(\.key).joined(separator: ", ")) (see docs/csv-columns.md)")))
        }
        // Name a missing column in the language the file's other headers use.
        let english = columns.contains { c in header[c.key].map { $0.lowercased() == c.key.lowercased() } ?? false }
        for c in columns where c.required && index[c.key] == nil {
            let name = english ? c.key : c.zh
            header[c.key] = name
            problems.append(ImportProblem(row: 1, column: name, message: Phrase(
                zh: "缺少必填列“\(c.zh)”（英文表头 \(c.key)）；请在表头加上这一列", en: "The required column “\(c.key)” (Chinese header \(c.zh)) is missing: add it to the header")))
        }
    }
}
