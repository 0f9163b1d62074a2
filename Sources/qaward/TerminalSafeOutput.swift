import AwardDomain
import Foundation

/// What the commands print reaches a terminal: a control or text-direction character that
/// slipped into an older file (input refuses them now, `SafeText`) is shown escaped, as `\u{1B}`,
/// never sent as it is, so a name cannot clear the screen, retitle the terminal or forge a line.
enum TerminalText {
    /// `s` with every refused character escaped; line breaks and tabs kept when they are the
    /// command's own layout (`keepLayout`), escaped when `s` is one field of a row.
    static func escaped(_ s: String, keepLayout: Bool = true) -> String {
        guard SafeText.firstRefused(s) != nil else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if SafeText.isRefused(u) && !(keepLayout && (u == "\n" || u == "\t")) {
                out.append(contentsOf: "\\u{\(String(u.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(u)
            }
        }
        return String(out)
    }
}

/// The commands' `print`: the same as Swift's, through `TerminalText.escaped`.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    Swift.print(TerminalText.escaped(items.map { String(describing: $0) }.joined(separator: separator)), terminator: terminator)
}
