public enum PublicityKind: String, Codable, Sendable, CaseIterable {
    /// Inside the applicant, ≥ 5 working days (第十一条（一）).
    case `internal`
    /// Of the candidate list, 7 days (第十一条（七）).
    case `public`

    public var name: Phrase {
        switch self {
        case .internal: Phrase(zh: "内部公示", en: "internal publicity")
        case .public: Phrase(zh: "社会公示", en: "public publicity")
        }
    }
}

public enum ObjectionOutcome: String, Codable, Sendable, CaseIterable {
    case pending, upheld, dismissed

    public var name: Phrase {
        switch self {
        case .pending: Phrase(zh: "待处理", en: "pending")
        case .upheld: Phrase(zh: "成立", en: "upheld")
        case .dismissed: Phrase(zh: "不成立", en: "dismissed")
        }
    }
}

/// An objection (异议) raised during a publicity period, against one applicant.
public struct Objection: Hashable, Codable, Sendable, Identifiable {
    public var id: String
    public var applicationID: String
    public var received: Day
    public var content: String
    public var handling: String
    public var outcome: ObjectionOutcome
    /// Who raised it (a person, an organization, "匿名来信"); nil in files written before it was kept.
    public var raisedBy: String?
    public init(id: String, applicationID: String, received: Day, content: String, handling: String = "", outcome: ObjectionOutcome = .pending,
                raisedBy: String? = nil) {
        self.id = id; self.applicationID = applicationID; self.received = received
        self.content = content; self.handling = handling; self.outcome = outcome; self.raisedBy = raisedBy
    }
}

/// A publicity period (公示) with its computed end and its objections.
public struct PublicityPeriod: Hashable, Codable, Sendable, Identifiable {
    public var id: String
    public var kind: PublicityKind
    public var applicationIDs: [String]
    public var start: Day
    /// Last day of the period, computed from the calendar when it starts (RULES.md §8).
    public var end: Day
    public var objections: [Objection]
    /// Set when the office closes the period.
    public var closed: Bool
    /// Set when the office cancels a period started by mistake; it then counts for nothing.
    public var cancelled: PublicityCancellation?

    public init(id: String, kind: PublicityKind, applicationIDs: [String], start: Day, end: Day, objections: [Objection] = [], closed: Bool = false,
                cancelled: PublicityCancellation? = nil) {
        self.id = id; self.kind = kind; self.applicationIDs = applicationIDs; self.start = start; self.end = end
        self.objections = objections; self.closed = closed; self.cancelled = cancelled
    }

    /// Not cancelled: the period counts.
    public var stands: Bool { cancelled == nil }
}

public enum MilestoneKind: String, Codable, Sendable, CaseIterable {
    case announcement, applicationDeadline, reviewDeadline, committeeMeeting, governmentApproval, qaDefence, onsiteReview

    public var name: Phrase {
        switch self {
        case .announcement: Phrase(zh: "发布申报通知", en: "announcement")
        case .applicationDeadline: Phrase(zh: "申报截止", en: "application deadline")
        case .reviewDeadline: Phrase(zh: "评审完成", en: "review deadline")
        case .committeeMeeting: Phrase(zh: "质量发展委员会审议", en: "committee meeting")
        case .governmentApproval: Phrase(zh: "市政府批准", en: "government approval")
        case .qaDefence: Phrase(zh: "问询答辩", en: "Q&A defence")
        case .onsiteReview: Phrase(zh: "现场评审", en: "on-site review")
        }
    }
}

/// A dated step of the cycle (第三条), optionally for one applicant (Q&A and on-site dates).
public struct Milestone: Hashable, Codable, Sendable, Identifiable {
    public var id: String
    public var kind: MilestoneKind
    public var date: Day
    public var applicationID: String?
    public var done: Bool
    public init(id: String, kind: MilestoneKind, date: Day, applicationID: String? = nil, done: Bool = false) {
        self.id = id; self.kind = kind; self.date = date; self.applicationID = applicationID; self.done = done
    }
}
