import Testing
import Foundation
@testable import AwardDomain

/// 第十一条（六）至（八）: committee decision → 7-day public publicity → city approval → published.
/// Twelve applicants (AwardFixture): ranks 1–5 award, 6–10 nomination.
struct DecisionFlowTests {
    static let meeting = Day("2026-06-20")!

    static func decideAll(_ data: AwardData, approved: Bool = true) throws(DomainError) -> AwardData {
        try applying(data, (1...10).map { i in
            .award(.decide(applicationID: AwardFixture.app(i), tier: i <= 5 ? .award : .nomination, approved: approved, meeting: meeting, note: ""))
        })
    }

    /// The committee decides only on the office's list and tier (第十一条（六）): A11 is below the
    /// last place; A01 is proposed for the award, not the nomination. A decision records who and when.
    @Test func decideOnlyTheProposedList() throws {
        let data = AwardFixture.data(count: 12)
        let outside = refusal { () throws(DomainError) in
            try applying(data, [.award(.decide(applicationID: "A11", tier: .nomination, approved: true, meeting: Self.meeting, note: ""))])
        }
        #expect(outside?.citation == .art11_6)
        let wrongTier = refusal { () throws(DomainError) in
            try applying(data, [.award(.decide(applicationID: "A01", tier: .nomination, approved: true, meeting: Self.meeting, note: ""))])
        }
        #expect(wrongTier?.citation == .art11_6)
        #expect(wrongTier?.message.zh.contains("盐城市市长质量奖") == true)
        let d = try applying(data, [.award(.decide(applicationID: "A01", tier: .award, approved: true, meeting: Self.meeting, note: "全票通过"))])
        #expect(d.cycle.decisions == [CommitteeDecision(applicationID: "A01", tier: .award, approved: true, meeting: Self.meeting,
                                                        note: "全票通过", by: "张主任", at: AwardFixture.at)])
        #expect(DecisionFlow.progress(d, today: Self.meeting).first?.step == .awaitingPublicity)
        #expect(DecisionFlow.progress(d, today: Self.meeting)[1].step == .awaitingDecision)
    }

    /// 第十一条（六）: the list goes to the committee only when every shortlisted applicant has a
    /// composite; A12 without its on-site sheet blocks the decision, naming A12.
    @Test func decideNeedsEveryComposite() {
        var data = AwardFixture.data(count: 12)
        data.cycle.sheets.removeAll { $0.applicationID == "A12" && $0.stage == .onsite }
        let e = refusal { () throws(DomainError) in
            try applying(data, [.award(.decide(applicationID: "A01", tier: .award, approved: true, meeting: Self.meeting, note: ""))])
        }
        #expect(e?.citation == .art11_6 && e?.message.zh.hasPrefix("A12 尚无综合得分") == true)
    }

    /// No step can be skipped, and each refusal names the missing step and cites its article.
    /// Publicity 2026-06-22 … 06-28 (7 days counting the start, RULES.md §8). An objection against
    /// A04 is pending, then upheld: A04 leaves the list and nobody moves up, so the city approves 9
    /// (A01–A03, A05 for the award; A06–A10 for the nomination) and A11 stays out.
    @Test func stepsInOrder() throws {
        var data = AwardFixture.data(count: 12)
        let ctx = AwardFixture.context(today: "2026-07-01")
        func refused(_ a: AwardAction) -> DomainError? {
            refusal { () throws(DomainError) in try applying(data, [.award(a)], context: ctx) }
        }
        let approve = AwardAction.approve(documentNumber: "盐政复〔2026〕18号", date: Day("2026-06-30")!)
        #expect(refused(approve)?.citation == .art11_7)                    // no committee decision yet
        #expect(refused(.publish(date: Day("2026-07-01")!))?.citation == .art11_8) // no approval yet

        data = try Self.decideAll(data)
        let noPublicity = refused(approve)
        #expect(noPublicity?.citation == .art11_7)
        #expect(noPublicity?.message.zh.contains("社会公示") == true)

        // A period that started before the meeting is not the publicity of this decision.
        let early = AwardFixture.publicise(data, ids: (1...10).map(AwardFixture.app), start: "2026-06-10")
        #expect(refusal { () throws(DomainError) in try applying(early, [.award(approve)], context: ctx) }?.citation == .art11_7)

        let pending = Objection(id: "YY1", applicationID: "A04", received: Day("2026-06-25")!, content: "存在质量投诉未如实申报")
        data = AwardFixture.publicise(data, ids: (1...10).map(AwardFixture.app), objections: [pending])
        #expect(data.cycle.publicity[0].end == Day("2026-06-28"))
        // Approval dated on the last day of publicity is too early; with a pending objection too.
        let onLastDay = refused(.approve(documentNumber: "盐政复〔2026〕18号", date: Day("2026-06-28")!))
        #expect(onLastDay?.citation == .art11_7)
        #expect(refused(approve)?.message.zh.contains("YY1") == true)
        #expect(DecisionFlow.progress(data, today: Day("2026-06-29")!)[3].step == .objectionPending)

        data.cycle.publicity[0].objections[0].outcome = .upheld
        data.cycle.publicity[0].objections[0].handling = "经核查属实"
        #expect(refused(.approve(documentNumber: "  ", date: Day("2026-06-30")!))?.citation == .art11_8)
        data = try applying(data, [.award(approve)], context: ctx)
        let approval = try #require(data.cycle.approval)
        #expect(approval.applicationIDs == ["A01", "A02", "A03", "A05", "A06", "A07", "A08", "A09", "A10"])
        #expect(approval.by == "张主任" && approval.date == Day("2026-06-30"))
        #expect(refused(approve)?.citation == .art11_8)                     // approved once only
        #expect(refused(.decide(applicationID: "A05", tier: .award, approved: false, meeting: Self.meeting, note: ""))?.citation == .art11_8)
        #expect(refused(.publish(date: Day("2026-06-29")!))?.citation == .art11_8) // before the approval

        let steps = DecisionFlow.progress(data, today: Day("2026-07-01")!)
        #expect(steps.first { $0.applicationID == "A04" }?.step == .disqualified)
        #expect(steps.first { $0.applicationID == "A01" }?.step == .approved)
        #expect(!steps.contains { $0.applicationID == "A11" })
    }

    /// Publication writes each winner's award into the registry (year 2026, awarded on the
    /// approval date 2026-06-30, the document number, prize paid), which later cycles read; the
    /// disqualified A04 gets nothing. Publishing twice is refused.
    @Test func publishWritesAwardRecords() throws {
        var data = try Self.decideAll(AwardFixture.data(count: 12))
        data = AwardFixture.publicise(data, ids: (1...10).map(AwardFixture.app), objections: [
            Objection(id: "YY1", applicationID: "A04", received: Day("2026-06-25")!, content: "x", handling: "属实", outcome: .upheld)])
        let ctx = AwardFixture.context(today: "2026-07-02")
        data = try applying(data, [.award(.approve(documentNumber: "盐政复〔2026〕18号", date: Day("2026-06-30")!)),
                                   .award(.publish(date: Day("2026-07-02")!))], context: ctx)
        #expect(Action.award(.publish(date: Day("2026-07-02")!)).touches == [.cycle, .registry])
        #expect(Action.award(.decide(applicationID: "A01", tier: .award, approved: true, meeting: Self.meeting, note: "")).touches == .cycle)
        #expect(data.registry.organization("O01")?.awards == [AwardRecord(year: 2026, tier: .mayor, awarded: Day("2026-06-30")!,
                                                                           prizePaid: true, approvalDocument: "盐政复〔2026〕18号")])
        #expect(data.registry.organization("O06")?.awards.map(\.tier) == [.mayorNomination])
        #expect(data.registry.organization("O04")?.awards.isEmpty == true)
        #expect(data.registry.organizations.filter { !$0.awards.isEmpty }.count == 9)
        #expect(data.cycle.publication == Publication(date: Day("2026-07-02")!, by: "张主任", at: AwardFixture.at("2026-07-02")))
        #expect(DecisionFlow.progress(data, today: Day("2026-07-02")!).first?.step == .published)
        let again = refusal { () throws(DomainError) in try applying(data, [.award(.publish(date: Day("2026-07-02")!))], context: ctx) }
        #expect(again?.citation == .art11_8)
    }

    /// A candidate the committee did not approve is neither publicised nor approved, and nobody
    /// takes its place: the city approves the other nine.
    @Test func notApprovedByTheCommittee() throws {
        var data = try Self.decideAll(AwardFixture.data(count: 12))
        data = try applying(data, [.award(.decide(applicationID: "A07", tier: .nomination, approved: false, meeting: Self.meeting, note: "未获通过"))])
        let ids = (1...10).filter { $0 != 7 }.map(AwardFixture.app)
        data = AwardFixture.publicise(data, ids: ids)
        data = try applying(data, [.award(.approve(documentNumber: "盐政复〔2026〕18号", date: Day("2026-06-30")!))])
        #expect(data.cycle.approval?.applicationIDs == ids)
        #expect(DecisionFlow.progress(data, today: Day("2026-06-30")!).first { $0.applicationID == "A07" }?.step == .notApproved)
    }

    /// Files written before `by`/`at` were kept still decode (Codable compatibility).
    @Test func oldDecisionDecodes() throws {
        let json = #"{"applicationID":"A01","tier":"award","approved":true,"meeting":"2026-06-20","note":""}"#
        let d = try JSONDecoder().decode(CommitteeDecision.self, from: Data(json.utf8))
        #expect(d.by == "" && d.at == nil && d.meeting == Day("2026-06-20"))
        let cycleJSON = #"{"year":2026,"settings":{"applicationDeadline":"2026-03-31","reviewDeadline":"2026-06-30","awardQuota":5,"nominationQuota":5},"applications":[],"panels":[],"draws":[],"sheets":[],"publicity":[],"milestones":[],"decisions":[]}"#
        let c = try JSONDecoder().decode(Cycle.self, from: Data(cycleJSON.utf8))
        #expect(c.recommendationPolicy == RecommendationPolicy() && c.approval == nil && c.publication == nil)
    }
}
