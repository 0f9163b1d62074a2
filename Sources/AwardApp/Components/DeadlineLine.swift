import AwardDomain
import TerminalUI

/// The deadline board's columns, shared by the dashboard and the timers screen so both read alike:
/// item, end, calendar days left, working days left, progress, status.
extension AppModel {
    func deadlineColumns() -> [TableColumn] {
        [
            TableColumn(title: t(.timersColItem), width: 0),
            TableColumn(title: t(.timersColEnd), width: 10),
            TableColumn(title: t(.timersColDays), width: 9, alignment: .right),
            TableColumn(title: t(.timersColWorkdays), width: 10, alignment: .right),
            TableColumn(title: t(.timersColProgress), width: 10),
            TableColumn(title: t(.timersColStatus), width: statusColumnWidth),
        ]
    }

    /// As wide as the longest status word of the language, so no status is cut.
    private var statusColumnWidth: Int {
        (DeadlineStatus.allCases.map { t($0.name) } + [t(.timersNoCalendar), t(.timersColStatus)]).map(displayWidth).max() ?? 10
    }

    /// Overdue red, due soon (≤ 2 working days) amber, done dim — roles, so every theme shows them.
    func deadlineRole(_ item: DeadlineItem) -> StyleRole {
        switch item.status {
        case .overdue: .error
        case .dueSoon: .warning
        case .done: .dim
        default: .normal
        }
    }

    func renderDeadlineHeader(into buf: inout Buffer, x: Int, y: Int, width: Int) {
        let cols = deadlineColumns()
        drawDeadlineCells(cols.map(\.title), columns: cols, into: &buf, x: x, y: y, width: width, style: theme[.header])
    }

    /// One line of the board. `selected` draws it in the selection style (the bar keeps its own).
    func renderDeadlineLine(_ item: DeadlineItem, into buf: inout Buffer, x: Int, y: Int, width: Int, selected: Bool = false) {
        let cols = deadlineColumns()
        let style = theme[selected ? .selected : deadlineRole(item)]
        let subject = t(item.kind.name) + " · " + t(item.subject)
        let workdays = item.workingDaysLeft.map(String.init) ?? "—"
        let status = item.calendarProblem == nil ? t(item.status.name) : t(.timersNoCalendar)
        let cells = [subject, item.end.description, "\(item.calendarDaysLeft)", workdays, "", status]
        drawDeadlineCells(cells, columns: cols, into: &buf, x: x, y: y, width: width, style: style)
        let widths = columnWidths(cols, total: width)
        let barX = x + widths[0..<4].reduce(0, +) + 4
        let percent = Int((item.progress * 100).rounded())
        renderProgressBar(fraction: item.progress, into: &buf, area: Rect(x: barX, y: y, width: widths[4], height: 1),
                          theme: theme, label: "\(percent)%")
    }

    private func drawDeadlineCells(_ texts: [String], columns: [TableColumn], into buf: inout Buffer, x: Int, y: Int, width: Int, style: Style) {
        buf.fill(Rect(x: x, y: y, width: width, height: 1), style: style)
        let widths = columnWidths(columns, total: width)
        var cx = x
        for (i, c) in columns.enumerated() where cx < x + width {
            buf.put(padded(texts[i], toWidth: widths[i], align: c.alignment), x: cx, y: y, maxWidth: x + width - cx, style: style)
            cx += widths[i] + 1
        }
    }
}
