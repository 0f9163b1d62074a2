import AwardDomain
import TerminalUI

extension RankingScreen {
    func header(_ b: RankingBoard, model: AppModel) -> String {
        let t = model.t, s = b.shortlist
        return t(.rankingHeader(places: s.places, invited: s.invitedCount, shortlisted: s.shortlisted.count, applicants: b.rows.count, sort: t(.rankingSort(sort))))
    }

    func render(model: AppModel, into buf: inout Buffer, area: Rect) -> (x: Int, y: Int)? {
        let t = model.t, theme = model.theme
        guard let b = board else {
            buf.put(t(.listEmpty), x: area.x + 1, y: area.y, style: theme[.dim])
            return nil
        }
        let s = b.shortlist
        var top = area.y
        for (line, role) in headLines(b, model: model, width: area.width) {
            buf.put(line, x: area.x + 1, y: top, maxWidth: area.width - 2, style: theme[role])
            top += 1
        }

        let cols = [
            TableColumn(title: t(.rankingColRank), width: 4, alignment: .right),
            TableColumn(title: t(.colApplication), width: 9),
            TableColumn(title: t(.colOrg), width: 0),
            TableColumn(title: "D", width: 7, alignment: .right),
            TableColumn(title: "Q", width: 6, alignment: .right),
            TableColumn(title: "S", width: 7, alignment: .right),
            TableColumn(title: t(.rankingColComposite), width: 7, alignment: .right),
            TableColumn(title: t(.rankingColIn), width: 4, alignment: .center),
            TableColumn(title: t(.rankingColFlags), width: 14),
        ]
        let listArea = Rect(x: area.x, y: top, width: area.width, height: max(2, area.maxY - top - RankingScreen.detailRows))
        var state = table
        renderTable(columns: cols, rowCount: lines.count, row: { i in
            guard case .row(let k) = lines[i] else { return [] }
            let r = b.rows[k]
            let mark = r.shortlisted ? "✓" : (r.tiedAtCut ? "?" : "")
            return [ranks[r.applicationID].map(String.init) ?? "", r.applicationID, r.name, published(r.document.score), published(r.qa.score),
                    published(r.onsite.score), published(r.composite), mark, AggregationText.shortFlags(r, t: t)]
        }, state: &state, into: &buf, area: listArea, theme: theme, rowStyle: { i in
            guard case .row(let k) = lines[i] else { return .warning }
            return b.rows[k].tiedAtCut ? .warning : nil
        }, empty: t(.rankingEmpty))

        // The cut line spans the whole row, over the empty cells the table drew for it.
        if let cutIndex = lines.firstIndex(of: .cut), cutIndex >= state.offset, cutIndex - state.offset < listArea.height - 1 {
            let text = " " + t(.rankingCutLine(invited: s.invitedCount)) + " "
            let side = max(2, (area.width - displayWidth(text)) / 2)
            let rule = String(repeating: "─", count: side) + text + String(repeating: "─", count: side)
            let role: StyleRole = cutIndex == state.selected ? .selected : .warning
            buf.put(truncate(rule, toWidth: area.width, ellipsis: ""), x: area.x, y: listArea.y + 1 + cutIndex - state.offset, style: theme[role])
        }

        let detail = Rect(x: area.x, y: listArea.maxY, width: area.width, height: area.maxY - listArea.maxY)
        renderDetail(model: model, into: &buf, area: detail)
        if let m = tie { return m.render(t, theme: theme, into: &buf, area: area) }
        if let m = exportChoice { return m.render(t, theme: theme, into: &buf, area: area) }
        return nil
    }

    /// The rows above the list: the header and the tie at the cut (or its decision), each wrapped
    /// whole, the banner's row kept empty when there is none; then the panels side by side when
    /// more than one scored (a lenient or strict panel shows before the list is decided), on one
    /// row (Enter or v shows it whole).
    func headLines(_ b: RankingBoard, model: AppModel, width: Int) -> [(String, StyleRole)] {
        let t = model.t, room = max(1, width - 2)
        var lines = wrap(header(b, model: model), width: room).map { ($0, StyleRole.dim) }
        if let (text, role) = Self.banner(b, model: model) {
            lines += wrap(text, width: room).map { ($0, role) }
        } else if lines.count < 2 {
            lines.append(("", .dim))
        }
        if let c = calibration, c.rows.count > 1 {
            lines.append((truncate(t(Self.calibrationLine(c)), toWidth: room), c.flagged.isEmpty ? .dim : .warning))
        }
        return lines
    }

    /// The line under the header: the tie at the cut waiting for the office, or its decision.
    static func banner(_ b: RankingBoard, model: AppModel) -> (String, StyleRole)? {
        let t = model.t, s = b.shortlist
        let text: String, role: StyleRole
        if !s.tieAtCut.isEmpty {
            let score = s.ranking.first { $0.applicationID == s.tieAtCut[0] }.map { ExactScore.format(hundredths: $0.hundredths) } ?? ""
            text = t(.rankingTieBanner(tied: s.tieAtCut.joined(separator: t(Phrase.enumerationSeparator)), score: score, places: s.invitedCount - s.shortlisted.count))
                + (s.decisionIsStale ? " " + t(.rankingStaleDecision) : "")
            role = .warning
        } else if let d = s.appliedDecision {
            text = t(.rankingDecided(included: d.include.joined(separator: t(Phrase.enumerationSeparator)), tied: d.tied.joined(separator: t(Phrase.enumerationSeparator)), by: d.by, at: d.at.shortDescription))
            role = .ok
        } else {
            return nil
        }
        return (text, role)
    }

    /// "各组资料评审均值 P2026-01 791.00（极差 12.50）；P2026-02 702.00 ⚑偏离 -89.00": a panel
    /// whose mean stands more than 10 % of the maximum from the others' is marked.
    static func calibrationLine(_ c: PanelCalibration) -> Phrase {
        func part(_ r: PanelCalibration.Row) -> Phrase {
            let spread = ExactScore.format(hundredths: r.range)
            let mean = Phrase(zh: "\(r.panelID) \(r.mean)（极差 \(spread)）", en: "\(r.panelID) \(r.mean) (range \(spread))")
            guard r.flagged, let d = r.difference else { return mean }
            return Phrase(zh: mean.zh + " ⚑偏离 \(d)", en: mean.en + " ⚑off by \(d)")
        }
        let parts = c.rows.map(part)
        return Phrase(zh: "各组资料评审均值：" + parts.map(\.zh).joined(separator: "；"),
                      en: "Panel means (document review): " + parts.map(\.en).joined(separator: "; "))
    }

    /// The selected applicant: each stage's aggregation, its flags, and its composite.
    private func renderDetail(model: AppModel, into buf: inout Buffer, area: Rect) {
        let t = model.t, theme = model.theme
        guard area.height > 0 else { return }
        buf.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: theme[.header])
        guard let r = selectedRow() else {
            buf.put(t(.rankingDetailNone), x: area.x + 1, y: area.y, maxWidth: area.width - 2, style: theme[.header])
            return
        }
        let composite = r.composite.map { t(.rankingCompositeLine(composite: $0.description)) } ?? t(.rankingNoComposite)
        // One row each, ended by “…” when cut: Enter or v shows them whole.
        buf.put(truncate("\(r.applicationID) \(r.name) · \(composite)", toWidth: area.width - 2), x: area.x + 1, y: area.y, style: theme[.header])
        var lines = Stage.allCases.map { t(r.result($0).summary) }
        let phrases = r.flags.map { t($0.phrase) } + (r.tiedAtCut ? [t(RankingBoard.tiedAtCut)] : [])
        if !phrases.isEmpty { lines.append(phrases.joined(separator: t(.rankingSepClause))) }
        for (i, line) in lines.enumerated() where area.y + 1 + i < area.maxY {
            let role: StyleRole = i == 3 ? .warning : .normal
            buf.put(truncate(line, toWidth: area.width - 2), x: area.x + 1, y: area.y + 1 + i, style: theme[role])
        }
    }
}
