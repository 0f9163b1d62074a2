import AwardDomain

/// Messages several commands give, named so they read the same in each.
extension Phrase {
    /// A date option that is not a date: "--today 的日期“2026-13-01”无效，应为 YYYY-MM-DD".
    static func notADate(option: String, text: String) -> Phrase {
        Phrase(zh: "\(option) 的日期“\(text)”无效，应为 YYYY-MM-DD",
               en: "\(option) “\(text)” is not a date (YYYY-MM-DD)")
    }
    static func cannotReadFile(_ path: String) -> Phrase {
        Phrase(zh: "无法读取文件 \(path)", en: "Cannot read \(path)")
    }
    static func reportsWritten(count: Int, to folder: String) -> Phrase {
        Phrase(zh: "已写入 \(count) 份报告到 \(folder)", en: "Wrote \(count) report(s) to \(folder)")
    }
}
