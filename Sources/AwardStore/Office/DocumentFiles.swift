import AwardDomain
import Foundation
import OfficeFiles

// The one renderer from a structured document to Word and from a table to Excel. Every document
// qaward writes (notices, announcements, lists, records, reports) goes through here.

extension OfficeDocument {
    /// Word in the GB/T 9704-2012 layout: A4, 37/35/28/26 mm margins, 22 lines of 28
    /// characters, title in 2号 小标宋, body in 3号 仿宋_GB2312, bordered tables, page numbers,
    /// issuer and date at the end.
    public func docx(author: String) -> Data {
        Self.docx([self], author: author)
    }

    /// Several documents in one Word file, each from a new page (one report per applicant).
    public static func docx(_ docs: [OfficeDocument], author: String) -> Data {
        var out: [WordBlock] = []
        for (i, doc) in docs.enumerated() {
            if i > 0 { out.append(.pageBreak) }
            out += doc.wordBlocks()
        }
        let title = docs.first?.title ?? ""
        return Office.bytes { () throws(OfficePackage.Failure) in
            try DocxWriter.data(WordDocument(blocks: out, title: title, author: author))
        }
    }

    func wordBlocks() -> [WordBlock] {
        var out: [WordBlock] = [.paragraph(WordParagraph(.title, title))]
        for block in blocks {
            switch block {
            case .paragraph(let p), .note(let p): out.append(.paragraph(WordParagraph(.body, p)))
            case .heading(let h): out.append(.paragraph(WordParagraph(.heading, h)))
            case .subheading(let h): out.append(.paragraph(WordParagraph(.subheading, h)))
            case .lines(let l): out += l.map { .paragraph(WordParagraph(.signature, $0)) }
            case .table(let t):
                out.append(.table(WordTable(headers: t.headers, rows: t.rows,
                                            alignments: t.headers.indices.map { Self.alignment(t.kind($0)) },
                                            unbroken: t.headers.indices.map { t.kind($0) != .text })))
            }
        }
        if !signatures.isEmpty {
            // Each label on its line with an underlined blank to sign on.
            out.append(.paragraph(WordParagraph(.signature, "")))
            for label in signatures {
                out.append(.paragraph(WordParagraph(.signature, [WordRun(label), WordRun(String(repeating: "\u{3000}", count: 8), underline: true)])))
            }
        }
        if !closing.isEmpty {
            // One blank line between the text and the issuer (§7.3.5.2).
            out.append(.paragraph(WordParagraph(.signature, "")))
            out += closing.map { .paragraph(WordParagraph(.closing, $0)) }
        }
        if let madeAt {
            // The journal head it was made at, for `qaward audit verify --anchor`.
            out += [.paragraph(WordParagraph(.signature, "")), .paragraph(WordParagraph(.tableText, madeAt))]
        }
        return out
    }

    /// Every table of the document as a sheet (the first named after the document).
    public func xlsx() -> Data {
        let sheets = tables.enumerated().map { i, t in t.sheet(name: i == 0 ? title : "\(title) (\(i + 1))") }
        return Office.bytes { () throws(OfficePackage.Failure) in
            try XlsxWriter.data(Workbook(sheets: sheets.isEmpty ? [OfficeTable(headers: [], rows: []).sheet(name: title)] : sheets))
        }
    }

    static func alignment(_ kind: CellKind) -> WordTable.Align {
        switch kind {
        case .text: .left
        case .code, .date: .center
        case .number: .right
        }
    }
}

extension OfficeTable {
    /// The table as a sheet: codes as text, numbers as numbers, dates as dates.
    public func sheet(name: String) -> Sheet {
        Sheet(name: name, columns: headers.indices.map { Sheet.Column(headers[$0], Office.kind(kind($0))) }, text: rows)
    }

    /// The table as an .xlsx with one sheet.
    public func xlsx(sheetName: String) -> Data {
        let sheet = sheet(name: sheetName)
        return Office.bytes { () throws(OfficePackage.Failure) in try XlsxWriter.data(Workbook(sheet)) }
    }
}

enum Office {
    static func kind(_ k: CellKind) -> ColumnKind {
        switch k {
        case .text: .text
        case .code: .code
        case .number: .number
        case .date: .date
        }
    }

    /// Packages are zipped in memory, which fails only when memory runs out.
    static func bytes(_ make: () throws(OfficePackage.Failure) -> Data) -> Data {
        do { return try make() } catch { preconditionFailure("zipping an Office file in memory failed: \(error)") }
    }
}
