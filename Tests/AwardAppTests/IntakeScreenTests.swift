import AwardDomain
import Testing
import TerminalUI
@testable import AwardApp

/// The intake screen (申报受理) on the sample cycle: filters, incremental search, the forms and
/// the eligibility decisions (第十条, 第十一条（一）).
@Suite struct IntakeScreenTests {
    func intake() -> AppHarness {
        var h = AppHarness()
        h.send(.char("2"))
        return h
    }

    /// The screen as it opens on the sample: every one of the 20 applications listed, in the
    /// cycle's order (index 0 is A2026-001), the first selected, no filter, no form.
    static let opened: IntakeScreen = {
        var s = IntakeScreen()
        s.rows = Array(0..<20)
        return s
    }()

    @Test func statusFilterAndCountsInTheHeader() {
        var h = intake()
        // The sample has 20 applications: 1 draft (A2026-018), 5 found eligible after review
        // (A001, A002, A003, A014, A019), the other 14 submitted.
        var expected = Self.opened
        #expect(h.model.intake == expected)
        #expect(h.screenText().contains("显示 20/20 · 状态：全部"))
        h.send(.char("f")) // all → draft: A2026-018 alone (index 17)
        expected.statusFilter = .draft
        expected.rows = [17]
        #expect(h.model.intake == expected)
        #expect(h.effects == [] && h.model.status == nil)
        #expect(h.screenText().contains("显示 1/20 · 状态：草稿"))
        #expect(h.screenText().contains("A2026-018"))
        h.send(.char("f")) // draft → submitted: all but indices 0, 1, 2, 13, 17, 18
        expected.statusFilter = .submitted
        expected.rows = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 19]
        #expect(h.model.intake == expected)
        #expect(h.screenText().contains("显示 14/20 · 状态：已申报"))
        h.send(.char("f")) // submitted → eligible
        expected.statusFilter = .eligible
        expected.rows = [0, 1, 2, 13, 18]
        #expect(h.model.intake == expected)
        #expect(h.screenText().contains("显示 5/20 · 状态：符合资格"))
    }

    @Test func incrementalSearchByChineseName() {
        var h = intake()
        h.send(.char("/"))
        var expected = Self.opened
        expected.searching = true
        #expect(h.model.intake == expected)
        h.type("大丰")
        // 大丰港临海风电装备 (A003), 大丰丰华农业科技 (A016), 大丰丰华港口物流 (A017).
        expected.search = TextFieldState("大丰")
        expected.rows = [2, 15, 16]
        #expect(h.model.intake == expected)
        #expect(h.screenText().contains("显示 3/20"))
        h.type("丰华")
        expected.search = TextFieldState("大丰丰华")
        expected.rows = [15, 16]
        #expect(h.model.intake == expected)
        #expect(h.screenText().contains("显示 2/20"))
        // Esc clears the search and lists every application again.
        h.send(.escape)
        #expect(h.model.intake == Self.opened)
        #expect(h.screenText().contains("显示 20/20"))
    }

    @Test func addFormRefusesAWrongCreditCodeAndSavesNothing() {
        var h = intake()
        h.send(.char("a"))
        h.type("盐城测试有限公司")
        h.send(.tab)
        h.type("91320900MA1XYT000M") // the check character is N (2303 mod 31 = 9; 31 − 9 = 22 → N)
        #expect(h.screenText().contains("校验位应为“N”而不是“M”"))
        h.send(.enter)
        #expect(h.committed.isEmpty)
        #expect(h.effects == [])
        // The form stays with what was typed, the focus on the first field in error, its message
        // beside it; the list behind it is as it was.
        let m = h.model.intake.form?.modal
        #expect(m?[.creditCode] == "91320900MA1XYT000M")
        #expect(m?.focus == 1)
        #expect(m?.fields[1].error == CreditCode.problem("91320900MA1XYT000M"))
        var list = h.model.intake
        #expect(list.form != nil)
        list.form = nil
        #expect(list == Self.opened)
    }

    @Test func addFormSavesTheOrganizationAndItsApplication() {
        var h = intake()
        h.send(.char("a"))
        h.type("盐城测试有限公司")
        h.send(.tab)
        h.type("91320900MA1XYT000N")
        h.send(.tab)
        h.type("盐都区")
        h.send(.tab)
        h.type("2016-01-01")
        h.send(.enter)
        // One organization (next free id after O0022) and its application (after A2026-020);
        // the yes/no fields keep their defaults (in Yancheng, a legal person, not in the Dafeng
        // zone, not an exporter).
        let org = Organization(id: "O0023", name: "盐城测试有限公司", creditCode: "91320900MA1XYT000N", isLegalPerson: true,
                               county: .yandu, registeredInYancheng: true, inDafengZone: false, established: Day("2016-01-01")!)
        #expect(h.committed == [.registry(.upsertOrganization(org)), .intake(.createApplication(Application(id: "A2026-021", orgID: "O0023")))])
        #expect(h.committed.count == 2)
        #expect(h.model.data.registry.organization("O0023")?.name == "盐城测试有限公司")
        #expect(h.model.data.cycle.application("A2026-021")?.orgID == "O0023")
        // The form closes and the list shows all 21, the first still selected.
        var expected = Self.opened
        expected.rows = Array(0..<21)
        #expect(h.model.intake == expected)
        #expect(h.model.status == StatusMessage("已保存", kind: .success))
        #expect(h.screenText().contains("显示 21/21"))
    }

    @Test func judgementsThenEligibleDecision() {
        // A2026-020 passes every rule-decided check; in the sample E5 was judged passed and E3
        // failed (第十条（三）). A reviewer records E3 as satisfied on new evidence, then decides.
        var h = intake()
        h.send(.end)
        var expected = Self.opened
        expected.table.selected = 19 // 20 rows fit on a page of 24: no scrolling
        #expect(h.model.intake == expected)
        #expect(h.model.intake.selectedApplication(h.model)?.id == "A2026-020")
        #expect(h.model.derived.eligibility["A2026-020"]?.overall == .fail)
        h.send(.char("j")) // the form proposes E3, 是; the note is the third field
        expected.judgement = JudgementForm(applicationID: "A2026-020", code: "E3")
        #expect(h.model.intake == expected)
        h.send(.tab, .tab)
        h.type("环评批复已办结")
        h.send(.enter)
        #expect(h.committed == [.intake(.recordJudgement(applicationID: "A2026-020", code: "E3", passed: true, note: "环评批复已办结"))])
        expected.judgement = nil // saved: the form closes
        #expect(h.model.intake == expected)
        #expect(h.model.data.cycle.application("A2026-020")?.judgements["E3"]?.passed == true)
        #expect(h.model.data.cycle.application("A2026-020")?.judgements["E3"]?.by == "测试员")
        #expect(h.model.derived.eligibility["A2026-020"]?.overall == .pass)
        h.send(.char("d")) // asked first (第十一条（二））, naming the application; Enter confirms
        expected.confirmation = .init(modal: .confirm(Confirmation(title: .decideTitle, question: .decideQuestion("A2026-020", "滨海港能源发展有限公司", .eligible),
                                                                   warning: .decideWarning)),
                                      applicationID: "A2026-020", status: .eligible)
        #expect(h.model.intake == expected)
        #expect(h.model.data.cycle.application("A2026-020")?.status == .submitted)
        h.send(.enter)
        #expect(h.committed.last == .intake(.setStatus(applicationID: "A2026-020", status: .eligible, note: "")))
        #expect(h.model.data.cycle.application("A2026-020")?.status == .eligible)
        expected.confirmation = nil
        #expect(h.model.intake == expected)
    }

    @Test func decidingWhileAJudgementIsPendingIsRefused() {
        // A new applicant has E3/E5 pending: `d` says a judgement is needed and changes nothing.
        var data = AppHarness.sampleData()
        var app = data.cycle.application("A2026-001")!
        app.judgements = [:]
        data.cycle.applications[0] = app
        data.cycle.applications[0].status = .submitted
        var h = AppHarness(data: data)
        h.send(.char("2"), .char("d"))
        #expect(h.model.status?.text.contains("E3/E5") == true)
        #expect(h.model.status == StatusMessage("尚有需人工判断的条件（E3/E5）：请按 j 记录判断后再作结论", kind: .error))
        #expect(h.committed.isEmpty)
        #expect(h.model.intake == Self.opened) // nothing asked, nothing opened
    }

    @Test func failingApplicantIsMarkedIneligible() {
        // A2026-004 (东台绿源食品) had a 较大 food-safety accident on 2024-08-12, inside the 3 years
        // before 2026-03-31: E6 fails (第十条（六）), so `d` records ineligible.
        var h = intake()
        h.send(.down, .down, .down)
        var expected = Self.opened
        expected.table.selected = 3
        #expect(h.model.intake == expected)
        #expect(h.model.derived.eligibility["A2026-004"]?.overall == .fail)
        h.send(.char("d")) // asked first, with the reason for "ineligible"
        expected.confirmation = .init(modal: .confirm(Confirmation(title: .decideTitle, question: .decideQuestion("A2026-004", "东台绿源食品有限公司", .ineligible),
                                                                   warning: .decideWarning, reasonLabel: .decideReason)),
                                      applicationID: "A2026-004", status: .ineligible)
        #expect(h.model.intake == expected)
        h.type("2024-08-12 较大食品安全事故")
        h.send(.enter)
        #expect(h.committed == [.intake(.setStatus(applicationID: "A2026-004", status: .ineligible, note: "2024-08-12 较大食品安全事故"))])
        expected.confirmation = nil
        #expect(h.model.intake == expected)
        #expect(h.model.data.cycle.application("A2026-004")?.status == .ineligible)
        #expect(h.screenText().contains("✗ E6 第十条（六）"))
    }

    @Test func applicationDetailsFormFixesTheDeclaration() {
        // A2026-018 has not signed the declaration (E1, 第十条（一）); the details form records it.
        var h = intake()
        h.send(.end)
        h.send(.up, .up) // A2026-018 is third from the end of 20
        var expected = Self.opened
        expected.table.selected = 17
        #expect(h.model.intake == expected)
        #expect(h.model.intake.selectedApplication(h.model)?.id == "A2026-018")
        #expect(h.model.derived.eligibility["A2026-018"]?.results[0].outcome == .fail)
        h.send(.char("p"))
        h.send(.ctrl("u"))
        h.type("是")
        h.send(.enter)
        // Saved together: the organization as it was, the application with the declaration signed.
        var app = AppHarness.sampleData().cycle.application("A2026-018")!
        app.declarationSigned = true
        let org = AppHarness.sampleData().registry.organization("O0020")!
        #expect(h.committed == [.registry(.upsertOrganization(org)), .intake(.updateApplication(app))])
        #expect(h.model.intake == expected) // the form closed, the row still selected
        #expect(h.model.data.cycle.application("A2026-018")?.declarationSigned == true)
        #expect(h.model.derived.eligibility["A2026-018"]?.results[0].outcome == .pass)
    }

    @Test func englishIntakeScreen() {
        var h = AppHarness(lang: .en)
        h.send(.char("2"))
        let text = h.screenText()
        #expect(text.contains("Eligibility"))
        #expect(text.contains("Art. 10(1)"))
    }
}
