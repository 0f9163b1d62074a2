// Word wrapping by display width. Chinese has no spaces between words, so a line may break between
// any two wide characters, except before closing punctuation or after an opening bracket (a line
// never starts with “）” or “，”, nor ends with “（”); Latin text breaks only at spaces (a word
// longer than the line is split).

/// Splits `s` into lines no wider than `width` columns. Explicit newlines start new lines; spaces at
/// a break are dropped. Returns `[]` when `width` is not positive.
public func wrap(_ s: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    // A string of trusted scalars (see `standsAlone`) has no newline or tab: one paragraph, and
    // when it fits, its one line is the text without the spaces around it (what wrapParagraph
    // gives: spaces only count between two words of a line).
    if s.unicodeScalars.allSatisfy(standsAlone) {
        if displayWidth(s) <= width { return [String(trimmingSpaces(s[...]))] }
        return wrapParagraph(s[...], width: width)
    }
    var lines: [String] = []
    for paragraph in s.split(separator: "\n", omittingEmptySubsequences: false) {
        lines.append(contentsOf: wrapParagraph(paragraph, width: width))
    }
    return lines
}

private func trimmingSpaces(_ s: Substring) -> Substring {
    guard let first = s.unicodeScalars.firstIndex(where: { $0 != " " }),
          let last = s.unicodeScalars.lastIndex(where: { $0 != " " }) else { return "" }
    return s[first...last]
}

/// Chinese line-breaking rules (避头尾): these never start a line…
private let noLineStart: Set<Character> = ["）", "》", "」", "』", "】", "〕", "”", "’", "，", "。", "、", "；", "：", "！", "？"]
/// …and these never end one.
private let noLineEnd: Set<Character> = ["（", "《", "「", "『", "【", "〔", "“", "‘"]

/// One unit of wrapping: a run of spaces, a run of narrow non-space characters (a Latin word),
/// or a single wide character (a break may follow any CJK character).
private enum WrapToken {
    case space(String)
    case word(String, Int)
}

private func tokenize(_ s: Substring) -> [WrapToken] {
    var tokens: [WrapToken] = []
    var word = ""
    var wordWidth = 0
    var spaces = ""
    func flushWord() {
        if !word.isEmpty { tokens.append(.word(word, wordWidth)) }
        word = ""
        wordWidth = 0
    }
    func flushSpaces() {
        if !spaces.isEmpty { tokens.append(.space(spaces)) }
        spaces = ""
    }
    func take(_ c: Character, width w: Int) {
        if c == " " || c == "\t" {
            flushWord()
            spaces.append(" ")
            return
        }
        flushSpaces()
        if w >= 2 {
            if noLineStart.contains(c) {
                // Closing punctuation stays with what it closes.
                if !word.isEmpty {
                    word.append(c)
                    wordWidth += w
                    flushWord()
                } else if case .word(let text, let tw)? = tokens.last {
                    tokens[tokens.count - 1] = .word(text + String(c), tw + w)
                } else {
                    tokens.append(.word(String(c), w))
                }
                return
            }
            if let last = word.last, noLineEnd.contains(last) {
                // An opening bracket goes to the next line with what it opens.
                word.append(c)
                wordWidth += w
                if !noLineEnd.contains(c) { flushWord() }
                return
            }
            flushWord()
            if noLineEnd.contains(c) {
                word = String(c)
                wordWidth = w
            } else {
                tokens.append(.word(String(c), w))
            }
        } else {
            word.append(c)
            wordWidth += w
        }
    }
    // Scalar by scalar when each scalar is its own grapheme, as in `Buffer.put`.
    if s.unicodeScalars.allSatisfy(standsAlone) {
        for u in s.unicodeScalars { take(Character(u), width: scalarWidth(u)) }
    } else {
        for c in s { take(c, width: displayWidth(c)) }
    }
    flushWord()
    flushSpaces()
    return tokens
}

private func wrapParagraph(_ p: Substring, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    var pendingSpace = ""
    for token in tokenize(p) {
        switch token {
        case .space(let sp):
            // Spaces only matter between two pieces of text on the same line.
            if lineWidth > 0 { pendingSpace = sp }
        case .word(let text, let w):
            let sp = pendingSpace.count
            if lineWidth + sp + w <= width {
                line += pendingSpace + text
                lineWidth += sp + w
            } else if w <= width {
                if lineWidth > 0 { lines.append(line) }
                line = text
                lineWidth = w
            } else {
                // A word wider than the whole line: fill the current line, then split by character.
                var rest = Substring(text)
                if lineWidth > 0 && lineWidth + sp < width {
                    let head = prefix(rest, fittingWidth: width - lineWidth - sp)
                    if !head.text.isEmpty {
                        line += pendingSpace + head.text
                        rest = rest[head.text.endIndex...]
                    }
                }
                if lineWidth > 0 || !line.isEmpty { lines.append(line) }
                line = ""
                lineWidth = 0
                while !rest.isEmpty {
                    var head = prefix(rest, fittingWidth: width)
                    // A character wider than the line goes on a line of its own.
                    if head.text.isEmpty { head = (rest.prefix(1), displayWidth(rest.first!)) }
                    rest = rest[head.text.endIndex...]
                    if rest.isEmpty {
                        line = String(head.text)
                        lineWidth = head.width
                    } else {
                        lines.append(String(head.text))
                    }
                }
            }
            pendingSpace = ""
        }
    }
    lines.append(line)
    return lines
}
