/// The two languages of the program: Chinese for the secretariat by default, English on request.
public enum Language: String, Codable, Sendable, CaseIterable {
    case zh
    case en
}

/// A sentence the domain says to a user, in both languages. Rules produce these so the UI, the
/// CLI and exported reports show the same words the rule decided on.
public struct Phrase: Hashable, Codable, Sendable {
    public var zh: String
    public var en: String
    public init(zh: String, en: String) { self.zh = zh; self.en = en }
    public func text(_ lang: Language) -> String { lang == .zh ? zh : en }
}

/// An article (and item) of the award's measures, e.g. 第十条（二） / Art. 10(2).
public struct Citation: Hashable, Codable, Sendable, CustomStringConvertible {
    public var zh: String
    public var en: String
    public init(zh: String, en: String) { self.zh = zh; self.en = en }
    public func text(_ lang: Language) -> String { lang == .zh ? zh : en }
    public var description: String { zh }
}

/// A refusal from the domain: what is wrong and what to do, in both languages, with the article
/// that demands it where a rule is the reason.
public struct DomainError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: Phrase
    public var citation: Citation?
    public init(_ message: Phrase, citation: Citation? = nil) {
        self.message = message
        self.citation = citation
    }
    public init(zh: String, en: String, citation: Citation? = nil) {
        self.init(Phrase(zh: zh, en: en), citation: citation)
    }
    public func text(_ lang: Language) -> String {
        guard let c = citation else { return message.text(lang) }
        return lang == .zh ? "\(message.zh)（\(c.zh)）" : "\(message.en) (\(c.en))"
    }
    public var description: String { text(.zh) }
}
