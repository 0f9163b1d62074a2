/// Where an application stands (申报状态). Every change is kept in `Application.history`.
public enum ApplicationStatus: String, Codable, Sendable, CaseIterable {
    case draft, submitted, eligible, ineligible, withdrawn

    public var name: Phrase {
        switch self {
        case .draft: Phrase(zh: "草稿", en: "draft")
        case .submitted: Phrase(zh: "已申报", en: "submitted")
        case .eligible: Phrase(zh: "符合资格", en: "eligible")
        case .ineligible: Phrase(zh: "不符合资格", en: "ineligible")
        case .withdrawn: Phrase(zh: "已撤回", en: "withdrawn")
        }
    }
}

/// The outcome of a publicity period, internal (第十一条（一）) or public (第十一条（七）).
public enum PublicityOutcome: String, Codable, Sendable, CaseIterable {
    case running, noObjection, objectionPending, objectionUpheld, objectionDismissed

    public var name: Phrase {
        switch self {
        case .running: Phrase(zh: "公示中", en: "running")
        case .noObjection: Phrase(zh: "无异议", en: "no objection")
        case .objectionPending: Phrase(zh: "异议待处理", en: "objection pending")
        case .objectionUpheld: Phrase(zh: "异议成立", en: "objection upheld")
        case .objectionDismissed: Phrase(zh: "异议不成立", en: "objection dismissed")
        }
    }
}

/// The department that reviewed and recommended the application (第九条, 第十一条（一）).
public enum RecommenderKind: String, Codable, Sendable, CaseIterable {
    case countyMarketSupervision, cityDepartment

    public var name: Phrase {
        switch self {
        case .countyMarketSupervision: Phrase(zh: "县（市、区）市场监管部门", en: "county market-supervision department")
        case .cityDepartment: Phrase(zh: "市有关部门", en: "city department")
        }
    }
}

public struct Recommendation: Hashable, Codable, Sendable {
    public var kind: RecommenderKind
    public var department: String
    public var signed: Day
    public init(kind: RecommenderKind, department: String, signed: Day) {
        self.kind = kind; self.department = department; self.signed = signed
    }
}

/// The organization's own internal publicity before applying (第十一条（一）).
public struct InternalPublicity: Hashable, Codable, Sendable {
    public var start: Day
    public var end: Day?
    public var outcome: PublicityOutcome
    public init(start: Day, end: Day? = nil, outcome: PublicityOutcome) {
        self.start = start; self.end = end; self.outcome = outcome
    }
}

/// A recorded status change: who, when (instant, shown in Asia/Shanghai), from, to, why.
public struct StatusChange: Hashable, Codable, Sendable {
    public var from: ApplicationStatus?
    public var to: ApplicationStatus
    public var by: String
    public var at: Timestamp
    public var note: String
    public init(from: ApplicationStatus?, to: ApplicationStatus, by: String, at: Timestamp, note: String = "") {
        self.from = from; self.to = to; self.by = by; self.at = at; self.note = note
    }
}

/// A reviewer's judgement on a check that the software cannot decide alone (E3, E5).
public struct Judgement: Hashable, Codable, Sendable {
    public var passed: Bool
    public var by: String
    public var at: Timestamp
    public var note: String
    public init(passed: Bool, by: String, at: Timestamp, note: String) {
        self.passed = passed; self.by = by; self.at = at; self.note = note
    }
}

/// An organization's application in one cycle.
public struct Application: Hashable, Codable, Sendable, Identifiable {
    public var id: String                         // e.g. "A2026-001"
    public var orgID: String
    public var declarationSigned: Bool            // E1, 第十条（一）
    public var internalPublicity: InternalPublicity?
    public var recommendation: Recommendation?
    public var selfAssessment: Bool               // E11, 第十六条
    public var submitted: Day?
    public var status: ApplicationStatus
    public var history: [StatusChange]
    /// Judgements keyed by check code ("E3", "E5").
    public var judgements: [String: Judgement]

    public init(id: String, orgID: String, declarationSigned: Bool = false, internalPublicity: InternalPublicity? = nil,
                recommendation: Recommendation? = nil, selfAssessment: Bool = false, submitted: Day? = nil,
                status: ApplicationStatus = .draft, history: [StatusChange] = [], judgements: [String: Judgement] = [:]) {
        self.id = id; self.orgID = orgID; self.declarationSigned = declarationSigned
        self.internalPublicity = internalPublicity; self.recommendation = recommendation
        self.selfAssessment = selfAssessment; self.submitted = submitted; self.status = status
        self.history = history; self.judgements = judgements
    }
}
