import AwardDomain

/// The kinds of table the secretariat exchanges with Excel. Each has its columns (`columns`), an
/// importer (`CSVImport.parse`) and an exporter (`CSVExport`).
public enum CSVKind: String, Sendable, Hashable, CaseIterable, Codable {
    case orgs, records, awards, applications, experts, scores, findings

    public var name: Phrase {
        switch self {
        case .orgs: Phrase(zh: "组织名录", en: "organizations")
        case .records: Phrase(zh: "不良记录", en: "adverse records")
        case .awards: Phrase(zh: "获奖记录", en: "awards")
        case .applications: Phrase(zh: "申报", en: "applications")
        case .experts: Phrase(zh: "专家库", en: "expert pool")
        case .scores: Phrase(zh: "评分", en: "scores")
        case .findings: Phrase(zh: "评审意见", en: "findings")
        }
    }
}
