// What changed between two frames, so the backend writes only those cells (ratatui's
// Buffer::diff). Fewer bytes to the terminal means less flicker over slow SSH links.

/// Consecutive cells of one row to write starting at (x, y). `cells` may include continuation
/// cells (width 0): the backend skips them, the wide character to their left already covers them.
public struct CellRun: Sendable, Equatable {
    public var x: Int
    public var y: Int
    public var cells: [Cell]

    public init(x: Int, y: Int, cells: [Cell]) {
        self.x = x
        self.y = y
        self.cells = cells
    }
}

/// The runs of cells that differ between `old` and `new`, row by row, left to right. With no old
/// frame, or a different size (after a resize), every row is one run. A changed wide character
/// always comes with its continuation cell, and a changed continuation brings its wide character,
/// because a terminal can only draw the two halves together.
public func diff(from old: Buffer?, to new: Buffer) -> [CellRun] {
    var runs: [CellRun] = []
    let width = new.width
    guard let old, old.width == width, old.height == new.height else {
        for y in 0..<new.height where width > 0 {
            runs.append(CellRun(x: 0, y: y, cells: Array(new.cells[y * width..<(y + 1) * width])))
        }
        return runs
    }
    // Rows are read from the cell arrays directly and runs copied as slices: at 200×60 this runs
    // over 12,000 cells per frame.
    var dirty = [Bool](repeating: false, count: width)
    for y in 0..<new.height {
        let row = y * width
        guard old.cells[row..<row + width] != new.cells[row..<row + width] else { continue }
        for x in 0..<width { dirty[x] = false }
        for x in 0..<width where old.cells[row + x] != new.cells[row + x] {
            dirty[x] = true
            let c = new.cells[row + x]
            if c.width == 2 && x + 1 < width { dirty[x + 1] = true }
            if c.width == 0 && x > 0 { dirty[x - 1] = true }
        }
        var x = 0
        while x < width {
            guard dirty[x] else {
                x += 1
                continue
            }
            let start = x
            while x < width && dirty[x] { x += 1 }
            runs.append(CellRun(x: start, y: y, cells: Array(new.cells[row + start..<row + x])))
        }
    }
    return runs
}
