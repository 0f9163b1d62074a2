import AwardDomain
import TerminalUI

extension AppModel {
    /// The detail view: a box as wide as the screen allows, every line wrapped, never cut; any key
    /// closes it.
    func renderDetail(_ d: Detail, into buf: inout Buffer, area: Rect) {
        let width = min(area.width - 4, 100)
        let lines = d.lines.flatMap { wrap($0, width: width - 4) }
        let box = area.centered(width: width, height: min(area.height - 2, lines.count + 3))
        let inner = renderBox(title: d.title, into: &buf, area: box, theme: theme).inset(dx: 1, dy: 0)
        for (i, line) in lines.enumerated() where i < inner.height - 1 {
            let last = i == inner.height - 2 && i < lines.count - 1
            buf.put(last ? "…" : line, x: inner.x, y: inner.y + i, maxWidth: inner.width, style: theme[i == 0 ? .header : .normal])
        }
        buf.put(t.text(.anyKeyCloses), x: inner.x, y: inner.maxY - 1, maxWidth: inner.width, style: theme[.dim])
    }
}

extension Phrase {
    static let detailKey = Phrase(zh: "查看全文", en: "Show in full")
    static let lastMessageTitle = Phrase(zh: "最近的消息", en: "Last message")
    static let nothingToShow = Phrase(zh: "没有选中的行，也没有消息", en: "No row selected and no message")
    static let anyKeyCloses = Phrase(zh: "按任意键关闭", en: "Press any key to close")
}
