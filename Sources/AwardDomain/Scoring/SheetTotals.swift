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
        let layout = RubricLayout(rubric)
        return Dictionary(uniqueKeysWithValues: zip(layout.categoryIDs, categorySubtotals(layout)))
    }

    /// Hundredths of a point per category, in the rubric's order; items without a value count 0.
    /// Stage results keep these instead of a dictionary per sheet.
    func categorySubtotals(_ layout: RubricLayout) -> [Int] {
        var subtotals = [Int](repeating: 0, count: layout.categoryIDs.count)
        for k in layout.itemIDs.indices {
            if let p = percents[layout.itemIDs[k]] { subtotals[layout.categoryOfItem[k]] += layout.itemPoints[k] * p }
        }
        return subtotals
    }

    /// Rubric items with no value, in rubric order.
    public func missingItems(rubric: Rubric) -> [String] {
        rubric.items.filter { percents[$0.id] == nil }.map(\.id)
    }
}

/// A rubric's items flattened once per batch of results: id, points and category position, so a
/// sheet's subtotals are one lookup per item with nothing else copied or allocated but the
/// subtotals themselves.
struct RubricLayout: Sendable {
    let categoryIDs: [String]
    let itemIDs: [String]
    let itemPoints: [Int]
    let categoryOfItem: [Int]

    init(_ rubric: Rubric) {
        var ids: [String] = [], points: [Int] = [], category: [Int] = []
        for (c, cat) in rubric.categories.enumerated() {
            for item in cat.items {
                ids.append(item.id)
                points.append(item.points)
                category.append(c)
            }
        }
        categoryIDs = rubric.categories.map(\.id)
        itemIDs = ids
        itemPoints = points
        categoryOfItem = category
    }
}
