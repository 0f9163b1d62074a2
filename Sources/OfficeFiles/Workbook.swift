/// A workbook to write as .xlsx: sheets of typed cells under a header row.
public struct Workbook: Hashable, Sendable {
    public var sheets: [Sheet]
    public init(sheets: [Sheet]) { self.sheets = sheets }
    public init(_ sheet: Sheet) { sheets = [sheet] }
}

/// What a column holds, which decides how its cells are stored and shown.
public enum ColumnKind: String, Hashable, Sendable, CaseIterable {
    /// Words: stored as text, shown as text ("@") so a typed-over cell stays text.
    case text
    /// Codes and ids (credit codes, application ids): always text, so Excel never turns an
    /// all-digit code into a number or a date.
    case code
    /// Numbers stored as numbers, so sums and sorting work.
    case number
    /// Dates stored as date serials with a yyyy-mm-dd format.
    case date
}

/// One cell. `empty` for a value that is not there (a score not yet given).
public enum SheetCell: Hashable, Sendable {
    case empty
    case text(String)
    case number(Double)
    case date(SheetDate)
}

public struct Sheet: Hashable, Sendable {
    public struct Column: Hashable, Sendable {
        public var header: String
        public var kind: ColumnKind
        public init(_ header: String, _ kind: ColumnKind = .text) { self.header = header; self.kind = kind }
    }

    /// The tab's name; `XlsxWriter` makes it one Excel accepts.
    public var name: String
    public var columns: [Column]
    public var rows: [[SheetCell]]

    public init(name: String, columns: [Column], rows: [[SheetCell]]) {
        self.name = name; self.columns = columns; self.rows = rows
    }

    /// Cells from text by the column's kind: a number or date column whose text is not a number
    /// or a YYYY-MM-DD date (an em dash for "none yet", a note) keeps the text, so nothing shown
    /// elsewhere is lost; an empty string is an empty cell.
    public init(name: String, columns: [Column], text rows: [[String]]) {
        self.init(name: name, columns: columns, rows: rows.map { row in
            row.enumerated().map { i, s in Self.cell(s, kind: i < columns.count ? columns[i].kind : .text) }
        })
    }

    public static func cell(_ s: String, kind: ColumnKind) -> SheetCell {
        if s.isEmpty { return .empty }
        switch kind {
        case .text, .code: return .text(s)
        case .number: return Self.number(s).map(SheetCell.number) ?? .text(s)
        case .date: return SheetDate(iso: s).map(SheetCell.date) ?? .text(s)
        }
    }

    /// A plain decimal ("-12", "863.45"); not "1e5", "0x10", "inf" or grouped digits.
    static func number(_ s: String) -> Double? {
        var digits = 0, dots = 0
        for (i, c) in s.enumerated() {
            if c == "-" && i == 0 { continue }
            if c == "." { dots += 1; continue }
            guard c.isASCII, c.isNumber else { return nil }
            digits += 1
        }
        guard digits > 0, dots <= 1, digits <= 15 else { return nil }
        return Double(s)
    }
}
