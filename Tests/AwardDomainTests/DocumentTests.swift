import Testing
@testable import AwardDomain

/// The published documents: the publicity notice (第十一条（七）), the results announcement with the
/// title carrying the year (第十一条（八）, 第十八条), the payment list (第十二、十三条) and the score
/// report (第十一条（六）).
struct DocumentTests {
    /// Ten decided candidates, publicised 2026-06-22 … 06-28, approved 2026-06-30, published 07-02.
    static func published(approve: Bool = true) throws -> AwardData {
        var d = try DecisionFlowTests.decideAll(AwardFixture.data(count: 12))
        d = AwardFixture.publicise(d, ids: (1...10).map(AwardFixture.app))
        guard approve else { return d }
        return try applying(d, [.award(.approve(documentNumber: "盐政复〔2026〕18号", date: Day("2026-06-30")!)),
                                .award(.publish(date: Day("2026-07-02")!))], context: AwardFixture.context(today: "2026-07-02"))
    }

    /// 第十八条: the title always carries the year.
    @Test func titles() {
        #expect(AwardTitle.text(year: 2026, tier: .award, .zh) == "2026年度盐城市市长质量奖")
        #expect(AwardTitle.text(year: 2026, tier: .nomination, .zh) == "2026年度盐城市市长质量奖提名奖")
        #expect(AwardTitle.text(year: 2026, tier: .award, .en) == "2026 Yancheng Mayor's Quality Award")
    }

    /// The notice lists the 10 candidates with their tiers, the period 2026-06-22 to 06-28 (7
    /// days) and the contact line; CSV is the header plus 10 rows; Markdown has a table.
    @Test func publicityNotice() throws {
        let data = try Self.published(approve: false)
        let doc = try PublicityNotice.make(data, periodID: "GS1", .zh)
        let text = doc.plainText
        #expect(text.hasPrefix("2026年度盐城市市长质量奖获奖候选名单公示\n"))
        #expect(text.contains("公示期：2026年6月22日至2026年6月28日（7天）。"))
        #expect(text.contains("联系方式：0515-88888888（市市场监管局质量发展处）"))
        #expect(text.contains("1  组织O01  91320900MAO01X  亭湖区  2026年度盐城市市长质量奖\n"))
        #expect(text.contains("10  组织O10  91320900MAO10X  亭湖区  2026年度盐城市市长质量奖提名奖\n"))
        #expect(doc.csv.count == 11 && doc.csv[0] == ["序号", "组织名称", "统一社会信用代码", "所在地", "拟获奖项"])
        #expect(doc.markdown.contains("| 序号 | 组织名称 | 统一社会信用代码 | 所在地 | 拟获奖项 |\n|---|---|---|---|---|\n| 1 | 组织O01 |"))
        let en = try PublicityNotice.make(data, periodID: "GS1", .en).plainText
        #expect(en.contains("Publicity period: 22 June 2026 to 28 June 2026 (7 days)."))
        #expect(en.contains("2026 Yancheng Mayor's Quality Award nomination award"))
        #expect(refusal { () throws(DomainError) in _ = try PublicityNotice.make(data, periodID: "GS9", .zh); return data }?.citation == .art11_7)
    }

    /// The announcement names each tier under its full title with the year, the approval
    /// document, and the 第十八条 rule on using the title; before approval it is refused.
    @Test func resultsAnnouncement() throws {
        let data = try Self.published()
        let doc = try ResultsAnnouncement.make(data, .zh)
        #expect(doc.title == "关于公布2026年度盐城市市长质量奖获奖名单的通知")
        #expect(doc.plainText.contains("（盐政复〔2026〕18号）"))
        #expect(doc.plainText.contains("“2026年度盐城市市长质量奖”（5个）：组织O01、组织O02、组织O03、组织O04、组织O05。"))
        #expect(doc.plainText.contains("“2026年度盐城市市长质量奖提名奖”（5个）：组织O06、组织O07、组织O08、组织O09、组织O10。"))
        #expect(doc.plainText.contains("第十八条"))
        #expect(doc.closing == ["盐城市质量发展委员会办公室", "2026年7月2日"])
        #expect(doc.csv.count == 11)
        let unapproved = try Self.published(approve: false)
        #expect(refusal { () throws(DomainError) in _ = try ResultsAnnouncement.make(unapproved, .zh); return unapproved }?.citation == .art11_8)
    }

    /// A tier with nobody approved is announced as vacant (第三条 "空缺").
    @Test func vacantTier() throws {
        var d = try applying(AwardFixture.data(count: 3), [.award(.setPlaces(award: 3, nomination: 0, note: "提名奖空缺"))])
        d = try applying(d, (1...3).map { .award(.decide(applicationID: AwardFixture.app($0), tier: .award, approved: true, meeting: DecisionFlowTests.meeting, note: "")) })
        d = AwardFixture.publicise(d, ids: ["A01", "A02", "A03"])
        d = try applying(d, [.award(.approve(documentNumber: "盐政复〔2026〕18号", date: Day("2026-06-30")!))])
        #expect(try ResultsAnnouncement.make(d, .zh).plainText.contains("“2026年度盐城市市长质量奖提名奖”：空缺。"))
    }

    /// Payment list after approval: 10 rows, total 5 × 500,000 + 5 × 100,000 = 3,000,000.
    @Test func paymentList() throws {
        let doc = PaymentListDocument.make(try Self.published(), .zh)
        #expect(doc.title == "2026年度盐城市市长质量奖奖金发放名单")
        #expect(doc.csv[0] == ["序号", "组织名称", "统一社会信用代码", "奖项", "金额（元）", "备注"])
        #expect(doc.csv[1] == ["1", "组织O01", "91320900MAO01X", "2026年度盐城市市长质量奖", "500000", ""])
        #expect(doc.csv[10][4] == "100000")
        #expect(doc.notes.first == "合计：3,000,000 元；年度奖励经费：3,000,000 元（第十三条）。")
        #expect(PaymentListDocument.make(try Self.published(approve: false), .zh).title.hasSuffix("（测算）"))
    }

    /// A01: p = 95 on every stage. D 950.00 × 20 % = 190.00; Q 95.00 of 100 → 95.00 (10 % of
    /// 950); S 950.00 × 70 % = 665.00; composite 190 + 95 + 665 = 950.00, rank 1.
    @Test func scoreReport() throws {
        let data = AwardFixture.data(count: 12)
        let doc = try ScoreReport.make(data, applicationID: "A01", .zh)
        #expect(doc.rows == [["资料评审 (D)", "950.00", "1000", "20%", "190.00", "1"],
                             ["问询答辩 (Q)", "95.00", "100", "10%", "95.00", "1"],
                             ["现场评审 (S)", "950.00", "1000", "70%", "665.00", "1"]])
        #expect(doc.notes.first == "综合得分：950.00（满分1000）；排名：第1名。")
        let table = ScoreReport.table(data, .en)
        #expect(table[0] == ["Rank", "Application", "Organization", "Document review", "Q&A defence", "On-site review", "Composite"])
        #expect(table[12] == ["12", "A12", "组织O12", "400.00", "40.00", "400.00", "400.00"])
    }
}
