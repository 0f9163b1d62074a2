import AwardDomain

/// The timers screen's typed words.
extension Phrase {
    static let upholdTitle = Phrase(zh: "异议成立", en: "Uphold the objection")
    static func upholdQuestion(_ objectionID: String, _ applicationID: String, _ org: String) -> Phrase {
        Phrase(zh: "认定异议 \(objectionID)（\(applicationID) \(org)）成立？", en: "Uphold objection \(objectionID) against \(applicationID) (\(org))?")
    }
    static let upholdWarning = Phrase(zh: "此操作不可撤销；公示期内成立将取消候选获奖资格，不递补（第十一条（七））",
                                      en: "This cannot be undone; upheld in public publicity it disqualifies the candidate, with no replacement (Art. 11(7))")
}

/// The timers screen's forms.
extension Phrase {
    static func startPeriodTitle(_ id: String) -> Phrase { Phrase(zh: "开始公示 \(id)", en: "Start publicity \(id)") }
    static func objectionTitle(_ id: String, _ periodID: String) -> Phrase {
        Phrase(zh: "登记异议 \(id)（公示 \(periodID)）", en: "Record objection \(id) (publicity \(periodID))")
    }
    static func outcomeTitle(_ periodID: String) -> Phrase { Phrase(zh: "异议处理结果（公示 \(periodID)）", en: "Objection outcome (publicity \(periodID))") }
    static func milestoneTitle(_ id: String) -> Phrase { Phrase(zh: "设置节点 \(id)", en: "Set milestone \(id)") }
    static let periodKindLabel = Phrase(zh: "公示类别", en: "Kind")
    static let publicKind = Phrase(zh: "社会公示", en: "public")
    static let internalKind = Phrase(zh: "内部公示", en: "internal")
    static let periodApplicationsLabel = Phrase(zh: "申报编号", en: "Applications")
    static let periodStartLabel = Phrase(zh: "开始日期", en: "Start date")
    static let receivedLabel = Phrase(zh: "收到日期", en: "Received on")
    static let contentLabel = Phrase(zh: "异议内容", en: "Content")
    static let applicantLabel = Phrase(zh: "针对申报", en: "Application")
    static let objectionLabel = Phrase(zh: "异议编号", en: "Objection")
    static let outcomeLabel = Phrase(zh: "处理结果", en: "Outcome")
    static let upheldLabel = Phrase(zh: "成立", en: "upheld")
    static let dismissedLabel = Phrase(zh: "不成立", en: "dismissed")
    static let handlingLabel = Phrase(zh: "核查处理", en: "Handling")
    static let milestoneKindLabel = Phrase(zh: "节点类别", en: "Milestone")
    static let milestoneDateLabel = Phrase(zh: "日期", en: "Date")
    static let doneLabel = Phrase(zh: "已完成", en: "Done")
    static let optionalHint = Phrase(zh: "可不填", en: "optional")
    /// The period's last day as the domain computes it, before saving (第十一条（一）（七）).
    static func periodEnds(_ end: Day, kind: PublicityKind) -> Phrase {
        kind == .internal
            ? Phrase(zh: "截止 \(end)（5个工作日，含开始日，\(kind.citation.zh)）", en: "ends \(end) (5 working days, start included, \(kind.citation.en))")
            : Phrase(zh: "截止 \(end)（7天，含开始日，\(kind.citation.zh)）", en: "ends \(end) (7 days, start included, \(kind.citation.en))")
    }
    static func noApplication(_ id: String) -> Phrase { Phrase(zh: "申报 \(id) 不存在", en: "No application \(id)") }
    static func outsidePeriod(_ start: Day, _ end: Day) -> Phrase {
        Phrase(zh: "须在公示期 \(start) 至 \(end) 内", en: "Must fall within the period \(start) to \(end)")
    }
    static let disqualifyWarning = Phrase(zh: "成立将取消该候选获奖资格，不递补（第十一条（七））",
                                          en: "Upheld cancels this candidate's award eligibility, nobody moves up (Art. 11(7))")
    static let closeTitle = Phrase(zh: "关闭公示", en: "Close publicity")
    static func closeQuestion(_ id: String) -> Phrase { Phrase(zh: "关闭公示 \(id)？", en: "Close publicity \(id)?") }
    static let closeWarning = Phrase(zh: "关闭后不能再登记异议，也不能撤销", en: "No objection can be recorded afterwards, and closing cannot be undone")
}

extension TimersScreen {
    /// The tab's title.
    static let title = Phrase(zh: "公示计时", en: "Timers")
}

/// The timers screen's words.
extension Phrase {
    static let timersColItem = Phrase(zh: "事项", en: "Item")
    static let timersColEnd = Phrase(zh: "截止日", en: "Ends")
    static let timersColDays = Phrase(zh: "剩余天数", en: "Days left")
    static let timersColWorkdays = Phrase(zh: "剩余工作日", en: "Workdays")
    static let timersColProgress = Phrase(zh: "进度", en: "Progress")
    static let timersColStatus = Phrase(zh: "状态", en: "Status")
    static let timersNoCalendar = Phrase(zh: "缺工作日历", en: "no calendar")
    static func timersMissingYears(years: String) -> Phrase {
        Phrase(zh: "工作日历缺少 \(years) 年：工作日无法计算，请在“设置”中导入",
               en: "The working-day calendar lacks \(years): working days cannot be counted; import it in Settings")
    }
    static let timersKeyStart = Phrase(zh: "开始公示", en: "start period")
    static let timersKeyObjection = Phrase(zh: "登记异议", en: "objection")
    static let timersKeyOutcome = Phrase(zh: "异议处理", en: "outcome")
    static let timersKeyClose = Phrase(zh: "关闭公示", en: "close period")
    static let timersKeyMilestone = Phrase(zh: "节点", en: "milestone")
    static let timersErrNoPeriod = Phrase(zh: "请先在列表中选择一个公示", en: "Select a publicity period in the list first")
    static let timersErrNoPeriodYet = Phrase(zh: "本年度尚无公示：请先按 p 开始公示", en: "No publicity period in this cycle yet: press p to start one")
    static func timersDetailDates(start: String, end: String, citation: String) -> Phrase {
        Phrase(zh: "开始 \(start)　截止 \(end)（含当天）　依据 \(citation)", en: "Starts \(start)  ends \(end) (inclusive)  under \(citation)")
    }
    static func timersDetailLeft(days: Int, workingDays: String, status: String) -> Phrase {
        Phrase(zh: "剩余 \(days) 天，\(workingDays) 个工作日（含今天）　\(status)",
               en: "\(days) days, \(workingDays) working days left (today included)  \(status)")
    }
    static func timersDetailPast(days: Int, workingDays: String, status: String) -> Phrase {
        Phrase(zh: "已过 \(days) 天，\(workingDays) 个工作日　\(status)", en: "\(days) days, \(workingDays) working days past  \(status)")
    }
    static func timersDetailStanding(id: String, name: String, status: String) -> Phrase {
        Phrase(zh: "\(id) \(name)：\(status)", en: "\(id) \(name): \(status)")
    }
    static func timersDetailApplicant(id: String, name: String) -> Phrase {
        Phrase(zh: "申报 \(id) \(name)", en: "Application \(id) \(name)")
    }
    static let timersDetailFromSettings = Phrase(zh: "取自本年度设置；如需调整，按 m 设为节点",
                                                 en: "From the cycle settings; press m to keep it as a milestone instead")
    static let timersDisqualified = Phrase(zh: "✗ 社会公示异议成立：取消获奖资格，不进行递补（第十一条（七））",
                                           en: "✗ Objection upheld in public publicity: award eligibility cancelled, nobody moves up (Art. 11(7))")
    static let timersNoObjections = Phrase(zh: "暂无异议", en: "No objections")
    static func timersObjection(id: String, received: String, application: String, outcome: String) -> Phrase {
        Phrase(zh: "异议 \(id)　\(received) 收到　针对 \(application)　\(outcome)",
               en: "Objection \(id)  received \(received)  against \(application)  \(outcome)")
    }
    static func timersObjectionContent(content: String) -> Phrase {
        Phrase(zh: "内容：\(content)", en: "Content: \(content)")
    }
    static func timersObjectionHandling(handling: String) -> Phrase {
        Phrase(zh: "核查处理：\(handling)", en: "Handling: \(handling)")
    }
    static func timersMore(count: Int) -> Phrase {
        Phrase(zh: "…… 还有 \(count) 行", en: "… \(count) more lines")
    }
    static let timersErrNoPending = Phrase(zh: "该公示没有待处理的异议", en: "This period has no pending objection")
}
