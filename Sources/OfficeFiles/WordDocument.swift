/// A document to write as .docx: page layout, fonts, and a sequence of paragraphs and tables in
/// a few named styles. Knows nothing of what the document says.
public struct WordDocument: Hashable, Sendable {
    public var layout: PageLayout
    public var fonts: WordFonts
    public var blocks: [WordBlock]
    /// The document's title in its properties (File → Properties).
    public var title: String
    public var author: String

    public init(layout: PageLayout = .gbt9704, fonts: WordFonts = .gbt9704, blocks: [WordBlock], title: String, author: String) {
        self.layout = layout; self.fonts = fonts; self.blocks = blocks; self.title = title; self.author = author
    }
}

public enum WordBlock: Hashable, Sendable {
    case paragraph(WordParagraph)
    case table(WordTable)
    /// What follows starts on a new page (the next of several reports in one file).
    case pageBreak
}

/// The paragraph styles, after GB/T 9704-2012 (党政机关公文格式).
public enum WordStyle: String, Hashable, Sendable, CaseIterable {
    /// The document's title: centred, 2号 小标宋, a blank line below (§7.3.1).
    case title = "DocTitle"
    /// Body text: 3号 仿宋, first line indented two characters, on the line grid (§7.3.3).
    case body = "DocBody"
    /// A first-level heading in the body: 3号 黑体 (§7.3.3 "一、").
    case heading = "DocHeading"
    /// A second-level heading: 3号 楷体 (§7.3.3 "（一）").
    case subheading = "DocSubheading"
    /// Issuer and date at the end: right-aligned, two characters from the margin (§7.3.5).
    case closing = "DocClosing"
    /// Lines to sign, without indent.
    case signature = "DocSignature"
    /// Text inside table cells: 仿宋 in the table size, single spacing, off the grid so rows stay compact.
    case tableText = "DocTableText"
    /// Header cells: 黑体 in the table size, centred.
    case tableHeader = "DocTableHeader"
}

public struct WordRun: Hashable, Sendable {
    public var text: String
    public var bold: Bool
    /// Underlined (the blank after "签字：").
    public var underline: Bool
    public init(_ text: String, bold: Bool = false, underline: Bool = false) {
        self.text = text; self.bold = bold; self.underline = underline
    }
}

public struct WordParagraph: Hashable, Sendable {
    public var style: WordStyle
    public var runs: [WordRun]
    public init(_ style: WordStyle, _ runs: [WordRun]) { self.style = style; self.runs = runs }
    public init(_ style: WordStyle, _ text: String) { self.init(style, [WordRun(text)]) }
}

/// A table with borders; the header row repeats on every page.
public struct WordTable: Hashable, Sendable {
    public enum Align: String, Hashable, Sendable { case left, center, right }
    public var headers: [String]
    public var rows: [[String]]
    /// Per column; missing columns are centred.
    public var alignments: [Align]
    /// Per column: true when a cell must not break across lines (codes, numbers, dates).
    public var unbroken: [Bool]
    public init(headers: [String], rows: [[String]], alignments: [Align] = [], unbroken: [Bool] = []) {
        self.headers = headers; self.rows = rows; self.alignments = alignments; self.unbroken = unbroken
    }
}

/// Page size and margins in millimetres, and the line grid.
public struct PageLayout: Hashable, Sendable {
    public var widthMM: Double, heightMM: Double
    public var topMM: Double, bottomMM: Double, leftMM: Double, rightMM: Double
    public var linesPerPage: Int
    public var charactersPerLine: Int

    /// A4, margins 37/35/28/26 mm, 22 lines of 28 characters (GB/T 9704-2012 §5.2.1, §5.2.2).
    public static let gbt9704 = PageLayout(widthMM: 210, heightMM: 297, topMM: 37, bottomMM: 35, leftMM: 28, rightMM: 26,
                                           linesPerPage: 22, charactersPerLine: 28)

    /// Twentieths of a point, Word's unit for page geometry.
    static func twips(_ mm: Double) -> Int { Int((mm * 1440 / 25.4).rounded()) }

    var pageWidth: Int { Self.twips(widthMM) }
    var pageHeight: Int { Self.twips(heightMM) }
    var top: Int { Self.twips(topMM) }
    var bottom: Int { Self.twips(bottomMM) }
    var left: Int { Self.twips(leftMM) }
    var right: Int { Self.twips(rightMM) }
    var textWidth: Int { pageWidth - left - right }

    /// The line pitch in twips: the text block's height over the lines (A4: 12,756 / 22 → 579,
    /// i.e. 28.95 pt).
    var linePitch: Int { (pageHeight - top - bottom) / linesPerPage }

    /// How much each body character is condensed, in twentieths of a point, so that exactly
    /// `charactersPerLine` fit: A4 gives 8,845 twips / 28 = 15.79 pt per character, 0.21 pt less
    /// than 3号's 16 pt → 5 (0.25 pt; 28 × 15.75 = 441 pt fits, 29 would not).
    ///
    /// Word's own character grid (`linesAndChars` with a negative `charSpace`) would say the same,
    /// but LibreOffice puts a glyph wider than the grid's pitch into two cells, spreading 3号 text
    /// to 14 characters a line; condensed spacing on a line grid reads the same everywhere.
    func condensing(bodyPoints: Double) -> Int {
        let pitch = Double(textWidth) / 20 / Double(charactersPerLine)
        return max(0, Int(((bodyPoints - pitch) * 20).rounded(.up)))
    }
}

/// Font names and sizes. Word keeps one name per script in a run and one alternative per font
/// (`w:altName` in the font table), which Word and WPS try when the first is not installed;
/// LibreOffice falls back through the system's font configuration.
public struct WordFonts: Hashable, Sendable {
    public struct Face: Hashable, Sendable {
        public var name: String
        public var alternative: String
        public init(_ name: String, alternative: String) { self.name = name; self.alternative = alternative }
    }
    public var title: Face
    public var body: Face
    public var heading: Face
    public var subheading: Face
    /// Latin letters and digits.
    public var latin: Face
    /// Page numbers (GB/T 9704 §7.5: 4号 半角宋体阿拉伯数字).
    public var pageNumber: Face
    public var titlePoints: Double
    public var bodyPoints: Double
    public var tablePoints: Double

    /// 2号 (22 pt) 方正小标宋简体, 3号 (16 pt) 仿宋_GB2312 and 黑体, tables in 小四 (12 pt), which
    /// the standard leaves open and which keeps an 18-character credit code on one line.
    public static let gbt9704 = WordFonts(
        title: Face("方正小标宋简体", alternative: "华文中宋"),
        body: Face("仿宋_GB2312", alternative: "仿宋"),
        heading: Face("黑体", alternative: "SimHei"),
        subheading: Face("楷体_GB2312", alternative: "楷体"),
        latin: Face("Times New Roman", alternative: "Liberation Serif"),
        pageNumber: Face("宋体", alternative: "SimSun"),
        titlePoints: 22, bodyPoints: 16, tablePoints: 12)
}
