import ArgumentParser
import AwardDomain
import AwardStore
import Foundation

/// `qaward eligibility [--cycle YEAR] [--format table|json]` (`--cycle` as every command takes it): every applicant's checks E1–E11
/// with their articles and the facts that decided them.
struct EligibilityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "eligibility", abstract: "Print every applicant's eligibility checks (第十条).")

    @OptionGroup var global: GlobalOptions

    @Option(help: "table, json, xlsx or docx (with --out).")
    var format: ListFormat = .table

    @Option(help: "The file for xlsx or docx.")
    var out: String?

    struct Row: Encodable {
        struct Check: Encodable {
            var code: String
            var citation: String
            var outcome: String
            var reason: String
        }
        var id: String
        var name: String
        var overall: String
        var checks: [Check]
    }

    func run() throws {
        let lang = global.language
        let store = try global.openStore()
        defer { store.close() }
        let data = store.data, head = store.head
        let rows: [Row] = Eligibility.summaries(in: data).map { s in
            let name = data.cycle.application(s.applicationID).flatMap { data.registry.organization($0.orgID)?.name } ?? ""
            return Row(id: s.applicationID, name: name, overall: s.overall.rawValue, checks: s.results.map {
                Row.Check(code: $0.code, citation: $0.citation.text(lang), outcome: $0.outcome.rawValue, reason: $0.reason.text(lang))
            })
        }
        switch format {
        case .xlsx, .docx:
            let table = OfficeTable(
                headers: [
                    Phrase(zh: "申报编号", en: "Application"),
                    Phrase(zh: "组织名称", en: "Organization"),
                    Phrase(zh: "总体结论", en: "Overall"),
                    Phrase(zh: "检查项", en: "Check"),
                    Phrase(zh: "依据", en: "Article"),
                    Phrase(zh: "结果", en: "Outcome"),
                    Phrase(zh: "理由", en: "Reason"),
                ].text(lang),
                rows: rows.flatMap { r in r.checks.map { c in [r.id, r.name, r.overall, c.code, c.citation, c.outcome, c.reason] } },
                kinds: [.code, .text, .text, .code, .text, .text, .text])
            let title = Phrase(zh: "\(data.cycle.year)年度盐城市市长质量奖资格审查表", en: "\(data.cycle.year) Mayor's Quality Award eligibility checks").text(lang)
            try global.writeTable(table, title: title, format: format, out: out, settings: data.registry.settings, head: head)
        case .json:
            try printJSON(rows)
        case .table:
            for r in rows {
                print("\(r.id)  \(r.name)  [\(r.overall)]")
                for c in r.checks {
                    let mark = c.outcome == "pass" ? "✓" : (c.outcome == "fail" ? "✗" : "?")
                    print("  \(mark) \(c.code) \(c.citation)  \(c.reason)")
                }
            }
        }
    }
}
