import ArgumentParser
import AwardDomain
import AwardStore
import Foundation

/// `qaward consensus show|agree`: the panel's deliberation (合议) under its leader (第十一条（三）).
struct ConsensusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consensus", abstract: "The panel's deliberation (合议): members' percentages side by side, agreed scores, merged findings.",
        subcommands: [ConsensusShow.self, ConsensusAgree.self])
}

struct ConsensusShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Item by item the members' percentages and spread, items more than one band apart first.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "The panel id, e.g. P2026-01.") var panel: String
    @Option(help: "D, Q or S.") var stage: StageArgument
    @Option(help: "One applicant of the panel (default: all of them).") var application: String?
    @Option(help: "table or json.") var format: OutputFormat = .table

    func run() throws {
        let lang = global.language
        let store = try global.openStore()
        defer { store.close() }
        let data = store.data
        guard let p = data.cycle.panel(panel) else {
            throw CommandFailure(Phrase.noPanel(panel: panel).text(lang))
        }
        var list: [Deliberation] = []
        for app in application.map({ [$0] }) ?? p.applicationIDs {
            do { list.append(try Deliberation.compute(data, panelID: panel, stage: stage.stage, applicationID: app)) } catch {
                throw CommandFailure(error.text(lang))
            }
        }
        if format == .json {
            try printJSON(list.map { ConsensusJSON($0, data: data) })
        } else {
            print(list.map { ConsensusText.render($0, data: data, lang: lang) }.joined(separator: "\n"))
        }
    }
}

struct ConsensusAgree: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agree",
        abstract: "Record the panel's agreed percentage for one item (the leader, or the office for the leader; --operator names who).")

    @OptionGroup var global: GlobalOptions
    @Option(help: "The panel id.") var panel: String
    @Option(help: "D, Q or S.") var stage: StageArgument
    @Option(help: "The applicant.") var application: String
    @Option(help: "The rubric item, e.g. 4.1.2.") var item: String
    @Option(help: "The agreed percentage, 0–100 in steps of 5.") var percent: Int
    @Option(help: "Why, when the percentage lies outside the members' range.") var reason: String = ""

    func run() throws {
        let lang = global.language
        let store = try global.openStore()
        defer { store.close() }
        do {
            _ = try store.commit(.review(.agree(panelID: panel, stage: stage.stage, applicationID: application, itemID: item, percent: percent, reason: reason)))
            let d = try Deliberation.compute(store.data, panelID: panel, stage: stage.stage, applicationID: application)
            print(Phrase.itemAgreed(application: application, stage: stage.stage.name, item: item, percent: percent, agreed: d.agreedCount, items: d.items.count).text(lang))
            if let total = d.result.agreed {
                print(Phrase.everyItemAgreed(total: total).text(lang))
            }
        } catch let e as StoreError {
            throw CommandFailure(e.text(lang))
        } catch let e as DomainError {
            throw CommandFailure(e.text(lang))
        }
    }
}

/// The deliberation for scripts: every field a leader's screen shows.
struct ConsensusJSON: Encodable {
    struct Item: Encodable {
        var id: String
        var points: Int
        var members: [String: Int?]
        var low: Int?
        var high: Int?
        var spread: Int
        var bandsApart: Int
        var flagged: Bool
        var agreed: Int?
        var reason: String?
        var agreedBy: String?
        var agreedAt: String?
    }
    struct Finding: Encodable {
        var item: String
        var kind: String
        var text: String
        var authors: [String]
    }
    var panel: String
    var stage: String
    var application: String
    var leader: String?
    var members: [String]
    var waitingFor: [String]
    var ready: Bool
    var items: [Item]
    var sheetMean: String?
    var agreed: String?
    var stageScoreRule: String
    var stageScore: String?
    var findings: [Finding]

    init(_ d: Deliberation, data: AwardData) {
        panel = d.panelID; stage = d.stage.rawValue; application = d.applicationID; leader = d.leaderID
        members = d.members; waitingFor = d.waitingFor; ready = d.isReady
        items = d.items.map { i in
            Item(id: i.item.id, points: i.item.points,
                 members: Dictionary(i.members.map { ($0.expertID, $0.percent) }, uniquingKeysWith: { a, _ in a }),
                 low: i.low, high: i.high, spread: i.spread, bandsApart: i.bandsApart, flagged: i.flagged,
                 agreed: i.agreed?.percent, reason: i.agreed?.reason, agreedBy: i.agreed?.by, agreedAt: i.agreed?.at.description)
        }
        sheetMean = d.result.mean?.description; agreed = d.result.agreed?.description
        stageScoreRule = d.result.scoreRule.rawValue; stageScore = d.result.score?.description
        findings = d.findings.map { Finding(item: $0.itemID, kind: $0.kind.rawValue, text: $0.text, authors: $0.authors) }
    }
}

/// The deliberation for people: a line per item, members as columns.
enum ConsensusText {
    static func render(_ d: Deliberation, data: AwardData, lang: Language) -> String {
        let name = data.cycle.application(d.applicationID).flatMap { data.registry.organization($0.orgID) }?.name ?? ""
        var out = ["\(d.applicationID) \(name) — \(d.panelID) \(d.stage.name.text(lang))",
                   Phrase(zh: "组长：", en: "Leader: ").text(lang) + (d.leaderID ?? "—") + Phrase(zh: "；组员：", en: "; members: ").text(lang) + d.members.joined(separator: ", ")]
        if !d.isReady { out.append(Phrase(zh: "等待提交：", en: "Waiting for: ").text(lang) + d.waitingFor.joined(separator: ", ") + Phrase(zh: "（全部提交后才能合议）", en: " (deliberation waits for every sheet)").text(lang)) }
        out.append([
            Phrase(zh: "条目", en: "Item").text(lang),
            Phrase(zh: "分值", en: "Pts").text(lang),
        ].joined(separator: "\t") + "\t" + d.members.joined(separator: "\t")
                   + "\t" + [
                       Phrase(zh: "极差", en: "Spread").text(lang),
                       Phrase(zh: "档差", en: "Bands").text(lang),
                       Phrase(zh: "合议", en: "Agreed").text(lang),
                       Phrase.columnReason.text(lang),
                   ].joined(separator: "\t"))
        for i in d.items {
            let cells = [(i.flagged ? "! " : "  ") + i.item.id, "\(i.item.points)"] + i.members.map { $0.percent.map(String.init) ?? "·" }
                + ["\(i.spread)", "\(i.bandsApart)", i.agreed.map { "\($0.percent)" } ?? "—", i.agreed?.reason ?? ""]
            out.append(cells.joined(separator: "\t"))
        }
        out.append(Phrase(zh: "! 组员评分相差超过一个评分档，先行讨论。", en: "! members more than one scoring band apart: discuss first.").text(lang))
        out.append(Phrase(zh: "评分表均值 ", en: "Mean of the sheets ").text(lang) + (d.result.mean?.description ?? "—") + Phrase(zh: "；合议得分 ", en: "; agreed ").text(lang)
                   + (d.result.agreed?.description ?? Phrase(zh: "未完成", en: "not complete").text(lang)) + Phrase(zh: "；本年度得分规则：", en: "; this cycle counts: ").text(lang) + d.result.scoreRule.name.text(lang)
                   + " → " + (d.result.score?.description ?? "—"))
        if let at = d.lastAgreedAt { out.append(Phrase(zh: "合议记录人：", en: "Recorded by: ").text(lang) + d.agreedBy.joined(separator: ", ") + Phrase(zh: "，最近 ", en: ", last ").text(lang) + at.description) }
        if !d.findings.isEmpty {
            out.append(Phrase(zh: "评审组意见（合并，注明提出人）：", en: "Panel findings (merged, with who wrote them):").text(lang))
            for f in d.findings { out.append("  \(f.itemID) [\(f.kind.name.text(lang))] \(f.text) — \(f.authors.joined(separator: ", "))") }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
