import AwardDomain

// Excel, WPS and LibreOffice run a CSV cell that starts with `=`, `+`, `-` or `@` (or a tab or
// carriage return before one) as a formula: an organization named `=HYPERLINK("…")` would become
// a live link, and worse formulas can run commands (CSV injection, OWASP). Such a cell is
// written with a leading apostrophe, which spreadsheets read as "this is text"; the importer
// takes it off again, so the name round-trips unchanged.

extension CSVExport {
    /// Characters that make a spreadsheet read a cell as a formula.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// True when `s` would be read as a formula, or is a guarded cell itself (apostrophes before
    /// such a start), so that an apostrophe the user typed survives the round trip too.
    static func needsGuard(_ s: Substring) -> Bool {
        guard let first = s.unicodeScalars.first else { return false }
        if formulaStarts.contains(first) { return true }
        return first == "'" && needsGuard(s.dropFirst())
    }

    /// The cell as written: an apostrophe before a formula start. Numbers in a number column
    /// (a negative amount) and dates in a date column are values, not formulas, and stay as
    /// they are so they keep their meaning in Excel.
    public static func guarded(_ s: String, kind: CellKind) -> String {
        switch kind {
        case .number where isPlainNumber(s): return s
        case .date where Day(s) != nil: return s
        default: return needsGuard(Substring(s)) ? "'" + s : s
        }
    }

    /// The cell as read: the apostrophe `guarded` added taken off.
    public static func unguarded(_ s: String) -> String {
        s.hasPrefix("'") && needsGuard(s.dropFirst()) ? String(s.dropFirst()) : s
    }

    /// "-12", "863.45": digits with at most one point and a leading minus.
    static func isPlainNumber(_ s: String) -> Bool {
        let body = s.hasPrefix("-") ? s.dropFirst() : Substring(s)
        return !body.isEmpty && body.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") } && body.filter { $0 == "." }.count <= 1
            && body.contains { $0.isNumber }
    }
}
