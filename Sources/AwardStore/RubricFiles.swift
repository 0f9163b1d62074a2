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
        try load(dir) { name throws(StoreError) in try Posix.read(dir.rubrics.appendingPathComponent(name)) }
    }

    /// The rubrics from files given by name (`gbt19580-2012.json`, `stage-D.json`), as the
    /// directory's would be read: `audit verify` replays with the versions the journal names.
    static func load(_ dir: DataDirectory, bytes: (String) throws(StoreError) -> Data?) throws(StoreError) -> [Stage: Rubric] {
        func read(_ name: String) throws(StoreError) -> Rubric? {
            guard let data = try bytes(name) else { return nil }
            do { return try Rubric.parse(data, id: String(name.dropLast(5))) } catch {
                throw .invalidRubric(file: dir.rubrics.appendingPathComponent(name), problem: error)
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

extension RubricFiles {
    /// `rubrics/<name>`: how the journal names a rubric file.
    static func path(_ name: String) -> String { "rubrics/" + name }

    static func isRubric(_ name: String) -> Bool { name.hasPrefix("rubrics/") && name.hasSuffix(".json") && !name.dropFirst(8).contains("/") }

    /// The names a rubric may have: the default and one per stage.
    static var names: [String] { [defaultName] + Stage.allCases.map(stageName) }
}

extension Store {
    /// Installs a scoring rubric (the layout of gbt19580-items.json) as `rubrics/<name>`: the
    /// default for every stage, or `stage-D|Q|S.json` for one. Checked by `Rubric.parse`,
    /// journaled with its digest, the version it replaces kept in history.
    public func installRubric(_ bytes: Data, as name: String) throws(StoreError) {
        guard RubricFiles.names.contains(name) else {
            throw .refused(DomainError(zh: "评分细则文件名应为 \(RubricFiles.names.joined(separator: "、")) 之一", en: "A rubric file is named one of \(RubricFiles.names.joined(separator: ", "))"))
        }
        let file = RubricFiles.path(name)
        do throws(DomainError) { _ = try Rubric.parse(bytes, id: String(name.dropLast(5))) } catch {
            throw .invalidRubric(file: directory.file(file), problem: error)
        }
        try checkpoint()
        var entry = journal.next(time: Timestamp(now()), actor: actor)
        entry.event = .installRubric(file: file)
        // The version replaced is kept in history under the entry that wrote it.
        let contents = try JournalContents.read(directory.journal)
        seqs[file] = Integrity.lastWrite(of: file, in: contents)?.seq ?? 0
        defer { seqs.removeValue(forKey: file) }
        try record(&entry, files: [(file, bytes)])
        data.rubrics = try RubricFiles.load(directory)
    }
}
