import Foundation

/// A scoring rubric as data (第六条: an equivalent newer standard may replace GB/T 19580).
/// Default: reference/gbt19580-items.json, 7 categories, 23 items, 1000 points.
public struct Rubric: Hashable, Codable, Sendable, Identifiable {
    public struct Item: Hashable, Codable, Sendable, Identifiable {
        public var id: String
        public var name: String
        public var name_en: String
        public var points: Int
        public func title(_ lang: Language) -> String { Phrase(zh: name, en: name_en).text(lang) }
    }

    public struct Category: Hashable, Codable, Sendable, Identifiable {
        public var id: String
        public var name: String
        public var name_en: String
        /// "process" (方法-展开-学习-整合) or "result" (水平-趋势-对比-整合).
        public var kind: String
        public var points: Int
        public var items: [Item]
        public func title(_ lang: Language) -> String { Phrase(zh: name, en: name_en).text(lang) }
    }

    public var id: String
    public var standard: String
    public var total_points: Int
    public var categories: [Category]
    /// Percentage bands, e.g. [[0,5],[10,25],…].
    public var bands: [[Int]]
    /// What each band means, per category kind ("process", "result"), in band order; from the
    /// rubric file, so a newer standard brings its own words (第六条).
    public var bandTexts: [String: [Phrase]] = [:]

    /// Every item in rubric order.
    public var items: [Item] { categories.flatMap(\.items) }

    /// The meaning of band `index` for a kind of category, or nil when the file gives none.
    public func bandText(kind: String, index: Int) -> Phrase? {
        guard let list = bandTexts[kind], list.indices.contains(index) else { return nil }
        return list[index]
    }

    /// The band a share that need not be a 5 % step falls in (a category's share of its points,
    /// in hundredths of a percent: 47.50 % is 4750): the highest band whose lower bound it reaches.
    public func bandIndex(reaching share: ExactScore) -> Int? {
        bands.indices.last { bands[$0].count == 2 && ExactScore(hundredths: bands[$0][0] * 100) <= share }
    }

    public func category(ofItem itemID: String) -> Category? {
        categories.first { $0.items.contains { $0.id == itemID } }
    }

    /// The Q&A-defence rubric of the same standard: each category scored as one item (issue default).
    public var categoriesOnly: Rubric {
        var r = self
        r.id = id + "-categories"
        r.standard = standard + "（问询答辩：按类目评分 / Q&A defence: one score per category）"
        r.categories = categories.map { c in
            var c = c
            c.items = [Item(id: c.id, name: c.name, name_en: c.name_en, points: c.points)]
            return c
        }
        return r
    }
}

extension Rubric {
    struct File: Codable {
        struct Scoring: Codable {
            var bands_percent: [[Int]]
            var band_texts: [String: [Phrase]]?
        }
        var standard: String
        var total_points: Int
        var scoring: Scoring
        var categories: [Category]
    }

    /// Reads a rubric in the layout of gbt19580-items.json and checks that its points add up.
    public static func parse(_ data: Data, id: String) throws(DomainError) -> Rubric {
        let f: File
        do { f = try JSONDecoder().decode(File.self, from: data) } catch {
            throw DomainError(zh: "评分细则文件格式不正确：\(error.localizedDescription)",
                              en: "The scoring rubric file is malformed: \(error.localizedDescription)", citation: .art6)
        }
        let r = Rubric(id: id, standard: f.standard, total_points: f.total_points, categories: f.categories, bands: f.scoring.bands_percent,
                       bandTexts: f.scoring.band_texts ?? [:])
        try r.validate()
        return r
    }

    /// Category points equal the sum of their items, and categories add up to the stated total.
    public func validate() throws(DomainError) {
        for c in categories where c.items.reduce(0, { $0 + $1.points }) != c.points {
            throw DomainError(zh: "评分细则类目 \(c.id) 的分值与其条目之和不符", en: "Rubric category \(c.id): item points do not add up to \(c.points)", citation: .art6)
        }
        let sum = categories.reduce(0) { $0 + $1.points }
        guard sum == total_points else {
            throw DomainError(zh: "评分细则总分 \(sum) 与标称总分 \(total_points) 不符", en: "Rubric points add up to \(sum), not the stated \(total_points)", citation: .art6)
        }
    }

    /// The GB/T 19580-2012 rubric shipped with the program.
    public static let gbt19580: Rubric = {
        guard let url = Bundle.module.url(forResource: "gbt19580-items", withExtension: "json", subdirectory: "Resources")
                ?? Bundle.module.url(forResource: "gbt19580-items", withExtension: "json"),
              let data = try? Data(contentsOf: url),
              let r = try? Rubric.parse(data, id: "gbt19580-2012") else {
            preconditionFailure("the shipped GB/T 19580 rubric is missing from the program's resources")
        }
        return r
    }()
}
