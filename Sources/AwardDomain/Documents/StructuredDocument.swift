import Foundation

/// A report as structure: a title, then blocks in reading order. Plain text and Markdown are
/// rendered here; a Word renderer maps the same blocks to its paragraph styles (heading, body,
/// table, signature, closing), so every format says the same thing.
public struct StructuredDocument: Hashable, Sendable {
    public var title: String
    public var blocks: [DocumentBlock]

    public init(title: String, blocks: [DocumentBlock] = []) {
        self.title = title; self.blocks = blocks
    }
}

public enum DocumentBlock: Hashable, Sendable {
    /// A numbered section heading ("一、评审概况").
    case heading(String)
    /// A heading inside a section (a category).
    case subheading(String)
    case paragraph(String)
    /// Short statements, one per line (findings).
    case bullets([String])
    case table(DocumentTable)
    /// One line per signer: role, name, and room to sign and date.
    case signatures([SignatureLine])
    /// The issuing office and the date, right-aligned by convention.
    case closing([String])
}

public struct DocumentTable: Hashable, Sendable {
    public var headers: [String]
    public var rows: [[String]]
    public init(headers: [String], rows: [[String]]) { self.headers = headers; self.rows = rows }
}

public struct SignatureLine: Hashable, Sendable {
    public var role: String
    public var name: String
    public init(role: String, name: String) { self.role = role; self.name = name }
}

extension StructuredDocument {
    /// Plain UTF-8 text: headings underlined by blank lines, tables as lines of cells separated by
    /// two spaces, bullets with "·", signature lines with room to sign.
    public func plainText(_ lang: Language) -> String {
        var out = [title, ""]
        for b in blocks {
            switch b {
            case .heading(let h): out += [h, ""]
            case .subheading(let h): out += [h]
            case .paragraph(let p): out += [p, ""]
            case .bullets(let items): out += items.map { "  · " + $0 } + [""]
            case .table(let t):
                out.append(t.headers.joined(separator: "  "))
                out += t.rows.map { $0.joined(separator: "  ") }
                out.append("")
            case .signatures(let lines): out += lines.map { $0.text(lang) } + [""]
            case .closing(let lines): out += lines + [""]
            }
        }
        return out.joined(separator: "\n").trimmingTrailingNewlines() + "\n"
    }

    public func markdown(_ lang: Language) -> String {
        var out = ["# \(title)", ""]
        for b in blocks {
            switch b {
            case .heading(let h): out += ["## \(h)", ""]
            case .subheading(let h): out += ["### \(h)", ""]
            case .paragraph(let p): out += [p, ""]
            case .bullets(let items): out += items.map { "- " + $0 } + [""]
            case .table(let t):
                out.append("| " + t.headers.map(OfficeDocument.cell).joined(separator: " | ") + " |")
                out.append("|" + t.headers.map { _ in "---" }.joined(separator: "|") + "|")
                out += t.rows.map { "| " + $0.map(OfficeDocument.cell).joined(separator: " | ") + " |" }
                out.append("")
            case .signatures(let lines): out += [lines.map { $0.text(lang) }.joined(separator: "  \n"), ""]
            case .closing(let lines): out += [lines.joined(separator: "  \n"), ""]
            }
        }
        return out.joined(separator: "\n").trimmingTrailingNewlines() + "\n"
    }
}

extension SignatureLine {
    public func text(_ lang: Language) -> String {
        lang == .zh ? "\(role)：\(name)    签字：__________    日期：__________"
                    : "\(role): \(name)    Signature: __________    Date: __________"
    }
}
