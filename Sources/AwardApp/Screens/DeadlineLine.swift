import AwardDomain
import TerminalUI

extension AppModel {
    /// One line of the deadline board: subject, end, calendar and working days left, progress.
    /// Columns match `timers.header`.
    func renderDeadlineLine(_ item: DeadlineItem, into buf: inout Buffer, x: Int, y: Int, width: Int) {
        let role: StyleRole
        switch item.status {
        case .overdue: role = .error
        case .dueSoon: role = .warning
        case .done: role = .dim
        default: role = .normal
        }
        let subject = t.text(item.kind.name) + " · " + t.text(item.subject)
        buf.put(padded(subject, toWidth: 34), x: x, y: y, style: theme[role])
        buf.put(item.end.description, x: x + 34, y: y, style: theme[role])
        buf.put(padded("\(item.calendarDaysLeft)", toWidth: 8, align: .right), x: x + 46, y: y, style: theme[role])
        let workdays = item.workingDaysLeft.map(String.init) ?? "—"
        buf.put(padded(workdays, toWidth: 10, align: .right), x: x + 56, y: y, style: theme[role])
        let barX = x + 68
        if width > 70 {
            renderProgressBar(fraction: item.progress, into: &buf, area: Rect(x: barX, y: y, width: min(12, width - 68), height: 1), theme: theme)
        }
        if width > 84 {
            let note = item.calendarProblem.map { t.text($0) } ?? t.text(item.status.name)
            buf.put(note, x: barX + 13, y: y, maxWidth: width - 81, style: theme[role])
        }
    }
}
