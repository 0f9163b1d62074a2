import AwardDomain
import AwardStore
import Foundation
import TerminalUI

extension RankingScreen {
    mutating func handleText(_ key: Key, model: inout AppModel) -> [Effect]? {
        guard var f = tie, f.onNote, f.note.handle(key) else { return nil }
        tie = f
        return []
    }

    mutating func perform(_ c: RankingCommand, key: Key, model: inout AppModel) -> [Effect] {
        let t = model.t
        switch c {
        case .move:
            if var f = tie {
                let n = f.tied.count + 1
                switch key {
                case .up, .backTab: f.cursor = (f.cursor + n - 1) % n
                default: f.cursor = (f.cursor + 1) % n
                }
                tie = f
            } else {
                _ = table.handle(key, rowCount: lines.count, pageSize: listHeight(model))
            }
        case .cycleSort:
            let all = RankingSort.allCases
            sort = all[((all.firstIndex(of: sort) ?? 0) + 1) % all.count]
            table = TableState()
            relayout(model)
        case .decideTie:
            guard let tied = board?.shortlist.tieAtCut, !tied.isEmpty else { return [] }
            tie = TieForm(tied: tied)
        case .toggleTied:
            guard var f = tie, !f.onNote else { return [] }
            let id = f.tied[f.cursor]
            if f.include.contains(id) { f.include.remove(id) } else { f.include.insert(id) }
            tie = f
        case .saveTie:
            guard let f = tie else { return [] }
            tie = nil
            return [.commit(.scoring(.decideShortlistTie(include: f.tied.filter { f.include.contains($0) }, note: f.note.text)))]
        case .cancelTie:
            tie = nil
        case .exportCSV:
            guard let b = board else { return [] }
            let doc = b.document(sort: sort, ranks: ranks, year: model.data.cycle.year, model.env.lang)
            return [.export(fileName: RankingBoard.fileName(year: model.data.cycle.year), contents: CSVExport.table(headers: doc.headers, rows: doc.rows))]
        case .exportReport:
            guard let row = selectedRow() else {
                model.status = StatusMessage(t("ranking.noSelection"), kind: .error)
                return []
            }
            return report(row.applicationID, model: &model)
        case .exportAllReports:
            guard let b = board else { return [] }
            return b.rows.flatMap { report($0.applicationID, model: &model) }
        }
        return []
    }

    /// The one score report document (AwardDomain's), as plain text.
    private func report(_ applicationID: String, model: inout AppModel) -> [Effect] {
        do throws(DomainError) {
            let doc = try ScoreReport.make(model.data, applicationID: applicationID, model.env.lang)
            return [.export(fileName: ScoreReport.fileName(applicationID: applicationID), contents: Data(doc.plainText.utf8))]
        } catch {
            model.status = StatusMessage(error.text(model.env.lang), kind: .error)
            return []
        }
    }
}
