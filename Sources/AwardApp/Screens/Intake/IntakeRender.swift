import AwardDomain
import TerminalUI

extension IntakeScreen {
    func render(model: AppModel, into buf: inout Buffer, area: Rect) -> (x: Int, y: Int)? {
        let t = model.t
        let theme = model.theme
        var cursor: (x: Int, y: Int)?
        // Filter line: counts, filters, search box.
        let status = statusFilter.map { t($0.name) } ?? t(.filterAll)
        let county = countyFilter.map { t($0.name) } ?? t(.filterAll)
        let header = t(.intakeHeader(shown: rows.count, applications: model.data.cycle.applications.count, status: status, county: county))
        // The counts and filters get the room the search box leaves (its label and 12 columns to
        // type in), so the filters read whole at 80 columns in both languages.
        let label = t(.intakeSearchLabel)
        let headerRoom = max(10, area.width - displayWidth(label) - 12 - 5)
        let used = buf.put(truncate(header, toWidth: headerRoom), x: area.x + 1, y: area.y, maxWidth: headerRoom, style: theme[.dim])
        let searchX = area.x + used + 3
        buf.put(label, x: searchX, y: area.y, style: theme[searching ? .accent : .dim])
        let fieldX = searchX + displayWidth(label) + 1
        let fieldArea = Rect(x: fieldX, y: area.y, width: max(4, area.x + area.width - fieldX - 1), height: 1)
        if let c = renderTextField(search, into: &buf, area: fieldArea, focused: searching, theme: theme), searching {
            cursor = (c, area.y)
        }

        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        let (listArea, panelArea) = body.splitLeft(body.width * 3 / 5)
        let cols = [
            TableColumn(title: t(.colApplication), width: 10, alignment: .left),
            TableColumn(title: t(.colOrg), width: 0, alignment: .left),
            TableColumn(title: t(.colCounty), width: 10, alignment: .left),
            TableColumn(title: t(.colState), width: 10, alignment: .left),
            TableColumn(title: t(.colCheck), width: 4, alignment: .center),
        ]
        let apps = model.data.cycle.applications
        var state = table
        renderTable(columns: cols, rowCount: rows.count, row: { i in
            let a = apps[rows[i]]
            let org = model.derived.orgOfApplication[a.id]
            let mark = model.derived.eligibility[a.id]?.overall.mark ?? ""
            return [a.id, org?.name ?? a.orgID, org.map { t(.countyShort($0.county)) } ?? "", t(a.status.name), mark]
        }, state: &state, into: &buf, area: listArea, theme: theme, empty: t(.listEmpty))
        renderEligibility(model: model, into: &buf, area: panelArea)

        if let f = form {
            cursor = f.modal.render(t, theme: theme, into: &buf, area: area)
        } else if let d = details {
            cursor = d.modal.render(t, theme: theme, into: &buf, area: area)
        } else if let j = judgement {
            cursor = j.modal.render(t, theme: theme, into: &buf, area: area)
        } else if let c = confirmation {
            cursor = c.modal.render(t, theme: theme, into: &buf, area: area)
        }
        return cursor
    }

    /// The eligibility panel: each check as ✓ / ✗ / ? with its article and reason (第十条 etc.).
    private func renderEligibility(model: AppModel, into buf: inout Buffer, area: Rect) {
        let t = model.t
        let theme = model.theme
        let inner = renderBox(title: t(.intakeEligibility), into: &buf, area: area, theme: theme)
        guard let a = selectedApplication(model) else { return }
        var y = inner.y
        let name = model.derived.orgOfApplication[a.id]?.name ?? a.orgID
        buf.put(truncate(name, toWidth: inner.width), x: inner.x, y: y, style: theme[.header])
        y += 1
        let results = model.derived.eligibility[a.id]?.results ?? []
        // One line per check, a reason cut ending in “…” (Enter or v shows them whole); then the
        // full reason of the first check that did not pass.
        for r in results {
            guard y < inner.y + inner.height else { break }
            let role: StyleRole = r.outcome == .pass ? .ok : (r.outcome == .fail ? .error : .warning)
            let head = "\(r.outcome.mark) \(r.code) \(t(r.citation))"
            let w = buf.put(head, x: inner.x, y: y, maxWidth: inner.width, style: theme[role])
            buf.put(truncate(t(r.reason), toWidth: max(0, inner.width - w - 1)), x: inner.x + w + 1, y: y, style: theme[.dim])
            y += 1
        }
        if let first = results.first(where: { $0.outcome == .fail }) ?? results.first(where: { $0.outcome == .judgement }),
           y + 1 < inner.y + inner.height {
            y += 1
            for line in wrap(first.code + t(.labelSeparator) + t(first.reason), width: inner.width) {
                guard y < inner.y + inner.height else { break }
                buf.put(line, x: inner.x, y: y, style: theme[first.outcome == .fail ? .error : .warning])
                y += 1
            }
        }
    }
}
