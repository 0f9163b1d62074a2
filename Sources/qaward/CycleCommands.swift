import ArgumentParser
import AwardDomain
import AwardStore
import Foundation

/// `qaward cycle new YEAR` and `qaward cycle list`: the award years of one data directory (第三条:
/// every year), which share the registry of organizations, experts and past awards.
struct CycleCommands: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cycle", abstract: "Make the next cycle, or list the cycles of the data directory.",
        subcommands: [CycleNewCommand.self, CycleListCommand.self])
}

struct CycleNewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Make the cycle of YEAR after the newest, carrying the registry, calendar, rubric, quotas and scoring policy.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The new cycle's year.") var year: Int

    func run() throws {
        let lang = global.language
        let store: Store
        do { store = try Store.open(directory: global.dataURL, actor: global.operatorName) } catch {
            throw CommandFailure(error, lang)
        }
        defer { store.close() }
        do { try store.createCycle(year) } catch { throw CommandFailure(error, lang) }
        let s = store.data.cycle.settings
        print(Phrase.cycleMade(year: year, applicationDeadline: s.applicationDeadline, reviewDeadline: s.reviewDeadline, awardQuota: s.awardQuota, nominationQuota: s.nominationQuota).text(lang))
    }
}

struct CycleListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the cycles: year, applications, publication; the default is marked.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "table or json.") var format: OutputFormat = .table

    struct Row: Encodable {
        var year: Int
        var applications: Int
        var winners: Int
        var published: String?
        /// The cycle commands open without `--cycle`.
        var isDefault: Bool
    }

    func run() throws {
        let lang = global.language
        let store = try global.openStore()
        defer { store.close() }
        let opened = store.data.cycle.year
        var rows: [Row] = []
        do {
            for y in try store.cycleYears {
                try store.openCycle(y)
                let c = store.data.cycle
                rows.append(Row(year: y, applications: c.applications.count, winners: c.approval?.applicationIDs.count ?? 0,
                                published: c.publication?.date.description, isDefault: y == opened && global.cycle == nil))
            }
        } catch { throw CommandFailure(error, lang) }
        switch format {
        case .json: try printJSON(rows)
        case .table:
            for r in rows {
                let mark = r.isDefault ? "*" : " "
                let pub = r.published.map { Phrase.winnersPublished(when: $0, winners: r.winners).text(lang) }
                    ?? Phrase(zh: "未公布", en: "not published").text(lang)
                print(Phrase.cycleLine(mark: mark, year: r.year, applications: r.applications, published: pub).text(lang))
            }
        }
    }
}
