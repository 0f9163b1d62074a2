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
            return [.error(error.text(model.env.lang))]
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
            v.error = e.text(model.env.lang)
            return [.error(e.text(model.env.lang))]
        }
        v.editing = false
        v.buffer = ""
        if let lo = v.item.low, let hi = v.item.high, !(lo...hi).contains(p) {
            field = FieldEdit(purpose: .agreeReason(itemID: v.item.item.id, percent: p), text: TextFieldState("", maxLength: 200))
            return []
        }
        let effects: [Effect] = [.commit(.review(.agree(panelID: v.panelID, stage: v.stage, applicationID: v.applicationID,
                                                        itemID: v.item.item.id, percent: p, reason: "")))]
        _ = v.table.handle(.down, rowCount: v.deliberation.items.count, pageSize: ScoringScreen.gridPageSize(model))
        return effects
    }

    func renderDeliberation(_ v: DeliberationView, model: AppModel, into buf: inout Buffer, area: Rect) -> (x: Int, y: Int)? {
        let t = model.t, theme = model.theme, lang = model.env.lang
        let d = v.deliberation
        let org = model.derived.orgOfApplication[v.applicationID]?.name ?? v.applicationID
        let title = [t(.scoringDeliberationTitle), v.panelID, t(v.stage.name), "\(v.applicationID) \(org)",
                     t(.scoringDeliberationLeader(leader: d.leaderID ?? "—"))].joined(separator: " · ")
        buf.put(title, x: area.x + 1, y: area.y, maxWidth: area.width - 2, style: theme[.header])
        let state = d.isReady ? t(.scoringDeliberationAgreed(agreed: d.agreedCount, items: d.items.count))
                              : t(.scoringDeliberationWaiting(experts: d.waitingFor.joined(separator: ", ")))
        buf.put(state, x: area.x + 1, y: area.y + 1, maxWidth: area.width - 2, style: theme[d.isReady ? .accent : .warning])
        let r = d.result
        let totals = t(.scoringDeliberationTotals(mean: r.mean?.description ?? "—", agreed: r.agreed?.description ?? "—", rule: t(r.scoreRule.name), score: r.score?.description ?? "—"))
        buf.put(totals, x: area.x + 1, y: area.y + 2, maxWidth: area.width - 2, style: theme[.normal])

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
            .map { "\(t($0.kind.name))：\($0.text)（\($0.authors.joined(separator: ","))）" }
        var info = findings.joined(separator: "  ")
        if let a = it.agreed { info = [t(.scoringDeliberationRecorded(by: a.by, day: a.at.day.description, reason: a.reason)), info].filter { !$0.isEmpty }.joined(separator: "  ") }
        buf.put(info, x: area.x + 1, y: infoY, maxWidth: area.width - 2, style: theme[.dim])
        if let f = field, case .agreeReason(let itemID, let p) = f.purpose {
            let w = buf.put(t(.scoringDeliberationReasonFor(item: itemID, percent: p, low: it.low ?? 0, high: it.high ?? 0)), x: area.x + 1, y: noteY, style: theme[.accent])
            let fieldArea = Rect(x: area.x + 2 + w, y: noteY, width: max(4, area.width - w - 3), height: 1)
            if let x = renderTextField(f.text, into: &buf, area: fieldArea, focused: true, theme: theme) { cursor = (x, noteY) }
        } else if let e = v.error {
            buf.put(e, x: area.x + 1, y: noteY, maxWidth: area.width - 2, style: theme[.error])
        } else {
            buf.put(t(.scoringDeliberationHint), x: area.x + 1, y: noteY, maxWidth: area.width - 2, style: theme[.dim])
        }
        return cursor
    }
}
