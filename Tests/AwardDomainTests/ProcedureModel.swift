import Foundation
@testable import AwardDomain

/// The world of the random-sequence test: six applicants that pass every eligibility check, fourteen
/// experts, one-item rubrics (a sheet is complete with one score), one award and one nomination
/// place (so 1.5 × 2 = 3 are shortlisted). Every change goes through `AwardData.applying`, the
/// path of the screens, the command line and imports.
enum ProcedureModel {
    static let apps = (1...6).map { "A\($0)" }
    static let experts = (1...14).map { String(format: "E%02d", $0) }

    static func world() -> AwardData {
        let orgs = (1...6).map { EligibilityFixture.organization("O\($0)", name: "盐城\($0)号公司") }
        var data = EligibilityFixture.data(orgs: orgs, apps: (1...6).map { EligibilityFixture.application("A\($0)", org: "O\($0)") })
        data.registry.experts = experts.map { DrawFixture.expert($0) }
        data.rubrics = ScoreFixture.rubrics
        data.cycle.settings.awardQuota = 1
        data.cycle.settings.nominationQuota = 1
        return data
    }

    static func seed(_ n: Int) -> DrawSeed { DrawSeed(bytes: (0..<32).map { UInt8(truncatingIfNeeded: $0 * 7 + n) })! }

    static func at(_ day: Day, _ minute: Int = 0) -> Timestamp {
        Timestamp(millis: Int64(day.ordinal) * 86_400_000 - 8 * 3_600_000 + 9 * 3_600_000 + Int64(minute) * 60_000)
    }

    /// One step: the action, when it is taken (the real clock) and the board date, which must not
    /// matter to the outcome.
    struct Step: CustomStringConvertible {
        var action: Action
        var at: Timestamp
        var board: Day
        var context: ActionContext { ActionContext(actor: "办公室", at: at, today: board) }
        var description: String { "\(at.shortDescription) [board \(board)] \(action.summary().zh)  ⟨\(action)⟩" }
    }

    /// The office's usual path up to `stage` (0 = nothing yet … 8 = published), as steps; steps the
    /// procedure refuses on the way (a tie to decide, say) are simply refused.
    static func prefix(_ stage: Int, data start: AwardData, rng: inout SplitMix64) -> [Step] {
        var out: [Step] = []
        var data = start
        func take(_ a: Action, _ day: String, _ minute: Int = 0) {
            let s = Step(action: a, at: at(Day(day)!, minute), board: Day(day)!)
            out.append(s)
            if let next = try? data.applying(a, context: s.context) { data = next }
        }
        guard stage > 0 else { return out }
        for id in apps.prefix(5) { take(.intake(.setStatus(applicationID: id, status: .eligible, note: "资格审查通过")), "2026-04-01") }
        guard stage > 1 else { return out }
        let dates = DayRange(from: Day("2026-04-15")!, to: Day("2026-04-17")!)
        for (i, group) in [["A1", "A2", "A3"], ["A4", "A5"]].enumerated() {
            let p = Panel(id: "P\(i + 1)", name: "第\(i + 1)组", applicationIDs: group, dates: dates, size: 3, alternates: 1)
            take(.draw(.createPanel(p)), "2026-04-10")
            take(.draw(.commit(drawID: "D\(i + 1)", panelID: p.id, supervisor: "纪检组", commitment: seed(i).commitment)), "2026-04-10", 1)
            take(.draw(.reveal(drawID: "D\(i + 1)", seed: seed(i).hex)), "2026-04-10", 2)
        }
        guard stage > 2 else { return out }
        func score(_ stage: Stage, _ ids: [String], _ day: String) {
            for p in data.cycle.panels {
                guard let d = p.drawID.flatMap(data.cycle.drawRecord) else { continue }
                for a in p.applicationIDs where ids.contains(a) {
                    for e in d.currentMembers {
                        let item = stage == .document ? "K1" : stage == .qa ? "Q1" : "S1"
                        take(.scoring(.setPercent(panelID: p.id, applicationID: a, expertID: e, stage: stage, itemID: item,
                                                  percent: [60, 70, 80][Int(rng.next() % 3)])), day)
                        take(.scoring(.submit(sheetID: ScoreSheet.makeID(stage: stage, applicationID: a, expertID: e))), day, 1)
                    }
                }
            }
        }
        score(.document, apps, "2026-04-20")
        guard stage > 3 else { return out }
        let tie = Shortlist.compute(data).tieAtCut
        if !tie.isEmpty { take(.scoring(.decideShortlistTie(include: Array(tie.prefix(1)), note: "会议决定")), "2026-04-25") }
        guard stage > 4 else { return out }
        let shortlisted = Shortlist.compute(data).shortlisted
        score(.qa, shortlisted, "2026-05-10")
        score(.onsite, shortlisted, "2026-05-20")
        guard stage > 5 else { return out }
        for t in PlaceTies.open(data) {
            take(.procedure(.decidePlaceTie(tier: t.tier, include: Array(t.tied.prefix(t.places)), reason: "委员会办公室会议纪要")), "2026-06-05")
        }
        for e in AwardRecommendation.recommended(AwardRecommendation.compute(data)) {
            take(.award(.decide(applicationID: e.applicationID, tier: e.outcome.tier!, approved: true, meeting: Day("2026-06-10")!, note: "")), "2026-06-10")
        }
        guard stage > 6 else { return out }
        take(.publicity(.start(id: "GS1", kind: .public, applicationIDs: data.cycle.decisions.filter(\.approved).map(\.applicationID),
                               start: Day("2026-06-12")!)), "2026-06-12")
        guard stage > 7 else { return out }
        take(.publicity(.close(periodID: "GS1")), "2026-06-20")
        take(.award(.approve(documentNumber: "盐政复〔2026〕1号", date: Day("2026-06-22")!)), "2026-06-22")
        take(.award(.publish(date: Day("2026-06-25")!)), "2026-06-25")
        return out
    }

    /// A random action on the current state: mostly plausible ids and values, sometimes not, so
    /// that valid and invalid steps both occur.
    static func randomAction(_ data: AwardData, clock: Day, rng: inout SplitMix64) -> Action {
        func pick<T>(_ xs: [T]) -> T? { xs.isEmpty ? nil : xs[Int(rng.next() % UInt64(xs.count))] }
        func chance(_ n: UInt64) -> Bool { rng.next() % n == 0 }
        func day(_ spread: Int) -> Day { clock.adding(days: Int(rng.next() % UInt64(2 * spread + 1)) - spread)! }
        func reason() -> String { chance(4) ? "" : "理由\(rng.next() % 100)" }
        let cycle = data.cycle
        let app = pick(cycle.applications.map(\.id) + ["A9"]) ?? "A1"
        let panel = pick(cycle.panels.map(\.id) + ["P9"]) ?? "P1"
        let draw = pick(cycle.draws.map(\.id) + ["D9"]) ?? "D1"
        let expert = pick(experts) ?? "E01"
        let stage = pick(Stage.allCases) ?? .document
        let sheet = pick(cycle.sheets.map(\.id) + ["D/A9/E01"]) ?? "x"
        let period = pick(cycle.publicity.map(\.id) + ["GS9"]) ?? "GS1"
        let tier = pick(PrizeTier.allCases) ?? .award
        let members = cycle.panel(panel)?.drawID.flatMap(cycle.drawRecord)?.currentMembers ?? []
        let apps = Array(Set((0..<Int(1 + rng.next() % 3)).compactMap { _ in pick(cycle.applications.map(\.id)) })).sorted()

        switch rng.next() % 27 {
        case 0: return .intake(.setStatus(applicationID: app, status: pick(ApplicationStatus.allCases)!, note: reason()))
        case 1: return .intake(.recordJudgement(applicationID: app, code: pick(["E3", "E5"])!, passed: !chance(5), note: reason()))
        case 2: return .procedure(.extendDeadline(applicationID: app, until: day(60), reason: reason(), documentNumber: chance(3) ? "" : "盐质办〔2026〕\(rng.next() % 9)号"))
        case 3:
            var a = EligibilityFixture.application("A\(7 + rng.next() % 3)", org: "O\(1 + rng.next() % 6)")
            a.submitted = day(200)
            return .intake(.createApplication(a))
        case 4:
            let p = Panel(id: "P\(3 + rng.next() % 3)", name: "组", applicationIDs: apps.isEmpty ? ["A1"] : apps,
                          dates: DayRange(from: Day("2026-05-01")!, to: Day("2026-05-02")!), size: 3, alternates: 1,
                          stage: chance(2) ? nil : stage)
            return .draw(.createPanel(p))
        case 5:
            // Mostly a panel whose draw was voided: drawn again, members of the voided draw come back.
            let n = Int(rng.next() % 50)
            let undrawn = cycle.panels.filter { cycle.liveDraw(ofPanel: $0.id) == nil }.map(\.id)
            return .draw(.commit(drawID: "D\(10 + n)", panelID: chance(3) ? panel : pick(undrawn) ?? panel,
                                 supervisor: chance(6) ? "" : "纪检组", commitment: seed(n).commitment))
        case 6:
            // The matching seed when the draw is one of ours, else a wrong one; mostly a draw awaiting its reveal.
            let pending = cycle.draws.filter { !$0.isRevealed && !$0.isVoided }.map(\.id)
            let draw = chance(3) ? draw : pick(pending) ?? draw
            let n = Int(draw.dropFirst()).map { $0 >= 10 ? $0 - 10 : $0 - 1 } ?? 0
            return .draw(.reveal(drawID: draw, seed: seed(chance(5) ? n + 1 : n).hex))
        case 7:
            let inForce = cycle.panels.compactMap(\.drawID)
            return .draw(.void(drawID: chance(3) ? draw : pick(inForce) ?? draw, reason: reason()))
        case 8: return .draw(.replaceDeclined(drawID: draw, expertID: pick(members) ?? expert, reason: reason()))
        case 9: return .draw(.designateLeader(drawID: draw, expertID: pick(members) ?? expert))
        case 10, 11:
            let item = stage == .document ? "K1" : stage == .qa ? "Q1" : "S1"
            return .scoring(.setPercent(panelID: panel, applicationID: pick(cycle.panel(panel)?.applicationIDs ?? []) ?? app,
                                        expertID: pick(members) ?? expert, stage: stage, itemID: item, percent: 5 * Int(rng.next() % 21)))
        case 12: return .scoring(.submit(sheetID: sheet))
        case 13: return .scoring(.reopen(sheetID: sheet, reason: reason()))
        case 14:
            let tie = Shortlist.compute(data).tieAtCut
            return .scoring(.decideShortlistTie(include: Array(tie.prefix(Int(rng.next() % 2) + 1)), note: reason()))
        case 15: return .procedure(.closeDocumentReview(reason: reason()))
        case 16: return .procedure(.reopenStage(stage, reason: reason()))
        case 17:
            let ties = PlaceTies.open(data)
            let t = pick(ties)
            return .procedure(.decidePlaceTie(tier: t?.tier ?? tier, include: Array((t?.tied ?? [app]).prefix(t?.places ?? 1)), reason: reason()))
        case 18:
            let e = pick(AwardRecommendation.compute(data))
            return .award(.decide(applicationID: e?.applicationID ?? app, tier: e?.outcome.tier ?? tier, approved: !chance(4), meeting: day(10), note: ""))
        case 19:
            let ids = chance(2) ? cycle.decisions.filter(\.approved).map(\.applicationID) : apps
            return .publicity(.start(id: chance(8) ? panel : "GS\(2 + rng.next() % 30)", kind: chance(5) ? .internal : .public,
                                     applicationIDs: ids, start: day(10)))
        case 20:
            let ids = cycle.publicity.first { $0.id == period }?.applicationIDs ?? [app]
            return .publicity(.recordObjection(periodID: period, objection: Objection(
                id: "YY\(rng.next() % 40)", applicationID: pick(ids) ?? app, received: day(6), content: "反映问题", raisedBy: "来信")))
        case 21:
            let o = pick(cycle.publicity.first { $0.id == period }?.objections ?? [])
            return .publicity(.resolveObjection(periodID: period, objectionID: o?.id ?? "YY0", outcome: chance(2) ? .upheld : .dismissed, handling: reason()))
        case 22: return .publicity(.close(periodID: period))
        case 23: return .procedure(.cancelPublicity(periodID: period, reason: reason()))
        case 24: return .award(.approve(documentNumber: chance(6) ? "" : "盐政复〔2026〕\(rng.next() % 9)号", date: day(10)))
        case 25: return .award(.publish(date: day(10)))
        default:
            let org = pick(data.registry.organizations.filter { !$0.awards.isEmpty }) ?? data.registry.organizations[0]
            let rec = pick(org.awards)
            return .award(.revoke(orgID: org.id, year: rec?.year ?? 2026, tier: rec?.tier ?? .mayor, date: day(10),
                                  reason: chance(2) ? .fraud : .majorAccident, approvalDocument: chance(6) ? "" : "盐政复〔2026〕40号"))
        }
    }
}
