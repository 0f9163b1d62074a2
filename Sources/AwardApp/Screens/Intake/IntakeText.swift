import AwardDomain

/// The intake screen's typed words.
extension Phrase {
    static let withdrawTitle = Phrase(zh: "撤回申报", en: "Withdraw the application")
    static func withdrawQuestion(_ id: String, _ name: String) -> Phrase {
        Phrase(zh: "撤回 \(id)（\(name)）的申报？", en: "Withdraw application \(id) (\(name))?")
    }
    static let withdrawWarning = Phrase(zh: "撤回后不再评审；提交期限内可写明理由恢复（第十一条（一））",
                                        en: "A withdrawn application is not reviewed; it can be reinstated with a reason within the submission period (Art. 11(1))")
    /// The withdrawal's reason is required (condition A2 of the procedure).
    static let withdrawReason = Phrase(zh: "撤回理由", en: "Reason for withdrawal")
    static let decideTitle = Phrase(zh: "资格审查决定", en: "Eligibility decision")
    static func decideQuestion(_ id: String, _ name: String, _ status: ApplicationStatus) -> Phrase {
        Phrase(zh: "确认 \(id)（\(name)）\(status.name.zh)？", en: "Mark application \(id) (\(name)) \(status.name.en)?")
    }
    static let decideWarning = Phrase(zh: "决定记入审查记录；改判须重新审查（第十一条（二））",
                                      en: "The decision goes on the record; changing it needs a new check (Art. 11(2))")
    static let decideReason = Phrase(zh: "不符合的理由", en: "Why it is ineligible")
}

/// Reinstating a withdrawn application (第十一条（一）), with its reason.
extension Phrase {
    static let reinstateKey = Phrase(zh: "恢复申报", en: "reinstate")
    static let reinstateTitle = Phrase(zh: "恢复申报", en: "Reinstate the application")
    static func reinstateQuestion(_ id: String, _ name: String, _ status: ApplicationStatus) -> Phrase {
        Phrase(zh: "恢复 \(id)（\(name)）的申报，回到“\(status.name.zh)”？", en: "Reinstate application \(id) (\(name)) as \(status.name.en)?")
    }
    static let reinstateWarning = Phrase(zh: "只能在申报期限内恢复；恢复记入审查记录（第十一条（一））",
                                         en: "Only within the submission period; the reinstatement goes on the record (Art. 11(1))")
    static let reinstateReason = Phrase(zh: "恢复理由", en: "Reason for reinstating")
    static let notWithdrawn = Phrase(zh: "所选申报未撤回，无需恢复", en: "The selected application is not withdrawn")
}

/// The organization form's words.
extension Phrase {
    static let orgAddTitle = Phrase(zh: "新增申报组织", en: "New applicant")
    static let orgEditTitle = Phrase(zh: "编辑组织信息", en: "Edit organization")
    static let orgName = Phrase(zh: "组织名称", en: "Name")
    static let orgCreditCode = Phrase(zh: "统一社会信用代码", en: "Unified credit code")
    static let orgCounty = Phrase(zh: "所在县区", en: "County/district")
    static let orgEstablished = Phrase(zh: "成立日期", en: "Established")
    static let orgParent = Phrase(zh: "母公司编号", en: "Parent id")
    static let orgIndustry = Phrase(zh: "所属行业", en: "Industry")
    static let orgInYancheng = Phrase(zh: "市内登记注册", en: "Registered in Yancheng")
    static let orgDafengZone = Phrase(zh: "沪苏大丰产业联动集聚区", en: "In the Dafeng zone")
    static let orgLegalPerson = Phrase(zh: "法人资格", en: "Legal person")
    static let orgExporter = Phrase(zh: "出口企业", en: "Exporter")
    static let orgNameHint = Phrase(zh: "全称", en: "full name")
    static let orgCreditCodeHint = Phrase(zh: "18位，末位为校验位", en: "18 characters, last is a check")
    static let orgParentHint = Phrase(zh: "可空，如 O0001", en: "optional, e.g. O0001")
    static func codeTaken(_ name: String) -> Phrase { Phrase(zh: "该代码已属于“\(name)”", en: "already belongs to “\(name)”") }
    static func notAfterToday(_ today: Day) -> Phrase { Phrase(zh: "不能晚于今天 \(today)", en: "cannot be after today, \(today)") }
    static func notInRegistry(_ id: String) -> Phrase { Phrase(zh: "组织名录中没有 \(id)", en: "\(id) is not in the registry") }
    static let endsBeforeStart = Phrase(zh: "结束日早于开始日", en: "ends before it starts")
}

/// The application details form's words.
extension Phrase {
    static func applicationDetailsTitle(_ id: String) -> Phrase { Phrase(zh: "申报材料 \(id)", en: "Application details \(id)") }
    static let appDeclaration = Phrase(zh: "拥护声明（E1）", en: "Declaration (E1)")
    static let appPublicityStart = Phrase(zh: "内部公示开始（E8）", en: "Internal publicity from (E8)")
    static let appPublicityEnd = Phrase(zh: "内部公示结束", en: "Internal publicity to")
    static let appPublicityOutcome = Phrase(zh: "内部公示结果", en: "Publicity outcome")
    static let appRecommenderKind = Phrase(zh: "推荐部门类别（E9）", en: "Recommender kind (E9)")
    static let appRecommender = Phrase(zh: "推荐部门", en: "Recommending dept.")
    static let appRecommended = Phrase(zh: "推荐日期", en: "Recommended on")
    static let appSelfAssessment = Phrase(zh: "自我评价（E11）", en: "Self-assessment (E11)")
    static let appQMSStandard = Phrase(zh: "质量管理体系标准（E4）", en: "QMS standard (E4)")
    static let appQMSNumber = Phrase(zh: "证书编号", en: "Certificate no.")
    static let appQMSIssued = Phrase(zh: "发证日期", en: "Issued")
    static let appQMSExpires = Phrase(zh: "有效期至", en: "Expires")
    static let appExcellenceSince = Phrase(zh: "卓越绩效模式导入日期", en: "Excellence model since")
    static let appRecommenderHint = Phrase(zh: "如 亭湖区市场监督管理局", en: "e.g. Tinghu market supervision bureau")
    static let appSelfAssessmentHint = Phrase(zh: "再次申报须有", en: "needed to re-apply")
    static let appQMSStandardHint = Phrase(zh: "GB/T 19001/ISO 9001", en: "GB/T 19001/ISO 9001")
    static let appOutcomeNeeded = Phrase(zh: "请选择公示结果，如“无异议”", en: "choose the outcome, e.g. “no objection”")
    static let appRecommenderKindNeeded = Phrase(zh: "请选择推荐部门类别", en: "choose the recommender kind")
}

extension IntakeScreen {
    /// The tab's title.
    static let title = Phrase(zh: "申报受理", en: "Intake")
}

/// The intake screen's words.
extension Phrase {
    static func intakeHeader(shown: Int, applications: Int, status: String, county: String) -> Phrase {
        Phrase(zh: "显示 \(shown)/\(applications) · 状态：\(status) · 县区：\(county)",
               en: "Showing \(shown)/\(applications) · status: \(status) · county: \(county)")
    }
    static let intakeSearchLabel = Phrase(zh: "搜索/", en: "Search/")
    static let intakeEligibility = Phrase(zh: "申报资格审查", en: "Eligibility")
    static let intakeNoSelection = Phrase(zh: "请先在列表中选择一个申报组织", en: "Select an applicant in the list first")
    static let intakeNeedsJudgement = Phrase(zh: "尚有需人工判断的条件（E3/E5）：请按 j 记录判断后再作结论",
                                             en: "Some checks need a judgement (E3/E5): press j to record it, then decide")
}
