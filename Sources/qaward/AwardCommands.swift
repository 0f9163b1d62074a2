import ArgumentParser
import AwardDomain
import AwardStore
import Foundation

// The recommendation, the decision steps, the documents and revocation (第十一条（六）至（八）,
// 第十二至十八条). Every change goes through `store.commit`, so the command line refuses exactly
// what the screen refuses, with the same message and article.

extension PrizeTier: ExpressibleByArgument {}
extension RevocationReason: ExpressibleByArgument {}
extension AwardTier: ExpressibleByArgument {}

extension GlobalOptions {
    /// Commits one change, or throws the domain's refusal in the user's language; the data after it.
    @discardableResult
    func commit(_ action: Action, to store: Store) throws -> AwardData {
        do {
            return try store.commit(action, today: try todayDay())
        } catch let e as StoreError {
            throw CommandFailure(e.text(language))
        } catch {
            throw CommandFailure("\(error)")
        }
    }

    func day(_ text: String, option: String) throws -> Day {
        guard let d = Day(text) else {
            throw CommandFailure(Phrase.notADate(option: option, text: text).text(language))
        }
        return d
    }

    func done(zh: String, en: String) { print(Phrase(zh: zh, en: en).text(language)) }
}

/// `qaward recommend [--cycle YEAR] [--format table|json]`: the office's proposed list (第十一条（六）).
struct RecommendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "recommend", abstract: "Print the proposed list from the composite ranking (第十一条（六）).")

    @OptionGroup var global: GlobalOptions
    @Option(help: "table, json, xlsx or docx (with --out).") var format: ListFormat = .table
    @Option(help: "The file for xlsx or docx.") var out: String?

    struct Row: Encodable {
        var id: String
        var name: String
        var rank: Int
        var composite: String
        /// award or nomination; absent when skipped.
        var tier: String?
        var skipped: Bool
        var reason: String?
        var citation: String?
        var countsAgainstQuota: Bool
        var prize: Int
    }

    func run() throws {
        let lang = global.language
        let store = try global.openStore()
        defer { store.close() }
        let rows: [Row] = AwardRecommendation.compute(store.data).map { e in
            var r = Row(id: e.applicationID, name: e.name, rank: e.rank, composite: e.composite.description, tier: e.outcome.tier?.rawValue,
                        skipped: e.outcome.tier == nil, countsAgainstQuota: e.countsAgainstQuota, prize: e.prize)
            if case .skipped(let reason, let c) = e.outcome { r.reason = reason.text(lang); r.citation = c.text(lang) }
            return r
        }
        switch format {
        case .xlsx, .docx:
            let table = OfficeTable(
                headers: [
                    Phrase(zh: "名次", en: "Rank"),
                    Phrase(zh: "申报编号", en: "Application"),
                    Phrase(zh: "组织名称", en: "Organization"),
                    Phrase(zh: "综合得分", en: "Composite"),
                    Phrase(zh: "建议奖项", en: "Proposed award"),
                    Phrase(zh: "未推荐原因", en: "Reason skipped"),
                    Phrase(zh: "依据", en: "Article"),
                    Phrase(zh: "占用名额", en: "In quota"),
                    Phrase(zh: "奖金（元）", en: "Prize (CNY)"),
                ].text(lang),
                rows: rows.map { r in
                    [String(r.rank), r.id, r.name, r.composite, r.tier.flatMap(PrizeTier.init(rawValue:)).map { $0.name.text(lang) } ?? "",
                     r.reason ?? "", r.citation ?? "", r.countsAgainstQuota ? Phrase.yes.text(lang) : Phrase.no.text(lang), String(r.prize)]
                },
                kinds: [.number, .code, .text, .number, .text, .text, .text, .text, .number])
            let year = store.data.cycle.year
            try global.writeTable(table, title: Phrase(zh: "\(year)年度盐城市市长质量奖建议名单", en: "\(year) Mayor's Quality Award: proposed list").text(lang),
                                  format: format, out: out, settings: store.data.registry.settings, head: store.head)
        case .json:
            try printJSON(rows)
        case .table:
            if rows.isEmpty {
                print(Phrase(zh: "尚无综合排名：全部入围组织评分完成后生成建议名单（第十一条（六））",
                             en: "No composite ranking yet: the proposed list follows once every shortlisted applicant is scored (Art. 11(6))").text(lang))
            }
            for r in rows {
                let quota = r.countsAgainstQuota ? Phrase(zh: "占名额", en: "in quota").text(lang) : Phrase(zh: "不占名额", en: "outside quota").text(lang)
                let outcome = r.tier.flatMap(PrizeTier.init(rawValue:)).map { $0.name.text(lang) }
                    ?? (Phrase(zh: "未推荐：", en: "skipped: ").text(lang) + (r.reason ?? "") + " (\(r.citation ?? ""))")
                print("\(r.rank)\t\(r.id)\t\(r.name)\t\(r.composite)\t\(outcome)\t\(quota)\t\(Prize.yuan(r.prize))")
            }
        }
    }
}

/// `qaward places --award N --nomination N --note TEXT`: fill fewer places than the quotas (第三条).
struct PlacesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "places", abstract: "Set the places to fill per tier; the quotas are upper bounds (第三条).")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Award places (0 to the quota).") var award: Int?
    @Option(help: "Nomination places (0 to the quota).") var nomination: Int?
    @Option(help: "The reason, e.g. the meeting minutes (required when places stay empty).") var note = ""

    func run() throws {
        let store = try global.openStore()
        defer { store.close() }
        try global.commit(.award(.setPlaces(award: award, nomination: nomination, note: note)), to: store)
        global.done(zh: "已记录评定名额", en: "Places recorded")
    }
}

/// `qaward decide --application ID --meeting D [--tier T] [--rejected] [--note TEXT]` (第十一条（七）).
struct DecideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "decide", abstract: "Record the Quality Development Committee's decision on one candidate (第十一条（七）).")

    @OptionGroup var global: GlobalOptions
    @Option(help: "The application id.") var application: String
    @Option(help: "award or nomination (default: the proposed tier).") var tier: PrizeTier?
    @Option(help: "The meeting date, YYYY-MM-DD.") var meeting: String
    @Flag(help: "The committee did not approve the candidate.") var rejected = false
    @Option(help: "A note, e.g. the minutes.") var note = ""

    func run() throws {
        let store = try global.openStore()
        defer { store.close() }
        let proposed = AwardRecommendation.compute(store.data).first { $0.applicationID == application }?.outcome.tier
        let meetingDay = try global.day(meeting, option: "--meeting")
        // Without a proposed tier the domain refuses with the reason (skipped, not ranked …).
        let t = tier ?? proposed ?? .award
        try global.commit(.award(.decide(applicationID: application, tier: t, approved: !rejected, meeting: meetingDay, note: note)), to: store)
        global.done(zh: "已记录委员会决定：\(application) \(t.name.zh) \(rejected ? "未通过" : "通过")",
                    en: "Committee decision recorded: \(application) \(t.name.en) \(rejected ? "not approved" : "approved")")
    }
}

/// `qaward publicize --start D [--id GS…]`: the 7-day public publicity of every candidate the
/// committee approved that has not been publicised since (第十一条（七）).
struct PublicizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "publicize", abstract: "Start the 7-day public publicity of the approved candidates (第十一条（七）).")

    @OptionGroup var global: GlobalOptions
    @Option(help: "The first day, YYYY-MM-DD; the period ends 6 days later.") var start: String
    @Option(help: "The period's id (default GS<year>-NN).") var id: String?

    func run() throws {
        let store = try global.openStore()
        defer { store.close() }
        let lang = global.language
        let startDay = try global.day(start, option: "--start")
        let ids = DecisionFlow.progress(store.data, today: try global.todayDay()).filter { $0.step == .awaitingPublicity }.map(\.applicationID)
        let used = store.data.cycle.publicity.map(\.id)
        let prefix = "GS\(store.data.cycle.year)-"
        let next = (used.compactMap { $0.hasPrefix(prefix) ? Int($0.dropFirst(prefix.count)) : nil }.max() ?? 0) + 1
        let periodID = id ?? prefix + (next < 10 ? "0\(next)" : "\(next)")
        // An empty list goes to the domain too, which says why it refuses.
        try global.commit(.publicity(.start(id: periodID, kind: .public, applicationIDs: ids, start: startDay)), to: store)
        let p = store.data.cycle.publicity.first { $0.id == periodID }
        print(Phrase(zh: "已开始社会公示 \(periodID)：\(ids.joined(separator: "、"))，\(startDay) 至 \(p?.end.description ?? "")",
                     en: "Public publicity \(periodID) started: \(ids.joined(separator: ", ")), \(startDay) to \(p?.end.description ?? "")").text(lang))
    }
}

/// `qaward approve --document N --date D`: the city government's approval (第十一条（八）).
struct ApproveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "approve", abstract: "Record the city government's approval of the list (第十一条（八）).")

    @OptionGroup var global: GlobalOptions
    @Option(help: "The approval document number.") var document: String
    @Option(help: "The approval date, YYYY-MM-DD.") var date: String

    func run() throws {
        let store = try global.openStore()
        defer { store.close() }
        try global.commit(.award(.approve(documentNumber: document, date: global.day(date, option: "--date"))), to: store)
        let ids = store.data.cycle.approval?.applicationIDs ?? []
        global.done(zh: "已记录市政府批准 \(document)：\(ids.joined(separator: "、"))", en: "City approval \(document) recorded: \(ids.joined(separator: ", "))")
    }
}

/// `qaward publish-award --date D`: publishes the approved list and writes the awards into the
/// registry that later cycles read (第十一条（八）).
struct PublishAwardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "publish-award", abstract: "Publish the approved list into the award registry (第十一条（八）).")

    @OptionGroup var global: GlobalOptions
    @Option(help: "The publication date, YYYY-MM-DD.") var date: String

    func run() throws {
        let store = try global.openStore()
        defer { store.close() }
        try global.commit(.award(.publish(date: global.day(date, option: "--date"))), to: store)
        global.done(zh: "获奖名单已公布（\(date)）", en: "The list was published (\(date))")
    }
}

/// `qaward revoke --org ID --year Y --tier mayor|mayorNomination --date D --reason fraud|majorAccident --approval DOC`
/// (第十四条, 第十五条).
struct RevokeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "revoke", abstract: "Revoke an award with the city government's approval (第十四条、第十五条).")

    @OptionGroup var global: GlobalOptions
    @Option(help: "The organization id.") var org: String
    @Option(help: "The award year.") var year: Int
    @Option(help: "mayor or mayorNomination.") var tier: AwardTier
    @Option(help: "The revocation date, YYYY-MM-DD.") var date: String
    @Option(help: "fraud (第十四条) or majorAccident (第十五条).") var reason: RevocationReason
    @Option(help: "The city government's approval document number.") var approval: String

    func run() throws {
        let store = try global.openStore()
        defer { store.close() }
        try global.commit(.award(.revoke(orgID: org, year: year, tier: tier, date: global.day(date, option: "--date"), reason: reason,
                                     approvalDocument: approval)), to: store)
        global.done(zh: "已撤销 \(org) \(year)年度\(tier.name.zh)（\(reason.citation.zh)）：收回奖牌和奖金，向社会公告，5年内不得申报",
                    en: "Revoked the \(year) \(tier.name.en) of \(org) (\(reason.citation.en)): plaque and money reclaimed, public notice, no application for 5 years")
    }
}
