import AwardDomain
import Foundation
import Testing
import TerminalUI
@testable import AwardApp

/// 第二十条 保守秘密 (RULES.md §3): a reviewer sees only the applicants and sheets of their own
/// panel. Two panels are drawn on the sample data; a member of the first only is the reviewer.
/// Every screen the reviewer can reach, and the help overlay, is rendered: the first panel's
/// applicants appear, no other applicant of the cycle does.
@Suite struct ReviewerFenceTests {
    static let dates = DayRange(from: Day("2026-05-10")!, to: Day("2026-05-12")!)

    static func twoPanels() throws -> (AwardData, reviewer: String, other: String) {
        var data = AppHarness.sampleData()
        let ctx = ActionContext(actor: "office", at: Timestamp(millis: 1_774_830_000_000))
        // Only applicants found eligible are drawn for (第十一条（二）, condition P1).
        for i in data.cycle.applications.indices where ["A2026-003", "A2026-004"].contains(data.cycle.applications[i].id) {
            data.cycle.applications[i].status = .eligible
        }
        let panels = [Panel(id: "P2026-01", name: "第一评审组", applicationIDs: ["A2026-001", "A2026-002"], dates: dates, size: 3, alternates: 1),
                      Panel(id: "P2026-02", name: "第二评审组", applicationIDs: ["A2026-003", "A2026-004"], dates: dates, size: 3, alternates: 1)]
        for (i, p) in panels.enumerated() {
            let seed = DrawSeed(bytes: (0..<32).map { UInt8($0 + 32 * i) })!
            let id = "D" + p.id.dropFirst() + "-1"
            for a: Action in [.draw(.createPanel(p)),
                              .draw(.commit(drawID: id, panelID: p.id, supervisor: "李监督", commitment: seed.commitment)),
                              .draw(.reveal(drawID: id, seed: seed.hex))] {
                data = try data.applying(a, context: ctx)
            }
        }
        let first = try #require(data.cycle.drawRecord("D2026-01-1")).currentMembers
        let second = try #require(data.cycle.drawRecord("D2026-02-1")).currentMembers
        let reviewer = try #require(first.first { !second.contains($0) })
        // A sheet of the reviewer's own and one of a member of the other panel.
        let item = try #require(data.rubrics[.document]?.items.first).id
        for (panel, app, expert) in [("P2026-01", "A2026-001", reviewer), ("P2026-02", "A2026-003", second[0])] {
            data = try data.applying(.scoring(.setPercent(panelID: panel, applicationID: app, expertID: expert, stage: .document,
                                                          itemID: item, percent: 80)), context: ctx)
        }
        return (data, reviewer, second[0])
    }

    @Test func reviewerSeesOnlyTheirOwnPanelsApplicants() throws {
        let (data, reviewer, _) = try ReviewerFenceTests.twoPanels()
        var h = AppHarness(data: data, reviewer: reviewer)
        let own = ["A2026-001", "A2026-002"]
        let orgs = Dictionary(data.registry.organizations.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let ownNames = own.compactMap { data.cycle.application($0).flatMap { orgs[$0.orgID] } }
        let others = data.cycle.applications.filter { !own.contains($0.id) }
        var seen = ""
        for s in ScreenID.allCases {
            h.send(s.numberKey)
            seen += h.screenText() + "\n"
            h.send(.char("?"))
            seen += h.screenText() + "\n"
            h.send(.escape)
        }
        #expect(Set([h.model.screen]).isSubset(of: [.dashboard, .scoring]))
        for a in others {
            #expect(!seen.contains(a.id), "\(a.id) leaked")
            if let name = orgs[a.orgID] { #expect(!seen.contains(name), "\(name) leaked") }
        }
        #expect(!seen.contains("P2026-02"))
        #expect(!seen.contains("第二评审组"))
        // The dashboard shows the reviewer's own panel and its applicants.
        h.send(.char("1"))
        let dash = h.screenText()
        #expect(dash.contains("P2026-01 第一评审组"))
        for n in ownNames { #expect(dash.contains(n)) }
    }

    @Test func reviewerOnNoPanelSeesNone() throws {
        let (data, _, _) = try ReviewerFenceTests.twoPanels()
        let drawn = Set(data.cycle.draws.flatMap(\.currentMembers))
        let outsider = try #require(data.registry.experts.map(\.id).first { !drawn.contains($0) })
        let h = AppHarness(data: data, reviewer: outsider)
        let text = h.screenText()
        #expect(text.contains("您目前不在任何已抽取的评审组中"))
        #expect(!text.contains("A2026-"))
    }
}
