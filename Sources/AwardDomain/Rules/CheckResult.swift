/// The outcome of one eligibility check (RULES.md §2).
public enum CheckOutcome: String, Codable, Sendable, CaseIterable {
    case pass, fail
    /// A reviewer must decide; the software records who and when.
    case judgement

    public var name: Phrase {
        switch self {
        case .pass: Phrase(zh: "符合", en: "pass")
        case .fail: Phrase(zh: "不符合", en: "fail")
        case .judgement: Phrase(zh: "待人工判断", en: "needs judgement")
        }
    }
}

/// One fact a check looked at, e.g. 成立日期 2022-05-10, shown next to the reason.
public struct CheckFact: Hashable, Codable, Sendable {
    public var label: Phrase
    public var value: String
    public init(_ label: Phrase, _ value: String) { self.label = label; self.value = value }
    public init(zh: String, en: String, _ value: String) { self.init(Phrase(zh: zh, en: en), value) }
}

/// The result of one check E1–E11: its code, the article behind it, the outcome and a reason that
/// states the dates and facts that decided it. The outcome is decided when the check runs; the
/// reason and facts are worded when first read (`CheckWording`).
public struct CheckResult: Hashable, Codable, Sendable {
    public var code: String
    public var citation: Citation
    public var outcome: CheckOutcome
    let wording: CheckWording

    public var reason: Phrase { wording.text.reason }
    public var facts: [CheckFact] { wording.text.facts }

    public init(code: String, citation: Citation, outcome: CheckOutcome, reason: Phrase, facts: [CheckFact] = []) {
        self.code = code; self.citation = citation; self.outcome = outcome; wording = CheckWording((reason, facts))
    }

    /// A result whose reason and facts are worded by `text` when first read.
    init(code: String, citation: Citation, outcome: CheckOutcome, text: @escaping @Sendable () -> CheckWording.Text) {
        self.code = code; self.citation = citation; self.outcome = outcome; wording = CheckWording(text)
    }

    public static func == (a: CheckResult, b: CheckResult) -> Bool {
        a.code == b.code && a.citation == b.citation && a.outcome == b.outcome && a.reason == b.reason && a.facts == b.facts
    }

    public func hash(into h: inout Hasher) {
        h.combine(code); h.combine(citation); h.combine(outcome); h.combine(reason); h.combine(facts)
    }

    private enum CodingKeys: String, CodingKey { case code, citation, outcome, reason, facts }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(code: try c.decode(String.self, forKey: .code), citation: try c.decode(Citation.self, forKey: .citation),
                  outcome: try c.decode(CheckOutcome.self, forKey: .outcome), reason: try c.decode(Phrase.self, forKey: .reason),
                  facts: try c.decode([CheckFact].self, forKey: .facts))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code); try c.encode(citation, forKey: .citation); try c.encode(outcome, forKey: .outcome)
        try c.encode(reason, forKey: .reason); try c.encode(facts, forKey: .facts)
    }
}

/// All eleven results of one application and what they add up to.
public struct EligibilitySummary: Hashable, Sendable {
    public var applicationID: String
    public var deadline: Day
    public var results: [CheckResult]

    /// Fail if any check fails, else judgement if any waits for a reviewer, else pass. No
    /// results at all (nothing was checked) is never a pass.
    public var overall: CheckOutcome {
        if results.isEmpty || results.contains(where: { $0.outcome == .fail }) { return .fail }
        if results.contains(where: { $0.outcome == .judgement }) { return .judgement }
        return .pass
    }

    public var failing: [CheckResult] { results.filter { $0.outcome == .fail } }
    public var pending: [CheckResult] { results.filter { $0.outcome == .judgement } }
}

extension Phrase {
    /// Joins sentences: "；" in Chinese, "; " in English (first letter capitalised).
    static func joined(_ parts: [Phrase]) -> Phrase {
        let en = parts.map(\.en).joined(separator: "; ")
        return Phrase(zh: parts.map(\.zh).joined(separator: "；"), en: en.prefix(1).uppercased() + en.dropFirst())
    }
}
