import AwardDomain

/// Shows typed words in the chosen language. Every word the screens show is a `Phrase` (zh and
/// en side by side, in the screen's `…Text.swift`): `t(.auditHeader(entries: n))`.
public struct Strings: Sendable {
    public let lang: Language

    public init(_ lang: Language) { self.lang = lang }

    public func callAsFunction(_ p: Phrase) -> String { p.text(lang) }
    public func callAsFunction(_ c: Citation) -> String { c.text(lang) }
}
