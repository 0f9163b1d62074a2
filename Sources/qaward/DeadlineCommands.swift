import ArgumentParser
import AwardDomain
import AwardStore
import Foundation
import TerminalUI

/// `qaward deadlines [--today DATE] --format json|table`: the deadline board of the cycle
/// (第三条, 第十一条（一）（七）), most urgent first, as the timers screen shows it.
struct DeadlinesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "deadlines", abstract: "Print the deadline board: publicity periods and milestones, most urgent first.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "table (default), json, xlsx or docx (with --out).")
    var format: ListFormat = .table

    @Option(help: "The file for xlsx or docx.")
    var out: String?

    /// One item as printed in JSON: stable field names for scripts.
    struct Row: Encodable {
        var id: String
        var kind: String
        var type: String
        var name: String
        var subject: String
        var citation: String
        var start: String
        var end: String
        var daysLeft: Int
        var workingDaysLeft: Int?
        var status: String
        var progress: Int
        var problem: String?
    }

    func run() throws {
        let lang = global.language
        let today = try global.todayDay()
        let data: AwardData, head: JournalHead
        do {
            let store = try global.openedStore()
            defer { store.close() }
            (data, head) = (store.data, store.head)
        } catch {
            throw CommandFailure(error.text(lang))
        }
        let items = Deadlines.items(for: data, today: today)
        let rows = items.map { i -> Row in
            let (kind, type): (String, String) = switch i.kind {
            case .publicity(let k): ("publicity", k.rawValue)
            case .milestone(let k): ("milestone", k.rawValue)
            }
            return Row(id: i.id, kind: kind, type: type, name: i.kind.name.text(lang), subject: i.subject.text(lang),
                       citation: i.citation.text(lang), start: i.start.description, end: i.end.description,
                       daysLeft: i.calendarDaysLeft, workingDaysLeft: i.workingDaysLeft, status: i.status.rawValue,
                       progress: Int((i.progress * 100).rounded()), problem: i.calendarProblem?.text(lang))
        }
        switch format {
        case .json:
            try printJSON(rows)
        case .table:
            printTable(items, lang: lang, today: today)
        case .xlsx, .docx:
            let table = OfficeTable(
                headers: [
                    Phrase(zh: "事项", en: "Item"),
                    Phrase(zh: "对象", en: "Subject"),
                    Phrase(zh: "依据", en: "Article"),
                    Phrase(zh: "开始", en: "Start"),
                    Phrase(zh: "截止", en: "End"),
                    Phrase(zh: "剩余天数", en: "Days left"),
                    Phrase(zh: "剩余工作日", en: "Working days left"),
                    Phrase(zh: "状态", en: "Status"),
                    Phrase(zh: "问题", en: "Problem"),
                ].text(lang),
                rows: items.map { i in
                    [i.kind.name.text(lang), i.subject.text(lang), i.citation.text(lang), i.start.description, i.end.description,
                     "\(i.calendarDaysLeft)", i.workingDaysLeft.map(String.init) ?? "—", i.status.name.text(lang), i.calendarProblem?.text(lang) ?? ""]
                },
                kinds: [.text, .text, .text, .date, .date, .number, .number, .text, .text])
            let title = Phrase(zh: "\(data.cycle.year)年度期限一览（截至\(today.written(.zh))）",
                               en: "\(data.cycle.year) deadlines as of \(today.written(.en))").text(lang)
            try global.writeTable(table, title: title, format: format, out: out, settings: data.registry.settings, head: head)
        }
        // Working days that could not be counted are an error: the board is incomplete (RULES.md §8).
        if let problem = items.lazy.compactMap(\.calendarProblem).first { throw CommandFailure(problem.text(lang)) }
    }

    private func printTable(_ items: [DeadlineItem], lang: Language, today: Day) {
        print(Phrase(zh: "截至 \(today)（Asia/Shanghai）", en: "As of \(today) (Asia/Shanghai)").text(lang))
        let head = [
            Phrase(zh: "事项", en: "Item"),
            Phrase(zh: "对象", en: "Subject"),
            Phrase(zh: "开始", en: "Start"),
            Phrase(zh: "截止", en: "End"),
            Phrase(zh: "剩余天数", en: "Days left"),
            Phrase(zh: "剩余工作日", en: "Workdays"),
            Phrase(zh: "状态", en: "Status"),
        ].text(lang)
        var table = [head]
        for i in items {
            table.append([i.kind.name.text(lang), i.subject.text(lang), i.start.description, i.end.description,
                          "\(i.calendarDaysLeft)", i.workingDaysLeft.map(String.init) ?? "—", i.status.name.text(lang)])
        }
        // Columns as wide as their widest cell, measured as the terminal does (CJK = 2 columns).
        let widths = head.indices.map { c in table.map { displayWidth($0[c]) }.max() ?? 0 }
        let numeric: Set<Int> = [4, 5]
        for row in table {
            let cells = row.indices.map { c in padded(row[c], toWidth: widths[c], align: numeric.contains(c) ? .right : .left) }
            print(cells.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression))
        }
        if items.isEmpty { print(Phrase(zh: "（暂无期限）", en: "(no deadlines)").text(lang)) }
    }
}
