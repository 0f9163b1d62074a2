import AwardDomain
import TerminalUI

extension AppModel {
    /// The detail view: a box as wide as the screen allows, every line wrapped, never cut; a long
    /// one scrolls with ↑/↓ and PgUp/PgDn; any other key closes it.
    func renderDetail(_ d: Detail, into buf: inout Buffer, area: Rect) {
        let (width, lines, rows) = detailLayout(d, area: area)
        let box = area.centered(width: width, height: min(area.height - 2, lines.count + 3))
        let inner = renderBox(title: d.title, into: &buf, area: box, theme: theme).inset(dx: 1, dy: 0)
        let first = min(detailScroll, max(0, lines.count - rows))
        for i in 0..<rows where first + i < lines.count {
            buf.put(lines[first + i], x: inner.x, y: inner.y + i, maxWidth: inner.width, style: theme[first + i == 0 ? .header : .normal])
        }
        let more = lines.count > rows
        let hint = more ? t(.scrollHint(first + 1, min(first + rows, lines.count), lines.count)) : t(.anyKeyCloses)
        buf.put(hint, x: inner.x, y: inner.maxY - 1, maxWidth: inner.width, style: theme[.dim])
    }
}

extension AppModel {
    /// The detail's box width, its wrapped lines and how many show at once (the last row is the hint).
    func detailLayout(_ d: Detail, area: Rect) -> (width: Int, lines: [String], rows: Int) {
        let width = min(area.width - 4, 100)
        let lines = d.lines.flatMap { wrap($0, width: width - 4) }
        return (width, lines, max(0, min(area.height - 2, lines.count + 3) - 3))
    }

    /// The largest scroll offset of what is open (the detail or the help) at this terminal size.
    var lastOverlayOffset: Int {
        let full = Rect(x: 0, y: 0, width: viewport.width, height: viewport.height)
        if let d = detailShown {
            let (_, lines, rows) = detailLayout(d, area: full)
            return max(0, lines.count - rows)
        }
        return HelpOverlayLayout(keyMap(), title: t(.helpTitle(screen: title(of: screen))), area: full,
                                 scrollHint: { t(.scrollHint($0, $1, $2)) }).lastOffset
    }
}

extension Phrase {
    static let detailKey = Phrase(zh: "查看全文", en: "show in full")
    static let lastMessageTitle = Phrase(zh: "最近的消息", en: "Last message")
    static let nothingToShow = Phrase(zh: "没有选中的行，也没有消息", en: "No row selected and no message")
    static let anyKeyCloses = Phrase(zh: "按任意键关闭", en: "Press any key to close")
    static func scrollHint(_ from: Int, _ to: Int, _ of: Int) -> Phrase {
        Phrase(zh: "第 \(from)–\(to) 行，共 \(of) 行 · ↑↓ 翻行 · PgUp/PgDn 翻页 · 其他键关闭",
               en: "Lines \(from)–\(to) of \(of) · ↑↓ scroll · PgUp/PgDn page · any other key closes")
    }
}
