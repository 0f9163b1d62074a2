import CNcursesw
import Foundation
import TerminalUI

/// The real terminal: draws buffers through ncursesw, writing only the cells that changed since
/// the previous frame, and reads keys with `wget_wch` (Chinese input arrives as one wide char).
/// The only code in the program that talks to curses.
public final class CursesTerminal: TerminalBackend {
    private var previous: Buffer?
    private var pairs: [PairKey: Int16] = [:]
    private var colorCount: Int32 = 0
    private var active = false

    private struct PairKey: Hashable { var fg: Color; var bg: Color }

    /// Starts curses: the locale first (so multi-byte input decodes), then the screen.
    public init() {
        setlocale(LC_ALL, "")
        TerminalRestore.install()
        initscr()
        active = true
        cbreak() // keeps Ctrl-C as SIGINT, which the app turns into an orderly quit
        noecho()
        nonl()
        keypad(qa_stdscr(), true)
        _ = qa_set_escdelay(25) // Esc must feel instant
        if has_colors() {
            start_color()
            use_default_colors()
            colorCount = qa_colors()
        }
    }

    deinit { restore() }

    /// Leaves curses and the alternate screen, shows the cursor again.
    public func restore() {
        guard active else { return }
        active = false
        curs_set(1)
        endwin()
    }

    public var size: (width: Int, height: Int) {
        (Int(qa_cols()), Int(qa_lines()))
    }

    public func draw(_ buffer: Buffer, cursor: (x: Int, y: Int)?) {
        if let p = previous, p.width != buffer.width || p.height != buffer.height {
            previous = nil
            wclear(qa_stdscr())
        }
        for run in diff(from: previous, to: buffer) {
            var x = run.x
            for cell in run.cells {
                if cell.width > 0 { put(cell, x: x, y: run.y) }
                x += 1
            }
        }
        previous = buffer
        if let c = cursor {
            curs_set(1)
            wmove(qa_stdscr(), Int32(c.y), Int32(c.x))
        } else {
            curs_set(0)
        }
        wrefresh(qa_stdscr())
    }

    /// Forgets the last frame so the next draw repaints everything (after a resize).
    public func invalidate() { previous = nil }

    public func readKey(timeoutMilliseconds: Int) -> Key? {
        wtimeout(qa_stdscr(), Int32(timeoutMilliseconds))
        var ch: wint_t = 0
        let r = qa_get_wch(&ch)
        if r == ERR { return nil }
        return decodeKey(isKeyCode: r == qa_key_code_yes(), code: UInt32(ch))
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        var attrs = qa_a_normal()
        if cell.style.bold { attrs |= qa_a_bold() }
        if cell.style.dim { attrs |= qa_a_dim() }
        if cell.style.underline { attrs |= qa_a_underline() }
        if cell.style.reverse { attrs |= qa_a_reverse() }
        let (pair, extraBold) = colorPair(cell.style)
        if extraBold { attrs |= qa_a_bold() }
        var wide: [wchar_t] = cell.grapheme.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
        wide.append(0)
        _ = qa_put_cell(Int32(y), Int32(x), wide, attrs, pair)
    }

    /// Colour pairs are made on first use; bright colours fall back to bold on 8-colour terminals.
    private func colorPair(_ s: Style) -> (Int16, Bool) {
        guard colorCount > 0, s.fg != .default || s.bg != .default else { return (0, false) }
        let key = PairKey(fg: s.fg, bg: s.bg)
        let (fg, bright) = curses(s.fg)
        if let p = pairs[key] { return (p, bright) }
        let (bg, _) = curses(s.bg)
        let n = Int16(pairs.count + 1)
        guard Int32(n) < qa_color_pairs() else { return (0, bright) }
        init_pair(n, fg, bg)
        pairs[key] = n
        return (n, bright)
    }

    private func curses(_ c: Color) -> (Int16, Bool) {
        let base: Int16
        var bright = false
        switch c {
        case .default: return (-1, false)
        case .black: base = Int16(COLOR_BLACK)
        case .red: base = Int16(COLOR_RED)
        case .green: base = Int16(COLOR_GREEN)
        case .yellow: base = Int16(COLOR_YELLOW)
        case .blue: base = Int16(COLOR_BLUE)
        case .magenta: base = Int16(COLOR_MAGENTA)
        case .cyan: base = Int16(COLOR_CYAN)
        case .white: base = Int16(COLOR_WHITE)
        case .brightBlack: base = Int16(COLOR_BLACK); bright = true
        case .brightRed: base = Int16(COLOR_RED); bright = true
        case .brightGreen: base = Int16(COLOR_GREEN); bright = true
        case .brightYellow: base = Int16(COLOR_YELLOW); bright = true
        case .brightBlue: base = Int16(COLOR_BLUE); bright = true
        case .brightMagenta: base = Int16(COLOR_MAGENTA); bright = true
        case .brightCyan: base = Int16(COLOR_CYAN); bright = true
        case .brightWhite: base = Int16(COLOR_WHITE); bright = true
        }
        if bright && colorCount >= 16 { return (base + 8, false) }
        return (base, bright)
    }
}
