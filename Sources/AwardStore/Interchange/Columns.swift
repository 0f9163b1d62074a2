import AwardDomain

/// One column of an exchanged table: its English key and Chinese header (either is accepted on
/// import, case-insensitively, surrounding spaces ignored), whether it must be present and filled,
/// how its cells are read, and an example for the documentation.
public struct Column: Sendable {
    public let key: String
    public let zh: String
    public let required: Bool
    public let parser: CellParser
    public let example: String
    /// What the documentation adds beyond the format (defaults, groups, rules).
    public let note: Phrase?

    init(_ key: String, _ zh: String, required: Bool = false, _ parser: CellParser, example: String, note: Phrase? = nil) {
        self.key = key; self.zh = zh; self.required = required; self.parser = parser; self.example = example; self.note = note
    }

    public func header(_ lang: Language) -> String { Phrase(zh: zh, en: key).text(lang) }

    /// True when `text` (as written in a header cell) names this column.
    func matches(_ text: String) -> Bool {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return t == key.lowercased() || t == zh.lowercased()
    }
}

/// Valid credit codes used as examples: the 18th character computed with
/// `CreditCode.checkCharacter` from the first 17 (see Tests/AwardStoreTests/Fixtures/README.md).
enum ExampleCodes {
    static let org = "91320900MA1M000011"
    static let employer = "91320900MA1M000024"
}

extension CSVKind {
    /// The columns of this kind, in the order the exporter writes them.
    public var columns: [Column] {
        switch self {
        case .orgs: Columns.orgs
        case .records: Columns.records
        case .awards: Columns.awards
        case .applications: Columns.applications
        case .experts: Columns.experts
        case .scores: Columns.scores
        case .findings: Columns.findingsOnly
        }
    }
}

enum Columns {
    static let orgs: [Column] = [
        Column("id", "编号", required: true, .identifier, example: "O0001"),
        Column("name", "名称", required: true, .text, example: "盐城市某某机械有限公司"),
        Column("credit_code", "统一社会信用代码", required: true, .creditCode, example: ExampleCodes.org,
               note: Phrase(zh: "在Excel中请把该列设为“文本”，否则纯数字代码会变成科学计数法", en: "format the column as Text in Excel, or an all-digit code turns into scientific notation")),
        Column("legal_person", "法人资格", required: true, .yesNo, example: "是", note: Phrase(zh: "第十条（二）", en: "Art. 10(2)")),
        Column("county", "所在县区", required: true, .choice(County.self), example: "亭湖区"),
        Column("registered_in_yancheng", "市内注册", required: true, .yesNo, example: "是", note: Phrase(zh: "第十条（二）", en: "Art. 10(2)")),
        Column("in_dafeng_zone", "沪苏大丰产业联动集聚区", .yesNo, example: "否", note: Phrase(zh: "空为“否”；第十条（二）", en: "empty means no; Art. 10(2)")),
        Column("industry", "行业", .text, example: "通用设备制造业"),
        Column("sectors", "鼓励产业", .sectors, example: "省531产业链;专精特新企业", note: Phrase(zh: "第四条，仅作统计标签", en: "Art. 4, a tag for reports only")),
        Column("established", "成立日期", required: true, .day, example: "2015-06-18", note: Phrase(zh: "经营满4年，第十条（二）", en: "4 years of operation, Art. 10(2)")),
        Column("parent_id", "母公司编号", .identifier, example: "O0002",
               note: Phrase(zh: "须是名录中或本文件中的组织编号；第十条（七）", en: "an organization id in the registry or in this file; Art. 10(7)")),
        Column("qms_standard", "质量管理体系标准", .text, example: "GB/T 19001-2016 / ISO 9001:2015",
               note: Phrase(zh: "证书四列要么都填要么都空；每行一张证书，按证书编号更新，已有的其他证书保留",
                            en: "the four certificate columns are filled together or not at all; one certificate per row, matched by number, other certificates kept")),
        Column("qms_number", "证书编号", .text, example: "00123Q45678R1M"),
        Column("qms_issued", "发证日期", .day, example: "2019-05-01"),
        Column("qms_expires", "有效期至", .day, example: "2028-04-30", note: Phrase(zh: "第十条（四）", en: "Art. 10(4)")),
        Column("excellence_since", "卓越绩效模式导入日期", .day, example: "2020-01-01", note: Phrase(zh: "第十条（四）", en: "Art. 10(4)")),
        Column("exporter", "出口企业", .yesNo, example: "否", note: Phrase(zh: "空为“否”；第十条（六）", en: "empty means no; Art. 10(6)")),
    ]

    static let records: [Column] = [
        Column("org_id", "组织编号", required: true, .identifier, example: "O0001", note: Phrase(zh: "须在组织名录中", en: "must be in the registry")),
        Column("date", "日期", required: true, .day, example: "2024-08-15",
               note: Phrase(zh: "同一组织同一日期同一类别的记录按此更新", en: "a record with the same organization, date and kind is replaced")),
        Column("kind", "类别", required: true, .choice(RecordKind.self), example: "质量投诉", note: Phrase(zh: "第十条（六）", en: "Art. 10(6)")),
        Column("severity", "等级", required: true, .choice(Severity.self), example: "一般"),
        Column("credit_repaired", "信用修复完成日期", .day, example: "2025-01-10", note: Phrase(zh: "不早于记录日期", en: "not before the record's date")),
        Column("note", "说明", .text, example: "用户投诉产品异响，已处理"),
    ]

    static let awards: [Column] = [
        Column("org_id", "组织编号", required: true, .identifier, example: "O0001", note: Phrase(zh: "须在组织名录中", en: "must be in the registry")),
        Column("year", "年度", required: true, .year, example: "2021",
               note: Phrase(zh: "同一组织同一年度同一奖项的记录按此更新", en: "an award with the same organization, year and tier is replaced")),
        Column("tier", "奖项", required: true, .choice(AwardTier.self), example: "盐城市市长质量奖"),
        Column("awarded", "获奖日期", required: true, .day, example: "2021-07-20"),
        Column("revoked", "撤销日期", .day, example: "", note: Phrase(zh: "填写时须同时填写撤销原因；第十四条、第十五条", en: "needs a revocation reason; Arts. 14–15")),
        Column("revocation_reason", "撤销原因", .text, example: ""),
        Column("prize_paid", "已发奖金", .yesNo, example: "是", note: Phrase(zh: "空为“是”；第十二条", en: "empty means yes; Art. 12")),
    ]

    static let applications: [Column] = [
        Column("id", "申报编号", required: true, .identifier, example: "A2026-001",
               note: Phrase(zh: "本年度已有的编号按此更新，否则新建", en: "an existing id is updated, a new one created")),
        Column("org_id", "组织编号", required: true, .identifier, example: "O0001", note: Phrase(zh: "须在组织名录中；每个组织每年一份申报", en: "must be in the registry; one application per organization per cycle")),
        Column("declaration", "拥护声明", .yesNo, example: "是", note: Phrase(zh: "空为“否”；第十条（一）", en: "empty means no; Art. 10(1)")),
        Column("internal_publicity_start", "内部公示开始", .day, example: "2026-03-02",
               note: Phrase(zh: "内部公示：填开始日期时须填结果；第十一条（一）", en: "internal publicity: a start needs an outcome; Art. 11(1)")),
        Column("internal_publicity_end", "内部公示结束", .day, example: "2026-03-06"),
        Column("internal_publicity_outcome", "内部公示结果", .choice(PublicityOutcome.self), example: "无异议"),
        Column("recommender_kind", "推荐部门类别", .choice(RecommenderKind.self), example: "县（市、区）市场监管部门",
               note: Phrase(zh: "推荐三列要么都填要么都空；第十一条（一）", en: "the three recommendation columns are filled together or not at all; Art. 11(1)")),
        Column("recommender", "推荐部门", .text, example: "亭湖区市场监督管理局"),
        Column("recommended_on", "推荐日期", .day, example: "2026-03-20"),
        Column("self_assessment", "自我评价", .yesNo, example: "否", note: Phrase(zh: "空为“否”；再次申报时需要，第十六条", en: "empty means no; needed to apply again, Art. 16")),
        Column("submitted", "申报日期", .day, example: "2026-03-25", note: Phrase(zh: "状态为“已申报”时必填", en: "required when the status is submitted")),
        Column("status", "状态", .choice(ApplicationStatus.self), example: "已申报",
               note: Phrase(zh: "新申报只能是“草稿”或“已申报”（空为草稿）；已有申报的状态只能在受理界面修改，以便留下记录",
                            en: "a new application is draft or submitted (empty: draft); an existing one changes status only in the intake screen, so the change is recorded")),
    ]

    static let experts: [Column] = [
        Column("id", "专家编号", required: true, .identifier, example: "E001"),
        Column("name", "姓名", required: true, .text, example: "张三"),
        Column("employer_org_id", "工作单位编号", .identifier, example: "", note: Phrase(zh: "工作单位在组织名录中时填写（用于回避）", en: "when the employer is in the registry (for conflicts of interest)")),
        Column("employer", "工作单位", .text, example: "盐城工学院"),
        Column("employer_credit_code", "工作单位信用代码", .creditCode, example: ExampleCodes.employer),
        Column("specialties", "专业领域", .list, example: "质量管理;机械制造"),
        Column("industries", "行业", .list, example: "通用设备制造业"),
        Column("county", "所在县区", required: true, .choice(County.self), example: "盐都区"),
        Column("title", "职称", .text, example: "高级工程师"),
        Column("available", "可用", .yesNo, example: "是", note: Phrase(zh: "空为“是”", en: "empty means yes")),
        Column("unavailable", "不可用日期", .dayRanges, example: "2026-05-01~2026-05-10;2026-06-01"),
        Column("conflicts", "利益冲突组织", .list, example: "O0001;O0003", note: Phrase(zh: "组织编号，须在组织名录中；第十一条（三）", en: "organization ids in the registry; Art. 11(3)")),
    ]

    static let scores: [Column] = [
        Column("panel_id", "评审组", required: true, .identifier, example: "P2026-01", note: Phrase(zh: "须是本年度的评审组，且申报在该组", en: "a panel of the cycle that reviews the application")),
        Column("application_id", "申报编号", required: true, .identifier, example: "A2026-001"),
        Column("expert_id", "专家编号", required: true, .identifier, example: "E001"),
        Column("stage", "阶段", required: true, .choice(Stage.self), example: "资料评审", note: Phrase(zh: "也可写 D、Q、S", en: "or D, Q, S")),
        Column("item_id", "条目", required: true, .identifier, example: "4.1.2",
               note: Phrase(zh: "该阶段评分细则中的条目编号；每行一个条目，同一专家同一申报同一阶段的行合为一张评分表",
                            en: "an item of the stage's rubric; one row per item, rows of one expert, application and stage form one sheet")),
        Column("percent", "得分率", .percent, example: "85", note: Phrase(zh: "空为未评；第六条", en: "empty means not scored yet; Art. 6")),
        Column("comment", "评语", .text, example: "过程方法系统，展开充分"),
    ] + findings

    /// Findings beside the scores, a column per kind; absent columns leave stored findings alone.
    static let findings: [Column] = [
        Column("strengths", "优势", .lines, example: "战略目标逐级分解到部门和岗位",
               note: Phrase(zh: "现场评审表中为新发现的优势", en: "on an on-site sheet: new strengths found on site")),
        Column("improvements", "改进机会", .lines, example: "关键过程缺少测量指标",
               note: Phrase(zh: "现场评审表中为新发现的改进机会", en: "on an on-site sheet: new opportunities found on site")),
        Column("confirmed", "已确认", .lines, example: "",
               note: Phrase(zh: "仅现场评审：经现场核实确认的资料评审意见（原文）；第十一条（五）", en: "on-site only: document-review findings the visit confirmed, word for word; Art. 11(5)")),
        Column("not_confirmed", "未确认", .lines, example: "",
               note: Phrase(zh: "仅现场评审：现场未能确认的资料评审意见（原文）", en: "on-site only: document-review findings the visit did not confirm, word for word")),
    ]

    /// `qaward findings import|export`: the sheet's key columns and the findings, no scores.
    static let findingsOnly: [Column] = Array(scores.prefix(5)) + findings
}
