import Foundation
import Testing
@testable import OfficeFiles

/// The .docx layout of GB/T 9704-2012: A4, margins 37/35/28/26 mm, 22 lines of 28 characters.
struct DocxTests {
    /// 210 mm = 11,906 twips (210 × 1440 / 25.4 = 11,905.5); 297 mm = 16,838; 37 mm = 2,098;
    /// 35 mm = 1,984; 28 mm = 1,587; 26 mm = 1,474. Text block 16,838 − 2,098 − 1,984 = 12,756
    /// high → 579 per line (28.95 pt); 11,906 − 1,587 − 1,474 = 8,845 wide → 15.79 pt per
    /// character, 0.205 pt under 16 pt → −841/4096 pt.
    @Test func pageGrid() {
        let l = PageLayout.gbt9704
        #expect([l.pageWidth, l.pageHeight, l.top, l.bottom, l.left, l.right] as [Int] == [11906, 16838, 2098, 1984, 1587, 1474])
        #expect(l.linePitch == 579)
        #expect(l.characterSpace(bodyPoints: 16) == -841)
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
        #expect(body.contains("<w:docGrid w:type=\"linesAndChars\" w:linePitch=\"579\" w:charSpace=\"-841\"/>"))
        #expect(body.contains("<w:tblHeader/>"))
        #expect(body.contains("<w:u w:val=\"single\"/>"))
        let styles = String(decoding: parts["word/styles.xml"]!, as: UTF8.self)
        #expect(styles.contains("w:eastAsia=\"方正小标宋简体\""))
        #expect(styles.contains("w:eastAsia=\"仿宋_GB2312\""))
        #expect(styles.contains("<w:sz w:val=\"44\"/>")) // 2号 = 22 pt = 44 half-points
        #expect(styles.contains("<w:sz w:val=\"32\"/>")) // 3号 = 16 pt
        let fonts = String(decoding: parts["word/fontTable.xml"]!, as: UTF8.self)
        #expect(fonts.contains("<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/>"))
        #expect(String(decoding: parts["word/footer1.xml"]!, as: UTF8.self).contains(" PAGE "))
    }

    /// Column widths follow the widest cell by display width (CJK = 2) and fill the text width:
    /// "序号" 4, "盐城市某某公司" 14 → 8,845 × 4/18 = 1,965 and the rest 6,880.
    @Test func tableWidths() {
        let t = WordTable(headers: ["序号", "组织名称"], rows: [["1", "盐城市某某公司"]])
        #expect(DocxWriter.columnWidths(t, total: 8845) == [1965, 6880])
    }
}
