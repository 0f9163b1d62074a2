/// The audit journal's head: the seq and hash of its last entry. A printed head is a witness
/// kept outside the data directory: `qaward audit verify --anchor SEQ:HASH` proves the journal
/// still extends it, so a rollback or a rewritten history is caught by anyone who kept one.
public struct JournalHead: Hashable, Codable, Sendable {
    public var seq: Int
    /// Lowercase hex SHA-256 of the entry.
    public var hash: String

    public init(seq: Int, hash: String) { self.seq = seq; self.hash = hash }

    /// `1047:5e07ab12cd34f1a9`: what a person copies; enough of the hash to tell any forgery apart.
    public var short: String { "\(seq):\(hash.prefix(16))" }

    /// The line a published document ends with.
    public func line(_ lang: Language) -> String {
        Phrase.journalHeadLine(seq: seq, short: short).text(lang)
    }
}

extension OfficeDocument {
    /// The document with the journal head it was made at, printed as its last line.
    public func stamped(at head: JournalHead, _ lang: Language) -> OfficeDocument {
        var doc = self
        doc.madeAt = head.line(lang)
        return doc
    }
}
