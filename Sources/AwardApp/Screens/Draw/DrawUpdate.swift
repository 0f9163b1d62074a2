import AwardDomain
import Foundation
import TerminalUI

extension DrawScreen {
    /// Printable and editing keys go to the open form, which is re-checked at once.
    mutating func handleText(_ key: Key, model: AppModel) -> [Effect]? {
        if exportChoice != nil { return exportChoice?.handleText(key) == true ? [] : nil }
        if voidConfirmation != nil { return voidConfirmation?.handleText(key) == true ? [] : nil }
        guard var m = modal else { return nil }
        switch m {
        case .panel(var f):
            guard f.form.handle(key) else { return nil }
            _ = f.validate(t: model.t, cycle: model.data.cycle)
            m = .panel(f)
        case .expert(var f):
            guard f.form.handle(key) else { return nil }
            _ = f.validate(t: model.t, registry: model.data.registry)
            m = .expert(f)
        case .supervisor(let id, var f):
            guard f.handle(key) else { return nil }
            f.fields[0].error = nil
            m = .supervisor(panelID: id, form: f)
        case .decline(let id, let expert, var f):
            guard f.handle(key) else { return nil }
            f.fields[0].error = nil
            m = .decline(drawID: id, expertID: expert, form: f)
        }
        modal = m
        return []
    }

    mutating func perform(_ c: DrawCommand, key: Key, model: AppModel) -> [Effect] {
        let t = model.t
        let cycle = model.data.cycle
        switch c {
        case .move:
            if var ch = choice {
                var s = TableState(selected: ch.selected, offset: 0)
                _ = s.handle(key, rowCount: ch.members.count, pageSize: ch.members.count)
                ch.selected = s.selected
                choice = ch
            } else if showingExperts {
                _ = expertTable.handle(key, rowCount: model.data.registry.experts.count, pageSize: model.pageSize)
            } else {
                _ = table.handle(key, rowCount: cycle.panels.count, pageSize: model.pageSize)
                verification = nil
            }
        case .toggleExperts:
            showingExperts.toggle()
        case .newPanel:
            let id = AppModel.nextID(prefix: "P\(cycle.year)-", existing: cycle.panels.map(\.id), digits: 2)
            modal = .panel(PanelForm(t: t, panelID: id))
        case .addExpert:
            let id = AppModel.nextID(prefix: "E", existing: model.data.registry.experts.map(\.id), digits: 3)
            modal = .expert(ExpertForm(t: t, expert: nil, newID: id))
        case .editExpert:
            guard let e = selectedExpert(model) else { return [] }
            modal = .expert(ExpertForm(t: t, expert: e, newID: e.id))
        case .draw:
            return startDraw(model: model)
        case .reveal:
            guard let p = pending, revealAsked(model) else { return [] }
            pending?.dialogOpen = false
            if let d = model.data.cycle.drawRecord(p.drawID) {
                do { try DrawRules.checkRevealable(d) } catch { return [.error(error.text(model.env.lang))] }
            }
            return [.commit(.draw(.reveal(drawID: p.drawID, seed: p.seed.hex)))]
        case .keepCommitted:
            pending?.dialogOpen = false
            return [.status(StatusMessage(t("draw.keptCommitted")))]
        case .void:
            guard let p = selectedPanel(model), let d = cycle.pendingOrLiveDraw(ofPanel: p.id) else {
                return [.error(t("draw.err.noLiveDraw"))]
            }
            // Voiding cannot be taken back: ask first, naming the draw and the sheets it leaves out.
            let context = ActionContext(actor: model.env.operatorName, at: Timestamp(Date()), today: model.env.today)
            let leftOut = Procedure.sheetsLeftOut(by: .draw(.void(drawID: d.id, reason: "—")), in: model.data, context: context)
            voidingDrawID = d.id
            voidConfirmation = .confirm(Confirmation(title: .voidDrawTitle, question: .voidDrawQuestion(d.id, p.id),
                                                     warning: .voidDrawWarning(leftOut), reasonLabel: .voidDrawReason))
        case .confirmVoid(let command):
            guard var m = voidConfirmation else { return [] }
            let event = m.perform(command)
            voidConfirmation = m
            switch event {
            case .handled, .submitted: return []
            case .cancelled: voidConfirmation = nil; return []
            case .confirmed(let reason):
                voidConfirmation?.sent()
                if pending?.drawID == voidingDrawID { pending = nil }
                verification = nil
                return [.commit(.draw(.void(drawID: voidingDrawID, reason: reason)))]
            }
        case .leader, .decline:
            guard let p = selectedPanel(model), let d = cycle.pendingOrLiveDraw(ofPanel: p.id), d.isRevealed else {
                return [.error(t("draw.err.notDrawn"))]
            }
            choice = MemberChoice(purpose: c == .leader ? .leader : .decline, drawID: d.id, members: d.currentMembers)
        case .verify:
            guard let d = shownDraw(model) else {
                return [.error(t("draw.err.noDraw"))]
            }
            let v = DrawAlgorithm.verify(record: d)
            verification = VerifiedDraw(drawID: d.id, result: v)
            return [.status(StatusMessage(t("draw.verified", d.id, t.text(v.details)), kind: v.matches ? .success : .error))]
        case .export:
            guard let d = shownDraw(model) else {
                return [.error(t("draw.err.noDraw"))]
            }
            exportChoice = .exportFormat(Phrase(zh: "专家抽取记录 \(d.id)", en: "draw record \(d.id)"), formats: [.text, .docx])
        case .exportFormat(let command):
            guard var m = exportChoice else { return [] }
            let event = m.perform(command)
            exportChoice = m
            switch event {
            case .handled: return []
            case .cancelled: exportChoice = nil
            case .submitted, .confirmed:
                exportChoice = nil
                guard let d = shownDraw(model) else { return [] }
                // The record for signatures in the chosen format, and always the JSON that
                // scripts/replay-draw.py replays.
                let doc = DrawReport.document(d, in: model.data, lang: model.env.lang)
                return doc.exportEffects(base: "draw-\(d.id)", format: m.exportFormat, author: model.data.registry.settings.officeName, lang: model.env.lang)
                    + [.export(fileName: "draw-\(d.id).json", contents: DrawReport.json(d))]
            }
        case .nextField:
            withForm { _ = $0.handle(.tab) }
        case .previousField:
            withForm { _ = $0.handle(.backTab) }
        case .cancel:
            modal = nil
            choice = nil
        case .save:
            if choice != nil { return choose(model: model) }
            return save(model: model)
        }
        return []
    }

    /// The record the detail shows: the panel's draw in force or awaiting its reveal, else its last one.
    func shownDraw(_ model: AppModel) -> DrawRecord? {
        guard let p = selectedPanel(model) else { return nil }
        return model.data.cycle.pendingOrLiveDraw(ofPanel: p.id) ?? model.data.cycle.draws(ofPanel: p.id).last
    }

    /// `d`: ask for the supervisor, or reopen the reveal of a draw whose seed this session holds.
    private mutating func startDraw(model: AppModel) -> [Effect] {
        let t = model.t
        guard let p = selectedPanel(model) else {
            return [.error(t("draw.err.noPanel"))]
        }
        if let live = model.data.cycle.pendingOrLiveDraw(ofPanel: p.id) {
            if live.isRevealed { return [.error(t("draw.err.alreadyDrawn", live.id))] }
            guard pending?.drawID == live.id else { return [.error(t("draw.err.seedLost", live.id))] }
            pending?.dialogOpen = true
            return []
        }
        if let e = DrawChecks.panelSize(p.size) ?? pools[p.id].flatMap({ DrawChecks.pool($0, size: p.size, alternates: p.alternates) }) {
            return [.error(e.text(model.env.lang))]
        }
        modal = .supervisor(panelID: p.id, form: .single(label: t("draw.supervisor"), hint: t("draw.hint.supervisor")))
        return []
    }

    private mutating func withForm(_ body: (inout FormState) -> Void) {
        switch modal {
        case .panel(var f): body(&f.form); modal = .panel(f)
        case .expert(var f): body(&f.form); modal = .expert(f)
        case .supervisor(let id, var f): body(&f); modal = .supervisor(panelID: id, form: f)
        case .decline(let id, let e, var f): body(&f); modal = .decline(drawID: id, expertID: e, form: f)
        case nil: break
        }
    }

    private mutating func choose(model: AppModel) -> [Effect] {
        guard let ch = choice, ch.selected < ch.members.count else { choice = nil; return [] }
        choice = nil
        let expert = ch.members[ch.selected]
        switch ch.purpose {
        case .leader:
            return [.commit(.draw(.designateLeader(drawID: ch.drawID, expertID: expert)))]
        case .decline:
            modal = .decline(drawID: ch.drawID, expertID: expert,
                             form: .single(label: model.t("draw.declineReason", expert), hint: model.t("draw.hint.reason")))
            return []
        }
    }

    private mutating func save(model: AppModel) -> [Effect] {
        let t = model.t
        guard let m = modal else { return [] }
        switch m {
        case .panel(var f):
            guard let panel = f.validate(t: t, cycle: model.data.cycle) else {
                modal = .panel(f)
                return [.error(t("form.fixErrors"))]
            }
            modal = nil
            table.selected = model.data.cycle.panels.count
            return [.commit(.draw(.createPanel(panel)))]
        case .expert(var f):
            guard let e = f.validate(t: t, registry: model.data.registry) else {
                modal = .expert(f)
                return [.error(t("form.fixErrors"))]
            }
            modal = nil
            if f.expertID == nil { expertTable.selected = model.data.registry.experts.count }
            return [.commit(.registry(.upsertExpert(e)))]
        case .supervisor(let panelID, var f):
            let name = f.firstText
            guard !name.isEmpty else {
                f.fields[0].error = t("form.err.required")
                modal = .supervisor(panelID: panelID, form: f)
                return []
            }
            modal = nil
            // The seed stays here; only its SHA-256 is journaled until the reveal. The dialog
            // that follows shows the commitment to the room before the reveal key: its
            // publication, journaled as such (docs/trust.md).
            let seed = model.env.makeSeed()
            let drawID = DrawChecks.nextDrawID(panelID: panelID, in: model.data.cycle)
            pending = PendingDraw(drawID: drawID, panelID: panelID, seed: seed, dialogOpen: true)
            verification = nil
            return [.commitAll([.draw(.commit(drawID: drawID, panelID: panelID, supervisor: name, commitment: seed.commitment)),
                                .draw(.publishCommitment(drawID: drawID))])]
        case .decline(let drawID, let expert, var f):
            guard !f.firstText.isEmpty else {
                f.fields[0].error = t("form.err.required")
                modal = .decline(drawID: drawID, expertID: expert, form: f)
                return []
            }
            modal = nil
            return [.commit(.draw(.replaceDeclined(drawID: drawID, expertID: expert, reason: f.firstText)))]
        }
    }
}
