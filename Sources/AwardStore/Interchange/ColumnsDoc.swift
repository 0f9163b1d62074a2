import AwardDomain

extension Columns {
    /// The Markdown table of a kind's columns, as docs/csv-columns.md shows it. A test checks the
    /// document contains each table, so the document cannot drift from the specs.
    static func markdownTable(_ kind: CSVKind) -> String {
        var lines = ["| 中文表头 | English header | 必填 required | 格式 format | 示例 example | 说明 notes |", "|---|---|---|---|---|---|"]
        for c in kind.columns {
            let cells = [c.zh, "`\(c.key)`", c.required ? "是 yes" : "否 no", "\(c.parser.format.zh)<br>\(c.parser.format.en)",
                         c.example.isEmpty ? "" : "`\(c.example)`", c.note.map { "\($0.zh)<br>\($0.en)" } ?? ""]
            lines.append("| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }
}
