@testable import AwardStore
import AwardDomain
import Foundation
import Testing

/// Findings travel with the score CSV, a column per kind, one finding per line in the cell, so an
/// expert drafting in Excel or WPS can hand in a file (第十一条（三）、（五）).
struct FindingsCSVTests {
    static let registry = Registry(organizations: [Fx.org1], experts: [Expert(id: "E001", name: "张工", employerName: "某大学", county: .tinghu)])

    static var cycle: Cycle {
        var c = Cycle(year: 2026)
        c.applications = [Application(id: "A1", orgID: "O0001", declarationSigned: true, status: .eligible)]
        c.panels = [Panel(id: "P1", name: "一组", applicationIDs: ["A1"], dates: DayRange(from: Day("2026-05-06")!, to: Day("2026-05-08")!))]
        return c
    }

    /// A document sheet with two strengths on 4.1.2 (one holding ；、 and a comma) and an
    /// improvement on 4.7.2, and an on-site sheet that confirms one, does not confirm another and
    /// finds one new: both come back as they went out, through the scores file and the findings file.
    @Test func findingsRoundTripThroughBothFiles() throws {
        var d = ScoreSheet(panelID: "P1", applicationID: "A1", expertID: "E001", stage: .document, rubricID: "gbt19580-2012")
        d.percents = ["4.1.2": 85]
        d.findings = ["4.1.2": [Finding(kind: .strength, text: "高层领导亲自推进，职责清晰；考核、激励到位, 有记录"),
                                Finding(kind: .strength, text: "价值观宣贯到班组")],
                      "4.7.2": [Finding(kind: .improvement, text: "缺少与标杆的对比")]]
        var s = ScoreSheet(panelID: "P1", applicationID: "A1", expertID: "E001", stage: .onsite, rubricID: "gbt19580-2012")
        s.findings = ["4.1.2": [Finding(kind: .strength, text: "价值观宣贯到班组", check: .confirmed),
                                Finding(kind: .strength, text: "高层领导亲自推进", check: .notConfirmed),
                                Finding(kind: .improvement, text: "现场记录不全", check: .new)]]
        let scores = CSVImport.parse(kind: .scores, data: CSVExport.scores([d, s]), registry: Self.registry, cycle: Self.cycle)
        guard case .sheets(let back)? = Fx.batch(scores) else { Issue.record("\(Fx.problems(scores))"); return }
        #expect(back[0].findings == d.findings)
        #expect(back[0].percents == d.percents)
        // Carried findings come back with their check; their kind is settled from the document
        // panel's findings when the import is applied.
        #expect(back[1].findings["4.1.2"]?.map(\.text) == ["现场记录不全", "价值观宣贯到班组", "高层领导亲自推进"])
        #expect(back[1].findings["4.1.2"]?.map(\.check) == [.new, .confirmed, .notConfirmed])

        let only = CSVImport.parse(kind: .findings, data: CSVExport.findings([d]), registry: Self.registry, cycle: Self.cycle)
        guard case .sheets(let f)? = Fx.batch(only) else { Issue.record("\(Fx.problems(only))"); return }
        #expect(f[0].findings == d.findings)
        #expect(f[0].percents.isEmpty)   // a findings file changes no score
    }

    /// A findings file onto a stored draft keeps its scores; a confirmed finding on a document
    /// sheet is refused, naming the row and column.
    @Test func findingsImportKeepsScoresAndRefusesChecksOffSite() throws {
        var c = Self.cycle
        var stored = ScoreSheet(panelID: "P1", applicationID: "A1", expertID: "E001", stage: .document, rubricID: "gbt19580-2012")
        stored.percents = ["4.1.2": 70]
        c.sheets = [stored]
        let file = Fx.plain(["评审组,申报编号,专家编号,阶段,条目,优势,改进机会", "P1,A1,E001,资料评审,4.1.2,\"方法系统\n展开充分\",缺少测量"])
        guard case .sheets(let s)? = Fx.batch(CSVImport.parse(kind: .findings, data: file, registry: Self.registry, cycle: c)) else {
            Issue.record("refused"); return
        }
        #expect(s[0].percents == ["4.1.2": 70])
        #expect(s[0].findings["4.1.2"] == [Finding(kind: .strength, text: "方法系统"), Finding(kind: .strength, text: "展开充分"),
                                           Finding(kind: .improvement, text: "缺少测量")])

        let bad = Fx.plain(["评审组,申报编号,专家编号,阶段,条目,已确认", "P1,A1,E001,资料评审,4.1.2,方法系统"])
        let problems = Fx.problems(CSVImport.parse(kind: .findings, data: bad, registry: Self.registry, cycle: c))
        #expect(problems.map(\.row) == [2])
        #expect(problems.first?.column == "已确认")
    }
}
