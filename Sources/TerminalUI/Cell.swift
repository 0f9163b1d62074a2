// One terminal column. A wide character fills two cells: its own (width 2) and a continuation cell
// (width 0) to its right, so column arithmetic stays one cell per column.
//
// A cell is plain data (no reference to count): a 200×60 frame is 12,000 cells, filled several
// times over and compared cell by cell for the frame diff, so copying one must cost a few bytes.

public struct Cell: Hashable, Sendable {
    /// The grapheme as a number: a Unicode scalar value when the grapheme is one scalar (nearly
    /// always), else `Cell.clusterBase` + its index in the `ClusterTable`. Interning makes equal
    /// graphemes equal codes, so comparing cells compares their text.
    var code: UInt32
    /// Columns the grapheme takes: 1, 2, or 0 for the continuation of the wide char to the left.
    public var width: UInt8
    public var style: Style

    /// Codes from here up are cluster-table indices: above every Unicode scalar value.
    static let clusterBase: UInt32 = 0x11_0000

    public init(_ grapheme: Character, width: UInt8 = 1, style: Style = .plain) {
        self.code = Cell.code(of: grapheme)
        self.width = width
        self.style = style
    }

    /// A cell holding one scalar, for text known to be one scalar per grapheme.
    init(scalar: Unicode.Scalar, width: UInt8, style: Style) {
        self.code = scalar.value
        self.width = width
        self.style = style
    }

    /// The grapheme drawn in this column (a space for blank and continuation cells).
    public var grapheme: Character {
        get {
            if code < Cell.clusterBase, let s = Unicode.Scalar(code) { return Character(s) }
            return ClusterTable.cluster(code - Cell.clusterBase)
        }
        set { code = Cell.code(of: newValue) }
    }

    private static func code(of g: Character) -> UInt32 {
        var scalars = g.unicodeScalars.makeIterator()
        if let first = scalars.next(), scalars.next() == nil { return first.value }
        return clusterBase + ClusterTable.index(of: g)
    }

    /// A space in the plain style.
    public static let blank = Cell(" ")

    /// A space in `style`.
    public static func blank(_ style: Style) -> Cell { Cell(scalar: " ", width: 1, style: style) }

    /// The right half of a wide character, drawn by the cell to its left.
    public static func continuation(_ style: Style) -> Cell { Cell(scalar: " ", width: 0, style: style) }

    public var isContinuation: Bool { width == 0 }
}
