import ArgumentParser
import AwardDomain
import AwardStore
import Foundation

/// `qaward --data DIR demo-scores` (hidden): moves a fresh `init --sample` directory (panels
/// drawn, document-review sheets of sample-data/scores.csv) to where the awards work starts,
/// through the actions the office takes:
/// 1. each drawn member's missing or unfinished document-review sheet is completed at 65 % on
///    every item and submitted;
/// 2. a tie at the shortlist cut is decided by inviting everyone tied (第十一条（三）);
/// 3. every shortlisted applicant gets a submitted Q&A and on-site sheet from each member of its
///    panel, the same percentage on every item: 90, 85, 80 … in shortlist order.
/// For demonstrations and the end-to-end tests only.
struct DemoScoresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "demo-scores", abstract: "Finish scoring the sample cycle (demonstrations and tests).",
                                                    shouldDisplay: false)

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let store = try global.openStore()
        defer { store.close() }
        guard !store.data.cycle.panels.isEmpty, !store.data.cycle.sheets.contains(where: { $0.stage != .document }) else {
            throw CommandFailure(Phrase(zh: "demo-scores 只用于刚建立的样例数据目录（init --sample）",
                                        en: "demo-scores is for a fresh sample directory (init --sample) only").text(global.language))
        }
        var documents: [ScoreSheet] = []
        for (panel, members) in panels(store.data) {
            for app in panel.applicationIDs { documents += sheets(store.data, panel: panel, app: app, members: members, stage: .document, percent: 65) }
        }
        if !documents.isEmpty { try global.commit(.scoring(.importSheets(documents)), to: store) }
        let tie = Shortlist.compute(store.data).tieAtCut
        if !tie.isEmpty { try global.commit(.scoring(.decideShortlistTie(include: tie, note: "demo-scores")), to: store) }
        var later: [ScoreSheet] = []
        let byPanel = panels(store.data)
        for (i, app) in Shortlist.compute(store.data).shortlisted.enumerated() {
            guard let (panel, members) = byPanel.first(where: { $0.0.applicationIDs.contains(app) }) else { continue }
            for stage in [Stage.qa, .onsite] {
                later += sheets(store.data, panel: panel, app: app, members: members, stage: stage, percent: max(0, 90 - 5 * i))
            }
        }
        try global.commit(.scoring(.importSheets(later)), to: store)
        global.done(zh: "已补齐资料评审 \(documents.count) 张、问询答辩和现场评审 \(later.count) 张评分表",
                    en: "Completed \(documents.count) document-review sheets and \(later.count) Q&A and on-site sheets")
    }

    /// Each panel with the current members of its draw in force.
    private func panels(_ data: AwardData) -> [(Panel, [String])] {
        data.cycle.panels.compactMap { p in
            guard let d = p.drawID.flatMap(data.cycle.drawRecord), !d.isVoided else { return nil }
            return (p, d.currentMembers)
        }
    }

    /// Submitted sheets for the members whose sheet is missing or unfinished; items already
    /// scored keep their value.
    private func sheets(_ data: AwardData, panel: Panel, app: String, members: [String], stage: Stage, percent: Int) -> [ScoreSheet] {
        guard let rubric = data.rubrics[stage] else { return [] }
        return members.compactMap { m in
            let id = ScoreSheet.makeID(stage: stage, applicationID: app, expertID: m)
            var s = data.cycle.sheets.first { $0.id == id }
                ?? ScoreSheet(panelID: panel.id, applicationID: app, expertID: m, stage: stage, rubricID: rubric.id)
            guard s.status != .submitted else { return nil }
            for item in rubric.items where s.percents[item.id] == nil { s.percents[item.id] = percent }
            s.status = .submitted
            return s
        }
    }
}
