import AwardDomain
import Foundation

/// Reads an exchanged CSV file all-or-nothing: every row is checked first, and the result is
/// either every row parsed or every problem found (with Excel's row numbers).
public enum CSVImport {
    /// - Parameters:
    ///   - registry: organizations and experts the rows may refer to; an existing organization or
    ///     expert with the same id is updated, keeping what the file does not carry.
    ///   - cycle: the open cycle; required for applications and scores.
    ///   - rubrics: the rubric per stage, for score items; defaults to those of `AwardData`.
    public static func parse(kind: CSVKind, data: Data, registry: Registry, cycle: Cycle?,
                             rubrics: [Stage: Rubric]? = nil) -> Result<ImportBatch, ImportErrors> {
        let table: CSVTable
        switch CSVTable.read(data) {
        case .success(let t): table = t
        case .failure(let p): return .failure(ImportErrors(kind: kind, problems: [p]))
        }
        let columns = kind.columns
        let map = ColumnMap(header: table.header, columns: columns)
        var problems = map.problems
        if [.applications, .scores, .findings].contains(kind), cycle == nil {
            problems.append(ImportProblem(row: 0, column: "", message: Phrase(
                zh: "导入\(kind.name.zh)前请先打开评审年度", en: "Open a cycle before importing \(kind.name.en)")))
            return .failure(ImportErrors(kind: kind, problems: problems))
        }

        var readers: [RowReader] = []
        for row in table.rows {
            if let p = shapeProblem(row, table: table, map: map) { problems.append(p); continue }
            var cells: [String: String] = [:]
            for (key, i) in map.index {
                cells[key] = i < row.cells.count ? row.cells[i].trimmingCharacters(in: .whitespacesAndNewlines) : ""
            }
            readers.append(RowReader(number: row.number, cells: cells, columns: columns, headers: map.header))
        }

        // Without a cycle only registry kinds get here, and they never look at it.
        let openCycle = cycle ?? Cycle(year: Day.validYears.lowerBound)
        var builder = ImportBuilder(registry: registry, cycle: openCycle,
                                    rubrics: rubrics ?? AwardData(registry: registry, cycle: openCycle).rubrics)
        let batch: ImportBatch
        switch kind {
        case .orgs: batch = .organizations(builder.organizations(readers))
        case .records: batch = .records(builder.records(readers))
        case .awards: batch = .awards(builder.awards(readers))
        case .applications:
            let (new, updated) = builder.applications(readers)
            batch = .applications(new: new, updated: updated)
        case .experts: batch = .experts(builder.experts(readers))
        case .scores, .findings: batch = .sheets(builder.sheets(readers))
        }
        problems += builder.problems
        guard problems.isEmpty else { return .failure(ImportErrors(kind: kind, problems: problems)) }
        return .success(batch)
    }

    /// A row whose cells do not line up with the header, or with an oversized cell, is reported
    /// once and not read further (its cells cannot be trusted to be in their columns).
    static func shapeProblem(_ row: CSVTable.Row, table: CSVTable, map: ColumnMap) -> ImportProblem? {
        if row.cells.count > table.header.count {
            return ImportProblem(row: row.number, column: "", message: Phrase(
                zh: "此行有\(row.cells.count)个单元格，表头只有\(table.header.count)列；请检查是否有未加引号的逗号或多余的单元格",
                en: "This row has \(row.cells.count) cells but the header has \(table.header.count) columns: look for an unquoted comma or a stray cell"))
        }
        for (i, cell) in row.cells.enumerated() where cell.count > CSVTable.maxFieldLength {
            let column = i < table.header.count ? table.header[i] : ""
            return ImportProblem(row: row.number, column: column, message: Phrase(
                zh: "单元格有\(cell.count)个字符，超过上限\(CSVTable.maxFieldLength)；常见原因是某个引号没有闭合，吞掉了后面的内容",
                en: "The cell has \(cell.count) characters, more than the limit of \(CSVTable.maxFieldLength); often a quote left open has swallowed what follows"))
        }
        for i in map.unnamed where i < row.cells.count && !row.cells[i].trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            return ImportProblem(row: row.number, column: "", message: Phrase(
                zh: "第\(i + 1)列有内容但没有列名；请补上表头或删去该列", en: "Column \(i + 1) has data but no header: add the header or delete the column"))
        }
        return nil
    }
}
