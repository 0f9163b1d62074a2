@testable import AwardStore
import AwardDomain
import Foundation
import OfficeFiles
import Testing

/// CSV cells a spreadsheet would run as formulas are written as text, and read back unchanged;
/// Excel workbooks import like CSV files, with the same row-and-column report.
struct FormulaGuardTests {
    /// An organization named `=HYPERLINK("x")` is exported as `'=HYPERLINK("x")` (quoted, the
    /// inner quotes doubled) and imported back with its name unchanged.
    @Test func hyperlinkNameRoundTrips() throws {
        var orgs = ExportRoundTripTests.organizations
        orgs[1].name = "=HYPERLINK(\"x\")"
        orgs[2].name = "-母公司"
        let data = CSVExport.organizations(orgs)
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        #expect(text.contains(",\"'=HYPERLINK(\"\"x\"\")\","))
        #expect(text.contains(",'-母公司,"))
        #expect(!text.contains(",=HYPERLINK"))
        let r = CSVImport.parse(kind: .orgs, data: data, registry: Registry(), cycle: nil)
        #expect(Fx.problems(r) == [])
        #expect(Fx.orgs(r) == orgs)
    }

    /// By column kind: a negative number in a number column and a date in a date column stay
    /// values; the same text in a text column is guarded; an apostrophe the user typed before
    /// a formula start survives (guarded once more), one before a letter is left alone.
    @Test(arguments: [
        ("-3.5", CellKind.number, "-3.5"), ("-3.5", .text, "'-3.5"), ("—", .number, "—"), ("-x", .number, "'-x"),
        ("2026-07-01", .date, "2026-07-01"), ("+86 515", .text, "'+86 515"), ("@SUM(A1)", .code, "'@SUM(A1)"),
        ("\tx", .text, "'\tx"), ("\r\n=1", .text, "'\r\n=1"), ("'=1", .text, "''=1"), ("'abc", .text, "'abc"),
        ("a=b", .text, "a=b"), ("", .text, ""),
    ])
    func guardByKind(cell: String, kind: CellKind, written: String) {
        #expect(CSVExport.guarded(cell, kind: kind) == written)
        #expect(CSVExport.unguarded(written) == cell)
    }

    /// Every organization and expert back from an .xlsx made of the export's typed table: the
    /// credit codes are text cells, dates date cells, and import reads them as the CSV path does.
    @Test func organizationsAndExpertsRoundTripThroughExcel() throws {
        let orgs = ExportRoundTripTests.organizations
        let xlsx = CSVExport.organizationsTable(orgs).xlsx(sheetName: "组织名录")
        let r = CSVImport.parse(kind: .orgs, data: xlsx, registry: Registry(), cycle: nil)
        #expect(Fx.problems(r) == [])
        #expect(Fx.orgs(r) == orgs)

        let sheet = String(decoding: try OfficePackage.parts(of: xlsx)["xl/worksheets/sheet1.xml"]!, as: UTF8.self)
        // C2 is the first credit code: a shared string (t="s") in the text style (2); J2 the
        // established date 2015-06-18 as serial 42173 (2015-01-01 = 42005, + 168 days).
        #expect(sheet.contains("<c r=\"C2\" t=\"s\" s=\"2\">"))
        #expect(sheet.contains("<c r=\"J2\" s=\"3\"><v>42173</v></c>"))

        let reg = Registry(organizations: orgs)
        let e = CSVImport.parse(kind: .experts, data: CSVExport.expertsTable(ExportRoundTripTests.experts, lang: .en).xlsx(sheetName: "experts"),
                                registry: reg, cycle: nil)
        guard case .experts(let es)? = Fx.batch(e) else { Issue.record("no experts: \(Fx.problems(e))"); return }
        #expect(es == ExportRoundTripTests.experts)
    }

    /// A bad cell in a workbook is reported with Excel's row number and the column's header, as
    /// for CSV: row 3 (the second data row) has "2015-13-01" as 成立日期.
    @Test func workbookProblemsNameRowAndColumn() throws {
        var t = CSVExport.organizationsTable(ExportRoundTripTests.organizations)
        let col = try #require(t.headers.firstIndex(of: "成立日期"))
        t.rows[1][col] = "2015-13-01"
        let r = CSVImport.parse(kind: .orgs, data: t.xlsx(sheetName: "s"), registry: Registry(), cycle: nil)
        let p = Fx.problems(r)
        #expect(p.count == 1)
        #expect(p.first?.row == 3)
        #expect(p.first?.column == "成立日期")
    }

    @Test func unreadableWorkbookIsRefusedWithAHint() {
        let broken = Data([0x50, 0x4B, 0x03, 0x04]) + Data(repeating: 0, count: 40)
        let r = CSVImport.parse(kind: .orgs, data: broken, registry: Registry(), cycle: nil)
        #expect(Fx.problems(r).first?.message.zh.contains("Excel 工作簿") == true)
    }
}
