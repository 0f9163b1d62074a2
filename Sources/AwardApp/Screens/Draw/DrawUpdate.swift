import AwardDomain
import Foundation
import TerminalUI

extension DrawScreen {
    /// Printable and editing keys go to the open form, which is re-checked at once.
    mutating func handleText(_ key: Key, model: AppModel) -> [Effect]? {
        if exportChoice != nil { return exportChoice?.handleText(key) == true ? [] : nil }
        if voidConfirmation != nil { return voidConfirmation?.modal.handleText(key) == true ? [] : nil }
        guard var f = modal, f.modal.handleText(key) else { return nil }
        f.check(model)
        modal = f
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
            modal = .panel(id: id, model: model)
        case .addExpert:
            let id = AppModel.nextID(prefix: "E", existing: model.data.registry.experts.map(\.id), digits: 3)
            modal = .expert(nil, newID: id, model: model)
        case .editExpert:
            guard let e = selectedExpert(model) else { return [] }
            modal = .expert(e, newID: e.id, model: model)
        case .draw:
            return startDraw(model: model)
        case .reveal(let command):
            guard var q = revealQuestion else { return [] }
            let event = q.modal.perform(command)
            revealQuestion = q
            switch event {
            case .handled, .invalid, .submitted: return []
            case .cancelled:
                // The commitment stays on record and the seed in its file: `d` asks again.
                revealQuestion = nil
                return [.status(StatusMessage(t(.drawKeptCommitted(id: q.drawID))))]
            case .confirmed:
                if let d = cycle.drawRecord(q.drawID) {
                    do { try DrawRules.checkRevealable(d) } catch {
                        revealQuestion?.modal.refusal = error.phrase
                        return []
                    }
                }
                revealQuestion?.modal.sent()
                verification = nil
                // Once the seed is on record its file is of no more use; a refused reveal keeps it.
                return [.commit(.draw(.reveal(drawID: q.drawID, seed: q.seed.hex))), .removeDrawSeed(drawID: q.drawID, commitment: q.seed.commitment)]
            }
        case .void:
            guard let p = selectedPanel(model), let d = cycle.pendingOrLiveDraw(ofPanel: p.id) else {
                return [.error(t(.drawErrNoLiveDraw))]
            }
            // Voiding cannot be taken back: ask first, naming the draw and the sheets it leaves
            // out — unless the procedure refuses it (P3: the results were used), said at once.
            let void = Action.draw(.void(drawID: d.id, reason: "—"))
            if let refused = model.procedureRefusal(void) { return [.error(t(refused))] }
            let leftOut = Procedure.sheetsLeftOut(by: void, in: model.data, context: model.actionContext)
            voidConfirmation = VoidQuestion(modal: .confirm(Confirmation(title: .voidDrawTitle, question: .voidDrawQuestion(d.id, p.id),
                                                                         warning: .voidDrawWarning(leftOut), reasonLabel: .voidDrawReason)),
                                            drawID: d.id)
        case .confirmVoid(let command):
            guard var q = voidConfirmation else { return [] }
            let event = q.modal.perform(command)
            voidConfirmation = q
            switch event {
            case .handled, .invalid, .submitted: return []
            case .cancelled: voidConfirmation = nil; return []
            case .confirmed(let reason):
                voidConfirmation?.modal.sent()
                verification = nil
                // A voided draw's seed is of no use: removed as `qaward draw void` removes it.
                let commitment = cycle.drawRecord(q.drawID)?.commitment ?? ""
                return [.commit(.draw(.void(drawID: q.drawID, reason: reason)))] + (commitment.isEmpty ? [] : [.removeDrawSeed(drawID: q.drawID, commitment: commitment)])
            }
        case .leader, .decline:
            guard let p = selectedPanel(model), let d = cycle.pendingOrLiveDraw(ofPanel: p.id), d.isRevealed else {
                return [.error(t(.drawErrNotDrawn))]
            }
            // A replacement the procedure refuses for the whole panel (P3) is said before anyone
            // chooses a member and types a reason.
            if c == .decline, let member = d.currentMembers.first,
               let refused = model.procedureRefusal(.draw(.replaceDeclined(drawID: d.id, expertID: member, reason: "—"))) {
                return [.error(t(refused))]
            }
            choice = MemberChoice(purpose: c == .leader ? .leader : .decline, drawID: d.id, members: d.currentMembers)
        case .verify:
            guard let d = shownDraw(model) else {
                return [.error(t(.drawErrNoDraw))]
            }
            let v = DrawAlgorithm.verify(record: d)
            verification = VerifiedDraw(drawID: d.id, result: v)
            return [.status(StatusMessage(t(.drawVerified(id: d.id, details: t(v.details))), kind: v.matches ? .success : .error))]
        case .export:
            guard let d = shownDraw(model) else {
                return [.error(t(.drawErrNoDraw))]
            }
            exportChoice = .exportFormat(Phrase(zh: "专家抽取记录 \(d.id)", en: "draw record \(d.id)"), formats: [.text, .docx])
        case .exportFormat(let command):
            guard var m = exportChoice else { return [] }
            let event = m.perform(command)
            exportChoice = m
            switch event {
            case .handled: return []
            case .invalid: return [.formHasErrors(model.t)]
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
        case .cancelChoice:
            choice = nil
        case .choose:
            return choose(model: model)
        case .form(let command):
            return form(command, model: model)
        }
        return []
    }

    /// The record the detail shows: the panel's draw in force or awaiting its reveal, else its last one.
    func shownDraw(_ model: AppModel) -> DrawRecord? {
        guard let p = selectedPanel(model) else { return nil }
        return model.data.cycle.pendingOrLiveDraw(ofPanel: p.id) ?? model.data.cycle.draws(ofPanel: p.id).last
    }

    /// `d`: ask for the supervisor, or, for a draw committed and not yet revealed, read its seed
    /// back from its file (`Msg.drawSeedLoaded` puts up the reveal question).
    private mutating func startDraw(model: AppModel) -> [Effect] {
        let t = model.t
        guard let p = selectedPanel(model) else {
            return [.error(t(.drawErrNoPanel))]
        }
        if let live = model.data.cycle.pendingOrLiveDraw(ofPanel: p.id) {
            if live.isRevealed { return [.error(t(.drawErrAlreadyDrawn(id: live.id)))] }
            do { try DrawRules.checkRevealable(live) } catch { return [.error(model.t(error))] }
            return [.loadDrawSeed(drawID: live.id, commitment: live.commitment)]
        }
        if let e = DrawChecks.panelSize(p.size) ?? pools[p.id].flatMap({ DrawChecks.pool($0, size: p.size, alternates: p.alternates) }) {
            return [.error(model.t(e))]
        }
        modal = .supervisor(panelID: p.id, model: model)
        return []
    }

    private mutating func choose(model: AppModel) -> [Effect] {
        guard let ch = choice, ch.selected < ch.members.count else { choice = nil; return [] }
        choice = nil
        let expert = ch.members[ch.selected]
        switch ch.purpose {
        case .leader:
            return [.commit(.draw(.designateLeader(drawID: ch.drawID, expertID: expert)))]
        case .decline:
            modal = .decline(drawID: ch.drawID, expertID: expert, expertName: expert, model: model)
            return []
        }
    }

    /// The open form's keys; Enter builds its change once every field checks out.
    private mutating func form(_ command: Modal<DrawForm.Field>.Command, model: AppModel) -> [Effect] {
        guard var f = modal else { return [] }
        let event = f.modal.perform(command)
        modal = f
        switch event {
        case .handled: return []
        case .invalid: return [.formHasErrors(model.t)]
        case .cancelled: modal = nil; return []
        case .submitted, .confirmed:
            f.check(model)
            guard !f.modal.refuse(f.lastErrors) else { modal = f; return [.formHasErrors(model.t)] }
            let action: Action
            switch f.kind {
            case .panel:
                guard let panel = f.panel() else { return [] }
                table.selected = model.data.cycle.panels.count
                action = .draw(.createPanel(panel))
            case .expert(let editing):
                guard let e = f.expert(registry: model.data.registry) else { return [] }
                if editing == nil { expertTable.selected = model.data.registry.experts.count }
                action = .registry(.upsertExpert(e))
            case .supervisor(let panelID):
                // The seed is kept in its file before its SHA-256 is journaled, and revealed only
                // at the reveal. The question that follows shows the commitment to the room
                // before the reveal key: its publication, journaled as such (docs/trust.md).
                let seed = model.env.makeSeed()
                let drawID = DrawChecks.nextDrawID(panelID: panelID, in: model.data.cycle)
                verification = nil
                modal?.committing = DrawForm.Committing(drawID: drawID, seed: seed)
                modal?.modal.sent(2)
                return [.commitDraw(seed: seed, drawID: drawID,
                                    [.draw(.commit(drawID: drawID, panelID: panelID, supervisor: f.modal[.supervisor], commitment: seed.commitment)),
                                     .draw(.publishCommitment(drawID: drawID))],
                                    basedOn: f.modal.openedAt)]
            case .decline(let drawID, let expert):
                action = .draw(.replaceDeclined(drawID: drawID, expertID: expert, reason: f.modal[.reason]))
            }
            modal?.modal.sent()
            return [f.modal.commit(action)]
        }
    }
}
