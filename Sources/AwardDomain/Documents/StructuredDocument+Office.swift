extension StructuredDocument {
    /// The report as the office's document model, so Word comes from the one renderer every
    /// document uses: headings and subheadings stay headings, findings and signature lines are
    /// lines, a closing at the end is the issuer and date.
    public func office(_ lang: Language) -> OfficeDocument {
        var blocks: [OfficeDocument.Block] = []
        var closing: [String] = []
        for (i, b) in self.blocks.enumerated() {
            switch b {
            case .heading(let h): blocks.append(.heading(h))
            case .subheading(let h): blocks.append(.subheading(h))
            case .paragraph(let p): blocks.append(.paragraph(p))
            case .bullets(let items): blocks.append(.lines(items.map { "· " + $0 }))
            case .table(let t): blocks.append(.table(OfficeTable(headers: t.headers, rows: t.rows)))
            case .signatures(let lines): blocks.append(.lines(lines.map { $0.text(lang) }))
            case .closing(let lines):
                if i == self.blocks.count - 1 { closing = lines } else { blocks.append(.lines(lines)) }
            }
        }
        return OfficeDocument(title: title, blocks: blocks, closing: closing)
    }
}
