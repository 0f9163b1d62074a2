import AwardDomain
import Foundation
import Testing
import TerminalUI
@testable import AwardApp

/// The awards screen (奖励) on AwardsFixture: the proposed list (第十一条（六）), the decision
/// steps in order (（七）（八）), prize money (第十二条、第十三条) and revocation (第十四条).
@Suite struct AwardsScreenTests {
    func awards(today: String = "2026-06-20") -> AppHarness {
        var h = AppHarness(data: AwardsFixture.data(), today: Day(today)!)
        h.send(.char("7"))
        return h
    }

    func line(_ h: AppHarness, _ needle: String) -> String? { h.screen().first { $0.contains(needle) } }

    /// The screen as it opens: the first section, every section's list on its first row, no
    /// form or question. The lists themselves (rows, progress, payments) are computed from the
    /// data when it changes and are checked through what the screen shows.
    static func opened(_ h: AppHarness) -> AwardsScreen {
        var s = AwardsScreen()
        s.rows = h.model.awards.rows
        s.progress = h.model.awards.progress
        s.payments = h.model.awards.payments
        s.stale = false
        s.tables = [.recommendation: TableState(), .decisions: TableState(), .budget: TableState(), .history: TableState()]
        return s
    }

    /// The screen's own state, with the lists computed from the data taken from `from`: what a
    /// key changed apart from what a saved change recomputes.
    static func own(_ s: AwardsScreen, lists from: AwardsScreen) -> AwardsScreen {
        var s = s
        s.rows = from.rows
        s.progress = from.progress
        s.payments = from.payments
        return s
    }

    /// The wrapped detail lines under a table, read as one text.
    func flat(_ h: AppHarness) -> String { h.screen().map { $0.trimmingCharacters(in: .whitespaces) }.joined() }

    @Test func recommendationListsTheSkippedGroupMemberWithItsArticle() throws {
        var h = awards()
        let opened = Self.opened(h)
        #expect(h.model.awards == opened)
        #expect(opened.rows.map(\.applicationID) == ["A1", "A2", "A3", "A4", "A5"])
        // 2 of 2 award places and 2 of 2 nomination places are taken.
        #expect(h.screenText().contains("市长质量奖 已推荐 2/2（上限2）· 提名奖 已推荐 2/2（上限2）"))
        let a1 = try #require(line(h, "A1 "))
        #expect(a1.contains("950.00") && a1.contains("市长质量奖") && a1.contains("500,000"))
        // 第十一条（六）: A3 (丰华农业科技) is in the group of A2 (丰华港口物流), ranked 2nd.
        let a3 = try #require(line(h, "A3 "))
        #expect(a3.contains("850.00") && a3.contains("未推荐（第十一条（六））") && a3.contains("否") && a3.contains(" 0"))
        let a4 = try #require(line(h, "A4 "))
        #expect(a4.contains("提名奖") && a4.contains("100,000"))
        h.send(.down, .down)
        var expected = opened
        expected.tables[.recommendation] = TableState(selected: 2, offset: 0)
        #expect(h.model.awards == expected)
        #expect(flat(h).contains("丰华农业科技：未推荐。与排名第2的“丰华港口物流”同属一个集团"))
        #expect(flat(h).contains("（第十一条（六））"))
    }

    @Test func fewerPlacesNeedAReasonAndLeaveTheNextOneOut() {
        var h = awards()
        let opened = Self.opened(h)
        h.send(.char("p"), .tab) // to the nomination places
        h.send(.ctrl("u"))
        h.type("1")
        // 第三条: places may stay empty, but the reason is recorded; nothing is saved without it.
        h.send(.enter)
        #expect(h.committed.isEmpty)
        #expect(h.effects == [])
        #expect(h.model.awards.form != nil) // stays open with what was typed
        #expect(h.screenText().contains("少评或空缺须记录理由（如会议纪要）（第三条）")) // the reducer's own words
        // Enter moved the focus to the field in error: the reason.
        #expect(h.model.awards.form?.modal.focus == 2)
        h.type("委员会办公室会议纪要")
        h.send(.enter)
        #expect(h.committed == [.award(.setPlaces(award: 2, nomination: 1, note: "委员会办公室会议纪要"))])
        // Saved: the form closes; the lists are recomputed and nothing else changed.
        #expect(h.model.awards.rows != opened.rows)
        #expect(Self.own(h.model.awards, lists: opened) == opened)
        // A5 (rank 5) is left out by the office's decision; A4 keeps the one nomination place.
        #expect(line(h, "A5 ")?.contains("未推荐（第三条）") == true)
        #expect(h.screenText().contains("提名奖 已推荐 1/1（上限2）"))
    }

    @Test func decisionPublicityApprovalPublicationInOrderWithRefusals() throws {
        var h = awards()
        var expected = Self.opened(h)
        h.send(.tab) // 审议与公示
        expected.section = .decisions
        #expect(h.model.awards == expected)
        #expect(h.screenText().contains("委员会已审议 0/4"))
        // Approval before the committee decided: the domain refuses, citing 第十一条（七）.
        h.send(.char("a"))
        h.type("盐政复〔2026〕18号")
        h.send(.enter)
        #expect(h.model.status?.text.contains("质量发展委员会尚未审议 A1、A2、A4、A5") == true)
        #expect(h.model.status?.text.hasSuffix("（第十一条（七））") == true)
        #expect(h.model.status?.kind == .error)
        #expect(h.committed.isEmpty)
        // The refusal stays in the form with what was typed; Esc closes it.
        #expect(h.model.awards.form?.modal.refusal != nil)
        h.send(.escape)
        // The committee approves the four proposed candidates (meeting defaults to today).
        for _ in 0..<4 { h.send(.char("d"), .enter, .down) }
        #expect(h.committed.count == 4)
        #expect(h.screenText().contains("委员会已审议 4/4"))
        #expect(line(h, "A1 ")?.contains("待社会公示") == true)
        // Publication before approval: refused (第十一条（八）).
        h.send(.char("u"), .enter)
        #expect(h.model.status?.text.contains("候选名单尚未经市政府批准，不能公布") == true)
        #expect(h.model.status?.text.contains("第十一条（八）") == true)
        // The refusal stays in the form with what was typed; Esc closes it.
        #expect(h.model.awards.form?.modal.refusal != nil)
        h.send(.escape)
        // Approval before publicity: refused (第十一条（七）).
        h.send(.char("a"))
        h.type("盐政复〔2026〕18号")
        h.send(.enter)
        #expect(h.model.status?.text.contains("尚未在委员会审议（2026-06-20）后进行社会公示") == true)
        // The refusal stays in the form with what was typed; Esc closes it.
        #expect(h.model.awards.form?.modal.refusal != nil)
        h.send(.escape)
        // 7 days counting the start: 2026-06-22 + 6 = 2026-06-28, shown as the start is typed.
        h.send(.char("g"), .tab, .ctrl("u"))
        h.type("2026-06-22")
        #expect(h.screenText().contains("至 2026-06-28 结束（7天，含开始日）"))
        h.send(.enter)
        #expect(h.committed.last == .publicity(.start(id: "GS2026-01", kind: .public, applicationIDs: ["A1", "A2", "A4", "A5"], start: Day("2026-06-22")!)))
        #expect(line(h, "A1 ")?.contains("2026-06-28") == true)
        // Approval on the last day of publicity is refused; the day after is accepted. The clock has
        // moved on to 06-29: a fact is never dated after the real date (condition C1).
        h.model.env.today = Day("2026-06-29")!
        h.send(.char("a"))
        h.type("盐政复〔2026〕18号")
        h.send(.tab, .ctrl("u"))
        h.type("2026-06-28")
        h.send(.enter)
        #expect(h.model.status?.text.contains("至 2026-06-28 结束（含当天），市政府批准日期须在其后") == true)
        // The refusal stays in the form with what was typed; Esc closes it.
        #expect(h.model.awards.form?.modal.refusal != nil)
        h.send(.escape)
        h.send(.char("a"))
        h.type("盐政复〔2026〕18号")
        h.send(.tab, .ctrl("u"))
        h.type("2026-06-29")
        h.send(.enter)
        #expect(h.model.data.cycle.approval?.applicationIDs == ["A1", "A2", "A4", "A5"])
        h.model.env.today = Day("2026-07-03")!
        h.send(.char("u"), .ctrl("u"))
        h.type("2026-07-03")
        h.send(.enter)
        #expect(h.model.data.cycle.publication?.date == Day("2026-07-03"))
        #expect(line(h, "A1 ")?.contains("已公布") == true)
        // The announcement carries the title with the year (第十八条).
        h.send(.char("o"), .enter) // the format question: text is the first choice
        let results = try #require(h.exports["results-2026.txt"].map { String(decoding: $0, as: UTF8.self) })
        #expect(results.contains("“2026年度盐城市市长质量奖”（2个）：盐城一号精密、丰华港口物流。"))
        #expect(results.contains("“2026年度盐城市市长质量奖提名奖”（2个）：亭湖四号电子、射阳五号材料。"))
        // A published document ends with the journal head it was made at, so anyone who keeps
        // it can check the journal still extends it (audit verify --anchor).
        let head = try #require(h.io.head)
        #expect(results.hasSuffix(head.line(.zh) + "\n"))
    }

    @Test func budgetLineAndPaymentListExport() throws {
        var h = awards()
        var expected = Self.opened(h)
        h.send(.tab, .tab) // 奖金与经费
        expected.section = .budget
        #expect(h.model.awards == expected)
        // 第十二条: 2 × 500,000 + 2 × 100,000 = 1,200,000, within 3,000,000 (第十三条).
        #expect(h.screenText().contains("2026年度奖金合计 1,200,000 元 / 年度奖励经费 3,000,000 元"))
        #expect(h.screenText().contains("按建议名单测算"))
        #expect(line(h, "丰华港口物流")?.contains("2026年度盐城市市长质量奖") == true)
        h.send(.char("m"))
        #expect(h.exports.isEmpty) // nothing is written before the format is chosen
        var asking = expected
        asking.pendingExport = .exportPayments
        asking.exportChoice = .exportFormat(Phrase(zh: "奖金发放名单", en: "payment list"), formats: [.text, .docx, .xlsx])
        #expect(h.model.awards == asking)
        #expect(h.screenText().contains("导出：奖金发放名单"))
        h.send(.enter)
        #expect(h.model.awards == expected)
        // The CSV for the bank's import, then the signed list: the status names both.
        #expect(h.exports.keys.sorted() == ["payments-2026.csv", "payments-2026.txt"])
        #expect(h.model.status == StatusMessage("已导出到 /data/exports/payments-2026.csv、/data/exports/payments-2026.txt", kind: .success))
        let csv = try #require(h.exports["payments-2026.csv"])
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: csv, as: UTF8.self).contains("盐城一号精密,91320900MAO100X,2026年度盐城市市长质量奖,500000"))
        #expect(h.exports["payments-2026.txt"].map { String(decoding: $0, as: UTF8.self).contains("合计：1,200,000 元") } == true)
        // → Word, →→ Excel: the same list as a .docx and as an .xlsx (ZIP packages); Esc writes nothing.
        h.send(.char("m"), .right, .enter, .char("m"), .right, .right, .enter)
        #expect(h.exports["payments-2026.docx"].map { Array($0.prefix(2)) } == [0x50, 0x4B])
        #expect(h.exports["payments-2026.xlsx"].map { Array($0.prefix(2)) } == [0x50, 0x4B])
        let before = h.exports.count
        h.send(.char("m"), .escape)
        #expect(h.exports.count == before)
        #expect(h.model.awards == expected)
    }

    @Test func revokeAPublishedAwardWithTheCityApproval() throws {
        var data = AwardsFixture.data()
        data.registry.organizations[1].awards = [AwardRecord(year: 2024, tier: .mayor, awarded: Day("2024-06-30")!, approvalDocument: "盐政复〔2024〕9号")]
        var h = AppHarness(data: data, today: Day("2026-06-20")!)
        h.send(.char("7"), .backTab) // 历年获奖与撤销
        #expect(line(h, "2024")?.contains("盐城一号精密") == true)
        #expect(flat(h).contains("可使用获奖称号“2024年度盐城市市长质量奖”"))
        // The form acts on the selected award; the approval document is required (第十四条).
        h.send(.char("r"))
        #expect(h.model.awards.form?.kind == .revoke(orgID: "O1", orgName: "盐城一号精密", year: 2024, tier: .mayor))
        #expect(h.screenText().contains("撤销奖励：O1 盐城一号精密 2024年度"))
        h.send(.enter)
        #expect(h.committed.isEmpty)
        #expect(h.effects == [])
        #expect(h.screenText().contains("必填"))
        #expect(h.model.awards.form?.modal.focus == 2)
        h.type("盐政复〔2026〕30号")
        h.send(.enter)
        // Revoking cannot be taken back: it asks first, naming the award, the organization, the
        // reason and the approval.
        #expect(h.committed.isEmpty)
        #expect(h.model.awards.form?.modal.confirming == true)
        let question = try #require(h.model.awards.form?.modal.confirmation)
        #expect(question == Confirmation(title: .revokeConfirmTitle,
                                         question: .revokeQuestion("O1", "盐城一号精密", 2024, .mayor, .fraud, document: "盐政复〔2026〕30号"),
                                         warning: .revokeWarning(.fraud)))
        #expect(flat(h).contains("撤销 O1（盐城一号精密）的 2024 年度盐城市市长质量奖？"))
        // Esc goes back to the form with what was typed; → makes the reason a major accident.
        h.send(.escape)
        #expect(h.model.awards.form?.modal.confirming == false)
        #expect(h.model.awards.form?.modal[.document] == "盐政复〔2026〕30号")
        h.send(.up, .right, .enter)
        #expect(h.model.awards.form?.modal.confirmation?.question.zh.contains("获奖后发生质量、安全、环保等事故") == true)
        h.send(.escape, .left, .enter, .enter)
        #expect(h.committed == [.award(.revoke(orgID: "O1", year: 2024, tier: .mayor, date: Day("2026-06-20")!, reason: .fraud, approvalDocument: "盐政复〔2026〕30号"))])
        #expect(h.model.awards.form == nil)
        #expect(line(h, "2024")?.contains("2026-06-20") == true)
        #expect(flat(h).contains("收回奖牌和奖金"))
        #expect(flat(h).contains("（第十四条）"))
    }

    /// A revocation dated after the day it is recorded (condition C1, 第十四条) is not asked
    /// about: the refusal shows in the form at once, with everything typed kept.
    @Test func aRevocationTheProcedureRefusesIsNotAskedAbout() throws {
        var data = AwardsFixture.data()
        data.registry.organizations[1].awards = [AwardRecord(year: 2024, tier: .mayor, awarded: Day("2024-06-30")!, approvalDocument: "盐政复〔2024〕9号")]
        var h = AppHarness(data: data, today: Day("2026-06-20")!)
        h.send(.char("7"), .backTab, .char("r"), .ctrl("u"))
        h.type("2026-07-01")
        h.send(.tab, .tab)
        h.type("盐政复〔2026〕30号")
        h.send(.enter)
        let m = try #require(h.model.awards.form?.modal)
        #expect(!m.confirming)
        #expect(m.confirmation == nil)
        #expect(m[.date] == "2026-07-01" && m[.document] == "盐政复〔2026〕30号")
        let refusal = try #require(m.refusal)
        #expect(refusal.zh.contains("2026-07-01") && refusal.zh.contains("撤销"))
        #expect(h.model.status == StatusMessage(refusal.zh, kind: .error))
        #expect(h.committed.isEmpty)
    }

    @Test func englishLabels() {
        var h = AppHarness(lang: .en, data: AwardsFixture.data(), today: Day("2026-06-20")!)
        h.send(.char("7"))
        #expect(line(h, "A3 ")?.contains("skipped (Art. 11(6))") == true)
    }
}
