import AwardDomain
import TerminalUI

/// The leader's deliberation (合议, 第十一条（三）: 组长负责制) on one applicant at one stage: the
/// members' percentages side by side, items more than one band apart first, and the agreed
/// percentage typed per item like a score. Opened with `h` on a sheet of the chooser; a reviewer
/// opens it only for a panel they lead.
struct DeliberationView: Sendable, Equatable {
    var panelID: String
    var stage: Stage
    var applicationID: String
    var deliberation: Deliberation
    var table = TableState()
    var buffer = ""
    var editing = false
    var error: String?

    var item: Deliberation.Item { deliberation.items[min(max(0, table.selected), deliberation.items.count - 1)] }

    mutating func refresh(_ data: AwardData) {
        if let d = try? Deliberation.compute(data, panelID: panelID, stage: stage, applicationID: applicationID) { deliberation = d }
    }
}

extension ScoringScreen {
    /// `h` in the chooser: the deliberation of the selected sheet's panel, applicant and stage.
    mutating func openDeliberation(model: AppModel) -> [Effect] {
        guard table.selected < slots.count else { return [.error(model.t(.scoringNoSheet))] }
        let s = slots[table.selected]
        do {
            let d = try Deliberation.compute(model.data, panelID: s.panelID, stage: s.stage, applicationID: s.applicationID)
            if let r = model.env.reviewerID, d.leaderID != r {
                return [.error(model.t(.scoringDeliberationLeaderOnly(leader: d.leaderID ?? "—")))]
            }
            deliberationView = DeliberationView(panelID: s.panelID, stage: s.stage, applicationID: s.applicationID, deliberation: d)
            mode = .deliberation
            return []
        } catch {
            return [.error(model.t(error))]
        }
    }

    /// Digits go into the focused item's agreed percentage; Backspace edits it.
    mutating func handleDeliberationText(_ key: Key) -> Bool {
        guard var v = deliberationView else { return false }
        switch key {
        case .char(let c) where c.isASCII && c.isNumber:
            if !v.editing || v.error != nil { v.editing = true; v.buffer = "" }
            if v.buffer.count < 3 { v.buffer.append(c) }
            v.error = nil
        case .backspace:
            if v.editing, !v.buffer.isEmpty { v.buffer.removeLast() }
        default:
            return false
        }
        deliberationView = v
        return true
    }

    /// Enter: records the typed percentage; outside the members' range the reason is asked first.
    mutating func agreeFocused(model: AppModel) -> [Effect] {
        guard var v = deliberationView else { return [] }
        defer { deliberationView = v }
        guard v.editing, let p = Int(v.buffer) else {
            _ = v.table.handle(.down, rowCount: v.deliberation.items.count, pageSize: ScoringScreen.gridPageSize(model))
            return []
        }
        if let e = ScoreSheet.percentProblem(p, itemID: v.item.item.id) {
            v.error = model.t(e)
            return [.error(model.t(e))]
        }
        v.editing = false
        v.buffer = ""
        if let lo = v.item.low, let hi = v.item.high, !(lo...hi).contains(p) {
            field = FieldEdit(.agreeReason(itemID: v.item.item.id, percent: p, low: lo, high: hi), openedAt: model.journalSeq)
            return []
        }
        let effects: [Effect] = [.commit(.review(.agree(panelID: v.panelID, stage: v.stage, applicationID: v.applicationID,
                                                        itemID: v.item.item.id, percent: p, reason: "")))]
        _ = v.table.handle(.down, rowCount: v.deliberation.items.count, pageSize: ScoringScreen.gridPageSize(model))
        return effects
    }

    /// The three lines above the deliberation's table: who and what, how far it is, the totals.
    func deliberationHeader(_ v: DeliberationView, model: AppModel) -> [String] {
        let t = model.t, d = v.deliberation
        let org = model.derived.orgOfApplication[v.applicationID]?.name ?? v.applicationID
        let title = [t(.scoringDeliberationTitle), v.panelID, t(v.stage.name), "\(v.applicationID) \(org)",
                     t(.scoringDeliberationLeader(leader: d.leaderID ?? "—"))].joined(separator: " · ")
        let state = d.isReady ? t(.scoringDeliberationAgreed(agreed: d.agreedCount, items: d.items.count))
                              : t(.scoringDeliberationWaiting(experts: d.waitingFor.joined(separator: t(Phrase.enumerationSeparator))))
        let r = d.result
        let totals = t(.scoringDeliberationTotals(mean: r.mean?.description ?? "—", agreed: r.agreed?.description ?? "—", rule: t(r.scoreRule.name), score: r.score?.description ?? "—"))
        return [title, state, totals]
    }

    /// Enter is the agreed percentage here, so `v`: the header and the focused item in full —
    /// its name, each member's percentage, the findings and the agreed score with its reason.
    func deliberationDetail(_ v: DeliberationView, model: AppModel) -> Detail {
        let t = model.t, d = v.deliberation, it = v.item
        var lines = deliberationHeader(v, model: model) + ["", "\(it.item.id) \(it.item.title(model.env.lang))"]
        lines.append(zip(d.members, it.members).map { "\($0) \($1.percent.map { "\($0)%" } ?? "·")" }.joined(separator: "  "))
        lines += d.findings.filter { $0.itemID == it.item.id }.map { t($0.kind.name) + t(.labelSeparator) + $0.text + t(.parenthetical($0.authors.joined(separator: t(.enumerationComma)))) }
        if let a = it.agreed { lines.append("\(a.percent)%  " + t(.scoringDeliberationRecorded(by: a.by, day: a.at.day.description, reason: a.reason))) }
        return Detail(title: t(.scoringDeliberationTitle), lines: lines)
    }

    func renderDeliberation(_ v: DeliberationView, model: AppModel, into buf: inout Buffer, area: Rect) -> (x: Int, y: Int)? {
        let t = model.t, theme = model.theme, lang = model.env.lang
        let d = v.deliberation
        let head = deliberationHeader(v, model: model)
        buf.put(truncate(head[0], toWidth: area.width - 2), x: area.x + 1, y: area.y, style: theme[.header])
        buf.put(truncate(head[1], toWidth: area.width - 2), x: area.x + 1, y: area.y + 1, style: theme[d.isReady ? .accent : .warning])
        buf.put(truncate(head[2], toWidth: area.width - 2), x: area.x + 1, y: area.y + 2, style: theme[.normal])

        var cols = [TableColumn(t(.scoringColItem), width: 7), TableColumn(t(.scoringColName), width: 0),
                    TableColumn(t(.scoringColPoints), width: 4, alignment: .right)]
        cols += d.members.map { TableColumn($0, width: 5, alignment: .right) }
        cols += [TableColumn(t(.scoringDeliberationColSpread), width: 5, alignment: .right),
                 TableColumn(t(.scoringDeliberationColAgreed), width: 6, alignment: .right)]
        let tableArea = Rect(x: area.x, y: area.y + 3, width: area.width, height: max(2, area.height - 5))
        var st = v.table
        renderTable(columns: cols, rowCount: d.items.count, row: { i in
            let it = d.items[i]
            var agreed = it.agreed.map { "\($0.percent)%" } ?? "·"
            if i == v.table.selected, v.editing { agreed = v.buffer }
            return [(it.flagged ? "!" : " ") + it.item.id, it.item.title(lang), "\(it.item.points)"]
                + it.members.map { $0.percent.map(String.init) ?? "·" } + ["\(it.spread)", agreed]
        }, state: &st, into: &buf, area: tableArea, theme: theme,
           rowStyle: { d.items[$0].flagged ? .warning : (d.items[$0].agreed != nil ? .ok : nil) })

        var cursor: (x: Int, y: Int)? = nil
        let widths = columnWidths(cols, total: area.width)
        let cellY = tableArea.y + 1 + v.table.selected - st.offset
        if v.editing, cellY < tableArea.maxY {
            let x = area.x + widths.dropLast().reduce(0, +) + widths.count - 1
            buf.put(padded(v.buffer, toWidth: widths.last!, align: .right), x: x, y: cellY, style: theme[v.error == nil ? .inputFocused : .error])
            cursor = (x + widths.last!, cellY)
        }
        let noteY = area.maxY - 1, infoY = area.maxY - 2
        let it = v.item
        let findings = d.findings.filter { $0.itemID == it.item.id }
            .map { t($0.kind.name) + t(.labelSeparator) + $0.text + t(.parenthetical($0.authors.joined(separator: t(.enumerationComma)))) }
        var info = findings.joined(separator: "  ")
        if let a = it.agreed { info = [t(.scoringDeliberationRecorded(by: a.by, day: a.at.day.description, reason: a.reason)), info].filter { !$0.isEmpty }.joined(separator: "  ") }
        buf.put(truncate(info, toWidth: area.width - 2), x: area.x + 1, y: infoY, style: theme[.dim])
        if let f = field, case .agreeReason = f.purpose {
            cursor = f.modal.render(t, theme: theme, into: &buf, area: area)
        } else if let e = v.error {
            buf.put(truncate(e, toWidth: area.width - 2), x: area.x + 1, y: noteY, style: theme[.error])
        } else {
            buf.put(truncate(t(.scoringDeliberationHint), toWidth: area.width - 2), x: area.x + 1, y: noteY, style: theme[.dim])
        }
        return cursor
    }
}
