import Testing
@testable import AwardDomain

/// Each sequence the secretariat found accepted, that nobody could defend, is now refused with its
/// article and changes nothing (`Procedure.conditions`). The world is `ProcedureModel.world()`:
/// A1…A6 pass every eligibility check, experts E01…E14, one-item rubrics (D and S 1000 points, Q
/// 100), one award and one nomination place.
@Suite struct ProcedureTests {
    typealias M = ProcedureModel

    static func step(_ day: String, _ minute: Int = 0) -> ActionContext {
        ActionContext(actor: "办公室", at: M.at(Day(day)!, minute), today: Day(day)!)
    }

    static func apply(_ d: AwardData, _ actions: [Action], on day: String) throws(DomainError) -> AwardData {
        var out = d
        for (i, a) in actions.enumerated() { out = try out.applying(a, context: step(day, i)) }
        return out
    }

    static func refused(_ d: AwardData, _ a: Action, on day: String) -> DomainError? {
        do throws(DomainError) { _ = try d.applying(a, context: step(day)); return nil } catch { return error }
    }

    /// A1–A3 eligible on 04-01; panel P1 for them drawn on 04-10 (3 members, 1 alternate).
    static func drawn() throws -> AwardData {
        var d = try apply(M.world(), ["A1", "A2", "A3"].map { .intake(.setStatus(applicationID: $0, status: .eligible, note: "通过")) }, on: "2026-04-01")
        let p = Panel(id: "P1", name: "第一组", applicationIDs: ["A1", "A2", "A3"], dates: DayRange(from: Day("2026-04-15")!, to: Day("2026-04-17")!),
                      size: 3, alternates: 1)
        d = try apply(d, [.draw(.createPanel(p)), .draw(.commit(drawID: "D1", panelID: "P1", supervisor: "纪检组", commitment: M.seed(0).commitment)),
                          .draw(.reveal(drawID: "D1", seed: M.seed(0).hex))], on: "2026-04-10")
        return d
    }

    static func members(_ d: AwardData) -> [String] { d.cycle.drawRecord("D1")!.currentMembers }

    /// Submitted D sheets for A1 at 80, 70 and 60 % of 1000 points: 800 + 700 + 600.
    static func scoredA1() throws -> AwardData {
        var d = try drawn()
        for (e, p) in zip(members(d), [80, 70, 60]) {
            d = try apply(d, [.scoring(.setPercent(panelID: "P1", applicationID: "A1", expertID: e, stage: .document, itemID: "K1", percent: p)),
                              .scoring(.submit(sheetID: "D/A1/\(e)"))], on: "2026-04-20")
        }
        return d
    }

    // MARK: Panels (第十一条（二）（三）)

    /// A second document-review panel for A1 is refused (P2); the D score stays the mean of P1's
    /// three sheets: (800 + 700 + 600) / 3 = 700.00.
    @Test func aSecondPanelForOneApplicantIsRefused() throws {
        let d = try Self.scoredA1()
        let second = Panel(id: "P2", name: "第二组", applicationIDs: ["A1"], dates: DayRange(from: Day("2026-04-15")!, to: Day("2026-04-17")!), size: 3, alternates: 1)
        let e = Self.refused(d, .draw(.createPanel(second)), on: "2026-04-21")
        #expect(e?.citation == .art11_3)
        #expect(e?.refused == ActionKind.createPanel.name)
        #expect(e?.text(.zh).contains("申报 A1 已由评审组 P1 评审") == true)
        #expect(e?.instead?.zh.contains("先作废 P1 的抽取") == true)
        #expect(StageResult.compute(applicationID: "A1", stage: .document, in: d).mean?.description == "700.00")
    }

    /// Only applicants found eligible are drawn for (P1): A4 is only submitted.
    @Test func onlyEligibleApplicantsAreDrawn() throws {
        let p = Panel(id: "P2", name: "第二组", applicationIDs: ["A4"], dates: DayRange(from: Day("2026-04-15")!, to: Day("2026-04-17")!), size: 3, alternates: 1)
        let e = Self.refused(try Self.drawn(), .draw(.createPanel(p)), on: "2026-04-21")
        #expect(e?.citation == .art11_2)
        #expect(e?.message.zh.contains("申报 A4 的状态为“已申报”") == true)
    }

    /// A voided draw's sheets no longer count: A1's three sheets stay on record, set aside; its D score is gone.
    @Test func aVoidedDrawsSheetsDoNotCount() throws {
        let before = try Self.scoredA1()
        let void = Action.draw(.void(drawID: "D1", reason: "组员回避"))
        // What the confirmation names: A1's three submitted sheets.
        #expect(Procedure.sheetsLeftOut(by: void, in: before, context: Self.step("2026-04-21")) == Self.members(before).map { "D/A1/\($0)" }.sorted())
        let d = try Self.apply(before, [void], on: "2026-04-21")
        #expect(d.cycle.sheets.isEmpty && d.cycle.setAsideSheets.map(\.sheet.id).sorted() == Self.members(before).map { "D/A1/\($0)" }.sorted())
        #expect(StageResult.compute(applicationID: "A1", stage: .document, in: d).mean == nil)
    }

    /// A replaced member's sheet no longer counts: the first member (80 %) declines, so A1's D score
    /// is the other two's mean, (700 + 600) / 2 = 650.00, and the alternate's sheet is missing.
    @Test func aReplacedMembersSheetDoesNotCount() throws {
        let before = try Self.scoredA1()
        let first = Self.members(before)[0]
        let d = try Self.apply(before, [.draw(.replaceDeclined(drawID: "D1", expertID: first, reason: "与申报组织有利害关系"))], on: "2026-04-21")
        let r = StageResult.compute(applicationID: "A1", stage: .document, in: d)
        #expect(r.mean?.description == "650.00")
        #expect(r.missingExperts == [d.cycle.drawRecord("D1")!.replacements[0].replacement])
    }

    /// Once a later step used the D results (a Q&A sheet was entered), replacing a member is
    /// refused (P3) until the office reopens the stage with a reason (O2).
    @Test func panelChangesAfterTheResultsWereUsedNeedTheStageReopened() throws {
        var d = try Self.drawn()
        for a in ["A1", "A2", "A3"] {
            for e in Self.members(d) {
                d = try Self.apply(d, [.scoring(.setPercent(panelID: "P1", applicationID: a, expertID: e, stage: .document, itemID: "K1", percent: 70)),
                                       .scoring(.submit(sheetID: "D/\(a)/\(e)"))], on: "2026-04-20")
            }
        }
        // Three eligible, 1.5 × 2 = 3 invited: all are shortlisted; the office starts the Q&A.
        let m = Self.members(d)[0]
        d = try Self.apply(d, [.scoring(.setPercent(panelID: "P1", applicationID: "A1", expertID: m, stage: .qa, itemID: "Q1", percent: 80))], on: "2026-05-10")
        let replace = Action.draw(.replaceDeclined(drawID: "D1", expertID: m, reason: "出差"))
        let e = Self.refused(d, replace, on: "2026-05-11")
        #expect(e?.citation == .art11_3)
        #expect(e?.message.zh.contains("资料评审的结果已于 2026-05-10") == true)
        #expect(Self.refused(d, .procedure(.reopenStage(.document, reason: " ")), on: "2026-05-11")?.citation == .art11_3)
        d = try Self.apply(d, [.procedure(.reopenStage(.document, reason: "组员出差，经监督人同意替换"))], on: "2026-05-11")
        d = try Self.apply(d, [replace], on: "2026-05-11")
        #expect(d.cycle.drawRecord("D1")!.replacements.count == 1)
    }

    // MARK: Shortlist (第十一条（三）)

    /// A Q&A sheet for an applicant below the 1:1.5 cut is refused (S2). Five eligible, each on one
    /// panel; D 90, 80, 70, 60, 50 % for A1…A5 → A1, A2, A3 invited; A4 is below the cut.
    @Test func laterSheetsOnlyForTheShortlisted() throws {
        var d = try Self.apply(M.world(), ["A4", "A5"].map { .intake(.setStatus(applicationID: $0, status: .eligible, note: "通过")) }, on: "2026-04-01")
        d = try Self.apply(d, ["A1", "A2", "A3"].map { .intake(.setStatus(applicationID: $0, status: .eligible, note: "通过")) }, on: "2026-04-01")
        let p = Panel(id: "P1", name: "组", applicationIDs: ["A1", "A2", "A3", "A4", "A5"], dates: DayRange(from: Day("2026-04-15")!, to: Day("2026-04-17")!),
                      size: 3, alternates: 1)
        d = try Self.apply(d, [.draw(.createPanel(p)), .draw(.commit(drawID: "D1", panelID: "P1", supervisor: "纪检组", commitment: M.seed(0).commitment)),
                               .draw(.reveal(drawID: "D1", seed: M.seed(0).hex))], on: "2026-04-10")
        let m = Self.members(d)
        // Before every D sheet is in, no Q&A sheet at all (the shortlist is not drawn yet).
        let early = Self.refused(d, .scoring(.setPercent(panelID: "P1", applicationID: "A1", expertID: m[0], stage: .qa, itemID: "Q1", percent: 80)), on: "2026-04-20")
        #expect(early?.citation == .art11_3 && early?.message.zh.contains("资料评审尚未完成") == true)
        for (a, p) in zip(["A1", "A2", "A3", "A4", "A5"], [90, 80, 70, 60, 50]) {
            for e in m {
                d = try Self.apply(d, [.scoring(.setPercent(panelID: "P1", applicationID: a, expertID: e, stage: .document, itemID: "K1", percent: p)),
                                       .scoring(.submit(sheetID: "D/\(a)/\(e)"))], on: "2026-04-20")
            }
        }
        #expect(Shortlist.compute(d).shortlisted == ["A1", "A2", "A3"])
        let e = Self.refused(d, .scoring(.setPercent(panelID: "P1", applicationID: "A4", expertID: m[0], stage: .qa, itemID: "Q1", percent: 80)), on: "2026-05-10")
        #expect(e?.citation == .art11_3)
        #expect(e?.message.zh == "申报 A4 不在 1:1.5 入围名单中，不参加问询答辩")
        _ = try Self.apply(d, [.scoring(.setPercent(panelID: "P1", applicationID: "A3", expertID: m[0], stage: .qa, itemID: "Q1", percent: 80))], on: "2026-05-10")
    }

    // MARK: Intake (第三条, 第十一条（一）（二）)

    /// Submitted eight months after the 03-31 deadline: refused (A1); with an extension recorded
    /// (reason and document number, O1) to 04-10, a submission on 04-08 is accepted and dated 04-08.
    @Test func lateSubmissionNeedsARecordedExtension() throws {
        var d = M.world()
        d.cycle.applications[5].status = .draft
        d.cycle.applications[5].submitted = nil
        let submit = Action.intake(.setStatus(applicationID: "A6", status: .submitted, note: ""))
        let late = Self.refused(d, submit, on: "2026-11-30")
        #expect(late?.citation == .art11_1)
        #expect(late?.message.zh == "申报 A6 的提交日期 2026-11-30 晚于申报截止日 2026-03-31")
        #expect(Self.refused(d, .procedure(.extendDeadline(applicationID: "A6", until: Day("2026-04-10")!, reason: "系统故障", documentNumber: "")), on: "2026-04-01")?.citation == .art3)
        d = try Self.apply(d, [.procedure(.extendDeadline(applicationID: "A6", until: Day("2026-04-10")!, reason: "系统故障", documentNumber: "盐质办〔2026〕3号"))], on: "2026-04-01")
        #expect(Self.refused(d, submit, on: "2026-04-11")?.message.zh.contains("（延期至 2026-04-10，盐质办〔2026〕3号）") == true)
        d = try Self.apply(d, [submit], on: "2026-04-08")
        #expect(d.cycle.application("A6")?.submitted == Day("2026-04-08"))
    }

    /// A withdrawal needs its reason (A2); it can be reversed within the submission period with a
    /// reason (A3), not after it.
    @Test func withdrawalTakesAReasonAndIsReversedOnlyInTime() throws {
        let withdraw = { (note: String) in Action.intake(.setStatus(applicationID: "A1", status: .withdrawn, note: note)) }
        #expect(Self.refused(M.world(), withdraw(""), on: "2026-03-25")?.citation == .art11_1)
        let d = try Self.apply(M.world(), [withdraw("申报组织来函撤回")], on: "2026-03-25")
        let reinstate = Action.intake(.setStatus(applicationID: "A1", status: .submitted, note: "申报组织来函撤销撤回"))
        #expect(Self.refused(d, reinstate, on: "2026-04-02")?.message.zh == "提交期限已于 2026-03-31 结束，撤回的申报不能再恢复")
        let back = try Self.apply(d, [reinstate], on: "2026-03-30")
        #expect(back.cycle.application("A1")?.status == .submitted)
        #expect(back.cycle.application("A1")?.history.last?.note == "申报组织来函撤销撤回")
    }

    /// Judgement and shortlist-tie decisions need their reasons (A5, S4).
    @Test func judgementsAndTieDecisionsNeedReasons() throws {
        let j = Self.refused(M.world(), .intake(.recordJudgement(applicationID: "A1", code: "E3", passed: true, note: " ")), on: "2026-04-01")
        #expect(j?.citation == .art11_2 && j?.message.zh == "E3 的判断没有写明依据")
        #expect(Self.refused(M.world(), .scoring(.decideShortlistTie(include: [], note: "")), on: "2026-04-01")?.citation == .art11_3)
    }

    /// Internal publicity after submission would overwrite the submitted application's E8 record
    /// (A4), and an id that is a panel's is refused.
    @Test func internalPublicityComesBeforeSubmission() throws {
        let d = try Self.drawn()
        let e = Self.refused(d, .publicity(.start(id: "NB1", kind: .internal, applicationIDs: ["A1"], start: Day("2026-04-20")!)), on: "2026-04-20")
        #expect(e?.citation == .art11_1 && e?.message.zh.contains("内部公示应在申报前进行") == true)
        var draft = d
        draft.cycle.applications[5].status = .draft
        let clash = Self.refused(draft, .publicity(.start(id: "P1", kind: .internal, applicationIDs: ["A6"], start: Day("2026-04-20")!)), on: "2026-04-20")
        #expect(clash?.message.zh == "编号 P1 已是评审组或抽取的编号")
    }

    // MARK: Decision and publicity (第十一条（七）（八）)

    /// The scored cycle up to the committee's decisions: `ProcedureModel.prefix` to stage 6.
    static func decided() -> AwardData {
        var rng = SplitMix64(seed: 7)
        var d = M.world()
        for s in M.prefix(6, data: d, rng: &rng) { if let n = try? d.applying(s.action, context: s.context) { d = n } }
        return d
    }

    /// Public publicity before the committee's meeting is refused (G1); a period started by mistake
    /// is cancelled with a reason and started again; while it runs the decision is frozen (R3).
    @Test func publicityFollowsTheDecisionAndCanBeCancelled() throws {
        var d = Self.decided()
        let ids = d.cycle.decisions.filter(\.approved).map(\.applicationID)
        try #require(!ids.isEmpty)
        #expect(d.cycle.decisions.allSatisfy { $0.meeting == Day("2026-06-10") })
        let early = Self.refused(d, .publicity(.start(id: "GS1", kind: .public, applicationIDs: ids, start: Day("2026-06-09")!)), on: "2026-06-11")
        #expect(early?.citation == .art11_7 && early?.message.zh.contains("早于委员会审议") == true)
        #expect(Self.refused(d, .publicity(.start(id: "GS1", kind: .public, applicationIDs: ["A6"], start: Day("2026-06-12")!)), on: "2026-06-11")?
            .message.zh == "质量发展委员会尚未审议通过 A6")
        d = try Self.apply(d, [.publicity(.start(id: "GS1", kind: .public, applicationIDs: ids, start: Day("2026-06-11")!))], on: "2026-06-11")
        let change = Action.award(.decide(applicationID: ids[0], tier: d.cycle.decision(ids[0])!.tier, approved: false, meeting: Day("2026-06-11")!, note: ""))
        #expect(Self.refused(d, change, on: "2026-06-12")?.citation == .art11_7)
        #expect(Self.refused(d, .procedure(.cancelPublicity(periodID: "GS1", reason: "")), on: "2026-06-12")?.citation == .art11_7)
        d = try Self.apply(d, [.procedure(.cancelPublicity(periodID: "GS1", reason: "公示名单有误"))], on: "2026-06-12")
        #expect(d.cycle.publicity[0].cancelled?.reason == "公示名单有误")
        #expect(Deadlines.items(for: d, today: Day("2026-06-12")!).first { $0.id == "GS1" }?.subject.zh.contains("已撤销：公示名单有误") == true)
        #expect(Self.refused(d, .publicity(.close(periodID: "GS1")), on: "2026-06-20")?.citation == .art11_7)
        d = try Self.apply(d, [.publicity(.start(id: "GS2", kind: .public, applicationIDs: ids, start: Day("2026-06-12")!))], on: "2026-06-12")
        #expect(d.cycle.publicity[1].end == Day("2026-06-18"))
    }

    /// The board date a week ahead does not date an action: on the real date 06-13 the period
    /// 06-12…06-18 cannot close, and an approval dated 06-20 is a fact in the future (C1).
    @Test func theBoardDateNeverDatesAnAction() throws {
        var d = Self.decided()
        let ids = d.cycle.decisions.filter(\.approved).map(\.applicationID)
        d = try Self.apply(d, [.publicity(.start(id: "GS1", kind: .public, applicationIDs: ids, start: Day("2026-06-12")!))], on: "2026-06-12")
        let weekAhead = ActionContext(actor: "办公室", at: M.at(Day("2026-06-13")!), today: Day("2026-06-20")!)
        do throws(DomainError) {
            _ = try d.applying(.publicity(.close(periodID: "GS1")), context: weekAhead)
            Issue.record("closed six days early")
        } catch { #expect(error.citation == .art11_7) }
        do throws(DomainError) {
            _ = try d.applying(.award(.approve(documentNumber: "盐政复〔2026〕1号", date: Day("2026-06-20")!)), context: weekAhead)
            Issue.record("an approval dated after the real date was taken")
        } catch { #expect(error.citation == .art3 && error.message.zh.contains("晚于当天 2026-06-13")) }
    }

    /// Facts in the future are refused (C1): a meeting next week, an objection received tomorrow.
    @Test func factsAreNeverInTheFuture() throws {
        var d = Self.decided()
        let id = d.cycle.decisions[0].applicationID
        #expect(Self.refused(d, .award(.decide(applicationID: "A6", tier: .award, approved: true, meeting: Day("2026-06-18")!, note: "")), on: "2026-06-11")?.citation == .art3)
        let ids = d.cycle.decisions.filter(\.approved).map(\.applicationID)
        d = try Self.apply(d, [.publicity(.start(id: "GS1", kind: .public, applicationIDs: ids, start: Day("2026-06-12")!))], on: "2026-06-12")
        let tomorrow = Objection(id: "YY1", applicationID: id, received: Day("2026-06-14")!, content: "反映问题", raisedBy: "来信")
        let e = Self.refused(d, .publicity(.recordObjection(periodID: "GS1", objection: tomorrow)), on: "2026-06-13")
        #expect(e?.citation == .art3 && e?.instead?.zh == "事实发生后再记录；看板日期只影响看板显示")
        // Recorded on 06-15, received 06-14: accepted, and back-dated in the journal's listing.
        let action = Action.publicity(.recordObjection(periodID: "GS1", objection: tomorrow))
        _ = try Self.apply(d, [action], on: "2026-06-15")
        #expect(action.journalSummary(at: M.at(Day("2026-06-15")!)).zh.hasSuffix("（补记：事实日期 2026-06-14）"))
    }

    // MARK: After the award (第十四条、第十五条)

    /// Revoking the published 2026 award marks its money to be reclaimed on the payment list and
    /// leaves the 2026 application's E10 passing; the 2027 cycle's application fails E10.
    @Test func revocationReclaimsAndBarsLaterCyclesOnly() throws {
        var rng = SplitMix64(seed: 7)
        var d = M.world()
        for s in M.prefix(8, data: d, rng: &rng) { if let n = try? d.applying(s.action, context: s.context) { d = n } }
        let winner = try #require(d.cycle.approval?.applicationIDs.first)
        let org = try #require(d.cycle.application(winner)?.orgID)
        d = try Self.apply(d, [.award(.revoke(orgID: org, year: 2026, tier: .mayor, date: Day("2026-09-01")!, reason: .fraud, approvalDocument: "盐政复〔2026〕40号"))],
                           on: "2026-09-02")
        let doc = PaymentListDocument.make(d, .zh)
        #expect(doc.rows.contains { $0[5].contains("已撤销（盐政复〔2026〕40号），奖金应收回") })
        #expect(EligibilityFixture.check("E10", d, app: winner).outcome == .pass)
        var next = AwardData(registry: d.registry, cycle: Cycle(year: 2027))
        next.cycle.applications = [Application(id: "B1", orgID: org, status: .submitted)]
        #expect(EligibilityFixture.check("E10", next, app: "B1").outcome == .fail)
    }

    // MARK: Ties at a place cut (第十一条（六）)

    /// Two applicants with the same composite across the one award place: the decision is refused
    /// until the office decides (R1, R2), and the one it chose takes the place; never by id.
    /// Every sheet at 80 % → every composite 0.2 × 800 + 0.1 × (80 × 1000 / 100) + 0.7 × 800 = 800.00
    /// (Q's 100 points scaled to 1000, as in `AwardFixture`).
    @Test func equalCompositesAcrossAPlaceCutAreDecidedByTheOffice() throws {
        var d = try Self.drawn()
        let m = Self.members(d)
        for stage in [Stage.document, .qa, .onsite] {
            let item = stage == .document ? "K1" : stage == .qa ? "Q1" : "S1"
            for a in ["A1", "A2", "A3"] {
                for e in m {
                    d = try Self.apply(d, [.scoring(.setPercent(panelID: "P1", applicationID: a, expertID: e, stage: stage, itemID: item, percent: 80)),
                                           .scoring(.submit(sheetID: "\(stage.rawValue)/\(a)/\(e)"))], on: "2026-05-20")
                }
            }
        }
        #expect(Ranking.compute(d).map { $0.composite?.description } == ["800.00", "800.00", "800.00"])
        let ties = PlaceTies.open(d)
        #expect(ties.map(\.tier) == [.award, .nomination])
        // Ordered by id the award place would go to A1, so the nomination tie is A2 and A3.
        #expect(ties[0].tied == ["A1", "A2", "A3"] && ties[0].places == 1 && ties[1].tied == ["A2", "A3"])
        let decide = Action.award(.decide(applicationID: "A1", tier: .award, approved: true, meeting: Day("2026-06-10")!, note: ""))
        #expect(Self.refused(d, decide, on: "2026-06-10")?.citation == .art11_6)
        #expect(Self.refused(d, .procedure(.decidePlaceTie(tier: .award, include: ["A3"], reason: "")), on: "2026-06-05")?.citation == .art11_6)
        #expect(Self.refused(d, .procedure(.decidePlaceTie(tier: .award, include: ["A2", "A3"], reason: "纪要")), on: "2026-06-05")?.citation == .art11_6)
        d = try Self.apply(d, [.procedure(.decidePlaceTie(tier: .award, include: ["A3"], reason: "委员会办公室会议纪要：A3 现场评审问题整改更彻底"))], on: "2026-06-05")
        let nomination = PlaceTies.open(d)
        #expect(nomination.map(\.tier) == [.nomination] && nomination[0].tied == ["A1", "A2"])
        d = try Self.apply(d, [.procedure(.decidePlaceTie(tier: .nomination, include: ["A2"], reason: "纪要"))], on: "2026-06-05")
        let rec = AwardRecommendation.compute(d)
        #expect(AwardRecommendation.recommended(rec, tier: .award).map(\.applicationID) == ["A3"])
        #expect(AwardRecommendation.recommended(rec, tier: .nomination).map(\.applicationID) == ["A2"])
        _ = try Self.apply(d, [.award(.decide(applicationID: "A3", tier: .award, approved: true, meeting: Day("2026-06-10")!, note: ""))], on: "2026-06-10")
    }
}
