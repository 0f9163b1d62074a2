import Foundation

/// A document the office publishes or files: a title, paragraphs, one table and closing lines,
/// rendered as plain UTF-8 text or Markdown; the table alone is the CSV (headers, then rows),
/// written by the store's CSV writer.
public struct OfficeDocument: Hashable, Sendable {
    public var title: String
    public var paragraphs: [String]
    public var headers: [String]
    public var rows: [[String]]
    /// Lines after the table (totals, remarks).
    public var notes: [String]
    /// Signature lines, right-aligned by convention: the office and the date.
    public var closing: [String]
    /// The journal head the document was made at (`JournalHead.line`), printed last; set by `stamped(at:_:)`.
    public var madeAt: String?

    public init(title: String, paragraphs: [String] = [], headers: [String] = [], rows: [[String]] = [],
                notes: [String] = [], closing: [String] = []) {
        self.title = title; self.paragraphs = paragraphs; self.headers = headers; self.rows = rows
        self.notes = notes; self.closing = closing
    }

    /// Headers then rows, for the CSV writer.
    public var csv: [[String]] { headers.isEmpty ? rows : [headers] + rows }

    /// Plain text: the table as one line per row, cells separated by two spaces (widths are the
    /// reader's business; the terminal layer aligns them on screen).
    public var plainText: String {
        var out = [title, ""]
        out += paragraphs.flatMap { [$0, ""] }
        if !rows.isEmpty {
            if !headers.isEmpty { out.append(headers.joined(separator: "  ")) }
            out += rows.map { $0.joined(separator: "  ") }
            out.append("")
        }
        out += notes.flatMap { [$0, ""] }
        out += closing
        if let madeAt { out += ["", madeAt] }
        return out.joined(separator: "\n").trimmingTrailingNewlines() + "\n"
    }

    public var markdown: String {
        var out = ["# \(title)", ""]
        out += paragraphs.flatMap { [$0, ""] }
        if !rows.isEmpty, !headers.isEmpty {
            out.append("| " + headers.map(Self.cell).joined(separator: " | ") + " |")
            out.append("|" + headers.map { _ in "---" }.joined(separator: "|") + "|")
            out += rows.map { "| " + $0.map(Self.cell).joined(separator: " | ") + " |" }
            out.append("")
        }
        out += notes.flatMap { [$0, ""] }
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
        switch lang {
        case .zh: "\(year)年度\(tier.name.zh)"
        case .en: tier == .award ? "\(year) Yancheng Mayor's Quality Award" : "\(year) Yancheng Mayor's Quality Award nomination award"
        }
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
