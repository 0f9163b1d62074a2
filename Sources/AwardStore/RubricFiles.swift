import AwardDomain
import Foundation

/// The rubrics in `rubrics/`, in the layout of the shipped gbt19580-items.json, so an equivalent
/// newer standard can replace GB/T 19580 by replacing a file (第六条).
/// `rubrics/stage-D.json`, `stage-Q.json`, `stage-S.json` set one stage; otherwise every stage uses
/// `gbt19580-2012.json` (Q its categories-only form); a missing file falls back to the shipped rubric.
enum RubricFiles {
    static let defaultName = "gbt19580-2012.json"
    static func stageName(_ s: Stage) -> String { "stage-\(s.rawValue).json" }

    /// The file layout Rubric.parse reads.
    private struct File: Codable {
        struct Scoring: Codable {
            var bands_percent: [[Int]]
            var band_texts: [String: [Phrase]]?
        }
        var standard: String
        var total_points: Int
        var scoring: Scoring
        var categories: [Rubric.Category]
    }

    static func encode(_ r: Rubric) -> Data {
        let f = File(standard: r.standard, total_points: r.total_points, scoring: .init(bands_percent: r.bands, band_texts: r.bandTexts.isEmpty ? nil : r.bandTexts), categories: r.categories)
        do { return try Canonical.fileEncoder().encode(f) + Data([0x0A]) } catch {
            preconditionFailure("cannot encode rubric \(r.id): \(error)")
        }
    }

    static func load(_ dir: DataDirectory) throws(StoreError) -> [Stage: Rubric] {
        func read(_ name: String) throws(StoreError) -> Rubric? {
            let url = dir.rubrics.appendingPathComponent(name)
            guard let data = try Posix.read(url) else { return nil }
            do { return try Rubric.parse(data, id: String(name.dropLast(5))) } catch {
                throw .invalidRubric(file: url, problem: error)
            }
        }
        let base = try read(defaultName) ?? .gbt19580
        var out: [Stage: Rubric] = [:]
        for s in Stage.allCases {
            out[s] = try read(stageName(s)) ?? (s == .qa ? base.categoriesOnly : base)
        }
        return out
    }
}
