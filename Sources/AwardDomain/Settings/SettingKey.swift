/// Every setting the office can change, per cycle or for the office, with how its value is
/// written, read and turned into the action that changes it. The command line (`qaward settings`)
/// and the settings screen both go through this table, so both accept and refuse the same values;
/// the reducers check what the values may not undo (`checkSettingsChange`, `setPlaces`).
public enum SettingKey: String, CaseIterable, Sendable {
    case applicationDeadline = "application-deadline"
    case reviewDeadline = "review-deadline"
    case awardQuota = "award-quota"
    case nominationQuota = "nomination-quota"
    case awardPlaces = "award-places"
    case nominationPlaces = "nomination-places"
    case aggregation
    case stageScore = "stage-score"
    case officeName = "office-name"
    case address
    case telephone
    case email
    case contactPerson = "contact-person"
    case resultsIssuer = "results-issuer"

    public enum Scope: String, Sendable { case cycle, office }

    public var scope: Scope {
        switch self {
        case .applicationDeadline, .reviewDeadline, .awardQuota, .nominationQuota, .awardPlaces, .nominationPlaces, .aggregation, .stageScore: .cycle
        default: .office
        }
    }

    public var label: Phrase {
        switch self {
        case .applicationDeadline: Phrase(zh: "申报截止日", en: "Application deadline")
        case .reviewDeadline: Phrase(zh: "评审完成日", en: "Review deadline")
        case .awardQuota: Phrase(zh: "市长质量奖名额上限", en: "Award quota")
        case .nominationQuota: Phrase(zh: "提名奖名额上限", en: "Nomination quota")
        case .awardPlaces: Phrase(zh: "市长质量奖拟评名额", en: "Award places to fill")
        case .nominationPlaces: Phrase(zh: "提名奖拟评名额", en: "Nomination places to fill")
        case .aggregation: Phrase(zh: "计分办法", en: "Aggregation")
        case .stageScore: Phrase(zh: "阶段得分", en: "Stage score")
        case .officeName: Phrase(zh: "办公室名称", en: "Office name")
        case .address: Phrase(zh: "地址", en: "Address")
        case .telephone: Phrase(zh: "电话", en: "Telephone")
        case .email: Phrase(zh: "电子邮箱", en: "E-mail")
        case .contactPerson: Phrase(zh: "联系人", en: "Contact person")
        case .resultsIssuer: Phrase(zh: "结果发布单位", en: "Issuer of the results")
        }
    }

    /// What a value must look like, for the help and for refusals.
    public var rule: Phrase {
        switch self {
        case .applicationDeadline, .reviewDeadline:
            Phrase(zh: "YYYY-MM-DD，在本年度内，评审完成日不早于申报截止日（第三条）",
                   en: "YYYY-MM-DD within the cycle's year, the review deadline not before the application deadline (Art. 3)")
        case .awardQuota, .nominationQuota: Phrase(zh: "0 至 5 的整数（第三条：每个奖项每年不超过5个）", en: "a whole number 0 to 5 (Art. 3: at most 5 of each tier a year)")
        case .awardPlaces, .nominationPlaces:
            Phrase(zh: "0 至名额上限的整数；少于上限须用 --note 写明理由（第三条）；入围名单按 1.5 倍拟评名额确定（第十一条（三））",
                   en: "a whole number 0 to the quota; fewer than the quota needs --note with the reason (Art. 3); 1.5 × the places are invited to Q&A (Art. 11(3))")
        case .aggregation:
            Phrase(zh: "mean（专家评分的平均值）或 trimmed-mean（5份及以上时去掉一个最高分和一个最低分）",
                   en: "mean (the experts' mean) or trimmed-mean (highest and lowest dropped with 5 or more sheets)")
        case .stageScore:
            Phrase(zh: "sheet-mean（评分表按计分办法汇总）或 agreed（评审组合议得分，第十一条（三））",
                   en: "sheet-mean (the sheets combined by the aggregation) or agreed (the panel's agreed score, Art. 11(3))")
        case .officeName, .contactPerson: Phrase(zh: "非空文字", en: "text, not empty")
        case .address: Phrase(zh: "文字", en: "text")
        case .telephone: Phrase(zh: "数字，可含 - + 空格和括号，例如 0515-88888888", en: "digits, with - + spaces or brackets, e.g. 0515-88888888")
        case .email: Phrase(zh: "电子邮箱地址，例如 zlb@yancheng.gov.cn", en: "an e-mail address, e.g. zlb@yancheng.gov.cn")
        case .resultsIssuer: Phrase(zh: "city-government（市政府）或 office（办公室）", en: "city-government or office")
        }
    }

    /// The value as shown and as `settings set` takes it.
    public func value(in data: AwardData) -> String {
        let s = data.cycle.settings, o = data.registry.settings, p = data.cycle.recommendationPolicy
        switch self {
        case .applicationDeadline: return s.applicationDeadline.description
        case .reviewDeadline: return s.reviewDeadline.description
        case .awardQuota: return "\(s.awardQuota)"
        case .nominationQuota: return "\(s.nominationQuota)"
        case .awardPlaces: return "\(p.places(.award, settings: s))"
        case .nominationPlaces: return "\(p.places(.nomination, settings: s))"
        case .aggregation: return s.scoring.trimExtremes ? "trimmed-mean" : "mean"
        case .stageScore: return s.scoring.stageScore == .agreed ? "agreed" : "sheet-mean"
        case .officeName: return o.officeName
        case .address: return o.address
        case .telephone: return o.telephone
        case .email: return o.email
        case .contactPerson: return o.contactPerson
        case .resultsIssuer: return o.resultsIssuer == .cityGovernment ? "city-government" : "office"
        }
    }

    /// The values of a setting that is one of a few, each with what it means; nil for a number,
    /// a date or text. A form offers them as a list, and the screen shows the meaning, never the
    /// token `settings set` takes.
    public var choices: [SettingChoice]? {
        switch self {
        case .aggregation:
            [SettingChoice("mean", Phrase(zh: "均值", en: "the sheets' mean")),
             SettingChoice("trimmed-mean", Phrase(zh: "去掉最高最低分后的均值", en: "trimmed mean"))]
        case .stageScore:
            [SettingChoice("sheet-mean", StageScoreRule.sheetMean.name), SettingChoice("agreed", StageScoreRule.agreed.name)]
        case .resultsIssuer:
            [SettingChoice("office", Phrase(zh: "办公室", en: "the office")),
             SettingChoice("city-government", Phrase(zh: "市政府", en: "the city government"))]
        default:
            nil
        }
    }

    /// The value in words, for the screen: a choice reads as what it means (均值, 合议得分).
    public func shown(in data: AwardData) -> Phrase {
        let v = value(in: data)
        return choices?.first { $0.value == v }?.label ?? Phrase(zh: v, en: v)
    }

    /// The action that sets `text`; a value of the wrong form is refused with the rule.
    /// `note` is the reason the places decision records (第三条 少评或空缺).
    public func action(_ text: String, note: String = "", in data: AwardData) throws(DomainError) -> Action {
        let v = text.trimmingCharacters(in: .whitespaces)
        var s = data.cycle.settings
        var o = data.registry.settings
        func bad() -> DomainError {
            DomainError(zh: "\(label.zh)“\(text)”无效：应为\(rule.zh)", en: "\(label.en) “\(text)” is not valid: expected \(rule.en)")
        }
        func number() throws(DomainError) -> Int {
            guard let n = Int(v) else { throw bad() }
            return n
        }
        func day() throws(DomainError) -> Day {
            guard let d = Day(v) else { throw bad() }
            return d
        }
        if v.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) { throw bad() }
        switch self {
        case .applicationDeadline: s.applicationDeadline = try day()
        case .reviewDeadline: s.reviewDeadline = try day()
        case .awardQuota: s.awardQuota = try number()
        case .nominationQuota: s.nominationQuota = try number()
        case .awardPlaces, .nominationPlaces:
            let n = try number()
            let p = data.cycle.recommendationPolicy
            let award = self == .awardPlaces ? n : p.awardPlaces
            let nomination = self == .nominationPlaces ? n : p.nominationPlaces
            return .award(.setPlaces(award: award, nomination: nomination, note: note.isEmpty ? p.note : note))
        case .aggregation:
            switch v {
            case "mean": s.scoring.trimExtremes = false
            case "trimmed-mean": s.scoring.trimExtremes = true
            default: throw bad()
            }
        case .stageScore:
            switch v {
            case "sheet-mean": s.scoring.stageScore = .sheetMean
            case "agreed": s.scoring.stageScore = .agreed
            default: throw bad()
            }
        case .officeName:
            guard !v.isEmpty else { throw bad() }
            o.officeName = v
        case .address: o.address = v
        case .telephone:
            guard v.isEmpty || (v.contains { $0.isNumber } && v.allSatisfy { $0.isASCII && ($0.isNumber || "-+() ".contains($0)) }) else { throw bad() }
            o.telephone = v
        case .email:
            let parts = v.split(separator: "@", omittingEmptySubsequences: false)
            guard v.isEmpty || (parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".")
                                && !parts[1].hasSuffix(".") && !v.contains(" ")) else { throw bad() }
            o.email = v
        case .contactPerson:
            guard !v.isEmpty else { throw bad() }
            o.contactPerson = v
        case .resultsIssuer:
            switch v {
            case "city-government": o.resultsIssuer = .cityGovernment
            case "office": o.resultsIssuer = .office
            default: throw bad()
            }
        }
        return scope == .cycle ? .intake(.updateCycleSettings(s)) : .registry(.updateSettings(o))
    }
}

/// One value of a setting chosen from a list: the token `settings set` takes and what it means.
public struct SettingChoice: Sendable, Equatable {
    public var value: String
    public var label: Phrase
    public init(_ value: String, _ label: Phrase) { self.value = value; self.label = label }
}
