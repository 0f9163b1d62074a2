import AwardTestSupport
import AwardDomain
@testable import AwardDomain

/// A small scored cycle for the awards screen, built like the domain tests' AwardFixture: one
/// submitted sheet per stage at the same percentage p on one-item rubrics (D 1000, Q 100, S 1000
/// points), so the composite is 0.2 × 10p + 0.1 × 10p + 0.7 × 10p = 10p.
///
/// Quotas 2 + 2 (so 1.5 × 4 = 6 are shortlisted: all five). A1…A5 get p = 95, 90, 85, 80, 75 →
/// composites 950.00 … 750.00, ranks 1…5. O2 and O3 are subsidiaries of the same parent P0.
/// Walk (第十一条（六）): A1 award, A2 award; A3 would take the first nomination place but shares
/// the group of A2 → skipped; A4, A5 take the nomination places.
enum AwardsFixture {
    static func rubric(_ item: String, points: Int) -> Rubric {
        let i = Rubric.Item(id: item, name: item, name_en: item, points: points)
        return Rubric(id: "t-\(item)", standard: "test", total_points: points,
                      categories: [Rubric.Category(id: "C", name: "C", name_en: "C", kind: "process", points: points, items: [i])], bands: [])
    }

    static func org(_ id: String, _ name: String, parent: String? = nil) -> Organization {
        Organization(id: id, name: name, creditCode: "91320900MA\(id)00X", county: .tinghu, established: Day("2010-01-01")!, parentID: parent)
    }

    static func data() -> AwardData {
        let names = ["盐城一号精密", "丰华港口物流", "丰华农业科技", "亭湖四号电子", "射阳五号材料"]
        var orgs = [org("P0", "丰华集团")]
        var cycle = Cycle(year: 2026)
        cycle.settings.awardQuota = 2
        cycle.settings.nominationQuota = 2
        for i in 1...5 {
            orgs.append(org("O\(i)", names[i - 1], parent: (i == 2 || i == 3) ? "P0" : nil))
            cycle.applications.append(Application(id: "A\(i)", orgID: "O\(i)", status: .eligible))
            for (stage, item) in [(Stage.document, "K1"), (.qa, "Q1"), (.onsite, "S1")] {
                var s = ScoreSheet(panelID: "P1", applicationID: "A\(i)", expertID: "E01", stage: stage, rubricID: "t")
                s.percents = [item: 100 - 5 * i]
                s.status = .submitted
                cycle.sheets.append(s)
            }
        }
        cycle.seatPanels()
        return AwardData(registry: Registry(organizations: orgs), cycle: cycle,
                         rubrics: [.document: rubric("K1", points: 1000), .qa: rubric("Q1", points: 100), .onsite: rubric("S1", points: 1000)])
    }
}
