@testable import AwardStore
import AwardDomain
import Foundation
import Testing

/// Adverse records (第十条（六）), awards (第十条（七）, 第十四至十六条) and applications
/// (第十条（一）, 第十一条（一）) from CSV.
struct ImportHistoryTests {
    @Test func recordsAreMergedIntoStoredOrganizationsByDateAndKind() throws {
        var reg = Fx.registry
        reg.organizations[0].records = [ComplianceRecord(date: Fx.day("2024-08-15"), kind: .qualityComplaint, severity: .ordinary)]
        // Row 2 updates the stored 2024-08-15 complaint with a credit-repair date; row 3 adds a new one.
        let r = CSVImport.parse(kind: .records, data: Fx.excel([
            "组织编号,日期,类别,等级,信用修复完成日期,说明",
            "O0001,2024-08-15,质量投诉,一般,2025-01-10,已修复",
            "O0001,2023-05-02,safetyAccident,重大,,\"车间火灾，\"\"已整改\"\"\"",
        ]), registry: reg, cycle: nil)
        #expect(Fx.problems(r) == [])
        let o = try #require(Fx.orgs(r).first)
        #expect(o.records == [
            ComplianceRecord(date: Fx.day("2024-08-15"), kind: .qualityComplaint, severity: .ordinary, creditRepaired: Fx.day("2025-01-10"), note: "已修复"),
            ComplianceRecord(date: Fx.day("2023-05-02"), kind: .safetyAccident, severity: .major, note: "车间火灾，\"已整改\""),
        ])
        #expect(Fx.batch(r)?.actions() == [.registry(.importOrganizations([o]))])
    }

    @Test func recordProblems() {
        // Row 2: org unknown. Row 3: kind unknown, severity unknown. Row 4: repaired before the record.
        let r = CSVImport.parse(kind: .records, data: Fx.excel([
            "org_id,date,kind,severity,credit_repaired,note",
            "O0099,2024-01-01,qualityComplaint,一般,,",
            "O0001,2024-01-01,打架,很大,,",
            "O0001,2024-03-01,质量事故,较大,2024-02-01,",
        ]), registry: Fx.registry, cycle: nil)
        #expect(Fx.places(r) == ["2:org_id", "3:kind", "3:severity", "4:credit_repaired"])
    }

    @Test func awardsWithRevocationNeedAReason() throws {
        // Row 2 fine (prize_paid empty → paid). Row 3 revoked without a reason (第十四条、第十五条).
        let r = CSVImport.parse(kind: .awards, data: Fx.excel([
            "组织编号,年度,奖项,获奖日期,撤销日期,撤销原因,已发奖金",
            "O0001,2021,盐城市市长质量奖,2021-07-20,,,",
            "O0002,2022,mayorNomination,2022-07-01,2023-03-01,,否",
        ]), registry: Fx.registry, cycle: nil)
        #expect(Fx.places(r) == ["3:撤销原因"])
        let ok = CSVImport.parse(kind: .awards, data: Fx.excel([
            "组织编号,年度,奖项,获奖日期,撤销日期,撤销原因,已发奖金",
            "O0001,2021,盐城市市长质量奖,2021-07-20,,,",
        ]), registry: Fx.registry, cycle: nil)
        #expect(Fx.orgs(ok).first?.awards == [AwardRecord(year: 2021, tier: .mayor, awarded: Fx.day("2021-07-20"), prizePaid: true)])
    }

    @Test func applicationsNewAndUpdatedBecomeOneImportAction() throws {
        var cycle = Cycle(year: 2026)
        cycle.applications = [Application(id: "A2026-002", orgID: "O0002", status: .eligible)]
        // Row 2: new, submitted with date, publicity and recommendation complete.
        // Row 3: existing A2026-002, status left empty (unchanged), declaration now 是.
        let r = CSVImport.parse(kind: .applications, data: Fx.excel([
            "申报编号,组织编号,拥护声明,内部公示开始,内部公示结束,内部公示结果,推荐部门类别,推荐部门,推荐日期,自我评价,申报日期,状态",
            "A2026-001,O0001,是,2026-03-02,2026-03-06,无异议,县（市、区）市场监管部门,亭湖区市场监督管理局,2026-03-20,否,2026-03-25,已申报",
            "A2026-002,O0002,是,,,,,,,,,",
        ]), registry: Fx.registry, cycle: cycle)
        #expect(Fx.problems(r) == [])
        guard case .applications(let new, let updated)? = Fx.batch(r) else { Issue.record("no batch"); return }
        let a = try #require(new.first)
        #expect(a.status == .submitted && a.submitted == Fx.day("2026-03-25") && a.declarationSigned)
        #expect(a.internalPublicity == InternalPublicity(start: Fx.day("2026-03-02"), end: Fx.day("2026-03-06"), outcome: .noObjection))
        #expect(a.recommendation == Recommendation(kind: .countyMarketSupervision, department: "亭湖区市场监督管理局", signed: Fx.day("2026-03-20")))
        #expect(updated.map(\.id) == ["A2026-002"] && updated[0].declarationSigned && updated[0].status == .eligible)
        // One all-or-nothing action, so a refused row leaves nothing half-imported.
        #expect(Fx.batch(r)?.actions() == [.intake(.importApplications(new: [a], updated: [updated[0]]))])
    }

    @Test func applicationProblems() {
        var cycle = Cycle(year: 2026)
        cycle.applications = [Application(id: "A2026-002", orgID: "O0002", status: .eligible)]
        // Row 2: new application may not start as eligible. Row 3: existing status changed in the file.
        // Row 4: recommendation group partly filled (date missing). Row 5: org O0001 again (row 2).
        let r = CSVImport.parse(kind: .applications, data: Fx.excel([
            "id,org_id,status,recommender_kind,recommender,recommended_on",
            "A2026-001,O0001,eligible,,,",
            "A2026-002,O0002,draft,,,",
            "A2026-003,O0099,,cityDepartment,市工信局,",
            "A2026-004,O0001,,,,",
        ]), registry: Fx.registry, cycle: cycle)
        #expect(Fx.places(r) == ["2:status", "3:status", "4:recommended_on", "4:org_id", "5:org_id"])
    }

    @Test func anExistingApplicationKeepsItsOrganization() {
        var cycle = Cycle(year: 2026)
        cycle.applications = [Application(id: "A2026-002", orgID: "O0002", status: .draft)]
        // Row 2 moves A2026-002 from O0002 to O0001: refused, the application belongs to O0002.
        let r = CSVImport.parse(kind: .applications, data: Fx.excel(["申报编号,组织编号", "A2026-002,O0001"]), registry: Fx.registry, cycle: cycle)
        #expect(Fx.places(r) == ["2:组织编号"])
    }
}
