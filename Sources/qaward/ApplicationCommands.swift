import ArgumentParser
import AwardDomain
import AwardStore
import Foundation

/// `qaward application submit|withdraw|reinstate|extend ID …`: an application's steps in intake
/// (第三条, 第十一条（一）). Every step goes through the procedure's conditions, as on the screen.
struct ApplicationCommands: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "application", abstract: "Submit, withdraw, reinstate an application or record an extension (第十一条（一）).",
        subcommands: [ApplicationSubmit.self, ApplicationWithdraw.self, ApplicationReinstate.self, ApplicationExtend.self])
}

/// What the application commands print: the application as it now stands.
struct ApplicationState: Encodable {
    var id: String
    var status: String
    var submitted: String?
    var note: String

    init(_ app: Application) {
        id = app.id; status = app.status.rawValue; submitted = app.submitted?.description; note = app.history.last?.note ?? ""
    }
}

extension GlobalOptions {
    /// One status change through the domain, then the application as it stands.
    func changeStatus(_ id: String, to status: (AwardData) -> ApplicationStatus, note: String, format: OutputFormat,
                      done: (Application) -> Phrase) throws {
        let store = try openStore()
        defer { store.close() }
        try commit(.intake(.setStatus(applicationID: id, status: status(store.data), note: note)), to: store)
        guard let app = store.data.cycle.application(id) else { return }
        switch format {
        case .json: try printJSON(ApplicationState(app))
        case .table: print(done(app).text(language))
        }
    }
}

struct ApplicationSubmit: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "submit",
        abstract: "Mark an application submitted, dated today (by the deadline or a recorded extension, 第十一条（一）).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The application id.") var id: String
    @Option(help: "A note for the record.") var reason = ""
    @Option(help: "table or json.") var format: OutputFormat = .table

    func run() throws {
        try global.changeStatus(id, to: { _ in .submitted }, note: reason, format: format) { app in
            Phrase.applicationSubmitted(id: app.id, on: app.submitted?.description ?? "")
        }
    }
}

struct ApplicationWithdraw: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "withdraw", abstract: "Withdraw an application, with the reason (第十一条（一）).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The application id.") var id: String
    @Option(help: "The reason (required), e.g. the applicant's letter.") var reason = ""
    @Option(help: "table or json.") var format: OutputFormat = .table

    func run() throws {
        try global.changeStatus(id, to: { _ in .withdrawn }, note: reason, format: format) { app in
            Phrase.applicationWithdrawn(id: app.id, reason: reason)
        }
    }
}

struct ApplicationReinstate: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reinstate",
        abstract: "Reinstate a withdrawn application within the submission period, with the reason (第十一条（一）).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The application id.") var id: String
    @Option(help: "The reason (required).") var reason = ""
    @Option(help: "table or json.") var format: OutputFormat = .table

    func run() throws {
        // Back to where it stood before the withdrawal: a draft stays a draft; anything later is
        // submitted again, for a fresh eligibility decision.
        let back = { (data: AwardData) -> ApplicationStatus in
            data.cycle.application(id)?.history.last(where: { $0.to == .withdrawn })?.from == .draft ? .draft : .submitted
        }
        try global.changeStatus(id, to: back, note: reason, format: format) { app in
            Phrase.applicationReinstated(id: app.id, status: app.status.name)
        }
    }
}

struct ApplicationExtend: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extend",
        abstract: "Record an extension of the submission deadline for one application, with its reason and document number (第三条).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The application id.") var id: String
    @Option(help: "The last day of the extension, YYYY-MM-DD.") var until: String
    @Option(help: "The reason (required).") var reason = ""
    @Option(help: "The number of the document granting it (required).") var document = ""

    func run() throws {
        let store = try global.openStore()
        defer { store.close() }
        let day = try global.day(until, option: "--until")
        try global.commit(.procedure(.extendDeadline(applicationID: id, until: day, reason: reason, documentNumber: document)), to: store)
        global.done(zh: "已记录申报 \(id) 的延期：至 \(day)（\(document)）", en: "Extension recorded for \(id): to \(day) (\(document))")
    }
}
