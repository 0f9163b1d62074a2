import AwardDomain
import TerminalUI

extension DrawScreen {
    func render(model: AppModel, into buf: inout Buffer, area: Rect) -> (x: Int, y: Int)? {
        let t = model.t
        let theme = model.theme
        if showingExperts {
            renderExperts(model: model, into: &buf, area: area)
        } else {
            let (listArea, detailArea) = area.splitLeft(max(30, area.width * 2 / 5))
            let cols = [
                TableColumn(title: t("col.panel"), width: 9, alignment: .left),
                TableColumn(title: t("col.name"), width: 0, alignment: .left),
                TableColumn(title: t("col.drawState"), width: 8, alignment: .left),
            ]
            let cycle = model.data.cycle
            var state = table
            renderTable(columns: cols, rowCount: cycle.panels.count, row: { i in
                let p = cycle.panels[i]
                return [p.id, p.name, stateLabel(cycle.pendingOrLiveDraw(ofPanel: p.id), t: t)]
            }, state: &state, into: &buf, area: listArea, theme: theme, empty: t("draw.noPanels"))
            renderDetail(model: model, into: &buf, area: detailArea)
        }
        return renderOverlay(model: model, into: &buf, area: area)
    }

    private func stateLabel(_ d: DrawRecord?, t: Strings) -> String {
        guard let d else { return t("draw.state.none") }
        return d.isRevealed ? t("draw.state.drawn") : t("draw.state.committed")
    }

    /// Forms, the member chooser and the reveal dialog, over the lists.
    private func renderOverlay(model: AppModel, into buf: inout Buffer, area: Rect) -> (x: Int, y: Int)? {
        let t = model.t
        let theme = model.theme
        if let m = exportChoice { return m.render(t, theme: theme, into: &buf, area: area) }
        if let c = voidConfirmation { return c.render(t, theme: theme, into: &buf, area: area) }
        if let f = modal { return f.modal.render(t, theme: theme, into: &buf, area: area) }
        if revealAsked(model), let p = pending, let d = model.data.cycle.drawRecord(p.drawID) {
            let dialog = Dialog(title: t("draw.revealTitle", d.id),
                                lines: [t("draw.revealCommitment"), d.commitment, t("draw.revealAsk", d.supervisor)],
                                buttons: [t("draw.button.reveal"), t("draw.button.later")])
            renderDialog(dialog, into: &buf, area: area, theme: theme)
            return nil
        }
        if let ch = choice {
            let title = t(ch.purpose == .leader ? "draw.chooseLeader" : "draw.chooseDecliner")
            let width = min(area.width - 4, 50)
            let box = area.centered(width: width, height: ch.members.count + 2)
            let inner = renderBox(title: title, into: &buf, area: box, theme: theme)
            for (i, id) in ch.members.enumerated() where i < inner.height {
                let name = model.derived.registry.expert(id)?.name ?? ""
                let role: StyleRole = i == ch.selected ? .selected : .normal
                buf.fill(inner.row(i), style: theme[role])
                buf.put(" \(id) \(name)", x: inner.x, y: inner.y + i, maxWidth: inner.width, style: theme[role])
            }
        }
        return nil
    }

    /// The selected panel: applicants, dates, size, pool, the draw and its exclusions.
    private func renderDetail(model: AppModel, into buf: inout Buffer, area: Rect) {
        let t = model.t
        let theme = model.theme
        guard let p = selectedPanel(model) else {
            renderBox(title: t("screen.draw"), into: &buf, area: area, theme: theme)
            return
        }
        let inner = renderBox(title: "\(p.id) \(p.name)", into: &buf, area: area, theme: theme).inset(dx: 1, dy: 0)
        guard inner.width > 4 else { return }
        let lines = detailLines(model: model, panel: p, width: inner.width)
        // Exclusions come last and take the rows left over, with "…and N more" when they do not fit.
        let (head, exclusions) = lines
        var y = inner.y
        for (text, role) in head where y < inner.maxY {
            buf.put(text, x: inner.x, y: y, maxWidth: inner.width, style: theme[role])
            y += 1
        }
        guard y < inner.maxY, !exclusions.isEmpty else { return }
        let room = inner.maxY - y
        // Each exclusion wrapped when all of them fit so; otherwise one line each, then "…and N more".
        // Wrapping stops as soon as the rows overflow, and only shown lines are cut to width: a
        // pool of a thousand experts costs a screenful per frame, not the whole list.
        var wrapped: [Line] = []
        for (text, role) in exclusions where wrapped.count <= room {
            for l in wrap(text, width: inner.width) { wrapped.append((l, role)) }
        }
        let fits = wrapped.count <= room
        let rowCount = fits ? wrapped.count : exclusions.count
        let shown = rowCount <= room ? rowCount : max(0, room - 1)
        let rows = fits ? wrapped : exclusions.prefix(shown).map { (truncate($0.0, toWidth: inner.width), $0.1) }
        for (text, role) in rows.prefix(shown) {
            buf.put(text, x: inner.x, y: y, maxWidth: inner.width, style: theme[role])
            y += 1
        }
        if shown < rowCount, y < inner.maxY {
            // The first row is the heading, so the experts left out are the rows after the shown ones.
            buf.put(t("draw.more", rowCount - max(shown, 1)), x: inner.x, y: y, maxWidth: inner.width, style: theme[.dim])
        }
    }

    typealias Line = (String, StyleRole)

    /// The detail as wrapped lines: everything but the exclusions, then the exclusions one a line.
    private func detailLines(model: AppModel, panel p: Panel, width: Int) -> ([Line], [Line]) {
        let t = model.t
        let data = model.data
        var out: [Line] = []
        func add(_ s: String, _ role: StyleRole = .normal) {
            for l in wrap(s, width: width) { out.append((l, role)) }
        }
        func name(_ id: String) -> String { model.derived.registry.expert(id).map { "\(id) \($0.name)" } ?? id }

        let apps = p.applicationIDs.map { id in
            "\(id) " + (model.derived.orgOfApplication[id]?.name ?? "")
        }
        add(t("draw.applicants") + apps.joined(separator: t("draw.listSep")))
        add(t("draw.dates", p.dates.from.description, p.dates.to.description) + "   " + t("draw.size", p.size, p.alternates))

        let live = data.cycle.pendingOrLiveDraw(ofPanel: p.id)
        // With a draw on record, the pool as it stood then; otherwise as it stands now.
        var excluded: [Exclusion] = []
        if let d = live {
            excluded = d.exclusions
            add(t("draw.poolAsDrawn", d.pool.count + d.exclusions.count, d.pool.count, d.exclusions.count), .dim)
        } else if let pool = pools[p.id] {
            excluded = pool.exclusions
            add(t("draw.poolNow", pool.total, pool.pool.count, pool.exclusions.count, pool.conflicted, pool.unavailable), .dim)
            if let e = DrawChecks.pool(pool, size: p.size, alternates: p.alternates) { add(e.text(model.env.lang), .error) }
        }

        if let d = live {
            add(t("draw.supervisorLine", d.supervisor, d.operatorName, d.committedAt.shortDescription))
            add(t("draw.commitment") + d.commitment, .accent)
            if d.isRevealed {
                add(t("draw.seed") + (d.seed ?? ""), .accent)
                let members = d.currentMembers
                for (i, id) in d.order.enumerated() where i < d.size {
                    var line = "\(i + 1). \(name(id))"
                    if id == d.leaderID { line += " ★" + t("draw.leader") }
                    if !members.contains(id) { line += " " + t("draw.declined") }
                    add(line, members.contains(id) ? .normal : .dim)
                }
                add(t("draw.alternates") + d.alternates.map(name).joined(separator: t("draw.listSep")))
                for r in d.replacements {
                    add(t("draw.replacement", name(r.declined), name(r.replacement), r.reason), .warning)
                    if r.replacement == d.leaderID { add("   ★" + t("draw.leader")) }
                }
            } else if pending?.drawID == d.id {
                add(t("draw.awaitingReveal"), .warning)
            } else {
                add(t("draw.seedLostDetail"), .error)
            }
        } else {
            add(t("draw.notDrawn"), .dim)
        }
        if let v = verification, v.drawID == (live?.id ?? data.cycle.draws(ofPanel: p.id).last?.id) {
            add(t.text(v.result.details), v.result.matches ? .ok : .error)
        }
        for d in data.cycle.draws(ofPanel: p.id) {
            guard let v = d.voided else { continue }
            add(t("draw.voidedLine", d.id, v.reason, v.by, v.at.shortDescription), .dim)
        }
        var exclusions: [Line] = []
        if !excluded.isEmpty {
            exclusions.append((t("draw.exclusions", excluded.count), .header))
            for x in excluded {
                exclusions.append((name(x.expertID) + t("draw.reasonSep") + x.reasons.map { t.text($0) }.joined(separator: t("draw.listSep")), .dim))
            }
        }
        return (out, exclusions)
    }

    /// 专家库: the pool, one expert a row.
    private func renderExperts(model: AppModel, into buf: inout Buffer, area: Rect) {
        let t = model.t
        let registry = model.data.registry
        buf.put(t("expert.header", registry.experts.count), x: area.x + 1, y: area.y, maxWidth: area.width - 2, style: model.theme[.dim])
        let cols = [
            TableColumn(title: t("expert.col.id"), width: 5, alignment: .left),
            TableColumn(title: t("expert.col.name"), width: 8, alignment: .left),
            TableColumn(title: t("expert.col.employer"), width: 0, alignment: .left),
            TableColumn(title: t("expert.col.county"), width: 10, alignment: .left),
            TableColumn(title: t("expert.col.title"), width: 12, alignment: .left),
            TableColumn(title: t("expert.col.available"), width: 4, alignment: .left),
            TableColumn(title: t("expert.col.specialties"), width: 0, alignment: .left),
        ]
        var state = expertTable
        renderTable(columns: cols, rowCount: registry.experts.count, row: { i in
            let e = registry.experts[i]
            let employer = e.employerOrgID.flatMap { model.derived.registry.organization($0)?.name } ?? e.employerName
            return [e.id, e.name, employer, t.text(e.county.name), e.title, e.available ? t("form.yes") : t("form.no"),
                    e.specialties.joined(separator: t("draw.listSep"))]
        }, state: &state, into: &buf, area: Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1),
           theme: model.theme, empty: t("list.empty"))
    }
}
