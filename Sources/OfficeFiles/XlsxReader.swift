import Foundation

/// Reads the first sheet of an .xlsx as text rows, for imports: shared and inline strings as
/// written, numbers in plain decimal form (whole numbers without ".0"), cells formatted as dates
/// as YYYY-MM-DD, booleans as TRUE/FALSE, a formula's last computed value. Row numbers are those
/// Excel shows; empty rows are left out.
public enum XlsxReader {
    public struct Row: Hashable, Sendable {
        /// The row number Excel shows (1 for the header).
        public var number: Int
        /// Cells by column, "" where a cell is empty or missing.
        public var cells: [String]
    }

    public static func firstSheet(_ data: Data) throws(OfficePackage.Failure) -> [Row] {
        let parts = try OfficePackage.parts(of: data)
        func part(_ path: String) throws(OfficePackage.Failure) -> XMLNode {
            guard let bytes = parts[path] else { throw .missingPart(path) }
            return try XMLNode.parse(bytes, part: path)
        }
        let workbook = try part("xl/workbook.xml")
        guard let first = workbook.child("sheets")?.all("sheet").first, let rid = first.attributes["id"] else {
            throw .missingPart("xl/workbook.xml: sheets")
        }
        let rels = try part("xl/_rels/workbook.xml.rels")
        guard let target = rels.all("Relationship").first(where: { $0.attributes["Id"] == rid })?.attributes["Target"] else {
            throw .missingPart("xl/_rels/workbook.xml.rels: \(rid)")
        }
        let sheetPath = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        let strings = try parts["xl/sharedStrings.xml"] == nil ? [] : sharedStrings(part("xl/sharedStrings.xml"))
        let dateStyles = try parts["xl/styles.xml"] == nil ? [] : self.dateStyles(part("xl/styles.xml"))
        let sheet = try part(sheetPath)

        var rows: [Row] = []
        var nextRow = 1
        for row in sheet.child("sheetData")?.all("row") ?? [] {
            let number = row.attributes["r"].flatMap(Int.init) ?? nextRow
            nextRow = number + 1
            var cells: [String] = []
            var nextColumn = 0
            for c in row.all("c") {
                let column = c.attributes["r"].flatMap(columnIndex) ?? nextColumn
                nextColumn = column + 1
                let value = text(of: c, strings: strings, dateStyles: dateStyles)
                if value.isEmpty { continue }
                if cells.count <= column { cells += Array(repeating: "", count: column + 1 - cells.count) }
                cells[column] = value
            }
            if !cells.isEmpty { rows.append(Row(number: number, cells: cells)) }
        }
        return rows
    }

    static func text(of c: XMLNode, strings: [String], dateStyles: Set<Int>) -> String {
        let v = c.child("v")?.text ?? ""
        switch c.attributes["t"] ?? "n" {
        case "s": return Int(v).flatMap { $0 < strings.count ? strings[$0] : nil } ?? ""
        case "inlineStr": return c.child("is").map(stringItem) ?? ""
        case "str", "e", "d": return v
        case "b": return v == "1" ? "TRUE" : (v == "0" ? "FALSE" : v)
        default:
            guard let n = Double(v) else { return v }
            if let s = c.attributes["s"].flatMap(Int.init), dateStyles.contains(s), let d = SheetDate(serial: n) {
                let seconds = Int(((n - n.rounded(.down)) * 86_400).rounded())
                guard seconds > 0, seconds < 86_400 else { return d.iso }
                func two(_ k: Int) -> String { k < 10 ? "0\(k)" : "\(k)" }
                return d.iso + " " + two(seconds / 3600) + ":" + two(seconds / 60 % 60) + ":" + two(seconds % 60)
            }
            return XlsxWriter.numberText(n)
        }
    }

    /// A string item: its `t`, or its rich-text runs' `t`s; phonetic guides (`rPh`) are not text.
    static func stringItem(_ si: XMLNode) -> String {
        if let t = si.child("t") { return t.text }
        return si.all("r").map { $0.child("t")?.text ?? "" }.joined()
    }

    static func sharedStrings(_ sst: XMLNode) -> [String] { sst.all("si").map(stringItem) }

    /// Indexes of the cell formats that show a date or time: the built-in date formats and any
    /// custom format with a date or time code outside quotes and brackets.
    static func dateStyles(_ styles: XMLNode) -> Set<Int> {
        var custom: [Int: String] = [:]
        for f in styles.child("numFmts")?.all("numFmt") ?? [] {
            if let id = f.attributes["numFmtId"].flatMap(Int.init) { custom[id] = f.attributes["formatCode"] ?? "" }
        }
        let builtIn: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)
        var out: Set<Int> = []
        for (i, xf) in (styles.child("cellXfs")?.all("xf") ?? []).enumerated() {
            guard let id = xf.attributes["numFmtId"].flatMap(Int.init) else { continue }
            if builtIn.contains(id) || custom[id].map(isDateFormat) == true { out.insert(i) }
        }
        return out
    }

    static func isDateFormat(_ code: String) -> Bool {
        var inQuote = false, inBracket = false, previous: Character = " "
        for ch in code {
            defer { previous = ch }
            if previous == "\\" { continue }
            switch ch {
            case "\"": inQuote.toggle()
            case "[": if !inQuote { inBracket = true }
            case "]": if !inQuote { inBracket = false }
            case "y", "Y", "d", "D", "m", "M", "h", "H", "s", "S":
                if !inQuote && !inBracket { return true }
            default: break
            }
        }
        return false
    }

    /// "B12" → 1 (zero-based column).
    static func columnIndex(_ ref: String) -> Int? {
        var n = 0, letters = 0
        for u in ref.unicodeScalars {
            guard (65...90).contains(u.value) || (97...122).contains(u.value) else { break }
            n = n * 26 + Int((u.value & 0xDF) - 64)
            letters += 1
        }
        return letters == 0 || letters > 3 ? nil : n - 1
    }
}
