import AwardDomain
import AwardStore
import Foundation
import TerminalUI

extension RankingScreen {
    mutating func handleText(_ key: Key, model: AppModel) -> [Effect]? {
        if exportChoice != nil { return exportChoice?.handleText(key) == true ? [] : nil }
        return tie?.handleText(key) == true ? [] : nil
    }

    mutating func perform(_ c: RankingCommand, key: Key, model: AppModel) -> [Effect] {
        let t = model.t
        switch c {
        case .move:
            _ = table.handle(key, rowCount: lines.count, pageSize: listHeight(model))
        case .cycleSort:
            let all = RankingSort.allCases
            sort = all[((all.firstIndex(of: sort) ?? 0) + 1) % all.count]
            table = TableState()
            relayout(model)
        case .decideTie:
            guard let b = board, !b.shortlist.tieAtCut.isEmpty else { return [] }
            let need = b.shortlist.invitedCount - b.shortlist.shortlisted.count
            tie = Modal(title: .tieTitle(need), fields: b.shortlist.tieAtCut.map { id in
                let name = b.rows.first { $0.applicationID == id }?.name ?? ""
                return ModalField(.include(id), .tiedApplicant(id), yes: false, hint: Phrase(zh: name, en: name))
            } + [ModalField(.note, .tieNoteLabel, .text(maxLength: 200), hint: .tieNoteHint, width: 30)], openedAt: model.journalSeq)
        case .tie(let command):
            guard var m = tie, let tied = board?.shortlist.tieAtCut else { return [] }
            let event = m.perform(command)
            tie = m
            switch event {
            case .handled: return []
            case .invalid: return [.formHasErrors(model.t)]
            case .cancelled: tie = nil
            case .submitted, .confirmed:
                tie?.sent()
                let include = tied.filter { m.isYes(.include($0)) }
                return [m.commit(.scoring(.decideShortlistTie(include: include, note: m[.note])))]
            }
        case .exportCSV, .exportReport, .exportAllReports:
            if c == .exportCSV, board == nil { return [] }
            if c == .exportReport, selectedRow() == nil {
                return [.error(t(.rankingNoSelection))]
            }
            // Ask the format first; nothing is written until it is chosen.
            pendingExport = c
            exportChoice = c == .exportCSV
                ? .exportFormat(Phrase(zh: "排名", en: "ranking"), formats: [.csv, .xlsx, .docx])
                : .exportFormat(Phrase(zh: "评审得分报告", en: "score report"), formats: [.text, .docx])
        case .exportFormat(let command):
            guard var m = exportChoice, let pending = pendingExport else { return [] }
            let event = m.perform(command)
            exportChoice = m
            switch event {
            case .handled: return []
            case .invalid: return [.formHasErrors(model.t)]
            case .cancelled:
                exportChoice = nil; pendingExport = nil
            case .submitted, .confirmed:
                exportChoice = nil; pendingExport = nil
                return export(pending, format: m.exportFormat, model: model)
            }
        }
        return []
    }

    private func export(_ c: RankingCommand, format: ExportFormat, model: AppModel) -> [Effect] {
        switch c {
        case .exportCSV:
            guard let b = board else { return [] }
            let doc = b.document(sort: sort, ranks: ranks, year: model.data.cycle.year, model.env.lang)
            let base = String(RankingBoard.fileName(year: model.data.cycle.year).dropLast(4))
            return doc.exportEffects(base: base, format: format, author: model.data.registry.settings.officeName, lang: model.env.lang)
        case .exportReport:
            guard let row = selectedRow() else { return [] }
            return report(row.applicationID, format: format, model: model)
        case .exportAllReports:
            guard let b = board else { return [] }
            return b.rows.flatMap { report($0.applicationID, format: format, model: model) }
        default:
            return []
        }
    }

    /// The one score report document (AwardDomain's), in the chosen format.
    private func report(_ applicationID: String, format: ExportFormat, model: AppModel) -> [Effect] {
        do throws(DomainError) {
            let doc = try ScoreReport.make(model.data, applicationID: applicationID, model.env.lang)
            let base = String(ScoreReport.fileName(applicationID: applicationID).dropLast(4))
            return doc.exportEffects(base: base, format: format, author: model.data.registry.settings.officeName, lang: model.env.lang)
        } catch {
            return [.error(error.text(model.env.lang))]
        }
    }
}
