// The in-memory screen every widget draws into. Rendering never touches the terminal: the backend
// diffs two buffers and writes the changes, and tests compare buffers as lines of text.

public struct Buffer: Sendable, Equatable {
    public let width: Int
    public let height: Int
    /// Row-major: cell (x, y) is at y * width + x.
    public private(set) var cells: [Cell]

    /// A `width`×`height` buffer of plain blank cells.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The whole buffer as a Rect.
    public var area: Rect { Rect(width: width, height: height) }

    /// Reading outside the buffer gives a blank cell and writing there is ignored, so widgets given
    /// a too-small terminal clip instead of crashing. Writing does not repair wide characters; use
    /// `put` for text.
    public subscript(x x: Int, y y: Int) -> Cell {
        get { inBounds(x, y) ? cells[y * width + x] : .blank }
        set { if inBounds(x, y) { cells[y * width + x] = newValue } }
    }

    private func inBounds(_ x: Int, _ y: Int) -> Bool {
        x >= 0 && x < width && y >= 0 && y < height
    }

    /// Writes one cell of width 0 or 1 at (x, y), first blanking the other half of any wide
    /// character it overwrites so no half-characters are left on screen.
    private mutating func setCell(_ x: Int, _ y: Int, _ cell: Cell) {
        let i = y * width + x
        let old = cells[i]
        if old.width == 0 && x > 0 && cells[i - 1].width == 2 {
            cells[i - 1] = .blank(cells[i - 1].style)
        }
        if old.width == 2 && x + 1 < width && cells[i + 1].width == 0 {
            cells[i + 1] = .blank(cells[i + 1].style)
        }
        cells[i] = cell
    }

    /// Writes a wide character at (x, y) and its continuation at (x + 1, y); x + 1 must be inside.
    private mutating func setWide(_ x: Int, _ y: Int, _ cell: Cell) {
        setCell(x, y, cell)
        let i = y * width + x + 1
        // The cell under the continuation may start another wide char whose right half must go.
        if cells[i].width == 2 && x + 2 < width && cells[i + 1].width == 0 {
            cells[i + 1] = .blank(cells[i + 1].style)
        }
        cells[i] = .continuation(cell.style)
    }

    /// Writes `s` from (x, y) rightwards and returns the number of columns written. Stops before
    /// `maxWidth` columns or the buffer's right edge; a wide character that would straddle the limit
    /// is not drawn and its first column is filled with a space (counted in the result). Zero-width
    /// clusters (a stray combining mark, controls such as "\n") are skipped. Columns left of 0 are
    /// clipped.
    @discardableResult
    public mutating func put(_ s: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style) -> Int {
        guard y >= 0 && y < height else { return 0 }
        var limit = width
        if let m = maxWidth { limit = min(limit, x + max(0, m)) }
        var col = x
        // Scalar by scalar when each scalar is its own grapheme (see `standsAlone`), which skips
        // grapheme breaking; otherwise grapheme by grapheme.
        if s.unicodeScalars.allSatisfy(standsAlone) {
            for u in s.unicodeScalars {
                let w = scalarWidth(u)
                guard place(Cell(scalar: u, width: UInt8(w), style: style), col: &col, limit: limit, y: y) else { break }
            }
        } else {
            for g in s {
                guard place(Cell(g, width: UInt8(displayWidth(g)), style: style), col: &col, limit: limit, y: y) else { break }
            }
        }
        return max(0, col - max(x, 0))
    }

    /// Draws one grapheme's `cell` at `col` for `put` and moves `col` past it; false once the
    /// grapheme does not fit before `limit` (then `col` is past the space that fills the gap).
    @inline(__always)
    private mutating func place(_ cell: Cell, col: inout Int, limit: Int, y: Int) -> Bool {
        let w = Int(cell.width)
        if w == 0 { return true }
        if col + w > limit {
            if col < limit && col >= 0 {
                setCell(col, y, .blank(cell.style))
                col += 1
            }
            return false
        }
        if col >= 0 {
            if w == 2 { setWide(col, y, cell) } else { setCell(col, y, cell) }
        } else if col + w > 0 {
            setCell(0, y, .blank(cell.style))  // the visible half of a wide char cut by the left edge
        }
        col += w
        return true
    }

    /// Fills `r` (clipped to the buffer) with spaces in `style`.
    public mutating func fill(_ r: Rect, style: Style) {
        let c = r.intersection(area)
        guard !c.isEmpty else { return }
        let blank = Cell.blank(style)
        for y in c.y..<c.maxY {
            // Only the two ends can cut a wide character in half; the cells between are replaced.
            setCell(c.x, y, blank)
            if c.maxX - 1 > c.x { setCell(c.maxX - 1, y, blank) }
            let row = y * width
            for i in (row + c.x + 1)..<max(row + c.x + 1, row + c.maxX - 1) { cells[i] = blank }
        }
    }

    /// Changes the style of the cells in `r` (clipped), keeping their text.
    public mutating func setStyle(_ r: Rect, style: Style) {
        let c = r.intersection(area)
        for y in c.y..<c.maxY {
            for x in c.x..<c.maxX { cells[y * width + x].style = style }
        }
    }

    /// Row `y` as text: continuation cells skipped so wide characters read naturally, trailing
    /// spaces kept so the column of anything on the row can be checked.
    public func line(_ y: Int) -> String {
        guard y >= 0 && y < height else { return "" }
        var s = ""
        for x in 0..<width {
            let c = cells[y * width + x]
            if c.width != 0 { s.append(c.grapheme) }
        }
        return s
    }

    /// Every row as text (see `line(_:)`); the form golden tests compare.
    public func lines() -> [String] {
        (0..<height).map(line)
    }
}
