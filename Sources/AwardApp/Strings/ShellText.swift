import AwardDomain

/// The shell's words: the title bar, the status line, the help, list columns shared by screens.
extension Phrase {
    static let appTitle = Phrase(zh: "盐城市市长质量奖", en: "Yancheng Mayor's Quality Award")
    static func cycleYear(year: Int) -> Phrase {
        Phrase(zh: "\(year)年度", en: "Cycle \(year)")
    }
    static func reviewerMode(expert: String) -> Phrase {
        Phrase(zh: "评审专家 \(expert)", en: "Reviewer \(expert)")
    }
    static let reviewerForbidden = Phrase(zh: "评审专家只能查看本组申报组织和本人评分表（第二十条 保守秘密）",
                                          en: "Reviewers see only their own panel's applicants and their own score sheets (Art. 20, confidentiality)")
    static func terminalTooSmall(minWidth: Int, minHeight: Int, width: Int, height: Int) -> Phrase {
        Phrase(zh: "请将终端窗口放大到至少 \(minWidth)×\(minHeight)（当前 \(width)×\(height)）",
               en: "Please enlarge the terminal to at least \(minWidth)×\(minHeight) (now \(width)×\(height))")
    }
    static func helpTitle(screen: String) -> Phrase {
        Phrase(zh: "帮助：\(screen)", en: "Help: \(screen)")
    }
    static let statusReady = Phrase(zh: "就绪", en: "Ready")
    static let statusSaved = Phrase(zh: "每次修改即时保存", en: "Every change is saved at once")
    static func statusExported(path: String) -> Phrase {
        Phrase(zh: "已导出到 \(path)", en: "Exported to \(path)")
    }
    static let statusSavedChange = Phrase(zh: "已保存", en: "Saved")
    static let keyHelp = Phrase(zh: "帮助", en: "help")
    static let keyQuit = Phrase(zh: "退出", en: "quit")
    static let keyMove = Phrase(zh: "移动", en: "move")
    static let listEmpty = Phrase(zh: "（无记录）", en: "(nothing here)")
    static let filterAll = Phrase(zh: "全部", en: "all")
    static let colPanel = Phrase(zh: "评审组", en: "Panel")
    static let colName = Phrase(zh: "名称", en: "Name")
    static let colDrawState = Phrase(zh: "抽取", en: "Draw")
    static let colApplication = Phrase(zh: "申报编号", en: "Appl. id")
    static let colExpert = Phrase(zh: "专家", en: "Expert")
    static let colEntered = Phrase(zh: "已评", en: "Entered")
    static let colState = Phrase(zh: "状态", en: "Status")
    static let colOrg = Phrase(zh: "申报组织", en: "Applicant")
    static let colCounty = Phrase(zh: "县区", en: "County")
    static let colYear = Phrase(zh: "年度", en: "Year")
    static let colTier = Phrase(zh: "奖项", en: "Tier")
    static let colRevoked = Phrase(zh: "撤销日期", en: "Revoked")
    static let colCheck = Phrase(zh: "资格", en: "Elig")
    /// The county as a list's County column shows it (applications, experts), in its 10
    /// columns: the place without “District”/“County” in English (the column says which), the
    /// usual short form of the development zones in Chinese. Forms and filters use the full
    /// `name`.
    static func countyShort(_ c: County) -> Phrase {
        switch c {
        case .tinghu: Phrase(zh: "亭湖区", en: "Tinghu")
        case .yandu: Phrase(zh: "盐都区", en: "Yandu")
        case .dafeng: Phrase(zh: "大丰区", en: "Dafeng")
        case .dongtai: Phrase(zh: "东台市", en: "Dongtai")
        case .jianhu: Phrase(zh: "建湖县", en: "Jianhu")
        case .sheyang: Phrase(zh: "射阳县", en: "Sheyang")
        case .funing: Phrase(zh: "阜宁县", en: "Funing")
        case .binhai: Phrase(zh: "滨海县", en: "Binhai")
        case .xiangshui: Phrase(zh: "响水县", en: "Xiangshui")
        case .etdz: Phrase(zh: "盐城经开区", en: "ETDZ")
        case .yannan: Phrase(zh: "盐南高新区", en: "Yannan HTZ")
        case .elsewhere: Phrase(zh: "市外", en: "Outside")
        }
    }
    /// Beside a field that takes several applications (a panel's, a publicity period's): both
    /// take commas, spaces or 、 between them.
    static let applicationsHint = Phrase(zh: "以逗号或空格分隔，如 A2026-001, A2026-002", en: "commas or spaces between, e.g. A2026-001, A2026-002")
    static func timersAsOf(today: String) -> Phrase {
        Phrase(zh: "截至 \(today)（北京时间）", en: "As of \(today) (UTC+8)")
    }
}

/// Keys and answers the screens share.
extension Phrase {
    static let keySearch = Phrase(zh: "搜索", en: "search")
    static let keySearchDone = Phrase(zh: "完成搜索", en: "done")
    static let keySearchClear = Phrase(zh: "清除搜索", en: "clear search")
    static let keyFilterStatus = Phrase(zh: "按状态筛选", en: "status filter")
    static let keyFilterCounty = Phrase(zh: "按县区筛选", en: "county filter")
    static let keyAdd = Phrase(zh: "新增", en: "add")
    static let keyEdit = Phrase(zh: "编辑", en: "edit")
    static let keySubmit = Phrase(zh: "标记已申报", en: "mark submitted")
    static let keyDecide = Phrase(zh: "资格结论", en: "decide eligibility")
    static let keyJudge = Phrase(zh: "人工判断", en: "judgement")
    static let keyWithdraw = Phrase(zh: "撤回", en: "withdraw")
    static let keySave = Phrase(zh: "保存", en: "save")
    static let keyCancel = Phrase(zh: "取消", en: "cancel")
    static let keyMaterials = Phrase(zh: "申报材料", en: "application details")
}
