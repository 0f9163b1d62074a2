/// Text that may reach a terminal, a spreadsheet or another program: no control characters (C0,
/// DEL, C1: ESC could clear a screen or retitle a terminal, CR/BS overwrite what was printed, NUL
/// cuts a C string, a newline forges a row in a listing) and no bidirectional controls (which
/// reorder what is shown so a name reads as something else). Refused at input, wherever an action
/// is applied: CSV imports, forms and command-line options all come through here.
public enum SafeText {
    /// Whether `u` may not be stored in any text field.
    public static func isRefused(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Whether a field may hold line breaks (U+000A only): free text such as findings, notes and
    /// reasons may; ids, names and operators, which listings print one per line, may not.
    public static func allowsLineBreaks(field key: String) -> Bool {
        let k = key.lowercased()
        return !(k == "id" || k.hasSuffix("id") || k.hasSuffix("_id") || k.hasSuffix("ids") || k.contains("name")
                 || k == "actor" || k == "by" || k == "operator" || k == "supervisor" || k.hasSuffix("code"))
    }

    /// The first refused character of `s` as the text of field `key` (see `allowsLineBreaks`).
    public static func firstRefused(_ s: String, field key: String) -> Unicode.Scalar? {
        guard allowsLineBreaks(field: key) else { return firstRefused(s) }
        return s.unicodeScalars.first { $0 != "\n" && isRefused($0) }
    }

    /// The first refused character of `s`, or nil.
    public static func firstRefused(_ s: String) -> Unicode.Scalar? {
        // Most text is plain: one pass over the UTF-8 finds nothing to look at closely.
        var maybe = false
        for b in s.utf8 where b < 0x20 || b == 0x7F || b == 0xC2 || b == 0xD8 || b == 0xE2 { maybe = true; break }
        guard maybe else { return nil }
        return s.unicodeScalars.first(where: isRefused)
    }

    /// `U+001B`, the way a refused character is named in messages.
    public static func name(_ u: Unicode.Scalar) -> String {
        let hex = String(u.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// What is wrong with `s` as the text of `field`, or nil.
    public static func problem(_ s: String, field: String) -> DomainError? {
        firstRefused(s).map { refusal($0, field: field) }
    }

    public static func refusal(_ u: Unicode.Scalar, field: String) -> DomainError {
        DomainError(zh: "“\(field)”含有不可见的控制字符 \(name(u))（换行、退格、转义或文字方向控制符等），请删除后重试",
                    en: "“\(field)” contains the invisible control character \(name(u)) (a line break, backspace, escape or text-direction control); remove it and try again")
    }

    /// Refuses `s` with `problem(_:field:)`.
    public static func check(_ s: String, field: String) throws(DomainError) {
        if let u = firstRefused(s) { throw refusal(u, field: field) }
    }

    /// The first text anywhere in `value` (values and dictionary keys) that is refused, with its
    /// place, e.g. `registry.upsertOrganization.org.name`.
    public static func firstRefused<T: Encodable>(in value: T) -> (path: String, scalar: Unicode.Scalar)? {
        let scanner = TextScanner()
        try? value.encode(to: scanner)
        return scanner.found
    }

    /// Refuses any refused text in `value`, naming where it is.
    public static func check<T: Encodable>(all value: T) throws(DomainError) {
        if let (path, u) = firstRefused(in: value) { throw refusal(u, field: path) }
    }
}

/// An Encoder that encodes nothing: it visits every string (values and dictionary keys) and
/// stops at the first refused one, keeping its coding path.
private final class TextScanner: Encoder {
    var codingPath: [CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]
    var found: (path: String, scalar: Unicode.Scalar)?
    /// The scanner the walk started from, which keeps what was found.
    private weak var root: TextScanner?

    struct Stop: Error {}

    static func describe(_ path: [CodingKey]) -> String {
        let s = path.filter { $0.intValue != nil || !$0.stringValue.hasPrefix("_") }
            .map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return s.hasPrefix(".") ? String(s.dropFirst()) : s
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(Keyed<Key>(scanner: self, codingPath: codingPath))
    }
    func unkeyedContainer() -> UnkeyedEncodingContainer { Unkeyed(scanner: self, codingPath: codingPath) }
    func singleValueContainer() -> SingleValueEncodingContainer { Single(scanner: self, codingPath: codingPath) }

    func nested(_ path: [CodingKey]) -> TextScanner {
        let child = TextScanner()
        child.codingPath = path
        child.root = root ?? self
        return child
    }

    struct Index: CodingKey {
        var stringValue: String { "\(intValue ?? 0)" }
        var intValue: Int?
        init(_ i: Int) { intValue = i }
        init?(stringValue: String) { nil }
        init?(intValue: Int) { self.intValue = intValue }
    }
    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ s: String) { stringValue = s }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    static func check(_ s: String, _ path: [CodingKey], _ scanner: TextScanner, isKey: Bool = false) throws {
        guard SafeText.firstRefused(s) != nil else { return }
        // The field is the last named key (a list element takes its list's name); a dictionary
        // key is an id, never free text.
        let field = isKey ? "id" : path.last(where: { $0.intValue == nil && !$0.stringValue.hasPrefix("_") })?.stringValue ?? ""
        guard let u = SafeText.firstRefused(s, field: field) else { return }
        let keeper = scanner.root ?? scanner
        if keeper.found == nil { keeper.found = (describe(path), u) }
        throw Stop()
    }

    static func encode<T: Encodable>(_ value: T, _ path: [CodingKey], _ scanner: TextScanner) throws {
        if let s = value as? String { return try check(s, path, scanner) }
        try value.encode(to: scanner.nested(path))
    }

    struct Keyed<K: CodingKey>: KeyedEncodingContainerProtocol {
        let scanner: TextScanner
        var codingPath: [CodingKey]
        mutating func encodeNil(forKey key: K) throws {}
        mutating func encode(_ value: String, forKey key: K) throws { try check(value, codingPath + [key], scanner) }
        mutating func encode(_ value: Bool, forKey key: K) throws {}
        mutating func encode(_ value: Int, forKey key: K) throws {}
        mutating func encode(_ value: Double, forKey key: K) throws {}
        mutating func encode<T: Encodable>(_ value: T, forKey key: K) throws {
            // A dictionary's keys are text too ([String: String] comments by item id).
            try check(key.stringValue, codingPath + [key], scanner, isKey: true)
            try TextScanner.encode(value, codingPath + [key], scanner)
        }
        mutating func nestedContainer<N: CodingKey>(keyedBy keyType: N.Type, forKey key: K) -> KeyedEncodingContainer<N> {
            KeyedEncodingContainer(Keyed<N>(scanner: scanner, codingPath: codingPath + [key]))
        }
        mutating func nestedUnkeyedContainer(forKey key: K) -> UnkeyedEncodingContainer {
            Unkeyed(scanner: scanner, codingPath: codingPath + [key])
        }
        mutating func superEncoder() -> Encoder { scanner.nested(codingPath) }
        mutating func superEncoder(forKey key: K) -> Encoder { scanner.nested(codingPath + [key]) }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let scanner: TextScanner
        var codingPath: [CodingKey]
        var count = 0
        init(scanner: TextScanner, codingPath: [CodingKey]) { self.scanner = scanner; self.codingPath = codingPath }
        private mutating func next() -> [CodingKey] { defer { count += 1 }; return codingPath + [Index(count)] }
        mutating func encodeNil() throws { count += 1 }
        mutating func encode(_ value: String) throws { try check(value, next(), scanner) }
        mutating func encode(_ value: Bool) throws { count += 1 }
        mutating func encode(_ value: Int) throws { count += 1 }
        mutating func encode(_ value: Double) throws { count += 1 }
        mutating func encode<T: Encodable>(_ value: T) throws { try TextScanner.encode(value, next(), scanner) }
        mutating func nestedContainer<N: CodingKey>(keyedBy keyType: N.Type) -> KeyedEncodingContainer<N> {
            KeyedEncodingContainer(Keyed<N>(scanner: scanner, codingPath: next()))
        }
        mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer { Unkeyed(scanner: scanner, codingPath: next()) }
        mutating func superEncoder() -> Encoder { scanner.nested(next()) }
    }

    struct Single: SingleValueEncodingContainer {
        let scanner: TextScanner
        var codingPath: [CodingKey]
        mutating func encodeNil() throws {}
        mutating func encode(_ value: String) throws { try check(value, codingPath, scanner) }
        mutating func encode(_ value: Bool) throws {}
        mutating func encode(_ value: Int) throws {}
        mutating func encode(_ value: Double) throws {}
        mutating func encode<T: Encodable>(_ value: T) throws { try TextScanner.encode(value, codingPath, scanner) }
    }
}
