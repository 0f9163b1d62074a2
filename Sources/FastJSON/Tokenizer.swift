/// One pass over the bytes that checks they are JSON (RFC 8259: the grammar, escapes, surrogate
/// pairs, UTF-8) and records every value as a `Node`. Nothing is converted here: strings and
/// numbers are byte ranges, turned into values only when a decoder asks for them.
struct Tokenizer {
    /// The document followed by at least 8 zero bytes, so reads just past the end need no bounds
    /// check (a zero byte is never valid JSON there) and 8 bytes can be loaded at once.
    let p: UnsafePointer<UInt8>
    let count: Int
    var pos = 0
    var nodes: NodeBuffer

    /// As deep as Foundation's JSONDecoder goes; decoding recurses once per level.
    static let maxDepth = 512

    init(bytes: UnsafePointer<UInt8>, count: Int) {
        p = bytes
        self.count = count
        // About one value per 16 bytes of pretty-printed JSON.
        nodes = NodeBuffer(capacity: count / 16)
    }

    /// Tokenizes the whole document; on failure the nodes are freed.
    mutating func run() throws(SyntaxError) -> NodeBuffer {
        do {
            try document()
        } catch {
            nodes.deallocate()
            throw error
        }
        return nodes
    }

    private mutating func document() throws(SyntaxError) {
        guard count < Int(UInt32.max) else { throw SyntaxError(what: "the document is larger than 4 GiB", offset: 0) }
        if count >= 3, p[0] == 0xEF, p[1] == 0xBB, p[2] == 0xBF { pos = 3 } // a UTF-8 byte order mark, as Foundation allows
        var open: [Int] = []
        value: while true {
            skipWhitespace()
            switch p[pos] {
            case UInt8(ascii: "{"):
                let i = nodes.append(.object, start: pos, end: nodes.count + 1)
                pos += 1
                skipWhitespace()
                if p[pos] == UInt8(ascii: "}") {
                    pos += 1
                    close(i)
                } else {
                    guard open.count < Self.maxDepth else { throw SyntaxError(what: "too many nested arrays or objects", offset: pos) }
                    open.append(i)
                    try key()
                    continue value
                }
            case UInt8(ascii: "["):
                let i = nodes.append(.array, start: pos, end: 0)
                pos += 1
                skipWhitespace()
                if p[pos] == UInt8(ascii: "]") {
                    pos += 1
                    close(i)
                } else {
                    guard open.count < Self.maxDepth else { throw SyntaxError(what: "too many nested arrays or objects", offset: pos) }
                    open.append(i)
                    continue value
                }
            case UInt8(ascii: "\""): try string()
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
            case UInt8(ascii: "t"): try literal("true", .true)
            case UInt8(ascii: "f"): try literal("false", .false)
            case UInt8(ascii: "n"): try literal("null", .null)
            default: throw unexpected("a value")
            }
            // After a value: the next member or element, or the end of its container(s).
            while let top = open.last {
                skipWhitespace()
                let c = p[pos]
                if nodes.base[top].kind == .object {
                    if c == UInt8(ascii: ",") {
                        pos += 1
                        skipWhitespace()
                        try key()
                        continue value
                    }
                    guard c == UInt8(ascii: "}") else { throw unexpected("“,” or “}”") }
                } else {
                    if c == UInt8(ascii: ",") {
                        pos += 1
                        continue value
                    }
                    guard c == UInt8(ascii: "]") else { throw unexpected("“,” or “]”") }
                }
                pos += 1
                close(top)
                open.removeLast()
            }
            skipWhitespace()
            guard pos == count else { throw unexpected("the end of the data") }
            // The value a decoder is given for a key that is absent (`superDecoder(forKey:)`).
            _ = nodes.append(.null, start: pos, end: pos)
            return
        }
    }

    @inline(__always)
    private mutating func close(_ i: Int) {
        nodes.base[i].next = UInt32(truncatingIfNeeded: nodes.count)
    }

    private func unexpected(_ expected: String) -> SyntaxError {
        if pos >= count { return SyntaxError(what: "unexpected end of data, expected \(expected)", offset: pos) }
        let c = p[pos]
        let shown = c >= 0x21 && c < 0x7F ? "“\(Character(Unicode.Scalar(c)))”" : "byte 0x" + String(c, radix: 16, uppercase: true)
        return SyntaxError(what: "unexpected \(shown), expected \(expected)", offset: pos)
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        // Pretty-printed files are mostly indentation: skip spaces 8 at a time.
        while UnsafeRawPointer(p + pos).loadUnaligned(as: UInt64.self) == 0x2020_2020_2020_2020 { pos += 8 }
        while true {
            switch p[pos] {
            case 0x20, 0x0A, 0x0D, 0x09: pos += 1
            default: return
            }
        }
    }

    private mutating func key() throws(SyntaxError) {
        guard p[pos] == UInt8(ascii: "\"") else { throw unexpected("a key string") }
        try string()
        let k = nodes.count - 1
        let name = nodes.base[k]
        nodes.base[k].next = Node.prefix(p + Int(name.start), count: Int(name.end - name.start))
        skipWhitespace()
        guard p[pos] == UInt8(ascii: ":") else { throw unexpected("“:”") }
        pos += 1
    }

    private mutating func literal(_ word: StaticString, _ kind: Node.Kind) throws(SyntaxError) {
        let w = word.utf8Start
        for i in 0..<word.utf8CodeUnitCount where p[pos + i] != w[i] {
            pos += i
            throw unexpected("“\(word)”")
        }
        _ = nodes.append(kind, start: pos, end: pos + word.utf8CodeUnitCount)
        pos += word.utf8CodeUnitCount
    }

    private mutating func number() throws(SyntaxError) {
        let start = pos
        var kind = Node.Kind.integer
        if p[pos] == UInt8(ascii: "-") { pos += 1 }
        if p[pos] == UInt8(ascii: "0") {
            pos += 1
        } else {
            try digits()
        }
        if p[pos] == UInt8(ascii: ".") {
            kind = .number
            pos += 1
            try digits()
        }
        if p[pos] | 0x20 == UInt8(ascii: "e") {
            kind = .number
            pos += 1
            if p[pos] == UInt8(ascii: "+") || p[pos] == UInt8(ascii: "-") { pos += 1 }
            try digits()
        }
        _ = nodes.append(kind, start: start, end: pos)
    }

    /// One or more decimal digits.
    @inline(__always)
    private mutating func digits() throws(SyntaxError) {
        guard isDigit(p[pos]) else { throw unexpected("a digit") }
        repeat { pos += 1 } while isDigit(p[pos])
    }

    @inline(__always)
    private func isDigit(_ c: UInt8) -> Bool { c &- UInt8(ascii: "0") < 10 }

    /// A string from its opening quote; the node holds the bytes between the quotes.
    private mutating func string() throws(SyntaxError) {
        pos += 1
        let start = pos
        var escaped = false
        while true {
            // 8 plain ASCII bytes at a time (none a quote, backslash, control or ≥ 0x80).
            while Self.plain(UnsafeRawPointer(p + pos).loadUnaligned(as: UInt64.self)) { pos += 8 }
            let c = p[pos]
            if c == UInt8(ascii: "\"") { break }
            if c >= 0x20 && c < 0x80 && c != UInt8(ascii: "\\") {
                pos += 1
            } else if c >= 0x80 {
                try utf8Sequence(c)
            } else if c == UInt8(ascii: "\\") {
                escaped = true
                try escape()
            } else if pos >= count {
                throw SyntaxError(what: "unexpected end of data in a string", offset: pos)
            } else {
                throw SyntaxError(what: "unescaped control character 0x" + String(c, radix: 16, uppercase: true) + " in a string", offset: pos)
            }
        }
        _ = nodes.append(escaped ? .escapedString : .string, start: start, end: pos)
        pos += 1
    }

    /// Whether none of the 8 bytes in `w` ends or escapes a string or needs UTF-8 checking
    /// (bit tricks: a byte's high bit marks ≥ 0x80, below 0x20, or equal to `"` or `\`).
    @inline(__always)
    static func plain(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zeroByte(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
        let control = (w &- ones &* 0x20) & ~w & highs
        return (w & highs) | control | zeroByte(w ^ (ones &* 0x22)) | zeroByte(w ^ (ones &* 0x5C)) == 0
    }

    /// A backslash escape; `\u` escapes of UTF-16 surrogates must come as a high–low pair.
    private mutating func escape() throws(SyntaxError) {
        let at = pos
        switch p[pos + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
             UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            pos += 2
        case UInt8(ascii: "u"):
            guard let unit = hex4(at: pos + 2) else { throw SyntaxError(what: "“\\u” not followed by 4 hex digits", offset: at) }
            pos += 6
            if unit & 0xFC00 == 0xD800 {
                guard p[pos] == UInt8(ascii: "\\"), p[pos + 1] == UInt8(ascii: "u"), let low = hex4(at: pos + 2), low & 0xFC00 == 0xDC00 else {
                    throw SyntaxError(what: "“\\u” high surrogate not followed by a low surrogate", offset: at)
                }
                pos += 6
            } else if unit & 0xFC00 == 0xDC00 {
                throw SyntaxError(what: "“\\u” low surrogate without a high surrogate", offset: at)
            }
        default:
            if pos + 1 >= count { throw SyntaxError(what: "unexpected end of data in a string", offset: pos + 1) }
            throw SyntaxError(what: "invalid escape", offset: at)
        }
    }

    /// The value of 4 hex digits at `i`, nil if they are not.
    func hex4(at i: Int) -> UInt16? {
        var v: UInt16 = 0
        for k in 0..<4 {
            guard let d = hexDigit(p[i + k]) else { return nil }
            v = v << 4 | UInt16(d)
        }
        return v
    }

    /// A multi-byte UTF-8 sequence starting with `lead` (≥ 0x80): well-formed per Unicode Table 3-7
    /// (no overlong forms, no surrogates, nothing above U+10FFFF), as Foundation requires.
    @inline(__always)
    private mutating func utf8Sequence(_ lead: UInt8) throws(SyntaxError) {
        @inline(__always) func cont(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }
        let b1 = p[pos + 1]
        switch lead {
        case 0xC2...0xDF:
            if cont(b1) { pos += 2; return }
        case 0xE0...0xEF:
            let low: UInt8 = lead == 0xE0 ? 0xA0 : 0x80, high: UInt8 = lead == 0xED ? 0x9F : 0xBF
            if b1 >= low && b1 <= high && cont(p[pos + 2]) { pos += 3; return }
        case 0xF0...0xF4:
            let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80, high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
            if b1 >= low && b1 <= high && cont(p[pos + 2]) && cont(p[pos + 3]) { pos += 4; return }
        default: break
        }
        throw SyntaxError(what: "invalid UTF-8", offset: pos)
    }
}

@inline(__always)
func hexDigit(_ c: UInt8) -> UInt8? {
    switch c {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
    default: nil
    }
}
