import ArgumentParser
import AwardDomain
import AwardStore
import Foundation
import TerminalUI

/// `qaward scores import FILE` / `qaward scores export FILE`: score sheets as CSV, one row per item.
struct ScoresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scores", abstract: "Import or export score sheets (CSV, one row per rubric item).",
        subcommands: [ScoresImport.self, ScoresExport.self, ScoresProgress.self])
}

/// `qaward scores progress --stage document|qa|onsite [--format xlsx|docx --out FILE]`: the
/// office's sheet-progress matrix, per panel and applicant, each member's sheet state.
struct ScoresProgress: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "progress", abstract: "The sheet-progress matrix of one stage (第十一条（三）至（五）).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, xlsx, docx }

    @OptionGroup var global: GlobalOptions
    @Option(help: "document, qa or onsite.") var stage: RankStage = .document
    @Option(help: "table (default), xlsx or docx (with --out).") var format: Format = .table
    @Option(help: "The file for xlsx or docx.") var out: String?

    func run() throws {
        let lang = global.language
        let s: Stage
        switch stage {
        case .document: s = .document
        case .qa: s = .qa
        case .onsite: s = .onsite
        case .composite: throw CommandFailure(Phrase(zh: "请选择 document、qa 或 onsite", en: "Choose document, qa or onsite"), lang)
        }
        let store = try global.openStore()
        defer { store.close() }
        let table = SheetProgressTable.make(store.data, stage: s, lang)
        let title = Phrase(zh: "\(store.data.cycle.year)年度评分表进度（\(s.name.zh)）",
                           en: "\(store.data.cycle.year) score sheet progress (\(s.name.en))").text(lang)
        switch format {
        case .table:
            print(title)
            print(table.headers.joined(separator: "\t"))
            for r in table.rows { print(r.joined(separator: "\t")) }
        case .xlsx: try global.writeTable(table, title: title, format: .xlsx, out: out, settings: store.data.registry.settings, head: store.head)
        case .docx: try global.writeTable(table, title: title, format: .docx, out: out, settings: store.data.registry.settings, head: store.head)
        }
    }
}

struct ScoresImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import score sheets, all or nothing (第十一条（三）至（五）).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The CSV file (UTF-8; Excel's “CSV UTF-8”).") var file: String

    func run() throws {
        let lang = global.language
        let bytes = try global.readFile(file)
        let store = try global.openStore()
        defer { store.close() }
        let shape = CSVImport.shape(bytes)
        switch CSVImport.parse(kind: .scores, data: bytes, registry: store.data.registry, cycle: store.data.cycle, rubrics: store.data.rubrics) {
        case .failure(let errors):
            throw CommandFailure(errors.report(lang: lang))
        case .success(let batch):
            do {
                for action in batch.actions() { _ = try store.commit(action) }
            } catch {
                throw CommandFailure(error.text(lang))
            }
            let rows = shape?.rows ?? 0, cols = shape?.columns ?? 0
            print(Phrase(zh: "已导入 \(batch.count) 张评分表（\(rows) 行 × \(cols) 列）",
                         en: "Imported \(batch.count) score sheets (\(rows) rows × \(cols) columns)").text(lang))
        }
    }
}

struct ScoresExport: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Export every score sheet of the cycle.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The file to write: CSV, or an Excel workbook when it ends in .xlsx.") var file: String

    func run() throws {
        let lang = global.language
        let store = try global.openStore()
        defer { store.close() }
        let sheets = store.data.cycle.sheets
        try global.writeExport(CSVExport.scoresTable(sheets, lang: lang), sheetName: CSVKind.scores.name.text(lang), to: file)
        let rows = sheets.reduce(0) { $0 + Set($1.percents.keys).union($1.comments.keys).count }
        print(Phrase(zh: "已导出 \(sheets.count) 张评分表（\(rows) 行）到 \(file)",
                     en: "Exported \(sheets.count) score sheets (\(rows) rows) to \(file)").text(lang))
    }
}

enum RankStage: String, ExpressibleByArgument, CaseIterable {
    case document, qa, onsite, composite

    var title: Phrase {
        switch self {
        case .document: Stage.document.name
        case .qa: Stage.qa.name
        case .onsite: Stage.onsite.name
        case .composite: Phrase(zh: "综合评价", en: "composite")
        }
    }
}

/// `qaward rank --stage composite --format json`: the ranking by one stage or the composite.
struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank", abstract: "Rank applicants by a stage score or the composite (20 % D + 10 % Q + 70 % S).")

    @OptionGroup var global: GlobalOptions
    @Option(help: "document, qa, onsite or composite.") var stage: RankStage = .composite
    @Option(help: "table, json, xlsx or docx (with --out).") var format: ListFormat = .table
    @Option(help: "The file for xlsx or docx.") var out: String?
    @Option(help: "Decide the tie at the cut: the tied applicants who go on, comma-separated (with --note).") var decide: String?
    @Option(help: "The reason for the tie decision (required with --decide).") var note = ""

    func run() throws {
        let lang = global.language
        let store = try global.openStore()
        defer { store.close() }
        if let decide {
            let ids = decide.split(whereSeparator: { ",，; ".contains($0) }).map(String.init)
            try global.commit(.scoring(.decideShortlistTie(include: ids, note: note)), to: store)
        }
        let board = RankingBoard.build(store.data)
        let sort: RankingSort, ranks: [String: Int]
        switch stage {
        case .document: sort = .document; ranks = board.stageRanks(.document)
        case .qa: sort = .qa; ranks = board.stageRanks(.qa)
        case .onsite: sort = .onsite; ranks = board.stageRanks(.onsite)
        case .composite:
            sort = .composite
            ranks = Dictionary(board.rows.compactMap { r in r.rank.map { (r.applicationID, $0) } }, uniquingKeysWith: { a, _ in a })
        }
        // The composite ranks the shortlist only (第十一条（六））; a stage ranks whoever has its score.
        let rows = board.sorted(by: sort).filter { stage == .composite ? $0.shortlisted : true }
        if format.isFile {
            let year = store.data.cycle.year
            let title = Phrase(zh: "\(year)年度评审排名（\(stage.title.zh)）", en: "\(year) Mayor's Quality Award ranking (\(stage.title.en))").text(lang)
            try global.writeTable(RankOutput.table(rows, ranks: ranks, lang: lang), title: title, format: format, out: out,
                                  settings: store.data.registry.settings, head: store.head)
            return
        }
        try RankOutput.print(rows, ranks: ranks, board: board, calibration: PanelCalibration.compute(store.data, shortlist: board.shortlist),
                             format: format, lang: lang, cycle: store.data.cycle.year)
    }
}

/// `qaward shortlist --format table`: the 1:1.5 shortlist after document review (第十一条（三）).
struct ShortlistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shortlist", abstract: "The 1:1.5 shortlist after document review, with any tie at the cut.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "table, json, xlsx or docx (with --out).") var format: ListFormat = .table
    @Option(help: "The file for xlsx or docx.") var out: String?
    @Option(help: "Decide the tie at the cut: the tied applicants who go on, comma-separated (with --note).") var decide: String?
    @Option(help: "The reason for the tie decision (required with --decide).") var note = ""

    func run() throws {
        let lang = global.language
        let store = try global.openStore()
        defer { store.close() }
        if let decide {
            let ids = decide.split(whereSeparator: { ",，; ".contains($0) }).map(String.init)
            try global.commit(.scoring(.decideShortlistTie(include: ids, note: note)), to: store)
        }
        let board = RankingBoard.build(store.data)
        let rows = board.rows.filter { $0.document.score != nil }
        if format.isFile {
            let year = store.data.cycle.year
            let title = Phrase(zh: "\(year)年度盐城市市长质量奖资料评审入围名单", en: "\(year) Mayor's Quality Award shortlist after document review").text(lang)
            try global.writeTable(RankOutput.table(rows, ranks: board.stageRanks(.document), lang: lang), title: title, format: format,
                                  out: out, settings: store.data.registry.settings, head: store.head)
            return
        }
        try RankOutput.print(rows, ranks: board.stageRanks(.document), board: board,
                             calibration: PanelCalibration.compute(store.data, shortlist: board.shortlist), format: format, lang: lang, cycle: store.data.cycle.year)
        guard format == .table else { return }
        let s = board.shortlist
        print(Phrase(zh: "名额 \(s.places)，按1:1.5邀请 \(s.invitedCount) 家，已入围 \(s.shortlisted.count) 家（第十一条（三））",
                     en: "\(s.places) places, 1:1.5 invites \(s.invitedCount), \(s.shortlisted.count) shortlisted (Art. 11(3))").text(lang))
        if !s.tieAtCut.isEmpty {
            print(Phrase(zh: "分数线并列，待办公室决定：\(s.tieAtCut.joined(separator: "、"))",
                         en: "Tied at the cut, for the office to decide: \(s.tieAtCut.joined(separator: ", "))").text(lang))
        }
    }
}
