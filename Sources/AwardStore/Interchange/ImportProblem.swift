import AwardDomain

/// One thing wrong in an imported file. `row` is the row number Excel shows at the left: the
/// header is row 1 and the first data row is row 2 (a quoted cell with line breaks stays one
/// row). Row 0 means the file as a whole. `column` is the header as written in the file.
public struct ImportProblem: Error, Hashable, Sendable {
    public var row: Int
    public var column: String
    public var message: Phrase
    public init(row: Int, column: String, message: Phrase) {
        self.row = row; self.column = column; self.message = message
    }

    /// "第7行，“统一社会信用代码”：…" / "Row 7, column “credit_code”: …".
    public func text(_ lang: Language) -> String {
        switch (lang, row, column.isEmpty) {
        case (.zh, 0, _): message.zh
        case (.zh, _, true): "第\(row)行：\(message.zh)"
        case (.zh, _, false): "第\(row)行，“\(column)”列：\(message.zh)"
        case (.en, 0, _): message.en
        case (.en, _, true): "Row \(row): \(message.en)"
        case (.en, _, false): "Row \(row), column “\(column)”: \(message.en)"
        }
    }
}

/// Every problem of a refused file. Nothing of the file was imported.
public struct ImportErrors: Error, Hashable, Sendable {
    public var kind: CSVKind
    public var problems: [ImportProblem]
    public init(kind: CSVKind, problems: [ImportProblem]) {
        self.kind = kind
        // File-wide problems first, then by row; within a row, in the order they were found.
        self.problems = problems.enumerated().sorted { ($0.element.row, $0.offset) < ($1.element.row, $1.offset) }.map(\.element)
    }

    /// A report for the user: a summary line, then one line per problem (at most `limit`), then
    /// how many more there are.
    public func report(lang: Language, limit: Int = 50) -> String {
        var lines: [String] = []
        let n = problems.count
        lines.append(Phrase(zh: "“\(kind.name.zh)”文件未导入：发现 \(n) 处问题，没有导入任何数据。行号与 Excel 左侧显示的一致（第1行为表头）。请改正后重新导入。",
                            en: "The \(kind.name.en) file was not imported: \(n) problem\(n == 1 ? "" : "s") found, nothing was imported. Row numbers are those Excel shows (row 1 is the header). Correct them and import again.").text(lang))
        lines += problems.prefix(limit).map { $0.text(lang) }
        if n > limit {
            lines.append(Phrase(zh: "……另有 \(n - limit) 处问题未列出", en: "…and \(n - limit) more").text(lang))
        }
        return lines.joined(separator: "\n")
    }
}
