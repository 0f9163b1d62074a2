import ArgumentParser
import AwardDomain
import AwardStore
import Foundation

/// `qaward --data DIR demo-scores` (hidden): moves a fresh sample directory to where the awards
/// work starts, through the same actions the office takes: one panel for every eligible
/// applicant, a draw with the fixed seed 00 01 … 1f of docs/draw-algorithm.md (commit, then
/// reveal), and a submitted sheet from every drawn member for every stage with the same
/// percentage on each item: 90, 85, 80, 75, 70 in application order, so composites are
/// 900.00, 850.00, 800.00, 750.00, 700.00. For demonstrations and the end-to-end tests only.
struct DemoScoresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "demo-scores", abstract: "Draw and score the sample cycle (demonstrations and tests).",
                                                    shouldDisplay: false)

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let store = global.openStore()
        defer { store.close() }
        let data = store.data
        let eligible = data.cycle.applications.filter { $0.status == .eligible }.map(\.id)
        guard !eligible.isEmpty, data.cycle.panels.isEmpty else {
            fail(global.language == .zh ? "demo-scores 只用于刚建立的样例数据目录（init --sample）" : "demo-scores is for a fresh sample directory (init --sample) only")
        }
        let year = data.cycle.year
        let seed = DrawSeed(bytes: Array(0..<32))!
        let panel = Panel(id: "P\(year)-01", name: "第一评审组", applicationIDs: eligible,
                          dates: DayRange(from: Day(year: year, month: 5, day: 11)!, to: Day(year: year, month: 6, day: 12)!), size: 5, alternates: 2)
        for a in [Action.draw(.createPanel(panel)),
                  .draw(.commit(drawID: "D\(year)-01-1", panelID: panel.id, supervisor: "派驻纪检监察组", commitment: seed.commitment)),
                  .draw(.reveal(drawID: "D\(year)-01-1", seed: seed.hex))] {
            global.commit(a, to: store)
        }
        let members = store.data.cycle.drawRecord("D\(year)-01-1")?.currentMembers ?? []
        var sheets: [ScoreSheet] = []
        for (i, app) in eligible.enumerated() {
            let percent = max(0, 90 - 5 * i)
            for stage in Stage.allCases {
                guard let rubric = store.data.rubrics[stage] else { continue }
                for m in members {
                    var s = ScoreSheet(panelID: panel.id, applicationID: app, expertID: m, stage: stage, rubricID: rubric.id)
                    s.percents = Dictionary(uniqueKeysWithValues: rubric.items.map { ($0.id, percent) })
                    s.status = .submitted
                    sheets.append(s)
                }
            }
        }
        global.commit(.scoring(.importSheets(sheets)), to: store)
        global.done(zh: "已抽取评审组 \(panel.id)（\(members.joined(separator: "、"))）并导入 \(sheets.count) 张评分表",
                    en: "Drew panel \(panel.id) (\(members.joined(separator: ", "))) and imported \(sheets.count) score sheets")
    }
}
