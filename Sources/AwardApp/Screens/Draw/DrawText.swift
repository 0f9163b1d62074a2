import AwardDomain

/// The draw screen's typed words.
extension Phrase {
    static let voidDrawTitle = Phrase(zh: "作废抽取", en: "Void the draw")
    static func voidDrawQuestion(_ drawID: String, _ panelID: String) -> Phrase {
        Phrase(zh: "作废抽取 \(drawID)（评审组 \(panelID)）？", en: "Void draw \(drawID) (panel \(panelID))?")
    }
    /// Names the submitted sheets that stop counting once the draw is voided.
    static func voidDrawWarning(_ leftOut: [String]) -> Phrase {
        if leftOut.isEmpty {
            return Phrase(zh: "此操作不可撤销；没有已提交的评分表受影响", en: "This cannot be undone; no submitted sheet is affected")
        }
        let list = leftOut.joined(separator: "、")
        return Phrase(zh: "此操作不可撤销；以下已提交的评分表将不再计分：\(list)",
                      en: "This cannot be undone; these submitted sheets will no longer count: \(leftOut.joined(separator: ", "))")
    }
    static let voidDrawReason = Phrase(zh: "作废理由", en: "Reason for voiding")
}

/// The draw screen's forms.
extension Phrase {
    static func newPanelTitle(_ id: String) -> Phrase { Phrase(zh: "新建评审组 \(id)", en: "New panel \(id)") }
    static let panelNameLabel = Phrase(zh: "名称", en: "Name")
    static let panelApplicationsLabel = Phrase(zh: "申报编号", en: "Applications")
    static let panelDatesLabel = Phrase(zh: "评审日期", en: "Review dates")
    static let panelSizeLabel = Phrase(zh: "组员人数", en: "Members")
    static let panelAlternatesLabel = Phrase(zh: "候补人数", en: "Alternates")
    static let panelNameHint = Phrase(zh: "如 第一评审组", en: "e.g. Panel 1")
    static let dayRangeHint = Phrase(zh: "YYYY-MM-DD~YYYY-MM-DD", en: "YYYY-MM-DD~YYYY-MM-DD")
    static let panelSizeHint = Phrase(zh: "不少于3名（第十一条（三））", en: "3 or more (Art. 11(3))")
    static let panelAlternatesHint = Phrase(zh: "默认 2", en: "default 2")
    static func notReviewed(_ id: String, _ status: ApplicationStatus) -> Phrase {
        Phrase(zh: "申报 \(id) 状态为“\(status.name.zh)”，不进入评审", en: "Application \(id) is \(status.name.en) and is not reviewed")
    }
    static let badDayRange = Phrase(zh: "格式应为 YYYY-MM-DD~YYYY-MM-DD，开始不晚于结束", en: "Write YYYY-MM-DD~YYYY-MM-DD, the start not after the end")
    static func panelTooSmall(_ citation: Citation, _ size: Int) -> Phrase {
        Phrase(zh: "\(citation.zh)：评审组专家不少于3名，当前为 \(size) 名", en: "\(citation.en): a panel has at least 3 experts, not \(size)")
    }
    static let addExpertTitle = Phrase(zh: "新增专家", en: "Add expert")
    static let editExpertTitle = Phrase(zh: "编辑专家", en: "Edit expert")
    static let expertIDLabel = Phrase(zh: "专家编号", en: "Expert id")
    static let expertNameLabel = Phrase(zh: "姓名", en: "Name")
    static let expertEmployerLabel = Phrase(zh: "工作单位", en: "Employer")
    static let expertCreditCodeLabel = Phrase(zh: "单位信用代码", en: "Employer credit code")
    static let expertSpecialtiesLabel = Phrase(zh: "专业领域", en: "Specialties")
    static let expertCountyLabel = Phrase(zh: "所在县区", en: "County")
    static let expertTitleLabel = Phrase(zh: "职称", en: "Title")
    static let expertAvailableLabel = Phrase(zh: "可抽取", en: "Available")
    static let expertUnavailableLabel = Phrase(zh: "不可用日期", en: "Unavailable dates")
    static let expertConflictsLabel = Phrase(zh: "利益冲突组织", en: "Conflicts with")
    static let expertIDHint = Phrase(zh: "如 E041", en: "e.g. E041")
    static let expertEmployerHint = Phrase(zh: "组织编号（如 O0002）或单位名称", en: "organization id (e.g. O0002) or the employer's name")
    static let expertCreditCodeHint = Phrase(zh: "可空；18位，末位为校验位", en: "optional; 18 characters with check digit")
    static let listHint = Phrase(zh: "分号分隔", en: "separated by ;")
    static let expertTitleHint = Phrase(zh: "如 高级工程师", en: "e.g. senior engineer")
    static let dayRangesHint = Phrase(zh: "YYYY-MM-DD~YYYY-MM-DD，分号分隔", en: "YYYY-MM-DD~YYYY-MM-DD, separated by ;")
    static let conflictsHint = Phrase(zh: "组织编号或信用代码，分号分隔", en: "organization ids or credit codes, separated by ;")
    static func expertIDTaken(_ name: String) -> Phrase { Phrase(zh: "该编号已属于 \(name)", en: "This id belongs to \(name)") }
    static func notARange(_ s: String) -> Phrase { Phrase(zh: "“\(s)”不是日期或日期范围", en: "“\(s)” is not a date or a date range") }
    static func notAConflict(_ s: String) -> Phrase {
        Phrase(zh: "“\(s)”既不是名录中的组织编号，也不是有效的信用代码", en: "“\(s)” is neither an organization id of the registry nor a valid credit code")
    }
    static func supervisorTitle(_ panelID: String) -> Phrase { Phrase(zh: "抽取 \(panelID)：监督人", en: "Draw \(panelID): supervisor") }
    static let supervisorLabel = Phrase(zh: "监督人姓名", en: "Supervisor")
    static let supervisorHint = Phrase(zh: "派驻纪检监察组，必填", en: "discipline-inspection group; required")
    static func declineTitle(_ drawID: String) -> Phrase { Phrase(zh: "专家不能参加（\(drawID)）", en: "A member declines (\(drawID))") }
    static func declineReasonLabel(_ expert: String) -> Phrase { Phrase(zh: "\(expert) 不能参加的原因", en: "Why \(expert) declines") }
    static let recordedReasonHint = Phrase(zh: "必填，记入抽取记录", en: "required; kept in the record")
}

extension DrawScreen {
    /// The tab's title.
    static let title = Phrase(zh: "专家抽取", en: "Panel draws")
}

/// The draw screen's words: panels, the draw record, the expert pool.
extension Phrase {
    static let drawKeyNew = Phrase(zh: "新建", en: "new panel")
    static let drawKeyDraw = Phrase(zh: "抽取", en: "draw")
    static let drawKeyVoid = Phrase(zh: "作废", en: "void")
    static let drawKeyLeader = Phrase(zh: "组长", en: "leader")
    static let drawKeyDecline = Phrase(zh: "替补", en: "replace")
    static let drawKeyVerify = Phrase(zh: "复核", en: "verify")
    static let drawKeyExport = Phrase(zh: "导出", en: "export")
    static let drawKeyExperts = Phrase(zh: "专家库", en: "experts")
    static let drawKeyPanels = Phrase(zh: "返回评审组", en: "back to panels")
    static let drawKeyAddExpert = Phrase(zh: "新增专家", en: "add expert")
    static let drawKeyEditExpert = Phrase(zh: "编辑专家", en: "edit expert")
    static let drawKeyChoose = Phrase(zh: "选定", en: "choose")
    static let drawNoPanels = Phrase(zh: "（尚无评审组：按 n 新建）", en: "(no panels yet: n makes one)")
    static let drawStateNone = Phrase(zh: "未抽取", en: "none")
    static let drawStateCommitted = Phrase(zh: "待揭示", en: "committed")
    static let drawStateDrawn = Phrase(zh: "已抽取", en: "drawn")
    static let drawApplicants = Phrase(zh: "申报组织：", en: "Applicants: ")
    static func drawDates(from: String, to: String) -> Phrase {
        Phrase(zh: "评审日期：\(from) 至 \(to)", en: "Review \(from) to \(to)")
    }
    static func drawSize(members: Int, alternates: Int) -> Phrase {
        Phrase(zh: "\(members) 名组员 + \(alternates) 名候补", en: "\(members) members + \(alternates) alternates")
    }
    static func drawPoolNow(total: Int, eligible: Int, excluded: Int, conflicted: Int, unavailable: Int) -> Phrase {
        Phrase(zh: "专家库 \(total) 人，可抽取 \(eligible) 人，排除 \(excluded) 人（利益冲突 \(conflicted)，不可用 \(unavailable)）",
               en: "Pool \(total), eligible \(eligible), excluded \(excluded) (conflict \(conflicted), unavailable \(unavailable))")
    }
    static func drawPoolAsDrawn(total: Int, eligible: Int, excluded: Int) -> Phrase {
        Phrase(zh: "抽取时专家库 \(total) 人，可抽取 \(eligible) 人，排除 \(excluded) 人",
               en: "Pool at the draw \(total), eligible \(eligible), excluded \(excluded)")
    }
    static func drawSupervisorLine(supervisor: String, operatorName: String, committed: String) -> Phrase {
        Phrase(zh: "监督人 \(supervisor) · 操作员 \(operatorName) · 承诺于 \(committed)",
               en: "Supervisor \(supervisor) · operator \(operatorName) · committed \(committed)")
    }
    static let drawCommitment = Phrase(zh: "承诺值：", en: "Commitment: ")
    static let drawSeed = Phrase(zh: "随机种子：", en: "Seed: ")
    static let drawLeader = Phrase(zh: "组长", en: "leader")
    static let drawDeclined = Phrase(zh: "（不能参加）", en: "(declined)")
    static let drawAlternates = Phrase(zh: "候补：", en: "Alternates: ")
    static func drawReplacement(declined: String, replacement: String, reason: String) -> Phrase {
        Phrase(zh: "\(declined) 不能参加 → 由候补 \(replacement) 替补：\(reason)", en: "\(declined) declined → alternate \(replacement): \(reason)")
    }
    static func drawAwaitingReveal(file: String) -> Phrase {
        Phrase(zh: "已记录承诺值，尚未揭示：按 d 取出数据目录中 \(file) 的随机种子，在监督人面前揭示",
               en: "Commitment recorded, not revealed: d takes the seed from \(file) in the data directory and reveals it in front of the supervisor")
    }
    static let drawNotDrawn = Phrase(zh: "尚未抽取：按 d 抽取（第十一条（三））", en: "Not drawn yet: press d to draw (Art. 11(3))")
    static func drawVoidedLine(id: String, reason: String, by: String, at: String) -> Phrase {
        Phrase(zh: "已作废 \(id)：\(reason)（\(by)，\(at)）", en: "Voided \(id): \(reason) (\(by), \(at))")
    }
    static func drawExclusions(count: Int) -> Phrase {
        Phrase(zh: "排除名单（\(count) 人）", en: "Excluded (\(count))")
    }
    static func drawMore(count: Int) -> Phrase {
        Phrase(zh: "……另有 \(count) 人，完整名单见导出记录（p）", en: "…and \(count) more; the exported record (p) lists them all")
    }
    static func drawRevealTitle(id: String) -> Phrase {
        Phrase(zh: "揭示抽取 \(id)", en: "Reveal draw \(id)")
    }
    /// Names the draw, its panel and supervisor, and the commitment whole (its own line, so it
    /// wraps as one piece of 64 digits).
    static func drawRevealQuestion(id: String, panel: String, supervisor: String, commitment: String) -> Phrase {
        Phrase(zh: "在监督人 \(supervisor) 面前揭示抽取 \(id)（评审组 \(panel)）的随机种子并抽定专家？\n已公布的承诺值（随机种子的 SHA-256）：\n\(commitment)",
               en: "Reveal the seed of draw \(id) (panel \(panel)) in front of the supervisor \(supervisor) and draw the experts?\nThe commitment published (SHA-256 of the seed):\n\(commitment)")
    }
    static let drawRevealWarning = Phrase(zh: "揭示后即按种子抽定专家，不可撤销（第十一条（三））。Esc 暂不揭示：承诺值与种子保留，稍后按 d 再揭示",
                                          en: "Once revealed, the seed draws the experts; this cannot be undone (Art. 11(3)). Esc waits: the commitment and the seed are kept, and d asks again later")
    static func drawKeptCommitted(id: String) -> Phrase {
        Phrase(zh: "\(id) 的承诺值已记录，尚未揭示；随机种子保存在数据目录中，稍后（重启后亦可）按 d 揭示",
               en: "\(id): commitment recorded, not revealed; the seed is kept in the data directory, and d reveals it later (also after a restart)")
    }
    static let drawChooseLeader = Phrase(zh: "指定组长（组长负责制）", en: "Designate the leader")
    static let drawChooseDecliner = Phrase(zh: "哪位组员不能参加？", en: "Which member declines?")
    static func drawVerified(id: String, details: String) -> Phrase {
        Phrase(zh: "\(id)：\(details)", en: "\(id): \(details)")
    }
    static let drawErrNoPanel = Phrase(zh: "请先选择一个评审组，或按 n 新建", en: "Select a panel first, or press n to make one")
    static let drawErrNoDraw = Phrase(zh: "该评审组尚无抽取记录", en: "This panel has no draw record")
    static let drawErrNoLiveDraw = Phrase(zh: "该评审组没有有效或待揭示的抽取", en: "This panel has no draw in force or awaiting its reveal")
    static let drawErrNotDrawn = Phrase(zh: "该评审组尚未完成抽取（须先揭示种子）", en: "This panel is not drawn yet (the seed must be revealed first)")
    static func drawErrAlreadyDrawn(id: String) -> Phrase {
        Phrase(zh: "该评审组已有有效抽取 \(id)；如需重抽，请先按 x 作废并说明理由（第十一条（三））",
               en: "This panel already has draw \(id) in force; to draw again, void it first with x and a reason (Art. 11(3))")
    }
    static func drawErrSeedNotKept(id: String, path: String) -> Phrase {
        Phrase(zh: "抽取 \(id) 的随机种子不在本数据目录（没有 \(path)）：它在另一台电脑上承诺或已丢失，无法揭示。请按 x 作废并说明理由，然后重新抽取（第十一条（三））",
               en: "The seed of draw \(id) is not in this data directory (no \(path)): it was committed on another machine or lost, so the draw cannot be revealed. Void it with x and a reason, then draw again (Art. 11(3))")
    }
    static func drawExpertHeader(experts: Int) -> Phrase {
        Phrase(zh: "专家库 \(experts) 人 · 按 a 新增，Enter 编辑，e 返回评审组",
               en: "Expert pool: \(experts) · a adds, Enter edits, e goes back to the panels")
    }
    static let drawExpertColId = Phrase(zh: "编号", en: "Id")
    static let drawExpertColName = Phrase(zh: "姓名", en: "Name")
    static let drawExpertColEmployer = Phrase(zh: "工作单位", en: "Employer")
    static let drawExpertColCounty = Phrase(zh: "县区", en: "County")
    static let drawExpertColTitle = Phrase(zh: "职称", en: "Title")
    static let drawExpertColAvailable = Phrase(zh: "可用", en: "Avail")
    static let drawExpertColSpecialties = Phrase(zh: "专业领域", en: "Specialties")
}
