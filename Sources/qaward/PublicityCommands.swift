import ArgumentParser
import AwardDomain
import AwardStore
import Foundation

/// `qaward publicity list|close|cancel …`: the publicity periods (第十一条（一）（七）).
struct PublicityCommands: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publicity", abstract: "List, close or cancel publicity periods (第十一条（一）（七）).",
        subcommands: [PublicityList.self, PublicityClose.self, PublicityCancel.self])
}

struct PublicityRow: Encodable {
    var id: String
    var kind: String
    var applications: [String]
    var start: String
    var end: String
    /// On the board date (`--today`, else today).
    var status: String
    var closed: Bool
    var cancelled: Bool
    var cancelReason: String?
    var objections: [ObjectionRow]
}

struct ObjectionRow: Encodable {
    var id: String
    var application: String
    var received: String
    var by: String?
    var text: String
    var outcome: String
    var handling: String
}

struct PublicityList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Every publicity period with its objections, as of the board date.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "table or json.") var format: OutputFormat = .table

    func run() throws {
        let store = try global.openStore()
        defer { store.close() }
        let today = try global.todayDay(), lang = global.language
        let rows = store.data.cycle.publicity.map { p in
            PublicityRow(id: p.id, kind: p.kind.rawValue, applications: p.applicationIDs, start: p.start.description, end: p.end.description,
                         status: p.status(today: today).rawValue, closed: p.closed, cancelled: !p.stands, cancelReason: p.cancelled?.reason,
                         objections: p.objections.map { o in
                             ObjectionRow(id: o.id, application: o.applicationID, received: o.received.description, by: o.raisedBy,
                                          text: o.content, outcome: o.outcome.rawValue, handling: o.handling)
                         })
        }
        switch format {
        case .json: try printJSON(rows)
        case .table:
            if rows.isEmpty { print(Phrase(zh: "尚无公示", en: "No publicity period yet").text(lang)) }
            for (p, r) in zip(store.data.cycle.publicity, rows) {
                let state = p.cancelled.map { Phrase(zh: "已撤销：", en: "cancelled: ").text(lang) + $0.reason }
                    ?? (p.closed ? Phrase(zh: "已关闭", en: "closed").text(lang) : p.status(today: today).name.text(lang))
                print("\(r.id)\t\(p.kind.name.text(lang))\t\(r.start)~\(r.end)\t\(r.applications.joined(separator: ","))\t\(state)")
                for o in p.objections {
                    print("  \(o.id)\t\(o.applicationID)\t\(o.received)\t\(o.outcome.name.text(lang))\t\(o.content)")
                }
            }
        }
    }
}

struct PublicityClose: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "close",
        abstract: "Close a period after its last day, every objection handled (第十一条（一）（七）); the real date counts, not --today.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The period id.") var id: String

    func run() throws {
        let store = try global.openStore()
        defer { store.close() }
        try global.commit(.publicity(.close(periodID: id)), to: store)
        global.done(zh: "已关闭公示 \(id)", en: "Publicity \(id) closed")
    }
}

struct PublicityCancel: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cancel",
        abstract: "Cancel a period started by mistake, with the reason; it can then be started again (第十一条（七）).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The period id.") var id: String
    @Option(help: "The reason (required).") var reason = ""

    func run() throws {
        let store = try global.openStore()
        defer { store.close() }
        try global.commit(.procedure(.cancelPublicity(periodID: id, reason: reason)), to: store)
        global.done(zh: "已撤销公示 \(id)：\(reason)", en: "Publicity \(id) cancelled: \(reason)")
    }
}

/// `qaward objection add|decide …`: objections raised in a publicity period and their outcome
/// (第十一条（一）（七）).
struct ObjectionCommands: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "objection", abstract: "Record an objection in a publicity period, or decide it (第十一条（七）).",
        subcommands: [ObjectionAdd.self, ObjectionDecide.self])
}

struct ObjectionAdd: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Record an objection received during a publicity period.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "The publicity period id.") var period: String
    @Option(help: "The application objected to.") var application: String
    @Option(help: "The day it was received, YYYY-MM-DD (not after today).") var received: String
    @Option(help: "Who raised it.") var by: String
    @Option(help: "What it says.") var text: String
    @Option(help: "table or json.") var format: OutputFormat = .table

    func run() throws {
        let store = try global.openStore()
        defer { store.close() }
        let day = try global.day(received, option: "--received")
        // Ids run through the cycle (YY2026-01, …), so `objection decide` needs no period.
        let prefix = "YY\(store.data.cycle.year)-"
        let used = store.data.cycle.publicity.flatMap(\.objections).compactMap { $0.id.hasPrefix(prefix) ? Int($0.id.dropFirst(prefix.count)) : nil }
        let n = (used.max() ?? 0) + 1
        let id = prefix + (n < 10 ? "0\(n)" : "\(n)")
        try global.commit(.publicity(.recordObjection(periodID: period, objection: Objection(
            id: id, applicationID: application, received: day, content: text, raisedBy: by))), to: store)
        switch format {
        case .json: try printJSON(["id": id, "period": period, "application": application, "received": day.description])
        case .table: global.done(zh: "已登记异议 \(id)（公示 \(period)，申报 \(application)）", en: "Objection \(id) recorded (publicity \(period), application \(application))")
        }
    }
}

struct ObjectionDecide: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "decide",
        abstract: "Decide an objection after checking it: upheld (the candidate is disqualified, nobody moves up) or dismissed.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The objection id.") var id: String
    @Flag(help: "The objection is upheld.") var upheld = false
    @Flag(help: "The objection is dismissed.") var dismissed = false
    @Option(help: "How it was checked and why (required).") var reason = ""

    func run() throws {
        let lang = global.language
        guard upheld != dismissed else {
            throw CommandFailure(Phrase(zh: "请给出 --upheld（成立）或 --dismissed（不成立）之一", en: "Give one of --upheld or --dismissed").text(lang))
        }
        let store = try global.openStore()
        defer { store.close() }
        guard let period = store.data.cycle.publicity.first(where: { $0.objections.contains { $0.id == id } }) else {
            throw CommandFailure(Phrase.noObjection(id: id).text(lang))
        }
        let outcome: ObjectionOutcome = upheld ? .upheld : .dismissed
        try global.commit(.publicity(.resolveObjection(periodID: period.id, objectionID: id, outcome: outcome, handling: reason)), to: store)
        global.done(zh: "异议 \(id)：\(outcome.name.zh)", en: "Objection \(id): \(outcome.name.en)")
    }
}
