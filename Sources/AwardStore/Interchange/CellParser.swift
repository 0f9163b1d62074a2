import AwardDomain
import Foundation

/// How one cell is read: what it must hold (for the docs and for messages) and the function that
/// reads it. A parser returns the value or what is wrong with the text, in both languages.
public struct CellParser: Sendable {
    /// What the cell must hold, e.g. "日期 YYYY-MM-DD".
    public let format: Phrase
    /// How an export stores the column: ids and codes as text, numbers as numbers, dates as dates.
    public let kind: CellKind
    let read: @Sendable (String) -> Result<any Sendable, CellProblem>

    static func of<T: Sendable>(_ format: Phrase, kind: CellKind = .text, _ f: @escaping @Sendable (String) -> Result<T, CellProblem>) -> CellParser {
        CellParser(format: format, kind: kind, read: { text in f(text).map { $0 as any Sendable } })
    }
}

/// Why a cell could not be read. A plain wrapper so `Result` has an `Error` to carry.
struct CellProblem: Error {
    let message: Phrase
    init(_ message: Phrase) { self.message = message }
    init(zh: String, en: String) { message = Phrase(zh: zh, en: en) }
}

/// Domain enums a cell may name by code, Chinese name or English name.
protocol CellChoice: CaseIterable, RawRepresentable, Sendable where RawValue == String {
    var name: Phrase { get }
}

extension County: CellChoice {}
extension SectorTag: CellChoice {}
extension RecordKind: CellChoice {}
extension Severity: CellChoice {}
extension AwardTier: CellChoice {}
extension PublicityOutcome: CellChoice {}
extension RecommenderKind: CellChoice {}
extension ApplicationStatus: CellChoice {}
extension Stage: CellChoice {}

extension CellChoice {
    /// The case whose code, Chinese name or English name is `text` (case-insensitive, trimmed).
    static func matching(_ text: String) -> Self? {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        return allCases.first { $0.rawValue.lowercased() == t || $0.name.zh == t || $0.name.en.lowercased() == t }
    }

    static var choicesZh: String { allCases.map(\.name.zh).joined(separator: "；") }
    static var choicesEn: String { allCases.map { "\($0.rawValue) (\($0.name.en))" }.joined(separator: ", ") }
}

extension CellParser {
    /// Free text, kept as written (surrounding spaces removed).
    static let text = CellParser.of(Phrase(zh: "文本", en: "text")) { .success($0) }

    /// An identifier: no list separators or line breaks, since ids appear inside lists.
    static let identifier = CellParser.of(Phrase(zh: "编号（不含分号、顿号、换行）", en: "id (no semicolons or line breaks)"), kind: .code) { (t: String) -> Result<String, CellProblem> in
        if t.contains(where: { listSeparators.contains($0) || $0.isNewline }) {
            return .failure(CellProblem(zh: "编号“\(t)”中不能有分号、顿号或换行", en: "The id “\(t)” must not contain semicolons or line breaks"))
        }
        return .success(t)
    }

    static let creditCode = CellParser.of(Phrase(zh: "18位统一社会信用代码", en: "18-character unified social credit code"), kind: .code) { (t: String) -> Result<String, CellProblem> in
        let code = t.uppercased() // Excel users often type the letters in lower case; the code itself is case-free
        if looksLikeScientific(code) {
            return .failure(CellProblem(zh: "“\(code)”是Excel把代码当作数字后显示的科学计数法，代码已丢失位数；请把该列设置为“文本”格式，重新填写代码后保存",
                                        en: "“\(code)” is Excel's scientific notation for a code it took as a number, and digits are lost: format the column as Text, re-enter the codes and save again"))
        }
        if let p = CreditCode.problem(code) { return .failure(CellProblem(p)) }
        return .success(code)
    }

    static let yesNo = CellParser.of(Phrase(zh: "是/否（也可写 yes/no、true/false、1/0、Y/N）", en: "yes/no (also 是/否, true/false, 1/0, Y/N)")) { (t: String) -> Result<Bool, CellProblem> in
        switch t.lowercased() {
        case "是", "yes", "y", "true", "1": .success(true)
        case "否", "no", "n", "false", "0": .success(false)
        default: .failure(CellProblem(zh: "“\(t)”不是是/否；请填写“是”或“否”", en: "“\(t)” is not yes or no: write yes or no"))
        }
    }

    static let day = CellParser.of(Phrase(zh: "日期 YYYY-MM-DD（也可 YYYY/M/D、YYYY.M.D）", en: "date YYYY-MM-DD (also YYYY/M/D, YYYY.M.D)"), kind: .date) { (t: String) -> Result<Day, CellProblem> in
        readDay(t)
    }

    static let year = CellParser.of(Phrase(zh: "四位年份", en: "four-digit year"), kind: .number) { (t: String) -> Result<Int, CellProblem> in
        guard t.count == 4, let y = Int(t), Day.validYears.contains(y) else {
            return .failure(CellProblem(zh: "“\(t)”不是年份；请填写四位年份，如 2026", en: "“\(t)” is not a year: write four digits, e.g. 2026"))
        }
        return .success(y)
    }

    /// 0–100 in steps of 5 (the rubric's percentage entry, 第六条); "85%" is accepted.
    static let percent = CellParser.of(Phrase(zh: "得分率 0–100，5的倍数（可带 %）", en: "percentage 0–100 in steps of 5 (% allowed)"), kind: .number) { (t: String) -> Result<Int, CellProblem> in
        var s = t
        if s.hasSuffix("%") || s.hasSuffix("％") { s.removeLast() }
        guard let p = Int(s.trimmingCharacters(in: .whitespaces)) else {
            return .failure(CellProblem(zh: "“\(t)”不是整数得分率；请填写0到100之间5的倍数，如 85", en: "“\(t)” is not a whole percentage: write a multiple of 5 from 0 to 100, e.g. 85"))
        }
        guard (0...100).contains(p) else {
            return .failure(CellProblem(zh: "得分率\(p)超出0到100的范围", en: "The percentage \(p) is outside 0–100"))
        }
        guard p % 5 == 0 else {
            return .failure(CellProblem(zh: "得分率\(p)不是5的倍数；评分细则按5%一档打分（第六条）", en: "The percentage \(p) is not a multiple of 5: the rubric scores in 5 % steps (Art. 6)"))
        }
        return .success(p)
    }

    /// Several values separated by ; ； or 、 (a comma would split the CSV cell in other programs).
    static let list = CellParser.of(Phrase(zh: "多项用 ; 或 ；或 、 分隔", en: "items separated by ; (or ； 、)")) { (t: String) -> Result<[String], CellProblem> in
        .success(splitList(t))
    }

    /// Findings, one per line (Alt+Enter in Excel, Ctrl+Enter in WPS): a finding is a sentence and
    /// may hold ; 、 and commas.
    static let lines = CellParser.of(Phrase(zh: "每条一行（Excel 中按 Alt+Enter 换行）", en: "one per line (Alt+Enter in Excel)")) { (t: String) -> Result<[String], CellProblem> in
        .success(t.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }

    static let sectors = CellParser.of(Phrase(zh: "鼓励产业名称或代码，多项用 ; 分隔：\(SectorTag.choicesZh)", en: "sector names or codes separated by ;: \(SectorTag.choicesEn)")) { (t: String) -> Result<[SectorTag], CellProblem> in
        var tags: [SectorTag] = []
        for part in splitList(t) {
            guard let tag = SectorTag.matching(part) else {
                return .failure(CellProblem(zh: "“\(part)”不是鼓励产业；可填：\(SectorTag.choicesZh)", en: "“\(part)” is not an encouraged sector; use one of: \(SectorTag.choicesEn)"))
            }
            if !tags.contains(tag) { tags.append(tag) }
        }
        return .success(tags)
    }

    /// Day ranges "2026-05-01~2026-05-10" (or a single day) separated by ;.
    static let dayRanges = CellParser.of(Phrase(zh: "日期段 起~止，多段用 ; 分隔；单日可只写一个日期", en: "ranges from~to separated by ;; a single day may stand alone")) { (t: String) -> Result<[DayRange], CellProblem> in
        var ranges: [DayRange] = []
        for part in splitList(t) {
            let ends = part.split(whereSeparator: { $0 == "~" || $0 == "～" }).map(String.init)
            guard (1...2).contains(ends.count) else {
                return .failure(CellProblem(zh: "“\(part)”不是日期段；请写成 2026-05-01~2026-05-10", en: "“\(part)” is not a range: write 2026-05-01~2026-05-10"))
            }
            var days: [Day] = []
            for e in ends {
                switch readDay(e) {
                case .success(let d): days.append(d)
                case .failure(let p): return .failure(p)
                }
            }
            let range = DayRange(from: days[0], to: days.last!)
            guard range.from <= range.to else {
                return .failure(CellProblem(zh: "日期段“\(part)”的开始晚于结束", en: "The range “\(part)” starts after it ends"))
            }
            ranges.append(range)
        }
        return .success(ranges)
    }

    static func choice<T: CellChoice>(_ type: T.Type) -> CellParser {
        CellParser.of(Phrase(zh: "可填：\(T.choicesZh)（或英文代码）", en: "one of: \(T.choicesEn)")) { (t: String) -> Result<T, CellProblem> in
            guard let v = T.matching(t) else {
                return .failure(CellProblem(zh: "“\(t)”不是可选值；可填：\(T.choicesZh)", en: "“\(t)” is not allowed; use one of: \(T.choicesEn)"))
            }
            return .success(v)
        }
    }

    static let listSeparators: Set<Character> = [";", "；", "、"]

    static func splitList(_ t: String) -> [String] {
        t.split(whereSeparator: { listSeparators.contains($0) })
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
    }

    /// "9.13209E+17": an 18-digit code Excel turned into a number.
    static func looksLikeScientific(_ t: String) -> Bool {
        t.range(of: #"^[0-9](\.[0-9]+)?[eE]\+[0-9]+$"#, options: .regularExpression) != nil
    }

    /// `Day(text)`, plus what Excel and clerks also write: a midnight time after the date
    /// ("2026/3/31 0:00") and "2026年3月31日". An Excel serial number is refused with a hint.
    static func readDay(_ raw: String) -> Result<Day, CellProblem> {
        var t = raw.trimmingCharacters(in: .whitespaces)
        for midnight in [" 0:00", " 00:00", " 0:00:00", " 00:00:00"] where t.hasSuffix(midnight) {
            t = String(t.dropLast(midnight.count))
        }
        if t.hasSuffix("日"), t.contains("年"), t.contains("月") {
            t = String(t.dropLast()).replacingOccurrences(of: "年", with: "-").replacingOccurrences(of: "月", with: "-")
        }
        if let d = Day(t) { return .success(d) }
        if t.range(of: #"^[0-9]{1,6}(\.0+)?$"#, options: .regularExpression) != nil, let serial = Double(t) {
            // Excel counts days from 1899-12-30 (its 1900 leap-year bug included); that day is
            // outside Day.validYears, so count from 1900-01-01, which is serial 2 on that scale.
            let guess = Day(year: 1900, month: 1, day: 1)?.adding(days: Int(serial) - 2)
            let zhGuess = guess.map { "（可能是 \($0)）" } ?? ""
            let enGuess = guess.map { " (perhaps \($0))" } ?? ""
            return .failure(CellProblem(zh: "“\(t)”是Excel的日期序列号\(zhGuess)；请把该列设置为日期格式 YYYY-MM-DD 后重新保存",
                                        en: "“\(t)” is an Excel date serial number\(enGuess): format the column as a date YYYY-MM-DD and save again"))
        }
        return .failure(CellProblem(zh: "“\(t)”不是日期；请写成 YYYY-MM-DD，如 2026-03-31", en: "“\(t)” is not a date: write YYYY-MM-DD, e.g. 2026-03-31"))
    }
}
