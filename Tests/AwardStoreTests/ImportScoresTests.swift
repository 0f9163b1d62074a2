@testable import AwardStore
import AwardDomain
import Foundation
import Testing

/// Score rows (第十一条（三）至（五）, rubric entry in 5 % steps per 第六条 / gbt19580-items.json).
struct ImportScoresTests {
    static var cycle: Cycle {
        var c = Cycle(year: 2026)
        c.applications = [Application(id: "A1", orgID: "O0001", status: .submitted), Application(id: "A2", orgID: "O0002", status: .submitted)]
        c.panels = [Panel(id: "P1", name: "第一组", applicationIDs: ["A1"], dates: DayRange(from: Day("2026-05-06")!, to: Day("2026-05-08")!))]
        return c
    }

    static let header = "评审组,申报编号,专家编号,阶段,条目,得分率,评语"

    @Test func rowsAreGroupedIntoOneSheetPerExpertApplicationAndStage() throws {
        // Rows 2, 3 and 6: E001/A1/D → one sheet with items 4.1.2 and 4.1.3 and 4.2.2.
        // Row 4: E002/A1/D → a second sheet. Row 5: E001/A1 at stage Q (category 4.1) → a third.
        let r = CSVImport.parse(kind: .scores, data: Fx.excel([
            Self.header,
            "P1,A1,E001,资料评审,4.1.2,85,\"方法系统, 展开充分\"",
            "P1,A1,E001,D,4.1.3,70%,",
            "P1,A1,E002,资料评审,4.1.2,90,",
            "P1,A1,E001,问询答辩,4.1,80,",
            "P1,A1,E001,document review,4.2.2,,待补充材料",
        ]), registry: Fx.registry, cycle: Self.cycle)
        #expect(Fx.problems(r) == [])
        guard case .sheets(let sheets)? = Fx.batch(r) else { Issue.record("no sheets"); return }
        #expect(sheets.map(\.id) == ["D/A1/E001", "D/A1/E002", "Q/A1/E001"])
        #expect(sheets[0].percents == ["4.1.2": 85, "4.1.3": 70])
        #expect(sheets[0].comments == ["4.1.2": "方法系统, 展开充分", "4.2.2": "待补充材料"])
        #expect(sheets[1].percents == ["4.1.2": 90])
        #expect(sheets[2].percents == ["4.1": 80] && sheets[2].rubricID == "gbt19580-2012-categories")
        #expect(sheets.allSatisfy { $0.status == .draft && $0.panelID == "P1" })
        #expect(Fx.batch(r)?.actions() == [.scoring(.importSheets(sheets))])
    }

    @Test func percentOutside0to100OrNotAMultipleOf5IsRefused() {
        // Row 2: 103 > 100. Row 3: 7 is not a multiple of 5. Row 4: 100 is fine. Row 5: "八十" is no number.
        let r = CSVImport.parse(kind: .scores, data: Fx.excel([
            Self.header,
            "P1,A1,E001,D,4.1.2,103,",
            "P1,A1,E001,D,4.1.3,7,",
            "P1,A1,E001,D,4.2.2,100%,",
            "P1,A1,E002,D,4.1.2,八十,",
        ]), registry: Fx.registry, cycle: Self.cycle)
        #expect(Fx.places(r) == ["2:得分率", "3:得分率", "5:得分率"])
        let p = Fx.problems(r)
        #expect(p[0].message.zh.contains("103超出0到100"))
        #expect(p[1].message.zh.contains("7不是5的倍数"))
    }

    @Test func referencesPanelApplicationExpertItemAndDuplicates() {
        // Row 2: panel P9 unknown. Row 3: A2 is not reviewed by P1 (第二十条). Row 4: expert E999 unknown.
        // Row 5: item 9.9 not in the D rubric. Row 6: same sheet and item as row 7 → row 7 is named.
        let r = CSVImport.parse(kind: .scores, data: Fx.excel([
            Self.header,
            "P9,A1,E001,D,4.1.2,50,",
            "P1,A2,E001,D,4.1.2,50,",
            "P1,A1,E999,D,4.1.2,50,",
            "P1,A1,E001,D,9.9,50,",
            "P1,A1,E002,S,4.1.2,50,",
            "P1,A1,E002,现场评审,4.1.2,55,",
        ]), registry: Fx.registry, cycle: Self.cycle)
        #expect(Fx.places(r) == ["2:评审组", "3:申报编号", "4:专家编号", "5:条目", "7:条目"])
    }

    @Test func submittedSheetIsNotOverwritten() {
        var c = Self.cycle
        var s = ScoreSheet(panelID: "P1", applicationID: "A1", expertID: "E001", stage: .document, rubricID: "gbt19580-2012")
        s.status = .submitted
        c.sheets = [s]
        let r = CSVImport.parse(kind: .scores, data: Fx.excel([Self.header, "P1,A1,E001,D,4.1.2,50,"]), registry: Fx.registry, cycle: c)
        #expect(Fx.places(r) == ["2:专家编号"])
    }

    @Test func scoresNeedAnOpenCycle() {
        let r = CSVImport.parse(kind: .scores, data: Fx.excel([Self.header]), registry: Fx.registry, cycle: nil)
        #expect(Fx.places(r) == ["0:"])
    }
}
