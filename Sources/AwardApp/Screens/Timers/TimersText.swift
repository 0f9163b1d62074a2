import AwardDomain

/// The timers screen's typed words (the rest of the screen still reads the catalog).
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
    static let periodApplicationsHint = Phrase(zh: "如 A2026-001 A2026-002", en: "e.g. A2026-001 A2026-002")
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
