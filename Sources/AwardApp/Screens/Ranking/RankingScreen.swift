import AwardDomain
import TerminalUI

enum RankingCommand: Sendable, Equatable {
    case move
    case cycleSort, decideTie, exportCSV, exportReport, exportAllReports
    case exportFormat(Modal<ExportField>.Command)
    case tie(Modal<RankingScreen.TieField>.Command)
}

/// 排名: D, Q, S and composite per applicant (第十一条（三）（六）), the 1:1.5 cut line with any tie
/// at it for the office to decide, and each applicant's aggregation in the detail below. The
/// board is computed when the screen is shown and kept until the data changes.
struct RankingScreen: Screen {
    static let id = ScreenID.ranking
    /// A line of the list: an applicant (index into `board.rows`) or the cut line.
    enum Line: Sendable, Equatable { case row(Int), cut }

    /// The office's choice among applicants tied at the cut: yes/no for each, and the reason
    /// the measures need (第十一条（三）).
    enum TieField: Hashable, Sendable { case include(String), note }

    var table = TableState()
    var sort: RankingSort = .document
    var board: RankingBoard?
    /// Each document-review panel's mean and spread, so a lenient or strict panel shows before the
    /// office decides the list (第十一条（三）); computed with the board.
    var calibration: PanelCalibration?
    var lines: [Line] = []
    /// The rank column for the chosen order: the stage's rank, or the composite rank.
    var ranks: [String: Int] = [:]
    var tie: Modal<TieField>?
    /// The format question of an export key, and which export asked it.
    var exportChoice: Modal<ExportField>?
    var pendingExport: RankingCommand?

    init() {}

    var capturesText: Bool { tie != nil || exportChoice != nil }

    /// The store's answer to the tie decision: saved closes the form; a refusal stays in it.
    mutating func receive(_ msg: Msg, model: AppModel) -> [Effect] {
        if tie?.receive(msg) == true { tie = nil }
        return []
    }

    func bindings(_ model: AppModel) -> [KeyBinding<RankingCommand>] {
        let t = model.t
        if let m = exportChoice { return m.bindings(t).map { $0.map(RankingCommand.exportFormat) } }
        if let m = tie { return m.bindings(t).map { $0.map(RankingCommand.tie) } }
        let noTie = (board?.shortlist.tieAtCut.isEmpty ?? true) ? t(.rankingNoTie) : nil
        return [
            KeyBinding(keys: listMoveKeys, help: t(.keyMove), action: .move, showInBar: false),
            KeyBinding(keys: [.char("s")], help: t(.rankingKeySort), action: .cycleSort),
            KeyBinding(keys: [.char("t")], help: t(.rankingKeyTie), action: .decideTie, disabledReason: noTie),
            KeyBinding(keys: [.char("e")], help: t(.rankingKeyExport), action: .exportCSV),
            KeyBinding(keys: [.char("r")], help: t(.rankingKeyReport), action: .exportReport),
            KeyBinding(keys: [.char("R")], help: t(.rankingKeyAllReports), action: .exportAllReports, showInBar: false),
        ]
    }

    mutating func willShow(model: AppModel) -> [Effect] {
        if board?.version != model.dataVersion { rebuild(model) }
        return []
    }

    /// Only while the ranking is on screen; otherwise the version tells `willShow` to rebuild.
    mutating func dataDidChange(model: AppModel) {
        if model.screen == .ranking { rebuild(model) }
    }

    mutating func rebuild(_ model: AppModel) {
        model.env.probe?.record("ranking")
        let b = RankingBoard.build(model.data, version: model.dataVersion)
        board = b
        calibration = PanelCalibration.compute(model.data, shortlist: b.shortlist)
        relayout(model)
    }

    /// The list in the chosen order; the cut line only in document order, where it means something.
    mutating func relayout(_ model: AppModel) {
        guard let b = board else { return }
        let index = Dictionary(b.rows.enumerated().map { ($1.applicationID, $0) }, uniquingKeysWith: { a, _ in a })
        var out = b.sorted(by: sort).compactMap { index[$0.applicationID] }.map(Line.row)
        if sort == .document, let cut = b.cutAfter { out.insert(.cut, at: cut) }
        lines = out
        switch sort {
        case .document: ranks = b.stageRanks(.document)
        case .qa: ranks = b.stageRanks(.qa)
        case .onsite: ranks = b.stageRanks(.onsite)
        case .composite, .id:
            ranks = Dictionary(b.rows.compactMap { r in r.rank.map { (r.applicationID, $0) } }, uniquingKeysWith: { a, _ in a })
        }
        table.clamp(rowCount: lines.count, pageSize: listHeight(model))
    }

    /// The selected applicant in full: scores, flags and each stage's aggregation.
    func detail(_ model: AppModel) -> Detail? {
        guard let r = selectedRow() else { return nil }
        let t = model.t
        var lines = ["\(r.applicationID)  \(r.name)"]
        lines += Stage.allCases.map { t(r.result($0).summary) }
        lines.append(r.composite.map { t(.rankingCompositeLine(composite: $0.description)) } ?? t(.rankingNoComposite))
        lines += r.flags.map { t($0.phrase) } + (r.tiedAtCut ? [t(RankingBoard.tiedAtCut)] : [])
        // The lines above the list, cut on a narrow terminal, in full after the applicant.
        if let b = board {
            lines += [""] + [header(b, model: model)] + (Self.banner(b, model: model).map { [$0.0] } ?? [])
                + (calibration.flatMap { $0.rows.count > 1 ? [t(Self.calibrationLine($0))] : nil } ?? [])
        }
        return Detail(title: r.name, lines: lines)
    }

    func selectedRow() -> RankingBoard.Row? {
        guard let b = board, table.selected < lines.count, case .row(let i) = lines[table.selected] else { return nil }
        return b.rows[i]
    }

    /// Rows the list shows: the body less the rows above it (`headLines`), the table header and
    /// the detail.
    func listHeight(_ model: AppModel) -> Int {
        let head = board.map { headLines($0, model: model, width: model.viewport.width).count } ?? 2
        return max(1, model.viewport.height - AppModel.chromeRows - head - 1 - RankingScreen.detailRows)
    }
    static let detailRows = 6
}

extension ScreenID {
    public static let ranking = ScreenID("ranking")
}

extension AppModel {
    var ranking: RankingScreen {
        get { screens[RankingScreen.self] }
        set { screens[RankingScreen.self] = newValue }
    }
}
