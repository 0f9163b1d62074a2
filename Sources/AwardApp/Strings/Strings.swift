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

    /// Text with `{0}`, `{1}` … replaced by the arguments. One pass over the template (screens
    /// format dozens of lines a frame): a placeholder without an argument stays as written, and an
    /// argument's own text is not searched for placeholders.
    public func callAsFunction(_ key: String, _ args: CustomStringConvertible...) -> String {
        let template = self(key)
        let bytes = template.utf8
        var out = ""
        var copied = template.startIndex
        var i = bytes.startIndex
        while let open = bytes[i...].firstIndex(of: UInt8(ascii: "{")) {
            // "{", up to 3 digits without a leading zero, "}"; `{`, digits and `}` are ASCII, so
            // they never occur inside another character's UTF-8 bytes.
            var j = bytes.index(after: open)
            var n = 0, digits = 0
            while j < bytes.endIndex, digits < 3, bytes[j] >= UInt8(ascii: "0"), bytes[j] <= UInt8(ascii: "9") {
                n = n * 10 + Int(bytes[j] - UInt8(ascii: "0"))
                digits += 1
                j = bytes.index(after: j)
            }
            if digits > 0, j < bytes.endIndex, bytes[j] == UInt8(ascii: "}"), n < args.count, String(n).utf8.count == digits {
                out += template[copied..<open]
                out += args[n].description
                copied = bytes.index(after: j)
                i = copied
            } else {
                i = bytes.index(after: open)
            }
        }
        out += template[copied...]
        return out
    }

    /// A phrase in the chosen language: `t(.auditHeader(entries: n))`.
    public func callAsFunction(_ p: Phrase) -> String { p.text(lang) }
    public func callAsFunction(_ c: Citation) -> String { c.text(lang) }
}
