// Colours and text attributes of one cell. Only the 16 standard terminal colours: they work on
// every terminal ncurses supports and follow the user's palette.

/// A terminal colour; `.default` is the terminal's own foreground or background.
public enum Color: Hashable, Sendable, Codable {
    case `default`
    case black, red, green, yellow, blue, magenta, cyan, white
    case brightBlack, brightRed, brightGreen, brightYellow, brightBlue, brightMagenta, brightCyan, brightWhite

    /// Every colour, in ANSI order after `.default` (index - 1 is the ANSI colour number).
    public static let all: [Color] = [
        .default, .black, .red, .green, .yellow, .blue, .magenta, .cyan, .white,
        .brightBlack, .brightRed, .brightGreen, .brightYellow, .brightBlue, .brightMagenta,
        .brightCyan, .brightWhite,
    ]

    /// ANSI colour number 0–15, or nil for `.default` (ncurses uses -1 for that).
    public var ansiIndex: Int? {
        guard let i = Color.all.firstIndex(of: self), i > 0 else { return nil }
        return i - 1
    }

    /// The name used in theme files, e.g. "brightBlack".
    public var name: String {
        switch self {
        case .default: "default"
        case .black: "black"
        case .red: "red"
        case .green: "green"
        case .yellow: "yellow"
        case .blue: "blue"
        case .magenta: "magenta"
        case .cyan: "cyan"
        case .white: "white"
        case .brightBlack: "brightBlack"
        case .brightRed: "brightRed"
        case .brightGreen: "brightGreen"
        case .brightYellow: "brightYellow"
        case .brightBlue: "brightBlue"
        case .brightMagenta: "brightMagenta"
        case .brightCyan: "brightCyan"
        case .brightWhite: "brightWhite"
        }
    }

    /// Looks up a colour name case-insensitively, ignoring "-", "_" and spaces ("bright-black",
    /// "BrightBlack"); "gray"/"grey" mean brightBlack.
    public init?(name: String) {
        let key = name.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " }
        if key == "gray" || key == "grey" {
            self = .brightBlack
            return
        }
        guard let c = Color.all.first(where: { $0.name.lowercased() == key }) else { return nil }
        self = c
    }
}

/// How one cell is drawn: colours plus attributes.
public struct Style: Hashable, Sendable, Codable {
    public var fg: Color
    public var bg: Color
    public var bold: Bool
    public var dim: Bool
    public var underline: Bool
    public var reverse: Bool

    public init(
        fg: Color = .default, bg: Color = .default,
        bold: Bool = false, dim: Bool = false, underline: Bool = false, reverse: Bool = false
    ) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.dim = dim
        self.underline = underline
        self.reverse = reverse
    }

    /// The terminal's default look: no colours, no attributes.
    public static let plain = Style()

    /// The same attributes on the terminal's default colours.
    public var withoutColor: Style {
        var s = self
        s.fg = .default
        s.bg = .default
        return s
    }
}
