import AwardDomain

/// Reads the cells of one data row through the kind's column specs, collecting every problem
/// instead of stopping at the first, so the user sees all of them at once.
struct RowReader {
    let number: Int
    let cells: [String: String]
    let columns: [String: Column]
    let headers: [String: String]
    var problems: [ImportProblem] = []

    init(number: Int, cells: [String: String], columns: [Column], headers: [String: String]) {
        self.number = number
        self.cells = cells
        self.columns = Dictionary(uniqueKeysWithValues: columns.map { ($0.key, $0) })
        self.headers = headers
    }

    /// True when the file has this column (absent optional columns leave stored values alone).
    func has(_ key: String) -> Bool { cells[key] != nil }

    /// True when the column is present and its cell is not empty.
    func filled(_ key: String) -> Bool { !(cells[key] ?? "").isEmpty }

    func header(_ key: String) -> String { headers[key] ?? columns[key]?.zh ?? key }

    mutating func fail(_ key: String, _ message: Phrase) {
        problems.append(ImportProblem(row: number, column: header(key), message: message))
    }

    mutating func fail(_ key: String, zh: String, en: String) { fail(key, Phrase(zh: zh, en: en)) }

    /// The cell's value; nil when it is empty or wrong (a wrong or missing required cell is
    /// recorded as a problem). A column the file lacks gives nil without a problem: the header
    /// check has already reported a missing required column.
    mutating func value<T>(_ key: String, as type: T.Type = T.self) -> T? {
        guard let column = columns[key] else { preconditionFailure("no column \(key)") }
        guard let text = cells[key] else { return nil }
        if text.isEmpty {
            if column.required { fail(key, zh: "此项必填", en: "This cell is required") }
            return nil
        }
        if let u = SafeText.firstRefused(text, field: key) {
            let p = SafeText.refusal(u, field: header(key))
            fail(key, Phrase(zh: p.text(.zh), en: p.text(.en)))
            return nil
        }
        switch column.parser.read(text) {
        case .success(let v):
            guard let typed = v as? T else { preconditionFailure("column \(key) does not hold \(T.self)") }
            return typed
        case .failure(let p):
            fail(key, p.message)
            return nil
        }
    }

    /// The text of a cell ("" when empty or absent).
    mutating func text(_ key: String) -> String { value(key, as: String.self) ?? "" }

    /// A group of columns filled together or not at all (a certificate, a recommendation).
    /// Returns true when the group is filled; reports each empty member of a partly filled group.
    mutating func group(_ keys: [String], required: [String]? = nil, name: Phrase) -> Bool {
        let need = required ?? keys
        guard keys.contains(where: filled) else { return false }
        for k in need where !filled(k) {
            fail(k, zh: "已填写\(name.zh)的其他项，此项也须填写", en: "The other \(name.en) cells are filled, so this one is needed too")
        }
        return need.allSatisfy(filled)
    }
}
