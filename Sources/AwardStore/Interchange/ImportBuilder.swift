import AwardDomain

/// Turns checked rows into domain values, with the checks that span rows or need the registry:
/// references, duplicates inside the file, and merging into what is already stored.
struct ImportBuilder {
    let registry: Registry
    let cycle: Cycle
    let rubrics: [Stage: Rubric]
    var problems: [ImportProblem] = []

    mutating func collect(_ reader: RowReader) { problems += reader.problems }

    func problem(_ reader: RowReader, _ key: String, zh: String, en: String) -> ImportProblem {
        ImportProblem(row: reader.number, column: reader.header(key), message: Phrase(zh: zh, en: en))
    }

    /// Reports an id seen in an earlier row of the same file; returns true when it is new.
    mutating func firstUse(of id: String, key: String, reader: RowReader, seen: inout [String: Int]) -> Bool {
        if let earlier = seen[id] {
            problems.append(problem(reader, key, zh: "编号 \(id) 与第\(earlier)行重复；每个编号只能出现一次", en: "The id \(id) repeats row \(earlier): each id may appear once"))
            return false
        }
        seen[id] = reader.number
        return true
    }
}
