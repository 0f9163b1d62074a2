/// The sheet rules a keyboard screen checks before it commits a cell, so a refused entry stays in
/// place with the reducer's own words (第六条) instead of moving on and failing afterwards.
extension ScoreSheet {
    /// Why `percent` cannot be entered for `itemID` (not 0–100, not a 5 % step), or nil.
    public static func percentProblem(_ percent: Int, itemID: String) -> DomainError? {
        do throws(DomainError) {
            try SheetRules.checkPercent(percent, itemID: itemID)
            return nil
        } catch {
            return error
        }
    }

    /// Why this sheet cannot be changed now (submitted, awaiting the office's reopen), or nil.
    public var editProblem: DomainError? {
        do throws(DomainError) {
            try SheetRules.checkEditable(self)
            return nil
        } catch {
            return error
        }
    }
}
