import AwardDomain

/// The audit screen's words.
extension Phrase {
    static func auditHeader(entries: Int) -> Phrase {
        Phrase(zh: "日志 \(entries) 条", en: "\(entries) entries")
    }
    static let auditActorLabel = Phrase(zh: "操作人", en: "Operator")
    static let auditSinceLabel = Phrase(zh: "起始日期", en: "Since")
    static let auditAny = Phrase(zh: "全部", en: "all")
    static func auditSinceInvalid(text: String) -> Phrase {
        Phrase(zh: "起始日期“\(text)”无效，应为 YYYY-MM-DD（如 2026-03-01）",
               en: "The start day “\(text)” is not a date: use YYYY-MM-DD (e.g. 2026-03-01)")
    }
    static let auditVerifyHint = Phrase(zh: "按 v 校验日志哈希链，并核对数据文件与日志是否一致",
                                        en: "Press v to check the journal's hash chain and the data files against it")
    static func auditIntact(entries: Int, files: Int) -> Phrase {
        Phrase(zh: "审计校验通过：已核对日志条目 \(entries) 条、数据文件 \(files) 个，哈希链完整，数据文件与日志一致",
               en: "Audit check passed: \(entries) journal entries and \(files) data files checked; the chain is intact and the files match")
    }
    static func auditBroken(entries: Int, mismatches: Int, first: String) -> Phrase {
        Phrase(zh: "审计校验未通过（已核对 \(entries) 条，发现 \(mismatches) 处不一致）：\(first)",
               en: "Audit check FAILED (\(entries) entries checked, \(mismatches) mismatch(es)): \(first)")
    }
    static let auditEmpty = Phrase(zh: "没有符合条件的日志条目", en: "No journal entries match")
    static let auditLoading = Phrase(zh: "正在读取日志…", en: "Reading the journal…")
    static let auditColSeq = Phrase(zh: "序号", en: "Seq")
    static let auditColTime = Phrase(zh: "时间（北京时间）", en: "Time (UTC+8)")
    static let auditColActor = Phrase(zh: "操作人", en: "Operator")
    static let auditColAction = Phrase(zh: "操作", en: "Action")
    static let auditKeyActor = Phrase(zh: "按操作人筛选", en: "filter by operator")
    static let auditKeySince = Phrase(zh: "按起始日期筛选", en: "filter by start day")
    static let auditKeyClear = Phrase(zh: "清除筛选", en: "clear filters")
    static let auditKeyReload = Phrase(zh: "刷新", en: "reload")
    static let auditKeyVerify = Phrase(zh: "校验", en: "verify")
    static let auditKeyApply = Phrase(zh: "应用筛选", en: "apply filter")
    static let auditKeyCancel = Phrase(zh: "取消", en: "cancel")
    static let auditKeySwitchField = Phrase(zh: "切换输入框", en: "switch field")
}

extension AuditScreen {
    /// The tab's title.
    static let title = Phrase(zh: "审计", en: "Audit")
}
