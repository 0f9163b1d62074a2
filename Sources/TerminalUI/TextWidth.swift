// The one display-width function of the program. Everything that lays out text (buffer, widgets,
// truncation, wrapping) goes through here, so a column count means the same thing everywhere.

/// Columns taken by one Unicode scalar on its own: 0, 1 or 2.
func scalarWidth(_ s: Unicode.Scalar) -> Int {
    let v = s.value
    // Printable ASCII is by far the most common case; skip the tables for it.
    if v >= 0x20 && v < 0x7F { return 1 }
    // So are the common ideographs (Chinese text): all wide, none in the zero-width table.
    if v >= 0x4E00 && v <= 0x9FFF { return 2 }
    if tableContains(zeroWidthRanges, v) { return 0 }
    if tableContains(wideRanges, v) { return 2 }
    return 1
}

/// Display width of a grapheme cluster: the width of its first scalar that has any width (base
/// character before combining marks, ZWJ sequences, skin-tone modifiers), or 2 when an emoji
/// variation selector (U+FE0F) asks for emoji presentation, e.g. "❤️" or a keycap "1️⃣".
public func displayWidth(_ c: Character) -> Int {
    var first = 0
    var emojiPresentation = false
    for s in c.unicodeScalars {
        if first == 0 { first = scalarWidth(s) }
        if s.value == 0xFE0F { emojiPresentation = true }
    }
    if first == 0 { return 0 }
    return emojiPresentation ? 2 : first
}

/// Display width of a string: the sum over its grapheme clusters.
public func displayWidth(_ s: String) -> Int {
    // Fast path: when every scalar is a cluster of its own, sum scalar widths and skip grapheme
    // breaking, which costs several times more per character.
    var total = 0
    for u in s.unicodeScalars {
        guard standsAlone(u) else { return clusterWidths(s) }
        total += scalarWidth(u)
    }
    return total
}

private func clusterWidths(_ s: String) -> Int {
    var total = 0
    for c in s { total += displayWidth(c) }
    return total
}

/// True when `u` is a grapheme cluster of its own beside any other scalar for which this is true:
/// printable ASCII, Latin, punctuation, symbols and box drawing, CJK punctuation, the common
/// ideographs and fullwidth forms (all Grapheme_Cluster_Break=Other). A string made only of these
/// has one grapheme per scalar, and each grapheme's width is its scalar's (1 or 2, never 0; `wrap`
/// relies on that). Not included: controls, combining marks, joiners, variation selectors, Hangul
/// jamo, regional indicators and prepended marks, which join their neighbours or take no column
/// (TextWidthFastPathTests checks every scalar of these ranges).
@inline(__always)
func standsAlone(_ u: Unicode.Scalar) -> Bool {
    let v = u.value
    if v < 0x7F { return v >= 0x20 }
    if v < 0x300 { return v >= 0xA0 && v != 0xAD }
    if v >= 0x4E00 { return v <= 0x9FFF || (0xFF01...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) }
    return (0x3400...0x4DBF).contains(v) || (0x3000...0x3029).contains(v) || (0x3030...0x303F).contains(v)
        || (0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v) || (0x2070...0x20CF).contains(v)
        || (0x2100...0x2BFF).contains(v)
}

/// Horizontal placement of text inside a wider column.
public enum Alignment: String, Sendable, Hashable, Codable, CaseIterable {
    case left, right, center
}

/// Cuts `s` so that its display width is at most `w`, ending in `ellipsis` when anything was cut.
/// A character is never split: a wide character that does not fit is dropped, so the result may be
/// one column short of `w`. If even the ellipsis does not fit, the plain prefix is returned.
public func truncate(_ s: String, toWidth w: Int, ellipsis: String = "…") -> String {
    if w <= 0 { return "" }
    if displayWidth(s) <= w { return s }
    let ew = displayWidth(ellipsis)
    let useEllipsis = ew <= w
    let budget = useEllipsis ? w - ew : w
    var out = ""
    var used = 0
    for c in s {
        let cw = displayWidth(c)
        if used + cw > budget { break }
        out.append(c)
        used += cw
    }
    return useEllipsis ? out + ellipsis : out
}

/// `s` truncated to `w` columns, then padded with spaces to exactly `w` columns (the padding also
/// makes up the column lost when a wide character had to be dropped).
public func padded(_ s: String, toWidth w: Int, align: Alignment = .left) -> String {
    if w <= 0 { return "" }
    let t = truncate(s, toWidth: w)
    let gap = w - displayWidth(t)
    switch align {
    case .left:
        return t + String(repeating: " ", count: gap)
    case .right:
        return String(repeating: " ", count: gap) + t
    case .center:
        let before = gap / 2
        return String(repeating: " ", count: before) + t + String(repeating: " ", count: gap - before)
    }
}

/// The prefix of `s` that fits in `w` columns (no ellipsis), and its width.
func prefix(_ s: Substring, fittingWidth w: Int) -> (text: Substring, width: Int) {
    var used = 0
    var end = s.startIndex
    for i in s.indices {
        let cw = displayWidth(s[i])
        if used + cw > w { break }
        used += cw
        end = s.index(after: i)
    }
    return (s[s.startIndex..<end], used)
}
