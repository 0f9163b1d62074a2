/// Sheet arithmetic (第六条, RULES.md §4): each item is entered as a percentage in 5 % steps and
/// item score = item points × percentage. Kept in hundredths of a point, so exact:
/// 50 points × 85 % = 4250 hundredths = 42.50 points.
extension ScoreSheet {
    /// Hundredths of a point for one item, nil when the item has no value yet.
    public func itemHundredths(_ item: Rubric.Item) -> Int? {
        percents[item.id].map { item.points * $0 }
    }

    /// The sheet total in hundredths of a point; items without a value count 0.
    public func totalHundredths(rubric: Rubric) -> Int {
        rubric.items.reduce(0) { $0 + (itemHundredths($1) ?? 0) }
    }

    /// Category id → hundredths of a point.
    public func categoryHundredths(rubric: Rubric) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: rubric.categories.map { c in
            (c.id, c.items.reduce(0) { $0 + (itemHundredths($1) ?? 0) })
        })
    }

    /// Rubric items with no value, in rubric order.
    public func missingItems(rubric: Rubric) -> [String] {
        rubric.items.filter { percents[$0.id] == nil }.map(\.id)
    }
}
