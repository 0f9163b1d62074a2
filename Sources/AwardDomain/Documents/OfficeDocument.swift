import Foundation

/// What a table column holds, so a spreadsheet stores it right: codes and ids as text (Excel
/// would turn an all-digit code into a number), numbers as numbers, dates as dates.
public enum CellKind: String, Hashable, Sendable, CaseIterable {
    case text, code, number, date
}

/// A table of a document or an export: headers, rows of cell text, and what each column holds.
public struct OfficeTable: Hashable, Sendable {
    public var headers: [String]
    public var rows: [[String]]
    /// One per column; columns without one are text.
    public var kinds: [CellKind]

    public init(headers: [String], rows: [[String]], kinds: [CellKind] = []) {
        self.headers = headers; self.rows = rows; self.kinds = kinds
    }

    public func kind(_ column: Int) -> CellKind { column < kinds.count ? kinds[column] : .text }
}

/// A document the office publishes or files, as structure: a title, then paragraphs, headings,
/// tables and notes in order, lines to sign, and the closing (issuer, then the date). One
/// renderer per output reads it: plain text and Markdown here, Word (GB/T 9704) and Excel in
/// the store; the first table alone is the CSV.
public struct OfficeDocument: Hashable, Sendable {
    public enum Block: Hashable, Sendable {
        /// Body text.
        case paragraph(String)
        /// A first-level heading in the body ("一、…").
        case heading(String)
        /// A heading inside a section ("（一）…", a category).
        case subheading(String)
        case table(OfficeTable)
        /// Remarks after a table (totals, rules); body text in Word.
        case note(String)
        /// Short lines kept together without blank lines between them: the fields of a record,
        /// a numbered list. Unindented in Word.
        case lines([String])
    }

    public var title: String
    public var blocks: [Block]
    /// Labels of the lines signed by hand (经办人、审核人 …), each followed by a blank.
    public var signatures: [String]
    /// The issuer and the date, right-aligned at the end (GB/T 9704 §7.3.5).
    public var closing: [String]
    /// The journal head the document was made at (`JournalHead.line`), printed last; set by `stamped(at:_:)`.
    public var madeAt: String?

    public init(title: String, blocks: [Block], signatures: [String] = [], closing: [String] = []) {
        self.title = title; self.blocks = blocks; self.signatures = signatures; self.closing = closing
    }

    /// Paragraphs, then one table, then notes: the shape of most documents.
    public init(title: String, paragraphs: [String] = [], headers: [String] = [], rows: [[String]] = [],
                kinds: [CellKind] = [], notes: [String] = [], signatures: [String] = [], closing: [String] = []) {
        var blocks = paragraphs.map(Block.paragraph)
        if !rows.isEmpty || !headers.isEmpty { blocks.append(.table(OfficeTable(headers: headers, rows: rows, kinds: kinds))) }
        blocks += notes.map(Block.note)
        self.init(title: title, blocks: blocks, signatures: signatures, closing: closing)
    }

    public var paragraphs: [String] { blocks.compactMap { if case .paragraph(let p) = $0 { p } else { nil } } }
    public var notes: [String] { blocks.compactMap { if case .note(let n) = $0 { n } else { nil } } }
    public var tables: [OfficeTable] { blocks.compactMap { if case .table(let t) = $0 { t } else { nil } } }
    /// The first table's headers and rows (the CSV of the document).
    public var headers: [String] { tables.first?.headers ?? [] }
    public var rows: [[String]] { tables.first?.rows ?? [] }

    /// Headers then rows, for the CSV writer.
    public var csv: [[String]] { headers.isEmpty ? rows : [headers] + rows }

    /// Signature lines as text: "经办人：________    审核人：________".
    public var signatureLine: String? {
        signatures.isEmpty ? nil : signatures.map { $0 + "________" }.joined(separator: "    ")
    }

    /// Plain text: the table as one line per row, cells separated by two spaces (widths are the
    /// reader's business; the terminal layer aligns them on screen).
    public var plainText: String {
        var out = [title, ""]
        for block in blocks {
            switch block {
            case .paragraph(let p), .heading(let p), .note(let p): out += [p, ""]
            case .subheading(let h): out += [h]
            case .lines(let l): out += l + [""]
            case .table(let t):
                guard !t.rows.isEmpty else { continue }
                if !t.headers.isEmpty { out.append(t.headers.joined(separator: "  ")) }
                out += t.rows.map { $0.joined(separator: "  ") }
                out.append("")
            }
        }
        if let s = signatureLine { out += [s, ""] }
        out += closing
        if let madeAt { out += ["", madeAt] }
        return out.joined(separator: "\n").trimmingTrailingNewlines() + "\n"
    }

    public var markdown: String {
        var out = ["# \(title)", ""]
        for block in blocks {
            switch block {
            case .paragraph(let p), .note(let p): out += [p, ""]
            case .heading(let h): out += ["## \(h)", ""]
            case .subheading(let h): out += ["### \(h)", ""]
            case .lines(let l): out += [l.joined(separator: "  \n"), ""]
            case .table(let t):
                guard !t.rows.isEmpty, !t.headers.isEmpty else { continue }
                out.append("| " + t.headers.map(Self.cell).joined(separator: " | ") + " |")
                out.append("|" + t.headers.map { _ in "---" }.joined(separator: "|") + "|")
                out += t.rows.map { "| " + $0.map(Self.cell).joined(separator: " | ") + " |" }
                out.append("")
            }
        }
        if let s = signatureLine { out += [s, ""] }
        if !closing.isEmpty { out.append(closing.joined(separator: "  \n")) }
        if let madeAt { out += ["", madeAt] }
        return out.joined(separator: "\n").trimmingTrailingNewlines() + "\n"
    }

    /// A table cell may not break the Markdown row.
    static func cell(_ s: String) -> String {
        s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}

/// The title a winner may use (第十八条: "使用获奖称号，并注明获奖年份"): always with the year.
public enum AwardTitle {
    public static func text(year: Int, tier: PrizeTier, _ lang: Language) -> String {
        Phrase(zh: "\(year)年度\(tier.name.zh)",
               en: tier == .award ? "\(year) Yancheng Mayor's Quality Award" : "\(year) Yancheng Mayor's Quality Award nomination award").text(lang)
    }
}

extension Day {
    /// "2026年7月1日" / "1 July 2026", as the office writes dates in a published text.
    public func written(_ lang: Language) -> String {
        switch lang {
        case .zh: return "\(year)年\(month)月\(day)日"
        case .en:
            let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
            return "\(day) \(months[month - 1]) \(year)"
        }
    }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var s = self
        while s.hasSuffix("\n") { s.removeLast() }
        return s
    }
}
