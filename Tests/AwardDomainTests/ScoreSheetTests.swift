import Testing
@testable import AwardDomain

/// 第六条, 第十一条（三）至（五）, RULES.md §4: entering, submitting and reopening score sheets.
struct ScoreSheetTests {
    let ctx = DrawFixture.context("专家E08")
    /// Panel P1 on A1, drawn with the counting seed: members E08, E03, E01, E07, E04.
    func drawn(rubrics: [Stage: Rubric]? = nil) throws -> AwardData {
        try DrawFixture.drawn(DrawFixture.data(rubrics: rubrics))
    }

    func set(_ d: AwardData, _ item: String, _ p: Int?, expert: String = "E08", stage: Stage = .document) throws(DomainError) -> AwardData {
        try d.applying(.scoring(.setPercent(panelID: "P1", applicationID: "A1", expertID: expert, stage: stage, itemID: item, percent: p)), context: ctx)
    }

    /// GB/T 19580 rubric, every item at 50 % except 4.1.2 (50 points) at 85 %:
    /// all at 50 % = 1000 × 50 % = 500.00; 4.1.2 adds 50 × 35 % = 17.50 → 517.50 = 51750 hundredths.
    /// Item 4.1.2 = 50 × 85 % = 42.50; category 4.1 = 42.50 + 30 × 50 % + 30 × 50 % = 72.50.
    @Test func sheetTotalFromPercentages() throws {
        var d = try drawn()
        let rubric = d.rubrics[.document]!
        for item in rubric.items { d = try set(d, item.id, item.id == "4.1.2" ? 85 : 50) }
        let sheet = try #require(d.cycle.sheets.first)
        #expect(sheet.id == "D/A1/E08")
        #expect(sheet.itemHundredths(rubric.items[0]) == 4250)
        #expect(sheet.totalHundredths(rubric: rubric) == 51750)
        #expect(sheet.categoryHundredths(rubric: rubric)["4.1"] == 7250)
        #expect(sheet.history.map(\.status) == [.draft])
    }

    /// "评分须为0–100之间5的倍数": 103, 7 and −5 are refused with the value; an unknown item too.
    @Test func percentRefusals() throws {
        let d = try drawn()
        for bad in [103, 7, -5] {
            let e = refusal { () throws(DomainError) in try set(d, "4.1.2", bad) }
            #expect(e?.message.zh == "评分须为0–100之间5的倍数：条目 4.1.2 填写了 \(bad)")
            #expect(e?.citation == .art6)
        }
        let unknown = refusal { () throws(DomainError) in try set(d, "9.9.9", 50) }
        #expect(unknown?.message.zh.contains("条目 9.9.9 不在评分细则") == true)
        // 0 and 100 are allowed.
        #expect(refusal { () throws(DomainError) in try set(d, "4.1.2", 0) } == nil)
        #expect(refusal { () throws(DomainError) in try set(d, "4.1.2", 100) } == nil)
    }

    /// Only a current member of the panel's draw scores (第十一条（三）); E02 was not drawn.
    @Test func nonMemberRefused() throws {
        let d = try drawn()
        let e = refusal { () throws(DomainError) in try set(d, "4.1.2", 50, expert: "E02") }
        #expect(e?.message.zh.contains("不是评审组 P1 的现任组员") == true)
    }

    /// Submit names the missing items: all but 4.7.6 and 4.7.7 filled.
    @Test func submitNamesMissingItems() throws {
        var d = try drawn()
        for item in d.rubrics[.document]!.items where !["4.7.6", "4.7.7"].contains(item.id) { d = try set(d, item.id, 60) }
        let e = refusal { () throws(DomainError) in try d.applying(.scoring(.submit(sheetID: "D/A1/E08")), context: ctx) }
        #expect(e?.message.zh == "评分表 D/A1/E08 还有 2 个条目未评分：4.7.6、4.7.7")
    }

    /// Submitted sheets lock; the office reopens with a reason; resubmitting is recorded:
    /// history draft → submitted → reopened (with reason) → submitted.
    @Test func reopenAndResubmitHistory() throws {
        var d = try set(try drawn(rubrics: ScoreFixture.rubrics), "K1", 80)
        d = try d.applying(.scoring(.submit(sheetID: "D/A1/E08")), context: ctx)
        let locked = refusal { () throws(DomainError) in try set(d, "K1", 85) }
        #expect(locked?.message.zh.hasPrefix("已提交的评分表已锁定，需由办公室退回后修改") == true)
        let office = DrawFixture.context("办公室王某")
        #expect(refusal { () throws(DomainError) in try d.applying(.scoring(.reopen(sheetID: "D/A1/E08", reason: "")), context: office) } != nil)
        d = try d.applying(.scoring(.reopen(sheetID: "D/A1/E08", reason: "K1 打分笔误")), context: office)
        d = try set(d, "K1", 85)
        d = try d.applying(.scoring(.setComment(sheetID: "D/A1/E08", itemID: "K1", comment: "方法系统")), context: ctx)
        d = try d.applying(.scoring(.submit(sheetID: "D/A1/E08")), context: ctx)
        let sheet = try #require(d.cycle.sheets.first)
        #expect(sheet.history.map(\.status) == [.draft, .submitted, .reopened, .submitted])
        #expect(sheet.history[2].by == "办公室王某" && sheet.history[2].reason == "K1 打分笔误")
        #expect(sheet.percents["K1"] == 85 && sheet.comments["K1"] == "方法系统")
    }

    /// Import is all or nothing: the second sheet has 7 %, so neither is stored.
    @Test func importAllOrNothing() throws {
        let d = try drawn(rubrics: ScoreFixture.rubrics)
        var good = ScoreFixture.sheet("E08", percent: 80)
        good.panelID = "P1"
        let bad = ScoreFixture.sheet("E03", percent: 7)
        let e = refusal { () throws(DomainError) in try d.applying(.scoring(.importSheets([good, bad])), context: ctx) }
        #expect(e?.message.zh.contains("评分表 D/A1/E03") == true)
        #expect(e?.message.zh.contains("未导入任何评分表") == true)
        let fixed = ScoreFixture.sheet("E03", percent: 70)
        let ok = try d.applying(.scoring(.importSheets([good, fixed])), context: ctx)
        #expect(ok.cycle.sheets.map(\.id) == ["D/A1/E08", "D/A1/E03"])
        #expect(ok.cycle.sheets.allSatisfy { $0.history.last?.status == .submitted })
    }
}
