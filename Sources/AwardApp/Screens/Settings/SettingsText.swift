import AwardDomain

/// The settings screen's words for its keys and forms, typed: the compiler checks every use and
/// every argument.
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

    static let editSettingsKey = Phrase(zh: "修改设置", en: "edit settings")
    static let newCycleKey = Phrase(zh: "新建下一年度", en: "make the next cycle")
    static let switchCycleKey = Phrase(zh: "切换年度", en: "switch cycle")
    static let oneCycle = Phrase(zh: "数据目录中只有一个年度", en: "The data directory holds one cycle")
    static func editSettingsTitle(_ year: Int) -> Phrase {
        Phrase(zh: "\(year) 年度设置和办公室设置", en: "Settings of the \(year) cycle and the office")
    }
    static let placesNoteField = Phrase(zh: "少评理由", en: "Reason for fewer places")
    static let placesNoteHint = Phrase(zh: "拟评名额少于上限时必填（如会议纪要，第三条）", en: "Needed when places are fewer than the quota (e.g. the minutes, Art. 3)")
    static let yearField = Phrase(zh: "年度", en: "Year")
    static let newCycleTitle = Phrase(zh: "新建下一年度（第三条：每年评审一次）", en: "Make the next cycle (Art. 3: every year)")
    static let newCycleHint = Phrase(zh: "沿用组织名录、专家库、获奖和撤销记录、工作日历、评分细则、名额和计分办法",
                                     en: "The registry, experts, award and revocation history, calendar, rubric, quotas and scoring carry on")
    static func newCycleQuestion(_ year: Int) -> Phrase {
        Phrase(zh: "在本数据目录中新建 \(year) 年度并打开它？", en: "Make the \(year) cycle in this data directory and open it?")
    }
    static func switchCycleHint(_ years: [Int]) -> Phrase {
        let y = years.map(String.init)
        return Phrase(zh: "已有年度：\(y.joined(separator: "、"))", en: "Cycles: \(y.joined(separator: ", "))")
    }
    static func noSuchCycle(_ year: String) -> Phrase {
        Phrase(zh: "没有 \(year) 年度：新建请按 n", en: "There is no \(year) cycle: press n to make one")
    }
    static let openCycleLabel = Phrase(zh: "当前年度", en: "Open cycle")
    static func openCycleValue(_ year: Int, _ years: [Int]) -> Phrase {
        let y = years.map(String.init)
        return Phrase(zh: "\(year)（数据目录中的年度：\(y.joined(separator: "、"))；y 切换，n 新建下一年度）",
                      en: "\(year) (cycles in the directory: \(y.joined(separator: ", ")); y switches, n makes the next)")
    }
    static func cycleOpened(_ year: Int) -> Phrase { Phrase(zh: "已打开 \(year) 年度", en: "The \(year) cycle is open") }
}

/// The settings screen's words.
extension Phrase {
    static let settingsDataDir = Phrase(zh: "数据目录", en: "Data directory")
    static let settingsContact = Phrase(zh: "联系方式", en: "Contact")
    static let settingsQuotas = Phrase(zh: "名额上限", en: "Quotas (upper bounds)")
    static func settingsQuotaValue(awards: Int, nominations: Int) -> Phrase {
        Phrase(zh: "市长质量奖 \(awards) 个，提名奖 \(nominations) 个（第三条）", en: "award \(awards), nomination \(nominations) (Art. 3)")
    }
    static let settingsCalendar = Phrase(zh: "工作日历年份", en: "Calendar years")
    static let settingsRubric = Phrase(zh: "评分标准", en: "Rubric")
    static let settingsTheme = Phrase(zh: "主题", en: "Theme")
    /// A theme of `themes/` in words, with the name `--theme` takes (a theme of the office's
    /// own is shown by its name).
    static func settingsThemeName(_ name: String) -> Phrase {
        switch name {
        case "default": Phrase(zh: "默认（default）", en: "default")
        case "light": Phrase(zh: "浅色（light）", en: "light")
        case "high-contrast": Phrase(zh: "高对比度（high-contrast）", en: "high contrast (high-contrast)")
        case "monochrome": Phrase(zh: "单色（monochrome）", en: "monochrome")
        default: Phrase(zh: name, en: name)
        }
    }
    static let settingsLanguage = Phrase(zh: "语言", en: "Language")
    static let settingsBoardDate = Phrase(zh: "看板日期", en: "Board as of")
    static func settingsBoardDateOverride(today: String, startedWith: String) -> Phrase {
        Phrase(zh: "\(today)（本次会话设定，启动时为 \(startedWith)）", en: "\(today) (set for this session; started as \(startedWith))")
    }
    static let settingsMissingYears = Phrase(zh: "看板缺少的年份", en: "Years the board lacks")
    static func settingsMissingValue(years: String) -> Phrase {
        Phrase(zh: "\(years)：请按 i 导入该年的节假日安排通知", en: "\(years): press i to import that year's holiday notice")
    }
    static func settingsCalendarImported(year: Int, holidays: Int, adjusted: Int) -> Phrase {
        Phrase(zh: "已导入 \(year) 年工作日历：放假 \(holidays) 天，调休上班 \(adjusted) 天",
               en: "Imported the \(year) working-day calendar: \(holidays) days off, \(adjusted) make-up working days")
    }
}

extension Phrase {
    static func settingsRowInFull(label: String, value: String) -> Phrase { Phrase(zh: "\(label)：\(value)", en: "\(label): \(value)") }
    static func settingsMoreRows(_ n: Int) -> Phrase {
        Phrase(zh: "↓ 下面还有 \(n) 项：↑/↓ 滚动，Enter 或 v 查看全部", en: "↓ \(n) more below: ↑/↓ scroll, Enter or v shows them all")
    }
}

extension SettingsScreen {
    /// The tab's title.
    static let title = Phrase(zh: "设置", en: "Settings")
}
