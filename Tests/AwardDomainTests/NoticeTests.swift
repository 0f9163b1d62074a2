import Testing
@testable import AwardDomain

/// What the notices must carry: the contact and how to object (公示, 第十一条（七）), the issuer
/// and only the tiers that have winners (第十一条（八）), the revocation notice (第十四条、第十五条
/// "向社会公告"), and the payment list's date, approval, signatures and reclaim marks (第十二条).
struct NoticeTests {
    static func withContact(_ d: AwardData) -> AwardData {
        var d = d
        d.registry.settings.contactPerson = "王敏"
        d.registry.settings.telephone = "0515-88880000"
        d.registry.settings.email = "zlfz@yc.gov.cn"
        d.registry.settings.address = "盐城市世纪大道1号"
        return d
    }

    /// The separate fields replace the older free-text line, in the order person, telephone,
    /// e-mail, address; the objection rule names the seal and the real name.
    @Test func publicityNoticeCarriesContactAndHowToObject() throws {
        let data = Self.withContact(try DocumentTests.published(approve: false))
        let text = try PublicityNotice.make(data, periodID: "GS1", .zh).plainText
        #expect(text.contains("联系人：王敏；联系电话：0515-88880000；电子邮箱：zlfz@yc.gov.cn；通讯地址：盐城市世纪大道1号。"))
        #expect(!text.contains("联系方式：0515-88888888"))
        #expect(text.contains("请以书面形式向盐城市质量发展委员会办公室提出"))
        #expect(text.contains("单位提出异议的，须在书面材料上加盖本单位公章"))
        #expect(text.contains("个人提出异议的，须签署本人真实姓名"))
        let en = try PublicityNotice.make(data, periodID: "GS1", .en).plainText
        #expect(en.contains("Contact person: 王敏; Telephone: 0515-88880000; E-mail: zlfz@yc.gov.cn; Address: 盐城市世纪大道1号."))
        #expect(en.contains("must bear its official seal"))
        var bare = data
        bare.registry.settings = OfficeSettings()
        #expect(bare.registry.settings.lacksContact)
        #expect(!data.registry.settings.lacksContact)
    }

    /// Issued by the city government when the settings say so; with the nomination tier vacant
    /// the opening names the award alone.
    @Test func resultsNameTheIssuerAndOnlyTiersWithWinners() throws {
        var d = try applying(AwardFixture.data(count: 3), [.award(.setPlaces(award: 3, nomination: 0, note: "提名奖空缺"))])
        d = try applying(d, (1...3).map { .award(.decide(applicationID: AwardFixture.app($0), tier: .award, approved: true, meeting: DecisionFlowTests.meeting, note: "")) })
        d = AwardFixture.publicise(d, ids: ["A01", "A02", "A03"])
        d = try applying(d, [.award(.approve(documentNumber: "盐政复〔2026〕18号", date: Day("2026-06-30")!))])
        d.registry.settings.resultsIssuer = .cityGovernment
        let doc = try ResultsAnnouncement.make(d, .zh)
        #expect(doc.paragraphs[0] == "经市质量发展委员会审议、社会公示，并报市政府批准（盐政复〔2026〕18号），决定授予下列组织2026年度盐城市市长质量奖。")
        #expect(doc.closing == ["盐城市人民政府", "2026年6月30日"])
        #expect(try ResultsAnnouncement.make(d, .en).paragraphs[0].hasSuffix("receive the 2026 Yancheng Mayor's Quality Award."))
        // Both tiers: the opening names both, as before.
        let both = try ResultsAnnouncement.make(try DocumentTests.published(), .zh)
        #expect(both.paragraphs[0].hasSuffix("决定授予下列组织2026年度盐城市市长质量奖和盐城市市长质量奖提名奖。"))
        #expect(both.closing.first == "盐城市质量发展委员会办公室")
    }

    /// O01 won the 2026 award (approved 2026-06-30, the date its record carries) and it is revoked on 2026-09-15 for fraud
    /// (第十四条): the notice names the organization, the award with its year, the reason, the
    /// approval, the plaque and the CNY 500,000 reclaimed, and the 5-year bar.
    static func revoked() throws -> AwardData {
        try applying(try DocumentTests.published(), [.award(.revoke(orgID: "O01", year: 2026, tier: .mayor, date: Day("2026-09-15")!,
                                                                   reason: .fraud, approvalDocument: "盐政复〔2026〕40号"))],
                     context: AwardFixture.context(today: "2026-09-15"))
    }

    @Test func revocationNotice() throws {
        let data = try Self.revoked()
        let doc = try RevocationNotice.make(data, orgID: "O01", year: 2026, .zh)
        #expect(doc.title == "关于撤销组织O01“2026年度盐城市市长质量奖”的公告")
        let text = doc.plainText
        #expect(text.contains("组织O01（统一社会信用代码：91320900MAO01X）于2026年6月30日获得“2026年度盐城市市长质量奖”（盐政复〔2026〕18号）。"))
        #expect(text.contains("经核实，该组织弄虚作假、以不正当手段骗取质量奖。根据《盐城市市长质量奖管理办法》第十四条规定，经市政府批准（盐政复〔2026〕40号）"))
        #expect(text.contains("收回奖牌和奖金500,000元"))
        #expect(text.contains("自2026年9月15日起5年内，该组织不得申报盐城市市长质量奖。"))
        #expect(doc.closing == ["盐城市质量发展委员会办公室", "2026年9月15日"])
        #expect(RevocationNotice.parseID("O01:2026")! == ("O01", 2026, nil))
        #expect(RevocationNotice.parseID("O01:2026:mayor")! == ("O01", 2026, .mayor))
        #expect(RevocationNotice.parseID("O01") == nil)
        // Not revoked: refused with the articles and what to do.
        let e = refusal { () throws(DomainError) in _ = try RevocationNotice.make(data, orgID: "O02", year: 2026, .zh); return data }
        #expect(e?.citation == .art14_15)
        #expect(e?.message.zh.contains("qaward revoke") == true)
    }

    /// The list's date, the approval it rests on, three signature lines, and O01's row marked
    /// for reclaim with the total to reclaim (500,000) beside the paid total (3,000,000).
    @Test func paymentListFields() throws {
        let doc = PaymentListDocument.make(try Self.revoked(), .zh, date: Day("2026-09-20")!)
        #expect(doc.paragraphs == ["依据：市政府批准文件（盐政复〔2026〕18号，2026年6月30日）；《盐城市市长质量奖管理办法》第十二条。"])
        #expect(doc.rows[0][5] == "已撤销（盐政复〔2026〕40号），奖金应收回")
        #expect(doc.notes.contains("组织O01的奖励已于2026年9月15日经市政府批准撤销（盐政复〔2026〕40号，第十四条），收回奖牌和奖金500,000元。"))
        #expect(doc.rows[1][5] == "")
        #expect(doc.notes.contains("其中奖励已撤销、应收回的奖金：500,000 元（第十四条、第十五条）。"))
        #expect(doc.signatures == ["经办人（签字）：", "审核人（签字）：", "负责人（签字）："])
        #expect(doc.closing == ["盐城市质量发展委员会办公室", "2026年9月20日"])
        #expect(doc.plainText.contains("经办人（签字）：________    审核人（签字）：________    负责人（签字）：________"))
        #expect(doc.tables[0].kinds == [.number, .text, .code, .text, .number, .text])
    }
}

