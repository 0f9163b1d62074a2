/// What an expert writes beside an item's score (GB/T 19580 practice, as in the national award and
/// Baldrige): strengths (优势) and opportunities for improvement (改进机会), short sentences each.
public enum FindingKind: String, Codable, Sendable, CaseIterable {
    case strength, improvement

    public var name: Phrase {
        switch self {
        case .strength: Phrase(zh: "优势", en: "strength")
        case .improvement: Phrase(zh: "改进机会", en: "opportunity for improvement")
        }
    }

    public var plural: Phrase {
        switch self {
        case .strength: Phrase(zh: "优势", en: "Strengths")
        case .improvement: Phrase(zh: "改进机会", en: "Opportunities for improvement")
        }
    }
}

/// On an on-site sheet (第十一条（五）), what the visit made of a finding: one carried from the
/// document-review panel is confirmed or not confirmed; one the visit found itself is new.
public enum FindingCheck: String, Codable, Sendable, CaseIterable {
    case confirmed, notConfirmed, new

    public var name: Phrase {
        switch self {
        case .confirmed: Phrase(zh: "确认", en: "confirmed")
        case .notConfirmed: Phrase(zh: "未确认", en: "not confirmed")
        case .new: Phrase(zh: "新发现", en: "new")
        }
    }
}

/// One finding on one item of a sheet. `check` is set on on-site sheets only: `.confirmed` or
/// `.notConfirmed` for a finding carried from document review (its text is the panel's text),
/// `.new` for one the visit found.
public struct Finding: Hashable, Codable, Sendable {
    public var kind: FindingKind
    public var text: String
    public var check: FindingCheck?

    public init(kind: FindingKind, text: String, check: FindingCheck? = nil) {
        self.kind = kind; self.text = text; self.check = check
    }

    /// A finding is one short statement: no line breaks, at most this many characters.
    public static let maximumLength = 200
}
