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
    }

    static func entries(_ rows: [RankingBoard.Row], ranks: [String: Int], lang: Language) -> [Entry] {
        rows.map { r in
            Entry(id: r.applicationID, name: r.name, document: r.document.mean?.description, qa: r.qa.mean?.description,
                  onsite: r.onsite.mean?.description, composite: r.composite?.description, rank: ranks[r.applicationID],
                  shortlisted: r.shortlisted, tiedAtCut: r.tiedAtCut,
                  flags: r.flags.map { $0.phrase.text(lang) })
        }
    }

    static func print(_ rows: [RankingBoard.Row], ranks: [String: Int], board: RankingBoard, format: OutputFormat, lang: Language, cycle: Int) throws {
        let list = entries(rows, ranks: ranks, lang: lang)
        switch format {
        case .json:
            let doc = Document(cycle: cycle, places: board.shortlist.places, invited: board.shortlist.invitedCount,
                               tieAtCut: board.shortlist.tieAtCut, applicants: list)
            try printJSON(doc)
        case .table:
            let zh = lang == .zh
            let headers = zh ? ["名次", "申报编号", "申报组织", "资料", "答辩", "现场", "综合", "入围", "标记"]
                             : ["Rank", "Application", "Applicant", "D", "Q", "S", "Composite", "In", "Flags"]
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
        }
    }
}
