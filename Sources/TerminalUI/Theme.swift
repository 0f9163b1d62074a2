// Named styles. Widgets ask for a role ("selected", "error"), never for a colour, so a theme file
// or NO_COLOR changes the whole program's look in one place.

/// What a piece of the screen is, as far as styling goes.
public enum StyleRole: String, CaseIterable, Sendable, Hashable, Codable {
    case normal, title, header, selected, status, statusError, helpKey, helpText, border, dim
    case ok, warning, error, accent, input, inputFocused, progress
}

/// A theme file line that could not be read. `line` is 1-based.
public struct ThemeParseError: Error, Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }
}

/// A style for every role. Roles a theme does not set fall back to `Theme.monochrome`.
public struct Theme: Sendable, Equatable {
    public var name: String
    private var styles: [StyleRole: Style]

    /// A theme from explicit styles; missing roles take the monochrome style.
    public init(name: String, styles: [StyleRole: Style] = [:]) {
        self.name = name
        self.styles = styles
    }

    public subscript(role: StyleRole) -> Style {
        get { styles[role] ?? Theme.monochromeStyles[role] ?? .plain }
        set { styles[role] = newValue }
    }

    /// Attributes only, for terminals without colour: readable anywhere, selection in reverse video.
    public static let monochrome = Theme(name: "monochrome", styles: monochromeStyles)

    private static let monochromeStyles: [StyleRole: Style] = [
        .normal: .plain,
        .title: Style(bold: true),
        .header: Style(bold: true),
        .selected: Style(reverse: true),
        .status: Style(reverse: true),
        .statusError: Style(bold: true, reverse: true),
        .helpKey: Style(bold: true),
        .helpText: .plain,
        .border: .plain,
        .dim: Style(dim: true),
        .ok: .plain,
        .warning: Style(bold: true),
        .error: Style(bold: true, underline: true),
        .accent: Style(bold: true),
        .input: Style(underline: true),
        .inputFocused: Style(reverse: true),
        .progress: Style(reverse: true),
    ]

    /// The built-in colour theme, used when no theme file is given.
    public static let defaultColors = Theme(name: "default", styles: [
        .normal: .plain,
        .title: Style(fg: .brightCyan, bold: true),
        .header: Style(fg: .yellow, bold: true),
        .selected: Style(fg: .black, bg: .cyan, bold: true),
        .status: Style(fg: .black, bg: .white),
        .statusError: Style(fg: .brightWhite, bg: .red, bold: true),
        .helpKey: Style(fg: .brightYellow, bold: true),
        .helpText: .plain,
        .border: Style(fg: .blue),
        .dim: Style(fg: .brightBlack),
        .ok: Style(fg: .green),
        .warning: Style(fg: .yellow, bold: true),
        .error: Style(fg: .brightRed, bold: true),
        .accent: Style(fg: .magenta, bold: true),
        .input: Style(underline: true),
        .inputFocused: Style(fg: .black, bg: .brightWhite),
        .progress: Style(fg: .black, bg: .green),
    ])

    /// The theme with every colour removed (for NO_COLOR), attributes kept. Colour must not have
    /// been the only thing marking a role: a role drawn on a background colour (a selection or
    /// status band) becomes reverse video, and one that is left plain takes its monochrome style.
    public func withoutColor() -> Theme {
        var t = Theme(name: name)
        for role in StyleRole.allCases {
            let original = self[role]
            var stripped = original.withoutColor
            if original.bg != .default { stripped.reverse = true }
            t[role] = (stripped == .plain && original != .plain) ? Theme.monochrome[role] : stripped
        }
        return t
    }

    /// Reads a theme file: one role per line, `role = [fg] [on bg][, attribute...]`, e.g.
    /// `selected = black on cyan, bold`. Attributes: bold, dim, underline, reverse (or "plain").
    /// `#` starts a comment; blank lines are ignored. Roles not named keep the monochrome style.
    public static func parse(name: String, text: String) throws -> Theme {
        var theme = Theme(name: name)
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let trimmed = line.trimmingSpaces
            if trimmed.isEmpty { continue }
            guard let eq = trimmed.firstIndex(of: "=") else {
                throw ThemeParseError(line: lineNumber, message: "expected 'role = style', got '\(trimmed)'")
            }
            let roleName = trimmed[..<eq].trimmingSpaces
            guard let role = StyleRole(rawValue: String(roleName)) ?? StyleRole.allCases.first(where: {
                $0.rawValue.lowercased() == roleName.lowercased()
            }) else {
                throw ThemeParseError(line: lineNumber, message: "unknown role '\(roleName)'")
            }
            theme[role] = try parseStyle(trimmed[trimmed.index(after: eq)...], line: lineNumber)
        }
        return theme
    }

    private static func parseStyle(_ spec: Substring, line: Int) throws -> Style {
        var style = Style()
        let words = spec.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }).map(String.init)
        var i = 0
        var sawColor = false
        while i < words.count {
            let word = words[i]
            switch word.lowercased() {
            case "bold": style.bold = true
            case "dim": style.dim = true
            case "underline": style.underline = true
            case "reverse": style.reverse = true
            case "plain", "none": break
            case "on":
                guard i + 1 < words.count else {
                    throw ThemeParseError(line: line, message: "'on' must be followed by a colour")
                }
                i += 1
                guard let bg = Color(name: words[i]) else {
                    throw ThemeParseError(line: line, message: "unknown colour '\(words[i])'")
                }
                style.bg = bg
            default:
                guard !sawColor, let fg = Color(name: word) else {
                    throw ThemeParseError(line: line, message: "unknown colour or attribute '\(word)'")
                }
                style.fg = fg
                sawColor = true
            }
            i += 1
        }
        return style
    }

    /// The theme in the file format `parse` reads, one line per role.
    public var text: String {
        StyleRole.allCases.map { role in
            let s = self[role]
            var parts: [String] = []
            var colors: [String] = []
            if s.fg != .default { colors.append(s.fg.name) }
            if s.bg != .default { colors.append("on \(s.bg.name)") }
            if !colors.isEmpty { parts.append(colors.joined(separator: " ")) }
            if s.bold { parts.append("bold") }
            if s.dim { parts.append("dim") }
            if s.underline { parts.append("underline") }
            if s.reverse { parts.append("reverse") }
            return "\(role.rawValue) = \(parts.isEmpty ? "plain" : parts.joined(separator: ", "))"
        }.joined(separator: "\n") + "\n"
    }
}

extension Substring {
    /// The substring without leading and trailing spaces, tabs and carriage returns.
    var trimmingSpaces: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }) else { return self[endIndex...] }
        let end = lastIndex(where: { !isSpace($0) })!
        return self[start...end]
    }
}
