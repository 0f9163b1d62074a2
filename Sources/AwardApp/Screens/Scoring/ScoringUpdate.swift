import AwardDomain
import TerminalUI

extension ScoringScreen {
    /// Rows of the grid on screen: the body less the three header lines, the table header and
    /// the two lines below the table.
    static func gridPageSize(_ model: AppModel) -> Int { max(1, model.viewport.height - AppModel.chromeRows - 6) }

    /// Digits (and a minus sign, to be refused with its reason) go into the focused cell's
    /// buffer; Backspace edits it. Nothing else happens per keystroke: no I/O, no totals of
    /// other sheets, no results.
    mutating func handleText(_ key: Key, model: AppModel) -> [Effect]? {
        if confirmation != nil { return confirmation?.handleText(key) == true ? [] : nil }
        if var f = field {
            guard f.text.handle(key) else { return nil }
            field = f
            return []
        }
        if mode == .deliberation { return handleDeliberationText(key) ? [] : nil }
        guard mode == .grid, var g = grid else { return nil }
        switch key {
        case .char(let c) where c.isASCII && (c.isNumber || c == "-"):
            if let e = g.locked { return [.error(e.text(model.env.lang))] }
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
                return [.error(e.text(model.env.lang))]
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

    mutating func perform(_ c: ScoringCommand, key: Key, model: AppModel) -> [Effect] {
        let t = model.t
        switch c {
        case .move:
            switch mode {
            case .chooser: _ = table.handle(key, rowCount: slots.count, pageSize: model.pageSize - 1)
            case .progress: scrollProgress(key, model: model)
            case .grid: return commitAndMove(key, model: model)
            case .deliberation:
                guard var v = deliberationView else { return [] }
                v.editing = false; v.buffer = ""; v.error = nil
                _ = v.table.handle(key, rowCount: v.deliberation.items.count, pageSize: ScoringScreen.gridPageSize(model))
                deliberationView = v
            }
        case .commitDown:
            return commitAndMove(.down, model: model)
        case .commitUp:
            return commitAndMove(.up, model: model)
        case .open:
            guard table.selected < slots.count, let rubric = model.data.rubrics[slots[table.selected].stage] else {
                return [.error(t(.scoringNoSheet))]
            }
            grid = ScoreGrid(slot: slots[table.selected], rubric: rubric, data: model.data)
            mode = .grid
            refreshAggregation(model)
        case .deliberate:
            return openDeliberation(model: model)
        case .agree:
            return agreeFocused(model: model)
        case .back:
            if mode == .deliberation, let v = deliberationView, v.editing {
                deliberationView?.editing = false
                deliberationView?.buffer = ""
                deliberationView?.error = nil
                return []
            }
            deliberationView = nil
            if let g = grid, g.editing {
                grid?.cancelEdit()
                return []
            }
            // Esc on the band overlay closes the overlay only; the sheet stays open.
            if bandsVisible {
                bandsVisible = false
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
            return commitAndMove(nil, model: model)
        case .bands:
            bandsVisible.toggle()
        case .comment:
            let effects = commitAndMove(nil, model: model)
            guard let g = grid, g.bufferError == nil else { return effects }
            if let e = g.locked { return effects + [.error(e.text(model.env.lang))] }
            guard g.sheet != nil || !effects.isEmpty else {
                return effects + [.error(t(.scoringCommentNeedsScore))]
            }
            field = FieldEdit(purpose: .comment(itemID: g.item.id), text: TextFieldState(g.sheet?.comments[g.item.id] ?? "", maxLength: 500))
            return effects
        case .submit:
            let effects = commitAndMove(nil, model: model)
            guard let g = grid, g.bufferError == nil else { return effects }
            guard g.sheet != nil || !effects.isEmpty else {
                return effects + [.error(t(.scoringNothingEntered(items: g.items.count)))]
            }
            // A submitted sheet is locked; only the office can send it back: ask first, naming it.
            let org = model.derived.orgOfApplication[g.applicationID]?.name ?? g.applicationID
            let expert = model.derived.registry.expert(g.expertID)?.name ?? g.expertID
            confirmation = .confirm(Confirmation(title: .submitSheetTitle,
                                                 question: .submitSheetQuestion(g.applicationID, org, g.stage, g.expertID, expert),
                                                 warning: .submitSheetWarning))
            return effects
        case .confirm(let command):
            guard var m = confirmation else { return [] }
            let event = m.perform(command)
            confirmation = m
            switch event {
            case .handled, .invalid, .submitted: return []
            case .cancelled: confirmation = nil; return []
            case .confirmed:
                guard let g = grid else { confirmation = nil; return [] }
                confirmation?.sent()
                return [.commit(.scoring(.submit(sheetID: g.sheetID)))]
            }
        case .strength, .improvement:
            // Findings beside the score: each Enter saves one and leaves the field open for the
            // next of the same kind; Enter on an empty field (or Esc) closes it.
            let effects = commitAndMove(nil, model: model)
            guard let g = grid, g.bufferError == nil else { return effects }
            if let e = g.locked { return effects + [.error(e.text(model.env.lang))] }
            field = FieldEdit(purpose: .finding(itemID: g.item.id, kind: c == .strength ? .strength : .improvement),
                              text: TextFieldState("", maxLength: Finding.maximumLength))
            return effects
        case .confirmCarried, .rejectCarried:
            // 第十一条（五）: the next document-review finding on the item not yet checked on this sheet.
            let effects = commitAndMove(nil, model: model)
            guard let g = grid, g.bufferError == nil else { return effects }
            if let e = g.locked { return effects + [.error(e.text(model.env.lang))] }
            guard let f = g.uncheckedCarried.first else {
                return effects + [.error(t(.scoringNothingToCheck(item: g.item.id)))]
            }
            let check: FindingCheck = c == .confirmCarried ? .confirmed : .notConfirmed
            return effects + [.commit(.review(.addFinding(panelID: g.panelID, applicationID: g.applicationID, expertID: g.expertID, stage: g.stage,
                                                          itemID: g.item.id, finding: Finding(kind: f.kind, text: f.text, check: check))))]
        case .removeFinding:
            guard let g = grid, let list = g.sheet?.findings[g.item.id], !list.isEmpty else {
                return [.error(t(.scoringNoFindings(item: grid?.item.id ?? "")))]
            }
            return [.commit(.review(.removeFinding(sheetID: g.sheetID, itemID: g.item.id, index: list.count - 1)))]
        case .reopen:
            guard let g = grid, g.sheet?.status == .submitted else {
                return [.error(t(.scoringNotSubmitted))]
            }
            field = FieldEdit(purpose: .reopen, text: TextFieldState("", maxLength: 200))
        case .saveField:
            if let f = field, case .agreeReason(let itemID, let percent) = f.purpose, let v = deliberationView {
                field = nil
                _ = deliberationView?.table.handle(.down, rowCount: v.deliberation.items.count, pageSize: ScoringScreen.gridPageSize(model))
                return [.commit(.review(.agree(panelID: v.panelID, stage: v.stage, applicationID: v.applicationID, itemID: itemID,
                                               percent: percent, reason: f.text.text)))]
            }
            guard let f = field, let g = grid else { return [] }
            field = nil
            switch f.purpose {
            case .comment(let itemID):
                return [.commit(.scoring(.setComment(sheetID: g.sheetID, itemID: itemID, comment: f.text.text)))]
            case .reopen:
                return [.commit(.scoring(.reopen(sheetID: g.sheetID, reason: f.text.text)))]
            case .agreeReason:
                return [] // handled above: the deliberation has no sheet open
            case .finding(let itemID, let kind):
                let text = f.text.text.trimmingCharacters(in: .whitespaces)
                guard !text.isEmpty else { return [] }
                field = FieldEdit(purpose: f.purpose, text: TextFieldState("", maxLength: Finding.maximumLength))
                return [.commit(.review(.addFinding(panelID: g.panelID, applicationID: g.applicationID, expertID: g.expertID, stage: g.stage,
                                                    itemID: itemID, finding: Finding(kind: kind, text: text))))]
            }
        case .cancelField:
            field = nil
        }
        return []
    }

    /// Commits the focused cell if it was typed into, then moves by `key` (nil: stay). A refused
    /// entry stays in the cell with the domain's reason (and the status line's) and nothing is
    /// committed or moved.
    private mutating func commitAndMove(_ key: Key?, model: AppModel) -> [Effect] {
        guard var g = grid else { return [] }
        var effects: [Effect] = []
        let current = g.sheet?.percents[g.item.id]
        switch g.parsed {
        case .nothing:
            break
        case .notANumber:
            return refuse(model.t(.scoringNotANumber(text: g.buffer)), grid: &g)
        case .value(let p):
            if let e = g.locked { return refuse(e.text(model.env.lang), grid: &g) }
            if let p, let e = ScoreSheet.percentProblem(p, itemID: g.item.id) {
                return refuse(e.text(model.env.lang), grid: &g)
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

    private mutating func refuse(_ reason: String, grid g: inout ScoreGrid) -> [Effect] {
        g.bufferError = reason
        grid = g
        return [.error(reason)]
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
