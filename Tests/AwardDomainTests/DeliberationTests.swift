import Testing
@testable import AwardDomain

/// A panel of 3 deliberating (合议) on one applicant, worked by hand (第十一条（三）: 组长负责制;
/// RULES.md §4 for the stage score).
struct DeliberationTests {
    /// Three items, 100 points: category C1 (process) I1 50 + I2 30, category C2 (result) I3 20,
    /// with GB/T 19580's bands 0–5, 10–25, 30–45, 50–65, 70–85, 90–100.
    static let rubric = Rubric(
        id: "three", standard: "test", total_points: 100,
        categories: [
            Rubric.Category(id: "C1", name: "过程", name_en: "Process", kind: "process", points: 80,
                            items: [Rubric.Item(id: "I1", name: "甲", name_en: "One", points: 50),
                                    Rubric.Item(id: "I2", name: "乙", name_en: "Two", points: 30)]),
            Rubric.Category(id: "C2", name: "结果", name_en: "Results", kind: "result", points: 20,
                            items: [Rubric.Item(id: "I3", name: "丙", name_en: "Three", points: 20)]),
        ],
        bands: [[0, 5], [10, 25], [30, 45], [50, 65], [70, 85], [90, 100]])

    /// The members' percentages, in draw order m0, m1, m2.
    static let percents: [String: [Int]] = ["I1": [40, 75, 60], "I2": [50, 55, 65], "I3": [25, 30, 45]]

    struct Panel {
        var data: AwardData
        var members: [String]
        func ctx(_ actor: String = "王科长") -> ActionContext { DrawFixture.context(actor) }

        init(submit: Int = 3, leader: Bool = true) throws {
            let r = DeliberationTests.rubric
            var d = DrawFixture.data(rubrics: [.document: r, .qa: r, .onsite: r])
            d = try DrawFixture.drawn(d, panel: DrawFixture.panel(apps: ["A1"], size: 3, alternates: 0))
            members = d.cycle.drawRecord("D1")!.currentMembers
            // The reveal names the first drawn the leader until the office designates one; a
            // panel without a leader is made by hand.
            if leader { d = try d.applying(.draw(.designateLeader(drawID: "D1", expertID: members[0])), context: DrawFixture.context()) } else { d.cycle.draws[0].leaderID = nil }
            for (k, m) in members.enumerated() {
                for (item, ps) in DeliberationTests.percents {
                    d = try d.applying(.scoring(.setPercent(panelID: "P1", applicationID: "A1", expertID: m, stage: .document, itemID: item, percent: ps[k])),
                                       context: DrawFixture.context())
                }
                if k < submit { d = try d.applying(.scoring(.submit(sheetID: "D/A1/\(m)")), context: DrawFixture.context()) }
            }
            data = d
        }

        mutating func agree(_ item: String, _ p: Int, reason: String = "", by actor: String = "王科长") throws(DomainError) {
            data = try data.applying(.review(.agree(panelID: "P1", stage: .document, applicationID: "A1", itemID: item, percent: p, reason: reason)),
                                     context: ctx(actor))
        }

        func deliberation() throws(DomainError) -> Deliberation {
            try Deliberation.compute(data, panelID: "P1", stage: .document, applicationID: "A1")
        }
    }

    /// Side by side: I1 40/75/60 lies in bands 2, 4 and 3 — two bands apart, flagged and first;
    /// I2 50/55/65 all in band 3; I3 25/30/45 in bands 1, 2, 2 — one band apart, not flagged.
    /// Spreads 35, 15, 20; I1's mean 175/3 = 58.33 %.
    @Test func membersSideBySideFlagsItemsMoreThanOneBandApartFirst() throws {
        let d = try Panel().deliberation()
        #expect(d.isReady)
        #expect(d.items.map(\.item.id) == ["I1", "I2", "I3"])
        #expect(d.items.map(\.flagged) == [true, false, false])
        #expect(d.items.map(\.bandsApart) == [2, 0, 1])
        #expect(d.items.map(\.spread) == [35, 15, 20])
        #expect(d.items[0].members.map(\.percent) == [40, 75, 60])
        #expect(d.items[0].meanPercent?.description == "58.33")
    }

    /// Sheets: m0 50×40 + 30×50 + 20×25 = 40.00, m1 37.50 + 16.50 + 6.00 = 60.00,
    /// m2 30.00 + 19.50 + 9.00 = 58.50; mean 158.50 / 3 = 52.83. Agreed I1 60 %, I2 55 %, I3 50 %:
    /// 30.00 + 16.50 + 10.00 = 56.50. The stage score is 52.83 under the mean of the sheets and
    /// 56.50 under the agreed rule; under the agreed rule there is no score until every item is agreed.
    @Test func stageScoreUnderBothRules() throws {
        var p = try Panel()
        try p.agree("I1", 60)
        try p.agree("I2", 55)
        let partial = StageResult.compute(applicationID: "A1", stage: .document, in: p.data)
        #expect(partial.mean?.description == "52.83")
        #expect(partial.agreed == nil)
        try p.agree("I3", 50, reason: "现场材料补充了对比数据")
        let mean = StageResult.compute(applicationID: "A1", stage: .document, in: p.data)
        #expect(mean.score?.description == "52.83")
        #expect(mean.agreed?.description == "56.50")
        p.data.cycle.settings.scoring.stageScore = .agreed
        let agreed = StageResult.compute(applicationID: "A1", stage: .document, in: p.data)
        #expect(agreed.score?.description == "56.50")
        #expect(agreed.mean?.description == "52.83")
        #expect(Shortlist.compute(p.data).ranking.first?.hundredths == 5650)

        let d = try p.deliberation()
        #expect(d.isAgreed)
        #expect(d.agreedBy == ["王科长"])
        #expect(d.items.first { $0.item.id == "I3" }?.agreed?.reason == "现场材料补充了对比数据")
        #expect(d.items.first { $0.item.id == "I3" }?.agreed?.leaderID == p.members[0])
    }

    /// I3's members gave 25–45 %: 50 % departs from their range and needs a reason; 45 % does not.
    @Test func anAgreedPercentOutsideTheMembersRangeNeedsAReason() throws {
        var p = try Panel()
        let e = refusal { () throws(DomainError) -> AwardData in var q = p; try q.agree("I3", 50); return q.data }
        #expect(e?.message.zh.contains("25%–45%") == true)
        #expect(e?.citation == .art11_3)
        try p.agree("I3", 45)
        #expect(p.data.cycle.consensusRecord(stage: .document, applicationID: "A1")?.items["I3"]?.percent == 45)
        #expect(refusal { () throws(DomainError) -> AwardData in var q = p; try q.agree("I3", 47, reason: "x"); return q.data }?.citation == .art6)
    }

    /// Deliberation waits for every member's sheet, needs a leader, and only the leader or the
    /// office records it — another member cannot speak for the panel (组长负责制).
    @Test func whoMayAgreeAndWhen() throws {
        let waiting = try Panel(submit: 2)
        #expect(try waiting.deliberation().waitingFor == [waiting.members[2]])
        #expect(refusal { () throws(DomainError) -> AwardData in var q = waiting; try q.agree("I2", 55); return q.data }?.message.zh.contains(waiting.members[2]) == true)

        let leaderless = try Panel(leader: false)
        #expect(refusal { () throws(DomainError) -> AwardData in var q = leaderless; try q.agree("I2", 55); return q.data }?.message.zh.contains("组长") == true)

        var p = try Panel()
        #expect(refusal { () throws(DomainError) -> AwardData in var q = p; try q.agree("I2", 55, by: p.members[1]); return q.data } != nil)
        try p.agree("I2", 55, by: p.members[0])
        let item = try p.deliberation().items.first { $0.item.id == "I2" }?.agreed
        #expect(item?.by == p.members[0])
        #expect(item?.recordedForLeader == false)
        try p.agree("I2", 60, by: "王科长")
        #expect(try p.deliberation().items.first { $0.item.id == "I2" }?.agreed?.recordedForLeader == true)
    }
}
