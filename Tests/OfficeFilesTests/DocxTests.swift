import Foundation
import Testing
@testable import OfficeFiles

/// The .docx layout of GB/T 9704-2012: A4, margins 37/35/28/26 mm, 22 lines of 28 characters.
struct DocxTests {
    /// 210 mm = 11,906 twips (210 × 1440 / 25.4 = 11,905.5); 297 mm = 16,838; 37 mm = 2,098;
    /// 35 mm = 1,984; 28 mm = 1,587; 26 mm = 1,474. Text block 16,838 − 2,098 − 1,984 = 12,756
    /// high → 579 per line (28.95 pt); 11,906 − 1,587 − 1,474 = 8,845 wide → 15.79 pt per
    /// character, 0.205 pt under 16 pt → condensed by 5/20 pt (28 × 15.75 = 441 ≤ 442.25).
    @Test func pageGrid() {
        let l = PageLayout.gbt9704
        #expect([l.pageWidth, l.pageHeight, l.top, l.bottom, l.left, l.right] as [Int] == [11906, 16838, 2098, 1984, 1587, 1474])
        #expect(l.linePitch == 579)
        #expect(l.condensing(bodyPoints: 16) == 5)
    }

    @Test func documentParts() throws {
        let doc = WordDocument(blocks: [
            .paragraph(WordParagraph(.title, "关于公布<测试>名单的通知")),
            .paragraph(WordParagraph(.body, "第一段\n第二行\u{7}")),
            .table(WordTable(headers: ["序号", "组织名称"], rows: [["1", "盐城市某某公司"]], alignments: [.center, .left])),
            .paragraph(WordParagraph(.signature, [WordRun("经办人："), WordRun("\u{3000}\u{3000}\u{3000}", underline: true)])),
            .paragraph(WordParagraph(.closing, "盐城市质量发展委员会办公室")),
        ], title: "通知", author: "办公室")
        let parts = try OfficePackage.parts(of: DocxWriter.data(doc))
        #expect(Set(parts.keys) == ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/document.xml",
                                    "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml",
                                    "word/fontTable.xml", "word/footer1.xml", "word/footer2.xml"])
        for (path, bytes) in parts { _ = try XMLNode.parse(bytes, part: path) }
        let body = String(decoding: parts["word/document.xml"]!, as: UTF8.self)
        #expect(body.contains("关于公布&lt;测试&gt;名单的通知"))
        #expect(body.contains("第一段</w:t><w:br/><w:t xml:space=\"preserve\">第二行</w:t>"))
        #expect(!body.contains("\u{7}"))
        #expect(body.contains("<w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1587\""))
        #expect(body.contains("<w:docGrid w:type=\"lines\" w:linePitch=\"579\"/>"))
        #expect(body.contains("<w:tblHeader/>"))
        #expect(body.contains("<w:u w:val=\"single\"/>"))
        let styles = String(decoding: parts["word/styles.xml"]!, as: UTF8.self)
        #expect(styles.contains("w:eastAsia=\"方正小标宋简体\""))
        #expect(styles.contains("w:eastAsia=\"仿宋_GB2312\""))
        #expect(styles.contains("<w:sz w:val=\"44\"/>")) // 2号 = 22 pt = 44 half-points
        #expect(styles.contains("<w:sz w:val=\"32\"/>")) // 3号 = 16 pt
        #expect(styles.contains("<w:spacing w:val=\"-5\"/>"))
        let fonts = String(decoding: parts["word/fontTable.xml"]!, as: UTF8.self)
        #expect(fonts.contains("<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/>"))
        #expect(String(decoding: parts["word/footer1.xml"]!, as: UTF8.self).contains(" PAGE "))
    }

    /// Widths at 12 pt: one display column is 120 twips, so 8,845 twips hold 73.7, less one per
    /// column for the margins: 71.71. "序号" needs 5 (its widest cell 4 + 1); the name column
    /// needs 15 (14 + 1) and has a minimum of 8. Both get what they need (20), and the 51.71
    /// left over is shared alike: 30.85 and 40.85 columns → 3,805 and 5,040 twips. A code column
    /// that must not break gets its widest cell and a quarter more: 18 + 4 + 1 = 23 at least.
    @Test func tableWidths() {
        let t = WordTable(headers: ["序号", "组织名称"], rows: [["1", "盐城市某某公司"]])
        #expect(DocxWriter.columnWidths(t, total: 8845, points: 12) == [3805, 5040])
        let codes = WordTable(headers: ["代码", "说明"], rows: [["91320900MA1M000011", String(repeating: "长", count: 60)]], unbroken: [true, false])
        let w = DocxWriter.columnWidths(codes, total: 8845, points: 12)
        #expect(w[0] == 2836) // 23 × 8,845 / 71.71 = 2,836.99, nothing more: the long text takes the rest
    }
}
