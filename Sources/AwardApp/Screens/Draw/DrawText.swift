import AwardDomain

/// The draw screen's typed words (the rest of the screen still reads the catalog).
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
    static let panelApplicationsHint = Phrase(zh: "逗号分隔，如 A2026-001,A2026-002", en: "comma-separated, e.g. A2026-001,A2026-002")
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
