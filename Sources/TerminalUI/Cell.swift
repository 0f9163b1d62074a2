// One terminal column. A wide character fills two cells: its own (width 2) and a continuation cell
// (width 0) to its right, so column arithmetic stays one cell per column.

public struct Cell: Hashable, Sendable {
    /// The grapheme drawn in this column (a space for blank and continuation cells).
    public var grapheme: Character
    /// Columns the grapheme takes: 1, 2, or 0 for the continuation of the wide char to the left.
    public var width: UInt8
    public var style: Style

    public init(_ grapheme: Character, width: UInt8 = 1, style: Style = .plain) {
        self.grapheme = grapheme
        self.width = width
        self.style = style
    }

    /// A space in the plain style.
    public static let blank = Cell(" ")

    /// A space in `style`.
    public static func blank(_ style: Style) -> Cell { Cell(" ", width: 1, style: style) }

    /// The right half of a wide character, drawn by the cell to its left.
    public static func continuation(_ style: Style) -> Cell { Cell(" ", width: 0, style: style) }

    public var isContinuation: Bool { width == 0 }
}
