import AwardDomain
import AwardStore
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
                TableColumn(title: t(.colPanel), width: 9, alignment: .left),
                TableColumn(title: t(.colName), width: 0, alignment: .left),
                // As wide as its longest word in the language shown ("committed").
                TableColumn(title: t(.colDrawState), width: [t(.colDrawState), t(.drawStateNone), t(.drawStateDrawn), t(.drawStateCommitted)].map(displayWidth).max() ?? 8,
                            alignment: .left),
            ]
            let cycle = model.data.cycle
            var state = table
            renderTable(columns: cols, rowCount: cycle.panels.count, row: { i in
                let p = cycle.panels[i]
                return [p.id, p.name, stateLabel(cycle.pendingOrLiveDraw(ofPanel: p.id), t: t)]
            }, state: &state, into: &buf, area: listArea, theme: theme, empty: t(.drawNoPanels))
            renderDetail(model: model, into: &buf, area: detailArea)
        }
        return renderOverlay(model: model, into: &buf, area: area)
    }

    private func stateLabel(_ d: DrawRecord?, t: Strings) -> String {
        guard let d else { return t(.drawStateNone) }
        return d.isRevealed ? t(.drawStateDrawn) : t(.drawStateCommitted)
    }

    /// Forms, the questions and the member chooser, over the lists.
    private func renderOverlay(model: AppModel, into buf: inout Buffer, area: Rect) -> (x: Int, y: Int)? {
        let t = model.t
        let theme = model.theme
        if let m = exportChoice { return m.render(t, theme: theme, into: &buf, area: area) }
        if let c = voidConfirmation { return c.modal.render(t, theme: theme, into: &buf, area: area) }
        if let f = modal { return f.modal.render(t, theme: theme, into: &buf, area: area) }
        if let q = revealQuestion { return q.modal.render(t, theme: theme, into: &buf, area: area) }
        if let ch = choice {
            let title = t(ch.purpose == .leader ? .drawChooseLeader : .drawChooseDecliner)
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
            renderBox(title: t(DrawScreen.title), into: &buf, area: area, theme: theme)
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
            buf.put(t(.drawMore(count: rowCount - max(shown, 1))), x: inner.x, y: y, maxWidth: inner.width, style: theme[.dim])
        }
    }

    typealias Line = (String, StyleRole)

    /// Enter on the panel list: the selected panel's detail in full (the pane beside the list
    /// is cut on a short terminal), its exclusions included.
    func detail(_ model: AppModel) -> Detail? {
        guard !showingExperts, choice == nil, modal == nil, let p = selectedPanel(model) else { return nil }
        let (lines, exclusions) = detailLines(model: model, panel: p, width: 100_000)
        return Detail(title: "\(p.id) \(p.name)", lines: (lines + exclusions).map(\.0))
    }

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
        add(t(.drawApplicants) + apps.joined(separator: t(.enumerationComma)))
        add(t(.drawDates(from: p.dates.from.description, to: p.dates.to.description)) + "   " + t(.drawSize(members: p.size, alternates: p.alternates)))

        let live = data.cycle.pendingOrLiveDraw(ofPanel: p.id)
        // With a draw on record, the pool as it stood then; otherwise as it stands now.
        var excluded: [Exclusion] = []
        if let d = live {
            excluded = d.exclusions
            add(t(.drawPoolAsDrawn(total: d.pool.count + d.exclusions.count, eligible: d.pool.count, excluded: d.exclusions.count)), .dim)
        } else if let pool = pools[p.id] {
            excluded = pool.exclusions
            add(t(.drawPoolNow(total: pool.total, eligible: pool.pool.count, excluded: pool.exclusions.count, conflicted: pool.conflicted, unavailable: pool.unavailable)), .dim)
            if let e = DrawChecks.pool(pool, size: p.size, alternates: p.alternates) { add(model.t(e), .error) }
        }

        if let d = live {
            add(t(.drawSupervisorLine(supervisor: d.supervisor, operatorName: d.operatorName, committed: d.committedAt.shortDescription)))
            add(t(.drawCommitment) + d.commitment, .accent)
            // When the commitment was recorded, published and revealed, as the record says it
            // (the first line, the recording, is the supervisor line's time to the minute).
            for line in DrawReport.timeLines(d, model.env.lang).dropFirst() { add(line, .dim) }
            if d.isRevealed {
                add(t(.drawSeed) + (d.seed ?? ""), .accent)
                let members = d.currentMembers
                for (i, id) in d.order.enumerated() where i < d.size {
                    var line = "\(i + 1). \(name(id))"
                    if id == d.leaderID { line += " ★" + t(.drawLeader) }
                    if !members.contains(id) { line += " " + t(.drawDeclined) }
                    add(line, members.contains(id) ? .normal : .dim)
                }
                add(t(.drawAlternates) + d.alternates.map(name).joined(separator: t(.enumerationComma)))
                for r in d.replacements {
                    add(t(.drawReplacement(declined: name(r.declined), replacement: name(r.replacement), reason: r.reason)), .warning)
                    if r.replacement == d.leaderID { add("   ★" + t(.drawLeader)) }
                }
            } else {
                add(t(.drawAwaitingReveal(file: DrawSeedFiles.name(drawID: d.id, commitment: d.commitment))), .warning)
            }
        } else {
            add(t(.drawNotDrawn), .dim)
        }
        if let v = verification, v.drawID == (live?.id ?? data.cycle.draws(ofPanel: p.id).last?.id) {
            add(t(v.result.details), v.result.matches ? .ok : .error)
        }
        for d in data.cycle.draws(ofPanel: p.id) {
            guard let v = d.voided else { continue }
            add(t(.drawVoidedLine(id: d.id, reason: v.reason, by: v.by, at: v.at.shortDescription)), .dim)
        }
        var exclusions: [Line] = []
        if !excluded.isEmpty {
            exclusions.append((t(.drawExclusions(count: excluded.count)), .header))
            for x in excluded {
                exclusions.append((name(x.expertID) + t(.labelSeparator) + x.reasons.map { t($0) }.joined(separator: t(.enumerationComma)), .dim))
            }
        }
        return (out, exclusions)
    }

    /// 专家库: the pool, one expert a row.
    private func renderExperts(model: AppModel, into buf: inout Buffer, area: Rect) {
        let t = model.t
        let registry = model.data.registry
        buf.put(t(.drawExpertHeader(experts: registry.experts.count)), x: area.x + 1, y: area.y, maxWidth: area.width - 2, style: model.theme[.dim])
        let cols = [
            TableColumn(title: t(.drawExpertColId), width: 5, alignment: .left),
            TableColumn(title: t(.drawExpertColName), width: 8, alignment: .left),
            TableColumn(title: t(.drawExpertColEmployer), width: 0, alignment: .left),
            TableColumn(title: t(.drawExpertColCounty), width: 10, alignment: .left),
            TableColumn(title: t(.drawExpertColTitle), width: 12, alignment: .left),
            TableColumn(title: t(.drawExpertColAvailable), width: 4, alignment: .left),
            TableColumn(title: t(.drawExpertColSpecialties), width: 0, alignment: .left),
        ]
        var state = expertTable
        renderTable(columns: cols, rowCount: registry.experts.count, row: { i in
            let e = registry.experts[i]
            let employer = e.employerOrgID.flatMap { model.derived.registry.organization($0)?.name } ?? e.employerName
            return [e.id, e.name, employer, t(.countyShort(e.county)), e.title, e.available ? t(.yes) : t(.no),
                    e.specialties.joined(separator: t(.enumerationComma))]
        }, state: &state, into: &buf, area: Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1),
           theme: model.theme, empty: t(.listEmpty))
    }
}
