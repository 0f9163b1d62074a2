import AwardDomain

/// The settings screen's words for its keys and forms, typed: the compiler checks every use and
/// every argument (the rest of the screen still reads the catalog).
extension Phrase {
    static let boardDateKey = Phrase(zh: "看板日期", en: "board date")
    static let importCalendarKey = Phrase(zh: "导入工作日历", en: "import calendar")
    static let boardDateField = Phrase(zh: "看板日期", en: "Board as of")
    static let boardDateHint = Phrase(zh: "YYYY-MM-DD；清空则恢复启动时的日期；仅本次有效", en: "YYYY-MM-DD; empty goes back to the start-up day; this session only")
    static let calendarFileField = Phrase(zh: "文件路径", en: "File path")
    static let calendarFileHint = Phrase(zh: "国务院办公厅节假日安排通知整理成的 JSON 文件，每次一年",
                                         en: "JSON file of the State Council holiday notice, one year at a time")
    static func boardDateSet(_ day: Day) -> Phrase {
        Phrase(zh: "看板日期已设为 \(day)（仅本次会话，不保存）", en: "Board shown as of \(day) (this session only, not saved)")
    }
}
