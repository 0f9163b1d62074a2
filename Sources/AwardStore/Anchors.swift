import AwardDomain
import Foundation

/// A journal head someone kept outside the data directory (printed on a document, signed, sent
/// away): `SEQ:HASH`, the hash in full or its first 12 or more hex digits. The journal must still
/// extend it: entry SEQ must exist and have that hash.
public struct JournalAnchor: Hashable, Sendable {
    public var seq: Int
    /// Lowercase hex, 12 to 64 digits: a prefix of the entry's hash.
    public var hash: String
    /// The office's signature over the head, when it was kept signed (`audit head --sign`).
    public var signed: SignedHead?

    public init(seq: Int, hash: String, signed: SignedHead? = nil) { self.seq = seq; self.hash = hash; self.signed = signed }

    /// Parses `SEQ:HASH` or a signed head's line; nil when it is neither.
    public init?(_ text: String) {
        if let s = SignedHead(line: text) {
            self.init(seq: s.seq, hash: s.hash, signed: s)
            return
        }
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let seq = Int(parts[0]), seq >= 1 else { return nil }
        let hash = parts[1].lowercased()
        guard (12...64).contains(hash.count), hash.allSatisfy(\.isHexDigit) else { return nil }
        self.init(seq: seq, hash: hash)
    }

    /// A file of anchors: one `SEQ:HASH` or signed head per line; blank lines and lines starting
    /// with `#` are skipped. Refused, naming the line, when a line is neither.
    public static func parseFile(_ text: String) -> Result<[JournalAnchor], DomainError> {
        var out: [JournalAnchor] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let a = JournalAnchor(line) else {
                return .failure(DomainError(zh: "第 \(i + 1) 行“\(line.prefix(40))”不是 序号:哈希（如 1047:5e07ab12cd34），也不是签名的日志头（audit head --sign 写出的一行）",
                                            en: "Line \(i + 1) “\(line.prefix(40))” is neither SEQ:HASH (e.g. 1047:5e07ab12cd34) nor a signed head (a line audit head --sign wrote)"))
            }
            out.append(a)
        }
        return .success(out)
    }

    public static let usage = Phrase(zh: "锚点应为 序号:哈希，哈希至少 12 位十六进制（如 audit head 打印的 1047:5e07ab12cd34f1a9）",
                                     en: "An anchor is SEQ:HASH with at least 12 hex digits of the hash (as audit head prints, e.g. 1047:5e07ab12cd34f1a9)")
}

extension Store {
    /// The journal's head now: what a document made from this state prints.
    public var head: JournalHead { JournalHead(seq: journal.lastSeq, hash: journal.lastHash) }
}
