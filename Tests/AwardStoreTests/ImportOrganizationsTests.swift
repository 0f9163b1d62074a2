@testable import AwardStore
import AwardDomain
import Foundation
import Testing

/// Organizations from Excel (the registry behind 第十条（二）（四）（七）): every row checked,
/// all-or-nothing, problems named by Excel's row number and the header as written.
struct ImportOrganizationsTests {
    /// The fixture with the line break inside row 2's industry cell made a space: a control
    /// character in a text field is refused (SafeText), so the file as it is fails on that cell.
    static var fixtureWithoutLineBreak: Data {
        Data(String(decoding: Fx.file("orgs-excel-zh.csv"), as: UTF8.self).replacingOccurrences(of: "制造业\r\n（", with: "制造业 （").utf8)
    }

    // A line break inside a quoted cell is still one Excel row, but a text field may not hold
    // it (it would forge a line wherever the field is printed): refused, naming row and column.
    @Test func lineBreakInsideACellIsRefusedNamingRowAndColumn() {
        let r = CSVImport.parse(kind: .orgs, data: Fx.file("orgs-excel-zh.csv"), registry: Registry(), cycle: nil)
        // Row 3 names row 2's organization as its parent, which is then not in the batch either.
        #expect(Fx.places(r) == ["2:行业", "3:母公司编号"])
        #expect(Fx.problems(r).first?.message.zh.contains("U+000D") == true)
    }

    @Test func readsExcelFileWithBOMCRLFAndQuotedChineseFields() throws {
        // Fixtures/orgs-excel-zh.csv: BOM + CRLF, Chinese headers; a quoted name with a comma,
        // doubled quotes, an id with spaces around it.
        let r = CSVImport.parse(kind: .orgs, data: Self.fixtureWithoutLineBreak, registry: Registry(), cycle: nil)
        #expect(Fx.problems(r) == [])
        let orgs = Fx.orgs(r)
        try #require(orgs.count == 3)
        let a = orgs[0], b = orgs[1], c = orgs[2]
        #expect(a.id == "O0001")
        #expect(a.name == "盐城市某某机械有限公司, 总部")
        #expect(a.industry == "通用设备制造业 （含齿轮）")
        #expect(a.sectors == [.province531, .specialized])
        #expect(a.county == .tinghu && a.isLegalPerson && a.registeredInYancheng && !a.inDafengZone && a.isExporter)
        // 2019/5/1 and 2028.4.30 are Excel's and clerks' spellings of 2019-05-01 and 2028-04-30.
        #expect(a.certificates == [QMSCertificate(standard: "GB/T 19001-2016", number: "00123Q45678R1M", issued: Fx.day("2019-05-01"), expires: Fx.day("2028-04-30"))])
        #expect(a.excellenceModelSince == Fx.day("2020-01-01"))
        #expect(b.name == "江苏\"大丰\"新材料有限公司")
        #expect(b.parentID == "O0001")          // parent defined earlier in the same file
        #expect(b.sectors == [.modernServices, .leadingEnterprise])   // separated by 、
        #expect(!b.registeredInYancheng && b.inDafengZone)
        #expect(b.established == Fx.day("2018-03-01"))
        #expect(c.id == "O0003" && c.creditCode == Fx.hospital)
        #expect(c.isLegalPerson && c.registeredInYancheng && !c.inDafengZone && !c.isExporter)  // Yes, Y, N, 0
        #expect(c.established == Fx.day("2001-10-08"))
        #expect(c.certificates.isEmpty && c.parentID == nil)
    }

    @Test func englishHeadersAnyCaseWithLFAndNoBOM() {
        let r = CSVImport.parse(kind: .orgs, data: Fx.plain([
            " ID , Name ,CREDIT_CODE,legal_person,county,registered_in_yancheng,established",
            "O0009,Acme,\(Fx.code4),true,Jianhu County,1,2016-02-29",
        ]), registry: Registry(), cycle: nil)
        #expect(Fx.problems(r) == [])
        #expect(Fx.orgs(r).map(\.county) == [.jianhu])
        #expect(Fx.orgs(r).map(\.established) == [Fx.day("2016-02-29")])
    }

    @Test func badFileReturnsNothingAndNamesEveryRowAndColumn() throws {
        // Fixtures/orgs-bad.csv, worked out by hand:
        //   row 1 header lacks 市内注册 (required)            → 1:市内注册
        //   row 3 has a line break inside a quoted name: still one Excel row, but a name may
        //         not hold a control character                → 3:名称
        //   row 4 成立日期 = 去年                               → 4:成立日期
        //   row 7 code 91320900MA1M00006H, check should be G  → 7:统一社会信用代码
        let r = CSVImport.parse(kind: .orgs, data: Fx.file("orgs-bad.csv"), registry: Registry(), cycle: nil)
        #expect(Fx.batch(r) == nil)
        #expect(Fx.places(r) == ["1:市内注册", "3:名称", "4:成立日期", "7:统一社会信用代码"])
        let p = Fx.problems(r)
        try #require(p.count == 4)
        #expect(p[1].message.zh.contains("U+000A") || p[1].message.zh.contains("U+000D"))
        #expect(p[3].message.zh.contains("校验位应为“G”而不是“H”"))
        #expect(p[2].message.zh.contains("去年"))
        guard case .failure(let errors) = r else { return }
        let report = errors.report(lang: .zh)
        #expect(report.contains("第7行，“统一社会信用代码”列：校验位应为“G”"))
        #expect(report.contains("第4行，“成立日期”列："))
        #expect(errors.report(lang: .en).contains("Row 7, column “统一社会信用代码”: The check character should be “G”"))
    }

    @Test func gbkFileIsRefusedWithSaveAsHint() {
        let r = CSVImport.parse(kind: .orgs, data: Fx.file("orgs-gbk.csv"), registry: Registry(), cycle: nil)
        let p = Fx.problems(r)
        #expect(p.count == 1)
        #expect(p.first?.row == 0)
        #expect(p.first?.message.zh.contains("CSV UTF-8（逗号分隔）") == true)
        #expect(p.first?.message.en.contains("CSV UTF-8 (Comma delimited)") == true)
    }

    @Test func utf16FileIsRefusedToo() {
        var data = Data([0xFF, 0xFE])
        data.append("id,name\r\n".data(using: .utf16LittleEndian)!)
        let p = Fx.problems(CSVImport.parse(kind: .orgs, data: data, registry: Registry(), cycle: nil))
        #expect(p.map(\.row) == [0])
        #expect(p.first?.message.zh.contains("UTF-16") == true)
    }

    @Test func raggedRowsLongIsAnErrorShortIsReadAsEmpty() {
        let header = "编号,名称,统一社会信用代码,法人资格,所在县区,市内注册,成立日期"
        let r = CSVImport.parse(kind: .orgs, data: Fx.excel([
            header,
            "O0001,甲,\(Fx.code1),是,亭湖区,是,2015-06-18,多余",   // row 2: 8 cells, header 7
            "O0002,乙,\(Fx.code2),是,亭湖区",                      // row 3: 5 cells → 市内注册, 成立日期 empty
        ]), registry: Registry(), cycle: nil)
        #expect(Fx.places(r) == ["2:", "3:市内注册", "3:成立日期"])
        #expect(Fx.problems(r).first?.message.zh.contains("此行有8个单元格，表头只有7列") == true)
        #expect(Fx.problems(r).last?.message.zh == "此项必填")
    }

    @Test func fieldOver10000CharactersIsRefusedAt10000Accepted() {
        let header = "编号,名称,统一社会信用代码,法人资格,所在县区,市内注册,成立日期,行业"
        let ok = String(repeating: "机", count: 10_000), tooLong = String(repeating: "机", count: 10_001)
        let r1 = CSVImport.parse(kind: .orgs, data: Fx.excel([header, "O0001,甲,\(Fx.code1),是,亭湖区,是,2015-06-18,\(ok)"]), registry: Registry(), cycle: nil)
        #expect(Fx.problems(r1) == [])
        let r2 = CSVImport.parse(kind: .orgs, data: Fx.excel([header, "O0001,甲,\(Fx.code1),是,亭湖区,是,2015-06-18,\(tooLong)"]), registry: Registry(), cycle: nil)
        #expect(Fx.places(r2) == ["2:行业"])
        #expect(Fx.problems(r2).first?.message.zh.contains("10001") == true)
    }

    @Test func unknownAndDuplicatedColumnsAreNamed() {
        let r = CSVImport.parse(kind: .orgs, data: Fx.excel([
            "编号,名称,统一社会信用代码,法人资格,所在县区,市内注册,成立日期,联系人,name",
            "O0001,甲,\(Fx.code1),是,亭湖区,是,2015-06-18,王五,甲",
        ]), registry: Registry(), cycle: nil)
        // "name" is the English header of 名称, given a second time; 联系人 is no column of ours.
        #expect(Set(Fx.places(r)) == ["1:name", "1:联系人"])
    }

    @Test func excelSerialDateIsRefusedWithTheDateItProbablyMeant() {
        // Excel serial 42173 counts days from 1899-12-30: 1899-12-30 + 42173 days = 2015-06-18.
        let r = CSVImport.parse(kind: .orgs, data: Fx.excel([
            "编号,名称,统一社会信用代码,法人资格,所在县区,市内注册,成立日期",
            "O0001,甲,\(Fx.code1),是,亭湖区,是,42173",
        ]), registry: Registry(), cycle: nil)
        #expect(Fx.places(r) == ["2:成立日期"])
        #expect(Fx.problems(r).first?.message.zh.contains("可能是 2015-06-18") == true)
    }

    @Test func scientificNotationCodeGetsTheTextColumnHint() {
        let r = CSVImport.parse(kind: .orgs, data: Fx.excel([
            "编号,名称,统一社会信用代码,法人资格,所在县区,市内注册,成立日期",
            "O0001,甲,9.13209E+17,是,亭湖区,是,2015-06-18",
        ]), registry: Registry(), cycle: nil)
        #expect(Fx.places(r) == ["2:统一社会信用代码"])
        #expect(Fx.problems(r).first?.message.zh.contains("科学计数法") == true)
    }

    @Test func duplicateIdsCodesAndUnknownParentsAcrossRows() {
        // Row 3 repeats id O0001 (row 2); row 4 repeats row 2's credit code; row 5's parent O0099 is
        // nowhere; row 6 names itself as its parent.
        let r = CSVImport.parse(kind: .orgs, data: Fx.excel([
            "编号,名称,统一社会信用代码,法人资格,所在县区,市内注册,成立日期,母公司编号",
            "O0001,甲,\(Fx.code1),是,亭湖区,是,2015-06-18,",
            "O0001,乙,\(Fx.code2),是,亭湖区,是,2015-06-18,",
            "O0003,丙,\(Fx.code1),是,亭湖区,是,2015-06-18,",
            "O0004,丁,\(Fx.code4),是,亭湖区,是,2015-06-18,O0099",
            "O0005,戊,\(Fx.hospital),是,亭湖区,是,2015-06-18,O0005",
        ]), registry: Registry(), cycle: nil)
        #expect(Fx.places(r) == ["3:编号", "4:统一社会信用代码", "5:母公司编号", "6:母公司编号"])
    }

    @Test func codeOfAnotherStoredOrganizationIsRefused() {
        // O0002's code already belongs to stored O0002; a new O0007 may not take it (registry rule).
        let r = CSVImport.parse(kind: .orgs, data: Fx.excel([
            "编号,名称,统一社会信用代码,法人资格,所在县区,市内注册,成立日期",
            "O0007,庚,\(Fx.code2),是,亭湖区,是,2015-06-18",
        ]), registry: Fx.registry, cycle: nil)
        #expect(Fx.places(r) == ["2:统一社会信用代码"])
    }

    @Test func updatingAStoredOrganizationKeepsWhatTheFileDoesNotCarry() throws {
        var stored = Fx.org1
        stored.records = [ComplianceRecord(date: Fx.day("2024-01-05"), kind: .qualityComplaint, severity: .ordinary)]
        stored.awards = [AwardRecord(year: 2020, tier: .mayorNomination, awarded: Fx.day("2020-07-01"))]
        stored.sectors = [.keyChain23]
        stored.certificates = [QMSCertificate(standard: "ISO 9001", number: "OLD-1", issued: Fx.day("2018-01-01"), expires: Fx.day("2027-01-01"))]
        let reg = Registry(organizations: [stored])
        // No 鼓励产业 column: sectors stay; a new certificate number is added beside OLD-1.
        let r = CSVImport.parse(kind: .orgs, data: Fx.excel([
            "编号,名称,统一社会信用代码,法人资格,所在县区,市内注册,成立日期,质量管理体系标准,证书编号,发证日期,有效期至",
            "O0001,新名称,\(Fx.code1),是,亭湖区,是,2015-06-18,ISO 9001,NEW-2,2024-01-01,2027-06-30",
        ]), registry: reg, cycle: nil)
        let o = try #require(Fx.orgs(r).first)
        #expect(o.name == "新名称")
        #expect(o.records == stored.records && o.awards == stored.awards && o.sectors == [.keyChain23])
        #expect(o.certificates.map(\.number) == ["OLD-1", "NEW-2"])
    }

    @Test func certificateGroupIsAllOrNothing() {
        // Row 2 gives a standard and a number but no dates: both dates are named.
        let r = CSVImport.parse(kind: .orgs, data: Fx.excel([
            "编号,名称,统一社会信用代码,法人资格,所在县区,市内注册,成立日期,质量管理体系标准,证书编号,发证日期,有效期至",
            "O0001,甲,\(Fx.code1),是,亭湖区,是,2015-06-18,ISO 9001,N-1,,",
        ]), registry: Registry(), cycle: nil)
        #expect(Fx.places(r) == ["2:发证日期", "2:有效期至"])
    }

    @Test func actionIsOneRegistryImport() throws {
        let r = CSVImport.parse(kind: .orgs, data: Self.fixtureWithoutLineBreak, registry: Registry(), cycle: nil)
        let b = try #require(Fx.batch(r))
        #expect(b.actions() == [.registry(.importOrganizations(Fx.orgs(r)))])
        // The reducer accepts it: valid codes, parent O0001 in the same batch.
        let data = AwardData(registry: Registry(), cycle: Cycle(year: 2026))
        let next = try data.applying(b.actions()[0], context: ActionContext(actor: "test", at: Timestamp(Date(timeIntervalSince1970: 0))))
        #expect(next.registry.organizations.map(\.id) == ["O0001", "O0002", "O0003"])
    }

    @Test func reportStopsAt50LinesAndCountsTheRest() throws {
        // 60 rows each with one bad date → 60 problems; report: 1 summary + 50 lines + "…and 10 more".
        var lines = ["编号,名称,统一社会信用代码,法人资格,所在县区,市内注册,成立日期"]
        let codes = [Fx.code1]
        for i in 0..<60 { lines.append("O\(1000 + i),甲\(i),\(codes[0]),是,亭湖区,是,bad") }
        let r = CSVImport.parse(kind: .orgs, data: Fx.excel(lines), registry: Registry(), cycle: nil)
        guard case .failure(let e) = r else { Issue.record("expected failure"); return }
        // 60 bad dates + 59 repeated credit codes (rows 3…61 repeat row 2's code) = 119.
        #expect(e.problems.count == 119)
        let en = e.report(lang: .en).split(separator: "\n")
        #expect(en.count == 52)
        #expect(en.last == "…and 69 more")
        #expect(e.report(lang: .zh).hasSuffix("……另有 69 处问题未列出"))
    }
}
