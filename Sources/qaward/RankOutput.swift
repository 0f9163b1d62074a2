import AwardDomain
import Foundation
import TerminalUI

/// The ranking as JSON (for scripts) or as an aligned table (for people).
enum RankOutput {
    struct Entry: Encodable {
        var id: String
        var name: String
        var document: String?
        var qa: String?
        var onsite: String?
        var composite: String?
        var rank: Int?
        var shortlisted: Bool
        var tiedAtCut: Bool
        var flags: [String]

        enum CodingKeys: String, CodingKey {
            case id, name, document, qa, onsite, composite, rank, shortlisted, tiedAtCut, flags
        }

        // Scores not there yet are written as null, so every entry has the same keys.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(name, forKey: .name)
            try c.encode(document, forKey: .document)
            try c.encode(qa, forKey: .qa)
            try c.encode(onsite, forKey: .onsite)
            try c.encode(composite, forKey: .composite)
            try c.encode(rank, forKey: .rank)
            try c.encode(shortlisted, forKey: .shortlisted)
            try c.encode(tiedAtCut, forKey: .tiedAtCut)
            try c.encode(flags, forKey: .flags)
        }
    }

    struct Document: Encodable {
        var cycle: Int
        var places: Int
        var invited: Int
        var tieAtCut: [String]
        var applicants: [Entry]
        var panels: [PanelEntry]
    }

    /// Panel calibration at the cut (PanelCalibration): each panel's mean and spread, and a flag.
    struct PanelEntry: Encodable {
        var panel: String
        var applicants: Int
        var mean: String
        var range: String
        var standardDeviation: String
        var differenceFromOthers: String?
        var flagged: Bool

        init(_ r: PanelCalibration.Row) {
            panel = r.panelID; applicants = r.applicationIDs.count; mean = r.mean.description
            range = ExactScore.format(hundredths: r.range)
            standardDeviation = ExactScore.format(hundredths: Int((r.standardDeviation * 100).rounded()))
            differenceFromOthers = r.difference?.description; flagged = r.flagged
        }
    }

    static func entries(_ rows: [RankingBoard.Row], ranks: [String: Int], lang: Language) -> [Entry] {
        rows.map { r in
            Entry(id: r.applicationID, name: r.name, document: r.document.score?.description, qa: r.qa.score?.description,
                  onsite: r.onsite.score?.description, composite: r.composite?.description, rank: ranks[r.applicationID],
                  shortlisted: r.shortlisted, tiedAtCut: r.tiedAtCut,
                  flags: r.flags.map { $0.phrase.text(lang) })
        }
    }

    /// The ranking as a table for Excel and Word: ids as text, scores as numbers ("—" where none yet).
    static func table(_ rows: [RankingBoard.Row], ranks: [String: Int], lang: Language) -> OfficeTable {
        let headers = [
            Phrase.columnRank,
            Phrase.columnApplication,
            Phrase(zh: "申报组织", en: "Applicant"),
            Stage.document.heading,
            Stage.qa.heading,
            Stage.onsite.heading,
            Phrase.columnComposite,
            Phrase(zh: "入围", en: "Shortlisted"),
            Phrase(zh: "标记", en: "Flags"),
        ].text(lang)
        let list = entries(rows, ranks: ranks, lang: lang).map { e in
            [e.rank.map(String.init) ?? "", e.id, e.name, e.document ?? "—", e.qa ?? "—", e.onsite ?? "—", e.composite ?? "—",
             e.shortlisted ? Phrase.yes.text(lang) : (e.tiedAtCut ? Phrase(zh: "并列待定", en: "tied at the cut").text(lang) : Phrase.no.text(lang)),
             e.flags.joined(separator: Phrase.listSeparator.text(lang))]
        }
        return OfficeTable(headers: headers, rows: list, kinds: [.number, .code, .text, .number, .number, .number, .number, .text, .text])
    }

    /// On screen or as JSON; `--format xlsx|docx` is written by the command with `table`.
    static func print(_ rows: [RankingBoard.Row], ranks: [String: Int], board: RankingBoard, calibration: PanelCalibration,
                      format: ListFormat, lang: Language, cycle: Int) throws {
        let list = entries(rows, ranks: ranks, lang: lang)
        switch format {
        case .xlsx, .docx:
            preconditionFailure("file formats are written with RankOutput.table")
        case .json:
            let doc = Document(cycle: cycle, places: board.shortlist.places, invited: board.shortlist.invitedCount,
                               tieAtCut: board.shortlist.tieAtCut, applicants: list, panels: calibration.rows.map(PanelEntry.init))
            try printJSON(doc)
        case .table:
            let headers = [
                Phrase.columnRank,
                Phrase.columnApplication,
                Phrase(zh: "申报组织", en: "Applicant"),
                Phrase(zh: "资料", en: "D"),
                Phrase(zh: "答辩", en: "Q"),
                Phrase(zh: "现场", en: "S"),
                Phrase(zh: "综合", en: "Composite"),
                Phrase(zh: "入围", en: "In"),
                Phrase(zh: "标记", en: "Flags"),
            ].text(lang)
            let widths = [4, 10, 28, 8, 8, 8, 9, 4, 0]
            let aligns: [Alignment] = [.right, .left, .left, .right, .right, .right, .right, .center, .left]
            func line(_ cells: [String]) -> String {
                cells.indices.map { i in widths[i] == 0 ? cells[i] : padded(truncate(cells[i], toWidth: widths[i]), toWidth: widths[i], align: aligns[i]) }
                    .joined(separator: " ")
            }
            Swift.print(line(headers))
            for e in list {
                let inMark = e.shortlisted ? "✓" : (e.tiedAtCut ? "?" : "")
                Swift.print(line([e.rank.map(String.init) ?? "", e.id, e.name, e.document ?? "—", e.qa ?? "—", e.onsite ?? "—",
                                  e.composite ?? "—", inMark, e.flags.joined(separator: "；")]))
            }
            // Applicants of different panels meet at the cut: each panel's scale, a lenient or
            // strict one flagged (more than 10 % of the maximum from the others).
            guard !calibration.rows.isEmpty else { return }
            Swift.print(Phrase(zh: "\n评审组校准（资料评审得分）：", en: "\nPanel calibration (document-review scores):").text(lang))
            for r in calibration.rows {
                let diff = r.difference.map { ($0.hundredths > 0 ? "+" : "") + $0.description } ?? "—"
                let sd = ExactScore.format(hundredths: Int((r.standardDeviation * 100).rounded()))
                Swift.print(Phrase(zh: "  \(r.panelID)  \(r.applicationIDs.count) 家  均值 \(r.mean)  极差 \(ExactScore.format(hundredths: r.range))  标准差 \(sd)  与其他组之差 \(diff)\(r.flagged ? "  ！均值偏离其他评审组" : "")",
                                   en: "  \(r.panelID)  \(r.applicationIDs.count) applicants  mean \(r.mean)  range \(ExactScore.format(hundredths: r.range))  SD \(sd)  vs others \(diff)\(r.flagged ? "  ! mean far from the others" : "")").text(lang))
            }
        }
    }
}
