import Foundation
import Testing
@testable import OfficeFiles

/// .xlsx written and read back: codes stay text, numbers are numbers, dates are dates.
struct XlsxTests {
    /// Serials worked out by hand: 2024-01-01 is 45292 (Excel shows it so); 2026-01-01 is
    /// 45292 + 366 + 365 = 46023; 2026-07-01 is 46023 + 31+28+31+30+31+30 = 46204.
    @Test func dateSerials() {
        #expect(SheetDate(year: 2024, month: 1, day: 1)!.serial == 45292)
        #expect(SheetDate(year: 2026, month: 7, day: 1)!.serial == 46204)
        #expect(SheetDate(serial: 46204)?.iso == "2026-07-01")
        #expect(SheetDate(serial: 46204.75)?.iso == "2026-07-01")
        #expect(SheetDate(iso: "2026-02-29") == nil)
        // 2027-01-01 = 46023 + 365 = 46388; 2028-01-01 = 46753; 2028-02-29 = 46753 + 31 + 28 = 46812.
        #expect(SheetDate(iso: "2028-02-29")?.serial == 46812)
    }

    @Test func columnNames() {
        #expect(XlsxWriter.columnName(0) == "A")
        #expect(XlsxWriter.columnName(25) == "Z")
        #expect(XlsxWriter.columnName(26) == "AA")
        #expect(XlsxWriter.columnName(701) == "ZZ")
        #expect(XlsxReader.columnIndex("AA12") == 26)
    }

    /// Text by column kind: "—" in a number column stays text, "" is empty.
    @Test func cellsFromText() {
        #expect(Sheet.cell("863.45", kind: .number) == .number(863.45))
        #expect(Sheet.cell("-12", kind: .number) == .number(-12))
        #expect(Sheet.cell("—", kind: .number) == .text("—"))
        #expect(Sheet.cell("1e5", kind: .number) == .text("1e5"))
        #expect(Sheet.cell("2026-07-01", kind: .date) == .date(SheetDate(year: 2026, month: 7, day: 1)!))
        #expect(Sheet.cell("913209001234567890", kind: .code) == .text("913209001234567890"))
        #expect(Sheet.cell("", kind: .text) == .empty)
    }

    @Test func writesAndReadsBack() throws {
        let sheet = Sheet(name: "组织名录", columns: [.init("编号", .code), .init("名称"), .init("金额", .number), .init("日期", .date)],
                          text: [["00123", "=HYPERLINK(\"x\")", "500000", "2026-07-01"],
                                 ["O2", "盐城市某某公司\n第二行", "-3.5", ""],
                                 ["O3", "", "", "—"]])
        let data = try XlsxWriter.data(Workbook(sheet))
        #expect(OfficePackage.looksLikePackage(data))
        let rows = try XlsxReader.firstSheet(data)
        #expect(rows.map(\.number) == [1, 2, 3, 4])
        #expect(rows[0].cells == ["编号", "名称", "金额", "日期"])
        #expect(rows[1].cells == ["00123", "=HYPERLINK(\"x\")", "500000", "2026-07-01"])
        #expect(rows[2].cells == ["O2", "盐城市某某公司\n第二行", "-3.5"])
        #expect(rows[3].cells == ["O3", "", "", "—"])

        let parts = try OfficePackage.parts(of: data)
        let sheetXML = String(decoding: parts["xl/worksheets/sheet1.xml"]!, as: UTF8.self)
        // Frozen header, the filter over the table, the number stored as a number, the date as a
        // serial with the date style (3), the code as a shared string with the text style (2).
        #expect(sheetXML.contains("state=\"frozen\""))
        #expect(sheetXML.contains("<autoFilter ref=\"A1:D4\"/>"))
        #expect(sheetXML.contains("<c r=\"C2\" s=\"4\"><v>500000</v></c>"))
        #expect(sheetXML.contains("<c r=\"D2\" s=\"3\"><v>46204</v></c>"))
        #expect(sheetXML.contains("<c r=\"A2\" t=\"s\" s=\"2\">"))
        // No formula element anywhere: the name is text.
        #expect(!sheetXML.contains("<f>"))
    }

    /// Widths by the one width function: "盐城市某某公司" is 14 columns + 2; "编号" header 4 + 3.
    @Test func columnWidthsCountCJKDouble() {
        let sheet = Sheet(name: "s", columns: [.init("编号", .code), .init("名称")], text: [["O1", "盐城市某某公司"]])
        #expect(XlsxWriter.columnWidths(sheet) == [7, 16])
    }

    @Test func sheetNamesExcelAccepts() {
        #expect(XlsxWriter.sheetNames(["a/b", "", "A/B", String(repeating: "长", count: 40)])
                == ["ab", "Sheet2", "AB(2)", String(repeating: "长", count: 31)])
    }

    /// A file written by another program: inline strings, a boolean, a custom date format, a
    /// formula's cached value, a gap between columns, `x:` prefixes.
    @Test func readsOtherWriters() throws {
        let workbook = """
        <x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="S" sheetId="1" r:id="rId7"/></x:sheets></x:workbook>
        """
        let rels = """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="t" Target="/xl/worksheets/data.xml"/></Relationships>
        """
        let styles = """
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts><numFmt numFmtId="170" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="171" formatCode="&quot;day&quot; 0"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="170"/><xf numFmtId="171"/><xf numFmtId="14"/></cellXfs></styleSheet>
        """
        let sheet = """
        <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
        <x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>编号</x:t></x:is></x:c><x:c r="C1" t="inlineStr"><x:is><x:r><x:t>日</x:t></x:r><x:r><x:t>期</x:t></x:r></x:is></x:c></x:row>
        <x:row r="3"><x:c r="A3" t="b"><x:v>1</x:v></x:c><x:c r="B3" s="2"><x:v>7</x:v></x:c><x:c r="C3" s="1"><x:v>46204</x:v></x:c><x:c r="D3" s="3"><x:f>TODAY()</x:f><x:v>46023</x:v></x:c></x:row>
        </x:sheetData></x:worksheet>
        """
        let data = try OfficePackage.zip([("xl/workbook.xml", Data(workbook.utf8)), ("xl/_rels/workbook.xml.rels", Data(rels.utf8)),
                                          ("xl/styles.xml", Data(styles.utf8)), ("xl/worksheets/data.xml", Data(sheet.utf8))])
        let rows = try XlsxReader.firstSheet(data)
        #expect(rows == [.init(number: 1, cells: ["编号", "", "日期"]), .init(number: 3, cells: ["TRUE", "7", "2026-07-01", "2026-01-01"])])
    }

    @Test func refusesWhatIsNotAWorkbook() {
        #expect(throws: OfficePackage.Failure.notAPackage) { try XlsxReader.firstSheet(Data("id,name\n".utf8)) }
        #expect(throws: OfficePackage.Failure.missingPart("xl/workbook.xml")) {
            try XlsxReader.firstSheet(try OfficePackage.zip([("a.txt", Data("x".utf8))]))
        }
    }
}
