import AwardDomain
import TerminalUI

extension ScoringScreen {
    func render(model: AppModel, into buf: inout Buffer, area: Rect) -> (x: Int, y: Int)? {
        switch mode {
        case .chooser:
            renderChooser(model: model, into: &buf, area: area)
            return nil
        case .progress:
            renderProgress(model: model, into: &buf, area: area)
            return nil
        case .deliberation:
            guard let v = deliberationView else { return nil }
            return renderDeliberation(v, model: model, into: &buf, area: area)
        case .grid:
            guard let g = grid else { return nil }
            let cursor = renderGrid(g, model: model, into: &buf, area: area)
            if bandsVisible { renderBands(g, model: model, into: &buf, area: area) }
            if let c = confirmation { return c.render(model.t, theme: model.theme, into: &buf, area: area) }
            return cursor
        }
    }

    private func renderChooser(model: AppModel, into buf: inout Buffer, area: Rect) {
        let t = model.t
        let done = slots.filter { $0.status == .submitted }.count
        var head = t(.scoringChooserHeader(stage: t(stage.name), sheets: slots.count, submitted: done))
        if let r = model.env.reviewerID { head += "  " + t(.scoringOwnOnly(expert: r)) }
        buf.put(truncate(head, toWidth: area.width - 2), x: area.x + 1, y: area.y, style: model.theme[.dim])
        // The state is what the office chases: its column is as wide as its longest word in the
        // language shown ("not started"), and the organization's name gives the room.
        let states = SheetStatus.allCases.map { t($0.name) } + [t(.scoringNotStarted), t(.colState)]
        let cols = [
            TableColumn(title: t(.colPanel), width: 8),
            TableColumn(title: t(.colApplication), width: 9),
            TableColumn(title: t(.colOrg), width: 0),
            TableColumn(title: t(.colExpert), width: 11),
            TableColumn(title: t(.colEntered), width: max(5, displayWidth(t(.colEntered))), alignment: .right),
            TableColumn(title: t(.scoringColTotal), width: 7, alignment: .right),
            TableColumn(title: t(.colState), width: states.map(displayWidth).max() ?? 8),
        ]
        var state = table
        let items = model.data.rubrics[stage]?.items.count ?? 0
        renderTable(columns: cols, rowCount: slots.count, row: { i in
            let s = slots[i]
            let org = model.derived.orgOfApplication[s.applicationID]?.name ?? s.applicationID
            let expert = model.derived.registry.expert(s.expertID).map { "\(s.expertID) \($0.name)" } ?? s.expertID
            let state = s.status.map { t($0.name) } ?? t(.scoringNotStarted)
            return [s.panelID, s.applicationID, org, expert, "\(s.entered)/\(items)",
                    s.status == nil ? "" : ExactScore.format(hundredths: s.total), state]
        }, state: &state, into: &buf, area: Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1),
           theme: model.theme, rowStyle: { slots[$0].status == .submitted ? .ok : nil },
           empty: t(model.isReviewer ? .scoringNoOwnSheets : .scoringNoPanels))
    }

    /// Header (who, what, state), the sheet total and category subtotals, the items, and below
    /// them the panel's aggregation (office) and the comment, refusal or field being typed.
    private func renderGrid(_ g: ScoreGrid, model: AppModel, into buf: inout Buffer, area: Rect) -> (x: Int, y: Int)? {
        let t = model.t, theme = model.theme, lang = model.env.lang
        buf.put(truncate(gridTitle(g, model: model), toWidth: area.width - 2), x: area.x + 1, y: area.y, style: theme[.header])
        let total = t(.scoringTotalLine(total: ExactScore.format(hundredths: g.sums.total), maximum: g.rubric.total_points, entered: g.sums.entered, items: g.items.count))
        buf.put(truncate(total, toWidth: area.width - 2), x: area.x + 1, y: area.y + 1, style: theme[g.sheet?.status == .submitted ? .ok : .accent])
        let cats = g.sums.categories.map { "\($0.id) \(ExactScore.format(hundredths: $0.hundredths))" }.joined(separator: "  ")
        buf.put(truncate(cats, toWidth: area.width - 2), x: area.x + 1, y: area.y + 2, style: theme[.normal])

        let cols = [
            TableColumn(title: t(.scoringColItem), width: 6),
            TableColumn(title: t(.scoringColName), width: 0),
            TableColumn(title: t(.scoringColPoints), width: 4, alignment: .right),
            TableColumn(title: t(.scoringColPercent), width: 6, alignment: .right),
            TableColumn(title: t(.scoringColScore), width: 7, alignment: .right),
            TableColumn(title: t(.scoringColFindings), width: 7, alignment: .right),
            TableColumn(title: t(.scoringColComment), width: max(8, area.width / 5)),
        ]
        let tableArea = Rect(x: area.x, y: area.y + 3, width: area.width, height: max(2, area.height - 5))
        var st = g.table
        renderTable(columns: cols, rowCount: g.items.count, row: { i in
            let item = g.items[i]
            let saved = g.sheet?.percents[item.id]
            var percent = saved.map { "\($0)%" } ?? "·"
            var score = saved.map { ExactScore.format(hundredths: item.points * $0) } ?? ""
            if i == g.table.selected, g.editing {
                percent = g.buffer
                if let p = Int(g.buffer), ScoreSheet.percentProblem(p, itemID: item.id) == nil {
                    score = ExactScore.format(hundredths: item.points * p)
                }
            }
            let findings = g.sheet?.findings[item.id] ?? []
            let counts = findings.isEmpty ? "" : t(.scoringFindingCounts(strengths: findings.filter { $0.kind == .strength }.count, improvements: findings.filter { $0.kind == .improvement }.count))
            return [item.id, item.title(lang), "\(item.points)", percent, score, counts, g.sheet?.comments[item.id] ?? ""]
        }, state: &st, into: &buf, area: tableArea, theme: theme, empty: "")

        // The focused cell: where the terminal cursor sits, in the error style when refused.
        let widths = columnWidths(cols, total: area.width)
        let cellX = area.x + widths[0] + widths[1] + widths[2] + 3
        let cellY = tableArea.y + 1 + g.table.selected - st.offset
        var cursor: (x: Int, y: Int)? = nil
        if g.editing, cellY < tableArea.maxY {
            let role: StyleRole = g.bufferError == nil ? .inputFocused : .error
            buf.put(padded(g.buffer, toWidth: widths[3], align: .right), x: cellX, y: cellY, style: theme[role])
            cursor = (cellX + widths[3], cellY)
        }

        let aggY = area.maxY - 2, noteY = area.maxY - 1
        if let r = aggregation {
            buf.put(truncate(t(r.summary), toWidth: area.width - 2), x: area.x + 1, y: aggY, style: theme[.dim])
        } else if g.sheet?.status == .reopened, let why = g.sheet?.history.last?.reason {
            buf.put(truncate(t(.scoringReopenedBecause(reason: why)), toWidth: area.width - 2), x: area.x + 1, y: aggY, style: theme[.warning])
        }
        if let f = field {
            cursor = f.modal.render(t, theme: theme, into: &buf, area: area)
        } else if let e = g.bufferError {
            buf.put(truncate(e, toWidth: area.width - 2), x: area.x + 1, y: noteY, style: theme[.error])
        } else if !(g.sheet?.findings[g.item.id] ?? []).isEmpty || !g.uncheckedCarried.isEmpty {
            let findings = g.sheet?.findings[g.item.id] ?? []
            let pending = g.uncheckedCarried.map { Finding(kind: $0.kind, text: $0.text) }
            let text = FindingKind.allCases.compactMap { kind -> String? in
                let list = findings.filter { $0.kind == kind }.map { f in f.check.flatMap { $0 == .new ? nil : "[\(t($0.name))]" }.map { $0 + f.text } ?? f.text }
                    + pending.filter { $0.kind == kind }.map { "[" + t(.scoringToCheck) + "]" + $0.text }
                return list.isEmpty ? nil : t(kind.name) + t(.labelSeparator) + list.joined(separator: t(.listSeparator))
            }.joined(separator: "  ")
            buf.put(truncate(text, toWidth: area.width - 2), x: area.x + 1, y: noteY, style: theme[.normal])
        } else if let comment = g.sheet?.comments[g.item.id] {
            buf.put(truncate(t(.scoringCommentFor(item: g.item.id)) + " " + comment, toWidth: area.width - 2), x: area.x + 1, y: noteY, style: theme[.normal])
        } else {
            let isResult = g.rubric.category(ofItem: g.item.id)?.kind == "result"
            buf.put(truncate(t(isResult ? .scoringHintResult : .scoringHintProcess), toWidth: area.width - 2), x: area.x + 1, y: noteY, style: theme[.dim])
        }
        return cursor
    }

    /// The percentage bands and what each means (from the rubric file), for the kind of the focused item (第六条).
    /// A band's text too long for the box wraps under itself, so every word is read.
    private func renderBands(_ g: ScoreGrid, model: AppModel, into buf: inout Buffer, area: Rect) {
        let t = model.t
        let kind = g.rubric.category(ofItem: g.item.id)?.kind == "result" ? "result" : "process"
        var bands: [(range: String, text: String)] = []
        for (i, band) in g.rubric.bands.enumerated() where band.count == 2 {
            bands.append((padded("\(band[0])–\(band[1])%", toWidth: 8), g.rubric.bandText(kind: kind, index: i)?.text(model.env.lang) ?? ""))
        }
        let widest = bands.map { displayWidth($0.range) + 1 + displayWidth($0.text) }.max() ?? 0
        let width = min(area.width - 4, max(40, widest + 4))
        // Border and a space each side: the text column starts 9 in, after the range.
        let room = max(1, width - 4 - 9)
        var lines: [String] = []
        for b in bands {
            for (k, part) in wrap(b.text, width: room).enumerated() {
                lines.append((k == 0 ? b.range : String(repeating: " ", count: 8)) + " " + part)
            }
        }
        let box = area.centered(width: width, height: min(area.height, lines.count + 4))
        let inner = renderBox(title: t(.scoringBandsTitle(result: kind == "result")), into: &buf, area: box, theme: model.theme).inset(dx: 1, dy: 0)
        buf.put(truncate(t(.scoringBandsSubtitle(result: kind == "result")), toWidth: inner.width), x: inner.x, y: inner.y, style: model.theme[.dim])
        for (i, line) in lines.enumerated() where inner.y + 1 + i < inner.maxY {
            buf.put(line, x: inner.x, y: inner.y + 1 + i, maxWidth: inner.width, style: model.theme[.normal])
        }
    }

    /// Per panel: its experts as columns; per applicant: the state of each expert's sheet.
    private func renderProgress(model: AppModel, into buf: inout Buffer, area: Rect) {
        let t = model.t, theme = model.theme
        let legend = [t(.scoringProgressLegend(stage: t(stage.name))),
                      t(.scoringProgressMarkNone) + " " + t(.scoringNotStarted),
                      t(.scoringProgressMarkDraft) + " " + t(SheetStatus.draft.name),
                      t(.scoringProgressMarkReopened) + " " + t(SheetStatus.reopened.name),
                      t(.scoringProgressMarkSubmitted) + " " + t(SheetStatus.submitted.name)].joined(separator: "  ")
        buf.put(truncate(legend, toWidth: area.width - 2), x: area.x + 1, y: area.y, style: theme[.dim])
        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        guard !progress.isEmpty else {
            buf.put(t(.scoringNoPanels), x: body.x + 1, y: body.y, maxWidth: body.width - 2, style: theme[.dim])
            return
        }
        let slot = 6
        let left = max(12, body.width - 5 * slot - 8)
        for (row, line) in progress.dropFirst(progressOffset).prefix(body.height).enumerated() {
            let y = body.y + row
            switch line {
            case .panel(let id, let name, let experts):
                buf.fill(Rect(x: body.x, y: y, width: body.width, height: 1), style: theme[.header])
                buf.put("\(id) \(name)", x: body.x + 1, y: y, maxWidth: left - 1, style: theme[.header])
                for (i, e) in experts.enumerated() {
                    buf.put(e, x: body.x + left + i * slot, y: y, maxWidth: slot - 1, style: theme[.header])
                }
            case .applicant(let id, let marks):
                let org = model.derived.orgOfApplication[id]?.name ?? ""
                buf.put("\(id) \(org)", x: body.x + 1, y: y, maxWidth: left - 2, style: theme[.normal])
                for (i, m) in marks.enumerated() {
                    let (mark, role): (Phrase, StyleRole) = switch m {
                    case nil: (Phrase.scoringProgressMarkNone, .dim)
                    case .draft?: (Phrase.scoringProgressMarkDraft, .warning)
                    case .reopened?: (Phrase.scoringProgressMarkReopened, .warning)
                    case .submitted?: (Phrase.scoringProgressMarkSubmitted, .ok)
                    }
                    buf.put(t(mark), x: body.x + left + i * slot + 1, y: y, style: theme[role])
                }
                let done = marks.filter { $0 == .submitted }.count
                buf.put("\(done)/\(marks.count)", x: body.x + left + marks.count * slot + 1, y: y,
                        style: theme[done == marks.count && !marks.isEmpty ? .ok : .dim])
            }
        }
    }
}

extension ScoringScreen {
    /// The grid's first line: panel, stage, expert, the sheet's state, the applicant.
    func gridTitle(_ g: ScoreGrid, model: AppModel) -> String {
        let t = model.t
        let org = model.derived.orgOfApplication[g.applicationID]?.name ?? g.applicationID
        let expert = model.derived.registry.expert(g.expertID)?.name ?? ""
        let state = g.sheet.map { t($0.status.name) } ?? t(.scoringNotStarted)
        return [g.panelID, t(g.stage.name), "\(g.expertID) \(expert)", state, "\(g.applicationID) \(org)"].joined(separator: " · ")
    }

    /// What Enter or `v` shows in full where a cell is cut: the chooser's selected sheet, or the
    /// grid's focused item with its score, findings and comment.
    func detail(_ model: AppModel) -> Detail? {
        let t = model.t
        switch mode {
        case .chooser:
            guard slots.indices.contains(table.selected) else { return nil }
            let s = slots[table.selected]
            let org = model.derived.orgOfApplication[s.applicationID]?.name ?? s.applicationID
            let expert = model.derived.registry.expert(s.expertID)?.name ?? ""
            let items = model.data.rubrics[s.stage]?.items.count ?? 0
            return Detail(title: "\(s.applicationID) \(org)", lines: [
                [s.panelID, t(s.stage.name), "\(s.expertID) \(expert)"].joined(separator: " · "),
                t(.scoringTotalLine(total: s.status == nil ? "—" : ExactScore.format(hundredths: s.total),
                                    maximum: model.data.rubrics[s.stage]?.total_points ?? 0, entered: s.entered, items: items)),
                s.status.map { t($0.name) } ?? t(.scoringNotStarted),
            ])
        case .grid:
            guard field == nil, confirmation == nil, let g = grid else { return nil }
            let item = g.item
            var lines = [gridTitle(g, model: model), "\(item.id) \(item.title(model.env.lang))"]
            if let p = g.sheet?.percents[item.id] { lines.append("\(p)%  \(ExactScore.format(hundredths: item.points * p)) / \(item.points)") }
            for f in g.sheet?.findings[item.id] ?? [] { lines.append(t(f.kind.name) + t(.labelSeparator) + f.text) }
            if let c = g.sheet?.comments[item.id], !c.isEmpty { lines.append(t(.scoringCommentFor(item: item.id)) + " " + c) }
            return Detail(title: model.t(ScoringScreen.title), lines: lines)
        case .deliberation:
            guard field == nil, let v = deliberationView else { return nil }
            return deliberationDetail(v, model: model)
        case .progress:
            return nil
        }
    }
}
