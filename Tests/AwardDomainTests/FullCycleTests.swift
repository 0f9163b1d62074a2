import AwardTestSupport
import Testing
@testable import AwardDomain

/// One award year end to end through the one reducer, then the next year reading what it
/// published. Articles: 第十一条（二）—（八）, 第十二条, 第十六条, 第十条（七）.
struct FullCycleTests {
    static func ctx(_ day: String, _ time: String = "09:00:00") -> ActionContext {
        ActionContext(actor: "王科长", at: Timestamp(iso: "\(day)T\(time).000+08:00")!, today: Day(day)!)
    }

    static func org(_ i: Int, parent: String? = nil, awards: [AwardRecord] = []) -> Organization {
        var o = EligibilityFixture.organization("O\(i)", name: "盐城\(i)号公司", parent: parent)
        o.creditCode = "9132090000000000\(i)X"
        o.awards = awards
        return o
    }

    /// Stage percentages per application (D, Q, S). Every drawn expert gives the same, so the
    /// panel mean is that percentage of the stage maximum (D 1000, Q 100, S 1000 points).
    /// Composite = 0.2 D + 0.1 × 10 Q + 0.7 S:
    ///   A1 90/80/85 → 180 + 80 + 595 = 855.00   A2 85/90/90 → 170 + 90 + 630 = 890.00
    ///   A3 80/85/80 → 160 + 85 + 560 = 805.00   A4 75/75/85 → 150 + 75 + 595 = 820.00
    ///   A5 70/70/75 → 140 + 70 + 525 = 735.00   A6 65/80/70 → 130 + 80 + 490 = 700.00
    ///   A7 D 60 only: quotas 2 + 2 = 4 places → 1.5 × 4 = 6 invited (A1–A6 by D), A7 is out.
    static let percents: [String: (Int, Int, Int)] = [
        "A1": (90, 80, 85), "A2": (85, 90, 90), "A3": (80, 85, 80), "A4": (75, 75, 85),
        "A5": (70, 70, 75), "A6": (65, 80, 70), "A7": (60, 0, 0)]

    @Test func applicationToPublicationAndTheNextYear() throws {
        // O3 won the 2023 nomination (第十六条 cool-down in 2026). O8 is a subsidiary of O1 and
        // does not apply this year.
        let nom2023 = AwardRecord(year: 2023, tier: .mayorNomination, awarded: Day("2023-07-10")!)
        let orgs = (1...7).map { Self.org($0, awards: $0 == 3 ? [nom2023] : []) } + [Self.org(8, parent: "O1")]
        var registry = Registry(organizations: orgs, experts: (1...8).map { DrawFixture.expert(String(format: "E%02d", $0)) })
        registry.settings.contactLine = "0515-88888888"
        var data = AwardData(registry: registry, cycle: Cycle(year: 2026), rubrics: ScoreFixture.rubrics)

        // Intake and eligibility (第十一条（一）（二）): every applicant passes E1–E11.
        var settings = data.cycle.settings
        settings.awardQuota = 2
        settings.nominationQuota = 2
        data = try applying(data, [.intake(.updateCycleSettings(settings))], context: Self.ctx("2026-03-20"))
        for i in 1...7 {
            data = try applying(data, [.intake(.createApplication(EligibilityFixture.application("A\(i)", org: "O\(i)"))),
                                       .intake(.setStatus(applicationID: "A\(i)", status: .eligible, note: "资格审查通过"))],
                                context: Self.ctx("2026-04-10"))
        }
        #expect(data.cycle.applications.allSatisfy { $0.status == .eligible })

        // Panel and draw (第十一条（三）): commit, then reveal a fixed seed.
        let seed = DrawSeed(bytes: (0..<32).map { UInt8(31 - $0) })!
        let draw = Self.ctx("2026-05-06")
        data = try applying(data, [
            .draw(.createPanel(Panel(id: "P1", name: "第一评审组", applicationIDs: (1...7).map { "A\($0)" },
                                     dates: DayRange(from: Day("2026-05-10")!, to: Day("2026-06-10")!), size: 5, alternates: 2))),
            .draw(.commit(drawID: "D1", panelID: "P1", supervisor: "派驻纪检监察组李某", commitment: seed.commitment)),
            .draw(.reveal(drawID: "D1", seed: seed.hex)),
        ], context: draw)
        let members = try #require(data.cycle.drawRecord("D1")?.currentMembers)
        #expect(members.count == 5)

        // Score sheets by the drawn members: D for all, then Q and S for the shortlist.
        func score(_ app: String, _ stage: Stage, _ item: String, _ p: Int) throws {
            for m in members {
                data = try applying(data, [
                    .scoring(.setPercent(panelID: "P1", applicationID: app, expertID: m, stage: stage, itemID: item, percent: p)),
                    .scoring(.submit(sheetID: ScoreSheet.makeID(stage: stage, applicationID: app, expertID: m))),
                ], context: Self.ctx("2026-05-12"))
            }
        }
        for (app, p) in Self.percents { try score(app, .document, "K1", p.0) }
        #expect(Shortlist.compute(data).shortlisted == ["A1", "A2", "A3", "A4", "A5", "A6"])
        for app in Shortlist.compute(data).shortlisted {
            try score(app, .qa, "Q1", Self.percents[app]!.1)
            try score(app, .onsite, "S1", Self.percents[app]!.2)
        }
        let ranking = Ranking.compute(data)
        #expect(ranking.map(\.applicationID) == ["A2", "A1", "A4", "A3", "A5", "A6"])
        #expect(ranking.map { $0.composite!.description } == ["890.00", "855.00", "820.00", "805.00", "735.00", "700.00"])

        // Recommendation (第十一条（六）, 第十六条): award A2, A1; nomination A4; A3 (2023
        // nomination, 2026 − 2023 = 3 < 5) is skipped and A5 takes the second nomination place.
        let entries = AwardRecommendation.compute(data)
        #expect(entries.map(\.applicationID) == ["A2", "A1", "A4", "A3", "A5"])
        #expect(AwardFixture.recommended(entries, .award) == [1, 2])
        #expect(AwardFixture.recommended(entries, .nomination) == [3, 5])
        #expect(AwardFixture.skipped(entries) == [4: .art16])

        // Committee (第十一条（七）), public publicity of 7 days with a dismissed objection, approval
        // (第十一条（八）), publication.
        let meeting = Day("2026-06-18")!
        data = try applying(data, [("A2", PrizeTier.award), ("A1", .award), ("A4", .nomination), ("A5", .nomination)].map {
            .award(.decide(applicationID: $0.0, tier: $0.1, approved: true, meeting: meeting, note: "审议通过"))
        }, context: Self.ctx("2026-06-18"))
        data = try applying(data, [.publicity(.start(id: "GS2026", kind: .public, applicationIDs: ["A2", "A1", "A4", "A5"], start: Day("2026-06-22")!))],
                            context: Self.ctx("2026-06-22"))
        #expect(data.cycle.publicity.first { $0.id == "GS2026" }?.end == Day("2026-06-28"))
        data = try applying(data, [
            .publicity(.recordObjection(periodID: "GS2026", objection: Objection(id: "YY1", applicationID: "A4", received: Day("2026-06-24")!, content: "反映产品存在质量问题"))),
        ], context: Self.ctx("2026-06-24"))
        let early = refusal { () throws(DomainError) in
            try applying(data, [.award(.approve(documentNumber: "盐政复〔2026〕18号", date: Day("2026-06-30")!))], context: Self.ctx("2026-06-30"))
        }
        #expect(early?.citation == .art11_7)   // the objection is still pending
        data = try applying(data, [
            .publicity(.resolveObjection(periodID: "GS2026", objectionID: "YY1", outcome: .dismissed, handling: "经核查，问题产品非该组织生产")),
        ], context: Self.ctx("2026-06-26"))
        data = try applying(data, [.publicity(.close(periodID: "GS2026"))], context: Self.ctx("2026-06-29"))
        data = try applying(data, [.award(.approve(documentNumber: "盐政复〔2026〕18号", date: Day("2026-06-30")!))], context: Self.ctx("2026-06-30"))
        #expect(data.cycle.approval?.applicationIDs == ["A2", "A1", "A4", "A5"])
        data = try applying(data, [.award(.publish(date: Day("2026-07-03")!))], context: Self.ctx("2026-07-03"))

        // 第十二条: 2 × 500,000 + 2 × 100,000 = 1,200,000.
        let payments = PaymentList.compute(data)
        #expect(!payments.provisional && payments.total == 1_200_000)
        #expect(try ResultsAnnouncement.make(data, .zh).plainText.contains("“2026年度盐城市市长质量奖”（2个）：盐城2号公司、盐城1号公司。"))
        #expect(data.registry.organization("O1")?.awards == [AwardRecord(year: 2026, tier: .mayor, awarded: Day("2026-06-30")!,
                                                                          prizePaid: true, approvalDocument: "盐政复〔2026〕18号")])
        #expect(data.registry.organization("O5")?.awards.map(\.tier) == [.mayorNomination])

        // The next year, on the same registry.
        var next = AwardData(registry: data.registry, cycle: Cycle(year: 2027), rubrics: ScoreFixture.rubrics)
        next.cycle.settings.awardQuota = 1
        next.cycle.settings.nominationQuota = 2
        // 第十条（七）: O8's parent O1 won the 2026 award, so O8 may not apply.
        next.cycle.applications = [Application(id: "B0", orgID: "O8", status: .submitted)]
        let e7 = Eligibility.evaluate(applicationID: "B0", in: next).first { $0.code == "E7" }
        #expect(e7?.outcome == .fail && e7?.citation == .art10_7)
        // 第十六条 (E11): O2 won the 2026 award: under 5 full years at the 2027-03-31 deadline.
        next.cycle.applications.append(Application(id: "B9", orgID: "O2", selfAssessment: true, status: .submitted))
        #expect(Eligibility.evaluate(applicationID: "B9", in: next).first { $0.code == "E11" }?.outcome == .fail)

        // 第十六条: O4 (2026 nomination; 2027 − 2026 = 1 < 5) ranked 2nd, inside the nomination
        // places (award quota 1), is skipped; O7 and O6 take the two nomination places.
        // One sheet per stage at p → composite 10p: B1 O5 900, B2 O4 850, B3 O7 800, B4 O6 750.
        next.cycle.applications = []
        for (id, orgID, p) in [("B1", "O5", 90), ("B2", "O4", 85), ("B3", "O7", 80), ("B4", "O6", 75)] {
            next.cycle.applications.append(Application(id: id, orgID: orgID, status: .eligible))
            for (stage, item) in [(Stage.document, "K1"), (.qa, "Q1"), (.onsite, "S1")] {
                next.cycle.sheets.append(ScoreFixture.sheet("E01", app: id, stage: stage, item: item, percent: p))
            }
        }
        next.cycle.seatPanels()
        let nextEntries = AwardRecommendation.compute(next)
        #expect(nextEntries.map(\.applicationID) == ["B1", "B2", "B3", "B4"])
        #expect(AwardFixture.recommended(nextEntries, .award) == [1])
        #expect(AwardFixture.recommended(nextEntries, .nomination) == [3, 4])
        #expect(AwardFixture.skipped(nextEntries) == [2: .art16])
        #expect(AwardFixture.reason(nextEntries[1])?.zh.contains("2026年度获得盐城市市长质量奖提名奖") == true)
        // O5 won the 2026 nomination and now the award: another tier, so the full 500,000.
        #expect(nextEntries[0].prize == 500_000)
    }
}
