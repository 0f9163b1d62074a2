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

/// A refusal from the domain: what was refused, what is wrong, the article that demands it where a
/// rule is the reason, and what to do instead, in both languages. The procedure's conditions
/// (`Procedure.conditions`) fill every part; a plain field check gives the message alone.
public struct DomainError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: Phrase
    public var citation: Citation?
    /// The action refused, e.g. "提交申报 A2026-001" / "submit application A2026-001".
    public var refused: Phrase?
    /// What the user can do instead.
    public var instead: Phrase?
    public init(_ message: Phrase, citation: Citation? = nil, refused: Phrase? = nil, instead: Phrase? = nil) {
        self.message = message
        self.citation = citation
        self.refused = refused
        self.instead = instead
    }
    public init(zh: String, en: String, citation: Citation? = nil) {
        self.init(Phrase(zh: zh, en: en), citation: citation)
    }
    public func text(_ lang: Language) -> String {
        var out = ""
        if let r = refused { out += Phrase(zh: "不能\(r.zh)：", en: "Cannot \(r.en): ").text(lang) }
        out += message.text(lang)
        if let c = citation { out += Phrase(zh: "（\(c.zh)）", en: " (\(c.en))").text(lang) }
        if let i = instead { out += Phrase(zh: "。\(i.zh)", en: ". \(i.en)").text(lang) }
        return out
    }
    public var description: String { text(.zh) }
    /// The whole refusal (message, article, what to do) as one phrase, for a form to show.
    public var phrase: Phrase { Phrase(zh: text(.zh), en: text(.en)) }
}

/// Words every part of the program uses.
extension Phrase {
    public static let yes = Phrase(zh: "是", en: "yes")
    public static let no = Phrase(zh: "否", en: "no")
    /// Between the items of a list in running text.
    public static let listSeparator = Phrase(zh: "；", en: "; ")
    /// Between the names, ids or years of an enumeration: “2025、2026”, “2025, 2026”.
    public static let enumerationSeparator = Phrase(zh: "、", en: ", ")
    /// Nothing, in either language: an optional part of a sentence that is absent.
    public static let empty = Phrase(zh: "", en: "")
}

extension Array where Element == Phrase {
    /// Each phrase in `lang`: a table's headers, a list of labels.
    public func text(_ lang: Language) -> [String] { map { $0.text(lang) } }
}
