import AwardDomain
import TerminalUI

extension TimersScreen {
    func render(model: AppModel, into buf: inout Buffer, area: Rect) -> (x: Int, y: Int)? {
        let t = model.t
        let theme = model.theme
        let used = buf.put(t(.timersAsOf(today: model.env.today.description)), x: area.x + 1, y: area.y, style: theme[.dim])
        if !model.derived.missingCalendarYears.isEmpty {
            let years = model.derived.missingCalendarYears.map(String.init).joined(separator: model.t(Phrase.enumerationSeparator))
            buf.put(t(.timersMissingYears(years: years)), x: area.x + used + 3, y: area.y,
                    maxWidth: max(0, area.width - used - 4), style: theme[.warning])
        }

        // The board: header, then only the rows on screen.
        let items = model.derived.deadlines
        let rows = listRows(model)
        let x = area.x + 1, width = area.width - 2
        model.renderDeadlineHeader(into: &buf, x: x, y: area.y + 1, width: width)
        var state = table
        state.clamp(rowCount: items.count, pageSize: rows)
        for (row, i) in (state.offset..<items.count).prefix(rows).enumerated() {
            model.renderDeadlineLine(items[i], into: &buf, x: x, y: area.y + 2 + row, width: width, selected: i == state.selected)
        }
        if items.isEmpty { buf.put(t(.listEmpty), x: x, y: area.y + 2, style: theme[.dim]) }

        let detailY = area.y + 2 + rows
        let detail = Rect(x: area.x, y: detailY, width: area.width, height: area.maxY - detailY)
        if state.selected < items.count { renderDetail(items[state.selected], model: model, into: &buf, area: detail) }

        if let c = confirmation { return c.render(t, theme: theme, into: &buf, area: area) }
        if let f = form { return f.modal.render(t, theme: theme, into: &buf, area: area) }
        return nil
    }

    /// The selected item in full: dates, article, days left, and for a publicity period each
    /// applicant's standing and every objection with its date, content, handling and outcome.
    private func renderDetail(_ item: DeadlineItem, model: AppModel, into buf: inout Buffer, area: Rect) {
        let t = model.t
        let theme = model.theme
        // The cycle settings' own deadlines have no id the office knows: name the cycle instead.
        let ref = item.id.hasPrefix("cycle.") ? t(item.subject) : item.id
        let inner = renderBox(title: t(item.kind.name) + " · " + ref, into: &buf, area: area, theme: theme)
        guard inner.width > 2 else { return }
        var lines: [(String, StyleRole)] = []
        func add(_ s: String, _ role: StyleRole = .normal) {
            for l in wrap(s, width: inner.width - 1) { lines.append((l, role)) }
        }
        let workdays = item.workingDaysLeft.map(String.init) ?? "—"
        add(t(.timersDetailDates(start: item.start.description, end: item.end.description, citation: t(item.citation))), .header)
        let days = abs(item.calendarDaysLeft)
        let working = item.workingDaysLeft.map { String(abs($0)) } ?? workdays
        let status = t(item.status.name)
        add(t(item.calendarDaysLeft < 0 ? .timersDetailPast(days: days, workingDays: working, status: status)
                                        : .timersDetailLeft(days: days, workingDays: working, status: status)), model.deadlineRole(item))
        if let problem = item.calendarProblem { add(t(problem), .warning) }

        let cycle = model.data.cycle
        if case .publicity = item.kind, let p = cycle.publicity.first(where: { $0.id == item.id }) {
            for a in p.applicationIDs {
                let name = model.derived.orgOfApplication[a]?.name ?? a
                add(t(.timersDetailStanding(id: a, name: name, status: t(p.status(of: a, today: model.env.today).name))))
                if p.kind == .public, cycle.isDisqualified(a) { add("  " + t(.timersDisqualified), .error) }
            }
            if p.objections.isEmpty { add(t(.timersNoObjections), .dim) }
            for o in p.objections {
                let role: StyleRole = o.outcome == .pending ? .warning : (o.outcome == .upheld ? .error : .ok)
                add(t(.timersObjection(id: o.id, received: o.received.description, application: o.applicationID, outcome: t(o.outcome.name))), role)
                add("  " + t(.timersObjectionContent(content: o.content)))
                if !o.handling.isEmpty { add("  " + t(.timersObjectionHandling(handling: o.handling))) }
            }
        } else if case .milestone = item.kind {
            if let m = cycle.milestones.first(where: { $0.id == item.id }), let a = m.applicationID {
                add(t(.timersDetailApplicant(id: a, name: model.derived.orgOfApplication[a]?.name ?? a)))
            }
            if item.id.hasPrefix("cycle.") { add(t(.timersDetailFromSettings), .dim) }
        }
        for (i, (line, role)) in lines.prefix(inner.height).enumerated() {
            buf.put(line, x: inner.x + 1, y: inner.y + i, maxWidth: inner.width - 1, style: theme[role])
        }
        if lines.count > inner.height {
            let more = t(.timersMore(count: lines.count - inner.height + 1))
            buf.put(padded(more, toWidth: inner.width - 1), x: inner.x + 1, y: inner.maxY - 1, maxWidth: inner.width - 1, style: theme[.dim])
        }
    }
}
