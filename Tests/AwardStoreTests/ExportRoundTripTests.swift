@testable import AwardStore
import AwardDomain
import Foundation
import Testing

/// Export for Excel (UTF-8 with BOM, CRLF, Chinese headers) and the round trip back through import.
struct ExportRoundTripTests {
    static var organizations: [Organization] {
        var a = Organization(id: "O0001", name: "盐城市某某机械有限公司, 总部", creditCode: Fx.code1, county: .tinghu,
                             industry: "通用设备制造业 （含\"齿轮\"）", sectors: [.province531, .city5plus2], established: Day("2015-06-18")!,
                             certificates: [QMSCertificate(standard: "GB/T 19001-2016", number: "Q-1", issued: Day("2019-05-01")!, expires: Day("2028-04-30")!)],
                             excellenceModelSince: Day("2020-01-01")!, isExporter: true)
        a.isLegalPerson = true
        let b = Organization(id: "O0002", name: "江苏大丰新材料有限公司", creditCode: Fx.code2, isLegalPerson: false, county: .elsewhere,
                             registeredInYancheng: false, inDafengZone: true, established: Day("2018-03-01")!, parentID: "O0003")
        let c = Organization(id: "O0003", name: "母公司", creditCode: Fx.code3, county: .etdz, established: Day("2010-01-01")!)
        return [a, b, c]
    }

    static var experts: [Expert] {
        [
            Expert(id: "E001", name: "张三", employerOrgID: "O0001", employerName: "盐城市某某机械有限公司, 总部", specialties: ["质量管理", "机械制造"],
                   industries: ["通用设备制造业"], county: .yandu, title: "高级工程师", available: true,
                   unavailable: [DayRange(from: Day("2026-05-01")!, to: Day("2026-05-10")!), DayRange(from: Day("2026-06-01")!, to: Day("2026-06-01")!)],
                   conflicts: ["O0001", "O0003"]),
            Expert(id: "E002", name: "李四", employerName: "盐城工学院", employerCreditCode: Fx.code4, county: .tinghu, available: false),
        ]
    }

    @Test func exportIsUTF8WithBOMAndCRLFAndChineseHeaders() {
        let data = CSVExport.organizations(Self.organizations)
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("编号,名称,统一社会信用代码,法人资格,所在县区,"))
        // 3 data rows + header, each ending CRLF; the quotes in O0001's industry are doubled inside quotes.
        #expect(text.components(separatedBy: "\r\n").count == 5)
        #expect(text.contains("\"盐城市某某机械有限公司, 总部\""))
        #expect(text.contains("\"通用设备制造业 （含\"\"齿轮\"\"）\""))
        let en = String(decoding: CSVExport.organizations(Self.organizations, lang: .en).dropFirst(3), as: UTF8.self)
        #expect(en.hasPrefix("id,name,credit_code,legal_person,county,"))
    }

    @Test(arguments: Language.allCases)
    func organizationsRoundTrip(lang: Language) throws {
        let data = CSVExport.organizations(Self.organizations, lang: lang)
        let r = CSVImport.parse(kind: .orgs, data: data, registry: Registry(), cycle: nil)
        #expect(Fx.problems(r) == [])
        #expect(Fx.orgs(r) == Self.organizations)
    }

    @Test(arguments: Language.allCases)
    func expertsRoundTrip(lang: Language) throws {
        let reg = Registry(organizations: Self.organizations)
        let r = CSVImport.parse(kind: .experts, data: CSVExport.experts(Self.experts, lang: lang), registry: reg, cycle: nil)
        #expect(Fx.problems(r) == [])
        guard case .experts(let es)? = Fx.batch(r) else { Issue.record("no experts"); return }
        #expect(es == Self.experts)
        #expect(Fx.batch(r)?.actions() == [.registry(.importExperts(es))])
    }

    @Test func recordsAwardsApplicationsAndScoresRoundTrip() throws {
        var orgs = Self.organizations
        orgs[0].records = [ComplianceRecord(date: Day("2024-08-15")!, kind: .selfCausedDispute, severity: .larger, creditRepaired: Day("2025-01-10")!, note: "退货, 已处理")]
        orgs[2].awards = [AwardRecord(year: 2019, tier: .mayor, awarded: Day("2019-07-20")!, revoked: Day("2021-01-05")!, revocationReason: "弄虚作假", prizePaid: true)]
        let bare = Registry(organizations: Self.organizations, experts: Self.experts)
        let rec = CSVImport.parse(kind: .records, data: CSVExport.records(orgs), registry: bare, cycle: nil)
        #expect(Fx.orgs(rec) == [orgs[0]])
        let aw = CSVImport.parse(kind: .awards, data: CSVExport.awards(orgs, lang: .en), registry: bare, cycle: nil)
        #expect(Fx.orgs(aw) == [orgs[2]])

        var cycle = Cycle(year: 2026)
        let app = Application(id: "A1", orgID: "O0001", declarationSigned: true,
                              internalPublicity: InternalPublicity(start: Day("2026-03-02")!, end: nil, outcome: .running),
                              recommendation: Recommendation(kind: .cityDepartment, department: "市工信局", signed: Day("2026-03-20")!),
                              submitted: Day("2026-03-25")!, status: .submitted)
        let apps = CSVImport.parse(kind: .applications, data: CSVExport.applications([app]), registry: bare, cycle: cycle)
        guard case .applications(let new, _)? = Fx.batch(apps) else { Issue.record("no applications: \(Fx.problems(apps))"); return }
        #expect(new == [app])

        cycle.applications = [app]
        cycle.panels = [Panel(id: "P1", name: "一组", applicationIDs: ["A1"], dates: DayRange(from: Day("2026-05-06")!, to: Day("2026-05-08")!))]
        var sheet = ScoreSheet(panelID: "P1", applicationID: "A1", expertID: "E001", stage: .onsite, rubricID: "gbt19580-2012")
        sheet.percents = ["4.1.2": 85, "4.7.2": 60]
        sheet.comments = ["4.1.2": "好,很好", "4.3.2": "未评"]
        let sc = CSVImport.parse(kind: .scores, data: CSVExport.scores([sheet]), registry: bare, cycle: cycle)
        #expect(Fx.batch(sc) == .sheets([sheet]))
    }

    @Test func genericTableQuotesWhatNeedsQuoting() {
        let data = CSVExport.table(headers: ["名次", "组织"], rows: [["1", "甲, 乙"], ["2", "说\"明\""]])
        #expect(data == Data([0xEF, 0xBB, 0xBF]) + Data("名次,组织\r\n1,\"甲, 乙\"\r\n2,\"说\"\"明\"\"\"\r\n".utf8))
    }

    @Test func itemsAreOrderedNumerically() {
        // 4.1.2 < 4.1.10 < 4.2.2 as numbers, though "4.1.10" < "4.1.2" as text.
        #expect(["4.2.2", "4.1.10", "4.1.2"].sorted(by: CSVExport.itemOrder) == ["4.1.2", "4.1.10", "4.2.2"])
    }
}
