import AwardDomain
import TerminalUI

extension ScoringScreen {
    /// Rows of the grid on screen: the body less the three header lines, the table header and
    /// the two lines below the table.
    static func gridPageSize(_ model: AppModel) -> Int { max(1, model.viewport.height - AppModel.chromeRows - 6) }

    /// Digits (and a minus sign, to be refused with its reason) go into the focused cell's
    /// buffer; Backspace edits it. Nothing else happens per keystroke: no I/O, no totals of
    /// other sheets, no results.
    mutating func handleText(_ key: Key, model: inout AppModel) -> [Effect]? {
        if var f = field {
            guard f.text.handle(key) else { return nil }
            field = f
            return []
        }
        guard mode == .grid, var g = grid else { return nil }
        switch key {
        case .char(let c) where c.isASCII && (c.isNumber || c == "-"):
            if let e = g.locked {
                model.status = StatusMessage(e.text(model.env.lang), kind: .error)
                return []
            }
            // A refused value is replaced by the next digit; Backspace edits it instead.
            if !g.editing || g.bufferError != nil {
                g.editing = true
                g.buffer = ""
            }
            if g.buffer.count < 4 { g.buffer.append(c) }
            g.bufferError = nil
        case .backspace:
            if g.editing {
                if !g.buffer.isEmpty { g.buffer.removeLast() }
            } else if let e = g.locked {
                model.status = StatusMessage(e.text(model.env.lang), kind: .error)
                return []
            } else if let p = g.sheet?.percents[g.item.id] {
                g.editing = true
                g.buffer = String(String(p).dropLast())
            }
            g.bufferError = nil
        default:
            return nil
        }
        grid = g
        return []
    }

    mutating func perform(_ c: ScoringCommand, key: Key, model: inout AppModel) -> [Effect] {
        let t = model.t
        switch c {
        case .move:
            switch mode {
            case .chooser: _ = table.handle(key, rowCount: slots.count, pageSize: model.pageSize - 1)
            case .progress: scrollProgress(key, model: model)
            case .grid: return commitAndMove(key, model: &model)
            }
        case .commitDown:
            return commitAndMove(.down, model: &model)
        case .commitUp:
            return commitAndMove(.up, model: &model)
        case .open:
            guard table.selected < slots.count, let rubric = model.data.rubrics[slots[table.selected].stage] else {
                model.status = StatusMessage(t("scoring.noSheet"), kind: .error)
                return []
            }
            grid = ScoreGrid(slot: slots[table.selected], rubric: rubric, data: model.data)
            mode = .grid
            refreshAggregation(model)
        case .back:
            if let g = grid, g.editing {
                grid?.cancelEdit()
                return []
            }
            grid = nil
            aggregation = nil
            bandsVisible = false
            mode = .chooser
            if slotsVersion != model.dataVersion { rebuildSlots(model) }
        case .cycleStage:
            let all = Stage.allCases
            stage = all[((all.firstIndex(of: stage) ?? 0) + 1) % all.count]
            table = TableState()
            if mode == .progress { rebuildProgress(model) } else { rebuildSlots(model) }
        case .toggleProgress:
            if mode == .progress {
                mode = .chooser
                if slotsVersion != model.dataVersion { rebuildSlots(model) }
            } else {
                mode = .progress
                progressOffset = 0
                rebuildProgress(model)
            }
        case .clearCell:
            guard var g = grid else { return [] }
            g.editing = true
            g.buffer = ""
            grid = g
            return commitAndMove(nil, model: &model)
        case .bands:
            bandsVisible.toggle()
        case .comment:
            let effects = commitAndMove(nil, model: &model)
            guard let g = grid, g.bufferError == nil else { return effects }
            if let e = g.locked {
                model.status = StatusMessage(e.text(model.env.lang), kind: .error)
                return effects
            }
            guard g.sheet != nil || !effects.isEmpty else {
                model.status = StatusMessage(t("scoring.commentNeedsScore"), kind: .error)
                return effects
            }
            field = FieldEdit(purpose: .comment(itemID: g.item.id), text: TextFieldState(g.sheet?.comments[g.item.id] ?? "", maxLength: 500))
            return effects
        case .submit:
            let effects = commitAndMove(nil, model: &model)
            guard let g = grid, g.bufferError == nil else { return effects }
            guard g.sheet != nil || !effects.isEmpty else {
                model.status = StatusMessage(t("scoring.nothingEntered", g.items.count), kind: .error)
                return effects
            }
            return effects + [.commit(.scoring(.submit(sheetID: g.sheetID)))]
        case .reopen:
            guard let g = grid, g.sheet?.status == .submitted else {
                model.status = StatusMessage(t("scoring.notSubmitted"), kind: .error)
                return []
            }
            field = FieldEdit(purpose: .reopen, text: TextFieldState("", maxLength: 200))
        case .saveField:
            guard let f = field, let g = grid else { return [] }
            field = nil
            switch f.purpose {
            case .comment(let itemID):
                return [.commit(.scoring(.setComment(sheetID: g.sheetID, itemID: itemID, comment: f.text.text)))]
            case .reopen:
                return [.commit(.scoring(.reopen(sheetID: g.sheetID, reason: f.text.text)))]
            }
        case .cancelField:
            field = nil
        }
        return []
    }

    /// Commits the focused cell if it was typed into, then moves by `key` (nil: stay). A refused
    /// entry stays in the cell with the domain's reason and nothing is committed or moved.
    private mutating func commitAndMove(_ key: Key?, model: inout AppModel) -> [Effect] {
        guard var g = grid else { return [] }
        var effects: [Effect] = []
        let current = g.sheet?.percents[g.item.id]
        switch g.parsed {
        case .nothing:
            break
        case .notANumber:
            return refuse(model.t("scoring.notANumber", g.buffer), grid: &g, model: &model)
        case .value(let p):
            if let e = g.locked { return refuse(e.text(model.env.lang), grid: &g, model: &model) }
            if let p, let e = ScoreSheet.percentProblem(p, itemID: g.item.id) {
                return refuse(e.text(model.env.lang), grid: &g, model: &model)
            }
            if p != current {
                effects.append(.commit(.scoring(.setPercent(panelID: g.panelID, applicationID: g.applicationID, expertID: g.expertID,
                                                             stage: g.stage, itemID: g.item.id, percent: p))))
            }
            g.cancelEdit()
        }
        if let key { _ = g.table.handle(key, rowCount: g.items.count, pageSize: ScoringScreen.gridPageSize(model)) }
        grid = g
        return effects
    }

    private mutating func refuse(_ reason: String, grid g: inout ScoreGrid, model: inout AppModel) -> [Effect] {
        g.bufferError = reason
        grid = g
        model.status = StatusMessage(reason, kind: .error)
        return []
    }

    private mutating func scrollProgress(_ key: Key, model: AppModel) {
        let page = max(1, model.pageSize - 1)
        switch key {
        case .up: progressOffset -= 1
        case .down: progressOffset += 1
        case .pageUp: progressOffset -= page
        case .pageDown: progressOffset += page
        case .home: progressOffset = 0
        case .end: progressOffset = progress.count - page
        default: break
        }
        progressOffset = max(0, min(progressOffset, progress.count - page))
    }
}
