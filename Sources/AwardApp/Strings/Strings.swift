import Foundation
import AwardDomain

/// Looks up UI text in the catalog of the chosen language. Every string the screens show lives
/// in `zhCatalog` or `enCatalog`; a test keeps the two key sets equal.
public struct Strings: Sendable {
    public let lang: Language
    private let table: [String: String]

    public init(_ lang: Language) {
        self.lang = lang
        table = lang == .zh ? zhCatalog : enCatalog
    }

    /// The text for `key`; a missing key shows itself so it is noticed, never crashes.
    public func callAsFunction(_ key: String) -> String { table[key] ?? key }

    /// Text with `{0}`, `{1}` … replaced by the arguments.
    public func callAsFunction(_ key: String, _ args: CustomStringConvertible...) -> String {
        var s = self(key)
        for (i, a) in args.enumerated() { s = s.replacingOccurrences(of: "{\(i)}", with: a.description) }
        return s
    }

    public func text(_ p: Phrase) -> String { p.text(lang) }
    public func text(_ c: Citation) -> String { c.text(lang) }
}
