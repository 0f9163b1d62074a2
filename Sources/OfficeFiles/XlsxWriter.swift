import Foundation
import TerminalUI

/// Writes a `Workbook` as an .xlsx that Excel, WPS and LibreOffice open without repair: shared
/// strings, a bold bordered header row that stays frozen and filtered, text columns formatted as
/// text ("@"), dates with a yyyy-mm-dd format, and each column as wide as its widest cell.
public enum XlsxWriter {
    /// Cell styles (indexes into cellXfs in `styles`).
    enum Style: Int { case plain = 0, header, text, date, number }

    public static func data(_ book: Workbook) throws(OfficePackage.Failure) -> Data {
        var strings = SharedStrings()
        let names = sheetNames(book.sheets.map(\.name))
        var parts: [(path: String, data: Data)] = []
        var sheetParts: [(path: String, data: Data)] = []
        for (i, sheet) in book.sheets.enumerated() {
            sheetParts.append(("xl/worksheets/sheet\(i + 1).xml", worksheet(sheet, strings: &strings)))
        }
        parts.append(("[Content_Types].xml", contentTypes(sheets: book.sheets.count)))
        parts.append(("_rels/.rels", rootRelationships()))
        parts.append(("xl/workbook.xml", workbook(names: names, sheets: book.sheets)))
        parts.append(("xl/_rels/workbook.xml.rels", workbookRelationships(sheets: book.sheets.count)))
        parts.append(("xl/styles.xml", styles()))
        parts.append(("xl/sharedStrings.xml", strings.xml()))
        parts += sheetParts
        return try OfficePackage.zip(parts)
    }

    // MARK: Parts

    static func worksheet(_ sheet: Sheet, strings: inout SharedStrings) -> Data {
        var x = XMLWriter()
        x.start("worksheet", ["xmlns": ns.main, "xmlns:r": ns.rel])
        let lastColumn = columnName(max(sheet.columns.count, 1) - 1)
        let lastRow = sheet.rows.count + 1
        x.empty("dimension", ["ref": "A1:\(lastColumn)\(lastRow)"])
        x.start("sheetViews")
        x.start("sheetView", ["workbookViewId": "0"])
        x.empty("pane", ["ySplit": "1", "topLeftCell": "A2", "activePane": "bottomLeft", "state": "frozen"])
        x.empty("selection", ["pane": "bottomLeft", "activeCell": "A2", "sqref": "A2"])
        x.end(); x.end()
        x.empty("sheetFormatPr", ["defaultRowHeight": "15"])
        if !sheet.columns.isEmpty {
            x.start("cols")
            for (i, w) in columnWidths(sheet).enumerated() {
                x.empty("col", ["min": "\(i + 1)", "max": "\(i + 1)", "width": "\(w)", "customWidth": "1"])
            }
            x.end()
        }
        x.start("sheetData")
        x.start("row", ["r": "1"])
        for (i, c) in sheet.columns.enumerated() {
            x.start("c", ["r": "\(columnName(i))1", "t": "s", "s": "\(Style.header.rawValue)"])
            x.element("v", text: "\(strings.index(c.header))")
            x.end()
        }
        x.end()
        for (r, row) in sheet.rows.enumerated() {
            let n = r + 2
            x.start("row", ["r": "\(n)"])
            for (i, cell) in row.enumerated() {
                let kind = i < sheet.columns.count ? sheet.columns[i].kind : .text
                let ref = "\(columnName(i))\(n)"
                switch cell {
                case .empty:
                    // Keep the column's format so what the user types later is stored the same way.
                    if kind == .code || kind == .date { x.empty("c", ["r": ref, "s": "\(style(kind).rawValue)"]) }
                case .text(let s):
                    x.start("c", ["r": ref, "t": "s", "s": "\(Style.text.rawValue)"])
                    x.element("v", text: "\(strings.index(s))")
                    x.end()
                case .number(let v):
                    x.start("c", ["r": ref, "s": "\(Style.number.rawValue)"])
                    x.element("v", text: numberText(v))
                    x.end()
                case .date(let d):
                    x.start("c", ["r": ref, "s": "\(Style.date.rawValue)"])
                    x.element("v", text: "\(d.serial)")
                    x.end()
                }
            }
            x.end()
        }
        x.end()
        if !sheet.columns.isEmpty { x.empty("autoFilter", ["ref": "A1:\(lastColumn)\(lastRow)"]) }
        x.empty("pageMargins", ["left": "0.7", "right": "0.7", "top": "0.75", "bottom": "0.75", "header": "0.3", "footer": "0.3"])
        x.empty("pageSetup", ["paperSize": "9", "orientation": "landscape"])
        x.end()
        return x.data
    }

    static func style(_ kind: ColumnKind) -> Style {
        switch kind {
        case .text, .code: .text
        case .number: .number
        case .date: .date
        }
    }

    /// Whole numbers without a decimal point; others as Swift's shortest round-tripping form.
    static func numberText(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return "\(v)"
    }

    /// Excel's width unit is one "0" of the default font; a CJK character takes about two. Widths
    /// come from the program's one width function (TerminalUI's `displayWidth`, CJK = 2), plus
    /// room for the filter button, between 6 and 60.
    static func columnWidths(_ sheet: Sheet) -> [Int] {
        sheet.columns.enumerated().map { i, c in
            var w = displayWidth(c.header) + 3
            for row in sheet.rows where i < row.count {
                let cell: Int
                switch row[i] {
                case .empty: cell = 0
                case .text(let s): cell = s.split(separator: "\n").map { displayWidth(String($0)) }.max() ?? 0
                case .number(let v): cell = numberText(v).count
                case .date: cell = 10
                }
                w = max(w, cell + 2)
            }
            return min(max(w, 6), 60)
        }
    }

    /// "A" … "Z", "AA" … for a zero-based column index.
    public static func columnName(_ index: Int) -> String {
        var n = index + 1, out = ""
        while n > 0 {
            let r = (n - 1) % 26
            out = String(UnicodeScalar(UInt8(65 + r))) + out
            n = (n - 1) / 26
        }
        return out
    }

    /// Names Excel accepts: at most 31 characters, none of `[]:*?/\`, not empty, no two alike.
    static func sheetNames(_ names: [String]) -> [String] {
        var used: Set<String> = []
        return names.enumerated().map { i, raw in
            var name = String(raw.filter { !"[]:*?/\\".contains($0) && !$0.isNewline }.prefix(31))
            if name.trimmingCharacters(in: .whitespaces).isEmpty { name = "Sheet\(i + 1)" }
            var candidate = name, k = 2
            while used.contains(candidate.lowercased()) { candidate = String(name.prefix(28)) + "(\(k))"; k += 1 }
            used.insert(candidate.lowercased())
            return candidate
        }
    }

    static func workbook(names: [String], sheets: [Sheet]) -> Data {
        var x = XMLWriter()
        x.start("workbook", ["xmlns": ns.main, "xmlns:r": ns.rel])
        x.start("sheets")
        for (i, name) in names.enumerated() { x.empty("sheet", ["name": name, "sheetId": "\(i + 1)", "r:id": "rId\(i + 1)"]) }
        x.end()
        // The header row is printed on every page.
        let titled = names.indices.filter { !sheets[$0].columns.isEmpty }
        if !titled.isEmpty {
            x.start("definedNames")
            for i in titled {
                let quoted = "'" + names[i].replacingOccurrences(of: "'", with: "''") + "'"
                x.element("definedName", ["name": "_xlnm.Print_Titles", "localSheetId": "\(i)"], text: "\(quoted)!$1:$1")
            }
            x.end()
        }
        x.end()
        return x.data
    }

    static func styles() -> Data {
        var x = XMLWriter()
        x.start("styleSheet", ["xmlns": ns.main])
        x.start("numFmts", ["count": "1"])
        x.empty("numFmt", ["numFmtId": "164", "formatCode": "yyyy\\-mm\\-dd"])
        x.end()
        x.start("fonts", ["count": "2"])
        for bold in [false, true] {
            x.start("font")
            if bold { x.empty("b") }
            x.empty("sz", ["val": "11"]); x.empty("name", ["val": "宋体"]); x.empty("family", ["val": "3"]); x.empty("charset", ["val": "134"])
            x.end()
        }
        x.end()
        x.start("fills", ["count": "3"])
        x.start("fill"); x.empty("patternFill", ["patternType": "none"]); x.end()
        x.start("fill"); x.empty("patternFill", ["patternType": "gray125"]); x.end()
        x.start("fill"); x.start("patternFill", ["patternType": "solid"]); x.empty("fgColor", ["rgb": "FFE7E6E6"]); x.empty("bgColor", ["indexed": "64"]); x.end(); x.end()
        x.end()
        x.start("borders", ["count": "2"])
        x.start("border"); for side in ["left", "right", "top", "bottom", "diagonal"] { x.empty(side) }; x.end()
        x.start("border")
        for side in ["left", "right", "top", "bottom"] { x.start(side, ["style": "thin"]); x.empty("color", ["auto": "1"]); x.end() }
        x.empty("diagonal")
        x.end()
        x.end()
        x.start("cellStyleXfs", ["count": "1"]); x.empty("xf", ["numFmtId": "0", "fontId": "0", "fillId": "0", "borderId": "0"]); x.end()
        x.start("cellXfs", ["count": "5"])
        x.empty("xf", ["numFmtId": "0", "fontId": "0", "fillId": "0", "borderId": "0", "xfId": "0"])
        x.start("xf", ["numFmtId": "49", "fontId": "1", "fillId": "2", "borderId": "1", "xfId": "0",
                       "applyNumberFormat": "1", "applyFont": "1", "applyFill": "1", "applyBorder": "1", "applyAlignment": "1"])
        x.empty("alignment", ["horizontal": "center", "vertical": "center", "wrapText": "1"])
        x.end()
        x.empty("xf", ["numFmtId": "49", "fontId": "0", "fillId": "0", "borderId": "0", "xfId": "0", "applyNumberFormat": "1"])
        x.empty("xf", ["numFmtId": "164", "fontId": "0", "fillId": "0", "borderId": "0", "xfId": "0", "applyNumberFormat": "1"])
        x.empty("xf", ["numFmtId": "0", "fontId": "0", "fillId": "0", "borderId": "0", "xfId": "0"])
        x.end()
        x.start("cellStyles", ["count": "1"]); x.empty("cellStyle", ["name": "Normal", "xfId": "0", "builtinId": "0"]); x.end()
        x.end()
        return x.data
    }

    static func contentTypes(sheets: Int) -> Data {
        var x = XMLWriter()
        x.start("Types", ["xmlns": "http://schemas.openxmlformats.org/package/2006/content-types"])
        x.empty("Default", ["Extension": "rels", "ContentType": "application/vnd.openxmlformats-package.relationships+xml"])
        x.empty("Default", ["Extension": "xml", "ContentType": "application/xml"])
        x.empty("Override", ["PartName": "/xl/workbook.xml", "ContentType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"])
        x.empty("Override", ["PartName": "/xl/styles.xml", "ContentType": "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"])
        x.empty("Override", ["PartName": "/xl/sharedStrings.xml", "ContentType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"])
        for i in stride(from: 1, through: sheets, by: 1) {
            x.empty("Override", ["PartName": "/xl/worksheets/sheet\(i).xml", "ContentType": "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"])
        }
        x.end()
        return x.data
    }

    static func rootRelationships() -> Data {
        var x = XMLWriter()
        x.start("Relationships", ["xmlns": ns.packageRel])
        x.empty("Relationship", ["Id": "rId1", "Type": ns.officeDocument, "Target": "xl/workbook.xml"])
        x.end()
        return x.data
    }

    static func workbookRelationships(sheets: Int) -> Data {
        var x = XMLWriter()
        x.start("Relationships", ["xmlns": ns.packageRel])
        for i in 0..<sheets {
            x.empty("Relationship", ["Id": "rId\(i + 1)", "Type": ns.rel + "/worksheet", "Target": "worksheets/sheet\(i + 1).xml"])
        }
        x.empty("Relationship", ["Id": "rId\(sheets + 1)", "Type": ns.rel + "/styles", "Target": "styles.xml"])
        x.empty("Relationship", ["Id": "rId\(sheets + 2)", "Type": ns.rel + "/sharedStrings", "Target": "sharedStrings.xml"])
        x.end()
        return x.data
    }

    enum ns {
        static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        static let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        static let packageRel = "http://schemas.openxmlformats.org/package/2006/relationships"
        static let officeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
    }
}

/// The workbook's table of distinct strings; cells refer to them by index.
struct SharedStrings {
    private var order: [String] = []
    private var indexOf: [String: Int] = [:]
    private var uses = 0

    mutating func index(_ s: String) -> Int {
        uses += 1
        if let i = indexOf[s] { return i }
        order.append(s)
        indexOf[s] = order.count - 1
        return order.count - 1
    }

    func xml() -> Data {
        var x = XMLWriter()
        x.start("sst", ["xmlns": XlsxWriter.ns.main, "count": "\(uses)", "uniqueCount": "\(order.count)"])
        for s in order {
            x.start("si")
            x.element("t", ["xml:space": "preserve"], text: s)
            x.end()
        }
        x.end()
        return x.data
    }
}
