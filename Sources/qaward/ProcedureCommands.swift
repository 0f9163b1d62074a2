import ArgumentParser
import AwardDomain
import AwardStore
import Foundation

/// `qaward procedure …`: the procedure's table (stages, actions, conditions with articles) and the
/// office's procedural steps: reopening a stage, closing the document review, deciding a tie at a
/// place cut.
struct ProcedureCommands: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "procedure", abstract: "The stages and every action's conditions with their articles; the office's procedural steps.",
        subcommands: [ProcedureShow.self, ProcedureReopenStage.self, ProcedureCloseReview.self, ProcedurePlaceTie.self],
        defaultSubcommand: ProcedureShow.self)
}

struct ProcedureShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print the procedure: table, json or markdown (docs/procedure.md).")
    @OptionGroup var global: GlobalOptions
    @Option(help: "table, json or markdown.") var format: Format = .table

    enum Format: String, ExpressibleByArgument { case table, json, markdown }

    struct Row: Encodable {
        var stage: String
        var action: String
        var command: String
        var condition: String
        var citation: String
        var requirement: String
    }

    func run() throws {
        let lang = global.language
        switch format {
        case .markdown:
            print(Procedure.markdown(), terminator: "")
        case .json, .table:
            var rows: [Row] = []
            for k in ActionKind.allCases {
                for c in Procedure.conditions(of: k) {
                    rows.append(Row(stage: k.stage.rawValue, action: k.rawValue, command: k.command, condition: c.code,
                                    citation: c.citation.text(lang), requirement: c.requirement.text(lang)))
                }
            }
            if format == .json { try printJSON(rows); return }
            // JSON keeps the action's code for scripts; a person reads its name (录入评分 / enter a score).
            for r in rows {
                let action = ActionKind(rawValue: r.action)?.name.text(lang) ?? r.action
                print("\(r.condition)\t\(action)\t\(r.citation)\t\(r.requirement)")
            }
        }
    }
}

struct ProcedureReopenStage: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reopen-stage",
        abstract: "Reopen a stage whose results a later step used, so its panels and sheets may change (第十一条（三）).")
    @OptionGroup var global: GlobalOptions
    @Option(help: "D, Q or S.") var stage: Stage
    @Option(help: "The reason (required).") var reason = ""

    func run() throws {
        let store = try global.openStore()
        defer { store.close() }
        try global.commit(.procedure(.reopenStage(stage, reason: reason)), to: store)
        global.done(zh: "已重新开启\(stage.name.zh)：\(reason)", en: "The \(stage.name.en) is reopened: \(reason)")
    }
}

struct ProcedureCloseReview: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "close-document-review",
        abstract: "Draw the shortlist on the document-review sheets in, before every one is submitted (第十一条（三）).")
    @OptionGroup var global: GlobalOptions
    @Option(help: "The reason (required).") var reason = ""

    func run() throws {
        let store = try global.openStore()
        defer { store.close() }
        try global.commit(.procedure(.closeDocumentReview(reason: reason)), to: store)
        global.done(zh: "已结束资料评审：\(reason)", en: "Document review closed: \(reason)")
    }
}

struct ProcedurePlaceTie: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "place-tie",
        abstract: "Decide who takes the places when equal composites straddle a tier's last place (第十一条（六）).")
    @OptionGroup var global: GlobalOptions
    @Option(help: "award or nomination.") var tier: PrizeTier
    @Option(help: "The tied applicants who take the places, comma-separated, in order.") var include: String
    @Option(help: "The reason (required), e.g. the minutes.") var reason = ""

    func run() throws {
        let store = try global.openStore()
        defer { store.close() }
        let ids = include.split(whereSeparator: { ",，; ".contains($0) }).map(String.init)
        try global.commit(.procedure(.decidePlaceTie(tier: tier, include: ids, reason: reason)), to: store)
        global.done(zh: "已决定\(tier.name.zh)名额线并列：\(ids.joined(separator: "、"))", en: "Tie at the \(tier.name.en) cut decided: \(ids.joined(separator: ", "))")
    }
}
