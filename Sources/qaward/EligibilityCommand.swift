import ArgumentParser
import AwardDomain
import AwardStore
import Foundation

/// `qaward eligibility [--cycle YEAR] [--format table|json]`: every applicant's checks E1–E11
/// with their articles and the facts that decided them.
struct EligibilityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "eligibility", abstract: "Print every applicant's eligibility checks (第十条).")

    @OptionGroup var global: GlobalOptions

    @Option(help: "The cycle year (default: the current cycle).")
    var cycle: Int?

    @Option(help: "table or json.")
    var format: OutputFormat = .table

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
        let store = try global.openStore(cycle: cycle)
        defer { store.close() }
        let data = store.data
        let rows: [Row] = Eligibility.summaries(in: data).map { s in
            let name = data.cycle.application(s.applicationID).flatMap { data.registry.organization($0.orgID)?.name } ?? ""
            return Row(id: s.applicationID, name: name, overall: s.overall.rawValue, checks: s.results.map {
                Row.Check(code: $0.code, citation: $0.citation.text(lang), outcome: $0.outcome.rawValue, reason: $0.reason.text(lang))
            })
        }
        switch format {
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
