import Foundation
import TerminalUI

/// Writes a `WordDocument` as .docx (WordprocessingML): the page and line grid of its layout,
/// the named paragraph styles, bordered tables whose header row repeats, and a page number
/// "— 1 —" in the footer, right on odd pages and left on even ones (GB/T 9704 §7.5).
public enum DocxWriter {
    public static func data(_ doc: WordDocument) throws(OfficePackage.Failure) -> Data {
        try OfficePackage.zip([
            ("[Content_Types].xml", contentTypes()),
            ("_rels/.rels", rootRelationships()),
            ("docProps/core.xml", coreProperties(doc)),
            ("word/document.xml", document(doc)),
            ("word/_rels/document.xml.rels", documentRelationships()),
            ("word/styles.xml", styles(doc)),
            ("word/settings.xml", settings()),
            ("word/fontTable.xml", fontTable(doc.fonts)),
            ("word/footer1.xml", footer(doc.fonts, align: "right")),
            ("word/footer2.xml", footer(doc.fonts, align: "left")),
        ])
    }

    // MARK: document.xml

    static func document(_ doc: WordDocument) -> Data {
        var x = XMLWriter()
        x.start("w:document", ["xmlns:w": ns.w, "xmlns:r": ns.r])
        x.start("w:body")
        for block in doc.blocks {
            switch block {
            case .paragraph(let p): paragraph(p, into: &x)
            case .table(let t): table(t, layout: doc.layout, fonts: doc.fonts, into: &x)
            case .pageBreak:
                x.start("w:p"); x.start("w:r"); x.empty("w:br", ["w:type": "page"]); x.end(); x.end()
            }
        }
        let l = doc.layout
        x.start("w:sectPr")
        x.empty("w:footerReference", ["w:type": "default", "r:id": "rIdFooterOdd"])
        x.empty("w:footerReference", ["w:type": "even", "r:id": "rIdFooterEven"])
        x.empty("w:pgSz", ["w:w": "\(l.pageWidth)", "w:h": "\(l.pageHeight)"])
        // The page number sits 7 mm below the text block (§7.5): the footer starts that far
        // into the bottom margin less the number's own line.
        let footer = PageLayout.twips(max(l.bottomMM - 7, 0)) - Int(doc.fonts.bodyPoints * 20)
        x.empty("w:pgMar", ["w:top": "\(l.top)", "w:right": "\(l.right)", "w:bottom": "\(l.bottom)", "w:left": "\(l.left)",
                            "w:header": "851", "w:footer": "\(max(footer, 0))", "w:gutter": "0"])
        x.empty("w:cols", ["w:space": "720"])
        x.empty("w:docGrid", ["w:type": "lines", "w:linePitch": "\(l.linePitch)"])
        x.end()
        x.end()
        x.end()
        return x.data
    }

    static func paragraph(_ p: WordParagraph, into x: inout XMLWriter, align: WordTable.Align? = nil) {
        x.start("w:p")
        x.start("w:pPr")
        x.empty("w:pStyle", ["w:val": p.style.rawValue])
        if let align { x.empty("w:jc", ["w:val": align == .center ? "center" : align.rawValue]) }
        x.end()
        for run in p.runs { self.run(run, into: &x) }
        x.end()
    }

    /// A run; line feeds become line breaks and tabs tab characters, as typed.
    static func run(_ r: WordRun, into x: inout XMLWriter) {
        x.start("w:r")
        if r.bold || r.underline {
            x.start("w:rPr")
            if r.bold { x.empty("w:b"); x.empty("w:bCs") }
            if r.underline { x.empty("w:u", ["w:val": "single"]) }
            x.end()
        }
        for (i, line) in r.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if i > 0 { x.empty("w:br") }
            for (j, piece) in line.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
                if j > 0 { x.empty("w:tab") }
                if !piece.isEmpty { x.element("w:t", ["xml:space": "preserve"], text: String(piece)) }
            }
        }
        x.end()
    }

    static func table(_ t: WordTable, layout: PageLayout, fonts: WordFonts, into x: inout XMLWriter) {
        let widths = columnWidths(t, total: layout.textWidth, points: fonts.tablePoints)
        x.start("w:tbl")
        x.start("w:tblPr")
        x.empty("w:tblW", ["w:w": "\(layout.textWidth)", "w:type": "dxa"])
        x.empty("w:jc", ["w:val": "center"])
        x.start("w:tblBorders")
        for side in ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"] {
            x.empty(side, ["w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "000000"])
        }
        x.end()
        x.empty("w:tblLayout", ["w:type": "fixed"])
        x.start("w:tblCellMar")
        x.empty("w:left", ["w:w": "57", "w:type": "dxa"]); x.empty("w:right", ["w:w": "57", "w:type": "dxa"])
        x.end()
        x.empty("w:tblLook", ["w:val": "04A0", "w:firstRow": "1", "w:lastRow": "0", "w:firstColumn": "0", "w:lastColumn": "0", "w:noHBand": "1", "w:noVBand": "1"])
        x.end()
        x.start("w:tblGrid")
        for w in widths { x.empty("w:gridCol", ["w:w": "\(w)"]) }
        x.end()
        func row(_ cells: [String], header: Bool) {
            x.start("w:tr")
            x.start("w:trPr")
            if header { x.empty("w:tblHeader") }
            x.empty("w:cantSplit")
            x.end()
            for (i, w) in widths.enumerated() {
                x.start("w:tc")
                x.start("w:tcPr")
                x.empty("w:tcW", ["w:w": "\(w)", "w:type": "dxa"])
                x.empty("w:vAlign", ["w:val": "center"])
                x.end()
                let text = i < cells.count ? cells[i] : ""
                let align: WordTable.Align = header ? .center : (i < t.alignments.count ? t.alignments[i] : .center)
                paragraph(WordParagraph(header ? .tableHeader : .tableText, text), into: &x, align: align)
                x.end()
            }
            x.end()
        }
        if !t.headers.isEmpty { row(t.headers, header: true) }
        for r in t.rows { row(r, header: false) }
        x.end()
        // Word needs a paragraph between a table and what follows; an empty one keeps the gap.
        x.start("w:p"); x.start("w:pPr"); x.empty("w:pStyle", ["w:val": WordStyle.signature.rawValue]); x.end(); x.end()
    }

    /// Column widths from each column's widest cell, measured with the program's one width
    /// function (CJK = 2 columns). Every column first gets its minimum: a column whose cells must
    /// not break (codes, numbers, dates) its widest cell and a quarter more, since Latin capitals
    /// are wider than half an em; any other column its header on two lines or 8 columns,
    /// whichever is more. The rest of the text width goes to the columns that lack most.
    static func columnWidths(_ t: WordTable, total: Int, points: Double = 12) -> [Int] {
        let count = max(t.headers.count, t.rows.map(\.count).max() ?? 0)
        guard count > 0 else { return [] }
        func width(_ s: String) -> Int { s.split(separator: "\n").map { displayWidth(String($0)) }.max() ?? 0 }
        func unbroken(_ i: Int) -> Bool { i < t.unbroken.count && t.unbroken[i] }
        let needs = (0..<count).map { i -> Int in
            let cells = ([t.headers] + t.rows).compactMap { i < $0.count ? $0[i] : nil }
            return (cells.map(width).max() ?? 0) + 1
        }
        let mins = (0..<count).map { i -> Int in
            let cells = t.rows.compactMap { i < $0.count ? $0[i] : nil }
            if unbroken(i) {
                let widest = cells.map(width).max() ?? 0
                let capitals = cells.contains { $0.contains { $0.isASCII && $0.isUppercase } }
                return max(widest + (capitals ? widest / 4 : 0) + 1, i < t.headers.count ? (width(t.headers[i]) + 1) / 2 + 1 : 2)
            }
            let header = i < t.headers.count ? (width(t.headers[i]) + 1) / 2 + 1 : 2
            return min(needs[i], max(header, 8))
        }
        // One display column is half an em of the table's font; cell margins take the rest.
        let perColumn = points * 20 / 2
        let available = Double(total) / perColumn - Double(count)
        let minSum = Double(mins.reduce(0, +))
        var columns: [Double]
        if minSum >= available {
            // Too many columns: the ones that may break give way first, then all alike.
            let fixed = Double(mins.indices.filter(unbroken).map { mins[$0] }.reduce(0, +))
            let breakable = minSum - fixed
            if fixed < available, breakable > 0 {
                let scale = (available - fixed) / breakable
                columns = mins.indices.map { unbroken($0) ? Double(mins[$0]) : Double(mins[$0]) * scale }
            } else {
                columns = mins.map { Double($0) * available / minSum }
            }
        } else {
            let lack = zip(needs, mins).map { Double(max(0, $0 - $1)) }
            let lackSum = lack.reduce(0, +)
            let spare = available - minSum
            columns = mins.indices.map { i in
                Double(mins[i]) + (lackSum > 0 ? min(lack[i], spare * lack[i] / lackSum) : spare / Double(count))
            }
            // What no column lacks goes to all alike, so the table still spans the text width.
            let left = available - columns.reduce(0, +)
            if left > 0 { columns = columns.map { $0 + left / Double(count) } }
        }
        var widths = columns.map { Int($0 * Double(total) / available) }
        widths[widths.count - 1] += total - widths.reduce(0, +)
        return widths
    }

    // MARK: Styles and the other parts

    static func styles(_ doc: WordDocument) -> Data {
        let f = doc.fonts, l = doc.layout
        var x = XMLWriter()
        x.start("w:styles", ["xmlns:w": ns.w])
        let condensed = l.condensing(bodyPoints: f.bodyPoints)
        func fonts(_ face: WordFonts.Face, points: Double, bold: Bool = false, grid: Bool = false) {
            x.start("w:rPr")
            x.empty("w:rFonts", ["w:ascii": f.latin.name, "w:hAnsi": f.latin.name, "w:eastAsia": face.name, "w:cs": f.latin.name])
            if bold { x.empty("w:b"); x.empty("w:bCs") }
            if grid && condensed > 0 { x.empty("w:spacing", ["w:val": "\(-condensed)"]) }
            x.empty("w:kern", ["w:val": "2"])
            x.empty("w:sz", ["w:val": "\(Int(points * 2))"]); x.empty("w:szCs", ["w:val": "\(Int(points * 2))"])
            x.empty("w:lang", ["w:val": "en-US", "w:eastAsia": "zh-CN", "w:bidi": "ar-SA"])
            x.end()
        }
        x.start("w:docDefaults")
        x.start("w:rPrDefault"); fonts(f.body, points: f.bodyPoints); x.end()
        x.start("w:pPrDefault"); x.start("w:pPr"); x.empty("w:spacing", ["w:line": "\(l.linePitch)", "w:lineRule": "exact"]); x.end(); x.end()
        x.end()
        x.start("w:style", ["w:type": "paragraph", "w:default": "1", "w:styleId": "Normal"])
        x.empty("w:name", ["w:val": "Normal"]); x.empty("w:qFormat")
        x.start("w:pPr"); x.empty("w:widowControl", ["w:val": "0"]); x.empty("w:jc", ["w:val": "both"]); x.end()
        fonts(f.body, points: f.bodyPoints, grid: true)
        x.end()
        let indent = Int(f.bodyPoints * 20)
        for style in WordStyle.allCases {
            x.start("w:style", ["w:type": "paragraph", "w:customStyle": "1", "w:styleId": style.rawValue])
            x.empty("w:name", ["w:val": style.rawValue]); x.empty("w:basedOn", ["w:val": "Normal"]); x.empty("w:qFormat")
            x.start("w:pPr")
            switch style {
            case .title:
                x.empty("w:spacing", ["w:before": "0", "w:after": "\(l.linePitch)", "w:line": "\(l.linePitch + 120)", "w:lineRule": "exact"])
                x.empty("w:jc", ["w:val": "center"])
            case .body:
                x.empty("w:spacing", ["w:line": "\(l.linePitch)", "w:lineRule": "exact"])
                x.empty("w:ind", ["w:firstLineChars": "200", "w:firstLine": "\(2 * indent)"])
            case .heading, .subheading:
                x.empty("w:keepNext")
                x.empty("w:spacing", ["w:line": "\(l.linePitch)", "w:lineRule": "exact"])
                x.empty("w:ind", ["w:firstLineChars": "200", "w:firstLine": "\(2 * indent)"])
            case .closing:
                x.empty("w:keepNext")
                x.empty("w:spacing", ["w:line": "\(l.linePitch)", "w:lineRule": "exact"])
                x.empty("w:ind", ["w:rightChars": "200", "w:right": "\(2 * indent)"])
                x.empty("w:jc", ["w:val": "right"])
            case .signature:
                x.empty("w:keepNext")
                x.empty("w:spacing", ["w:line": "\(l.linePitch)", "w:lineRule": "exact"])
                x.empty("w:jc", ["w:val": "left"])
            case .tableText, .tableHeader:
                x.empty("w:snapToGrid", ["w:val": "0"])
                x.empty("w:spacing", ["w:before": "40", "w:after": "40", "w:line": "240", "w:lineRule": "auto"])
                x.empty("w:jc", ["w:val": "center"])
            }
            x.end()
            switch style {
            case .title: fonts(f.title, points: f.titlePoints)
            case .heading: fonts(f.heading, points: f.bodyPoints, grid: true)
            case .subheading: fonts(f.subheading, points: f.bodyPoints, grid: true)
            case .tableHeader: fonts(f.heading, points: f.tablePoints)
            case .tableText: fonts(f.body, points: f.tablePoints)
            case .body, .closing, .signature: fonts(f.body, points: f.bodyPoints, grid: true)
            }
            x.end()
        }
        x.start("w:style", ["w:type": "paragraph", "w:customStyle": "1", "w:styleId": "DocPageNumber"])
        x.empty("w:name", ["w:val": "DocPageNumber"]); x.empty("w:basedOn", ["w:val": "Normal"])
        x.start("w:pPr"); x.empty("w:spacing", ["w:line": "240", "w:lineRule": "auto"]); x.end()
        fonts(f.pageNumber, points: 14)
        x.end()
        x.end()
        return x.data
    }

    static func footer(_ f: WordFonts, align: String) -> Data {
        var x = XMLWriter()
        x.start("w:ftr", ["xmlns:w": ns.w, "xmlns:r": ns.r])
        x.start("w:p")
        x.start("w:pPr")
        x.empty("w:pStyle", ["w:val": "DocPageNumber"])
        // One character in from the edge of the text block (§7.5: "单页码居右空一字，双页码居左空一字").
        x.empty("w:ind", align == "right" ? ["w:right": "280"] : ["w:left": "280"])
        x.empty("w:jc", ["w:val": align])
        x.end()
        func text(_ s: String) { x.start("w:r"); x.element("w:t", ["xml:space": "preserve"], text: s); x.end() }
        func field(_ type: String) { x.start("w:r"); x.empty("w:fldChar", ["w:fldCharType": type]); x.end() }
        text("— ")
        field("begin")
        x.start("w:r"); x.element("w:instrText", ["xml:space": "preserve"], text: " PAGE "); x.end()
        field("separate")
        text("1")
        field("end")
        text(" —")
        x.end()
        x.end()
        return x.data
    }

    static func fontTable(_ f: WordFonts) -> Data {
        var x = XMLWriter()
        x.start("w:fonts", ["xmlns:w": ns.w])
        for face in [f.title, f.body, f.heading, f.subheading, f.pageNumber] {
            x.start("w:font", ["w:name": face.name])
            x.empty("w:altName", ["w:val": face.alternative])
            x.empty("w:charset", ["w:val": "86"]); x.empty("w:family", ["w:val": "modern"]); x.empty("w:pitch", ["w:val": "fixed"])
            x.end()
        }
        x.start("w:font", ["w:name": f.latin.name])
        x.empty("w:altName", ["w:val": f.latin.alternative])
        x.empty("w:charset", ["w:val": "00"]); x.empty("w:family", ["w:val": "roman"]); x.empty("w:pitch", ["w:val": "variable"])
        x.end()
        x.end()
        return x.data
    }

    static func settings() -> Data {
        var x = XMLWriter()
        x.start("w:settings", ["xmlns:w": ns.w])
        // In the schema's order (Word refuses a part whose elements are out of order).
        x.empty("w:defaultTabStop", ["w:val": "420"])
        x.empty("w:evenAndOddHeaders")
        x.empty("w:characterSpacingControl", ["w:val": "compressPunctuation"])
        x.start("w:compat")
        x.empty("w:compatSetting", ["w:name": "compatibilityMode", "w:uri": "http://schemas.microsoft.com/office/word", "w:val": "15"])
        x.end()
        x.end()
        return x.data
    }

    static func coreProperties(_ doc: WordDocument) -> Data {
        var x = XMLWriter()
        x.start("cp:coreProperties", ["xmlns:cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
                                      "xmlns:dc": "http://purl.org/dc/elements/1.1/", "xmlns:dcterms": "http://purl.org/dc/terms/",
                                      "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance"])
        x.element("dc:title", text: doc.title)
        x.element("dc:creator", text: doc.author)
        x.end()
        return x.data
    }

    static func contentTypes() -> Data {
        var x = XMLWriter()
        x.start("Types", ["xmlns": "http://schemas.openxmlformats.org/package/2006/content-types"])
        x.empty("Default", ["Extension": "rels", "ContentType": "application/vnd.openxmlformats-package.relationships+xml"])
        x.empty("Default", ["Extension": "xml", "ContentType": "application/xml"])
        let wml = "application/vnd.openxmlformats-officedocument.wordprocessingml."
        x.empty("Override", ["PartName": "/word/document.xml", "ContentType": wml + "document.main+xml"])
        x.empty("Override", ["PartName": "/word/styles.xml", "ContentType": wml + "styles+xml"])
        x.empty("Override", ["PartName": "/word/settings.xml", "ContentType": wml + "settings+xml"])
        x.empty("Override", ["PartName": "/word/fontTable.xml", "ContentType": wml + "fontTable+xml"])
        x.empty("Override", ["PartName": "/word/footer1.xml", "ContentType": wml + "footer+xml"])
        x.empty("Override", ["PartName": "/word/footer2.xml", "ContentType": wml + "footer+xml"])
        x.empty("Override", ["PartName": "/docProps/core.xml", "ContentType": "application/vnd.openxmlformats-package.core-properties+xml"])
        x.end()
        return x.data
    }

    static func rootRelationships() -> Data {
        var x = XMLWriter()
        x.start("Relationships", ["xmlns": ns.package])
        x.empty("Relationship", ["Id": "rId1", "Type": ns.r + "/officeDocument", "Target": "word/document.xml"])
        x.empty("Relationship", ["Id": "rId2", "Type": "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                                 "Target": "docProps/core.xml"])
        x.end()
        return x.data
    }

    static func documentRelationships() -> Data {
        var x = XMLWriter()
        x.start("Relationships", ["xmlns": ns.package])
        x.empty("Relationship", ["Id": "rIdStyles", "Type": ns.r + "/styles", "Target": "styles.xml"])
        x.empty("Relationship", ["Id": "rIdSettings", "Type": ns.r + "/settings", "Target": "settings.xml"])
        x.empty("Relationship", ["Id": "rIdFonts", "Type": ns.r + "/fontTable", "Target": "fontTable.xml"])
        x.empty("Relationship", ["Id": "rIdFooterOdd", "Type": ns.r + "/footer", "Target": "footer1.xml"])
        x.empty("Relationship", ["Id": "rIdFooterEven", "Type": ns.r + "/footer", "Target": "footer2.xml"])
        x.end()
        return x.data
    }

    enum ns {
        static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        static let package = "http://schemas.openxmlformats.org/package/2006/relationships"
    }
}
