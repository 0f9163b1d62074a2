import AwardDomain
import TerminalUI

enum DrawCommand: Sendable, Equatable {
    case move
    case newPanel, draw, void, leader, decline, verify, export, toggleExperts
    case addExpert, editExpert
    case choose, cancelChoice
    case form(Modal<DrawForm.Field>.Command)
    case reveal(Modal<NoField>.Command)
    case exportFormat(Modal<ExportField>.Command)
    case confirmVoid(Modal<NoField>.Command)
}

/// 专家抽取 (第十一条（三）): the cycle's panels on the left, the selected panel's pool, exclusions
/// and draw on the right; the expert pool as a second list. A draw is committed (the seed's
/// SHA-256 is journaled, the seed kept first in `draw-<id>-<commitment>.seed` as `qaward draw commit` keeps
/// it) and then revealed in front of the supervisor: at once, or later with `d`, which reads the
/// seed back from its file, so a draw committed on the command line or before a restart is
/// revealed here too. The screen holds a seed only while its reveal question is up.
struct DrawScreen: Screen {
    static let id = ScreenID.draw
    var table = TableState(selected: 0, offset: 0)
    var expertTable = TableState(selected: 0, offset: 0)
    var showingExperts = false
    /// The open form (a panel, an expert, a draw's supervisor, a member's reason to decline).
    var modal: DrawForm?
    var choice: MemberChoice?
    /// The question before the reveal, with the seed it reveals.
    var revealQuestion: RevealQuestion?
    var verification: VerifiedDraw?
    /// The pool as the registry stands now of each panel with no draw on record (only those show
    /// or check one), computed when the data changes while the screen is up, or when it is shown.
    var pools: [String: PoolEligibility] = [:]
    var poolsStale = true
    /// The format question of the export key (p).
    var exportChoice: Modal<ExportField>?
    /// The question before voiding a draw (naming it and the submitted sheets that stop
    /// counting), with its required reason, and the draw it voids once confirmed.
    var voidConfirmation: VoidQuestion?

    struct VoidQuestion: Sendable, Equatable {
        var modal: Modal<NoField>
        var drawID: String
    }

    /// "Reveal draw D2026-01-1?" naming the panel, the supervisor and the commitment shown to the
    /// room; the seed made by this screen's commit or read back from its file.
    struct RevealQuestion: Sendable, Equatable {
        var modal: Modal<NoField>
        var drawID: String
        var seed: DrawSeed
    }

    init() {}

    var capturesText: Bool { modal != nil || exportChoice != nil || voidConfirmation != nil || revealQuestion != nil }

    mutating func receive(_ msg: Msg, model: AppModel) -> [Effect] {
        if voidConfirmation?.modal.receive(msg) == true { voidConfirmation = nil }
        if revealQuestion?.modal.receive(msg) == true { revealQuestion = nil }
        if let f = modal, modal?.modal.receive(msg) == true {
            modal = nil
            // The commitment and its publication are on record (its seed kept before them): the
            // question before the reveal shows the commitment to the room.
            if let c = f.committing { askReveal(drawID: c.drawID, seed: c.seed, model: model) }
        }
        if case .drawSeedLoaded(let drawID, let seed, let path) = msg {
            guard let seed else { return [.error(model.t(.drawErrSeedNotKept(id: drawID, path: path)))] }
            askReveal(drawID: drawID, seed: seed, model: model)
        }
        return []
    }

    /// Puts up the reveal question of a committed draw still awaiting its reveal.
    mutating func askReveal(drawID: String, seed: DrawSeed, model: AppModel) {
        guard let d = model.data.cycle.drawRecord(drawID), !d.isRevealed, !d.isVoided else { return }
        let panel = model.data.cycle.panel(d.panelID)
        let question = Phrase.drawRevealQuestion(id: d.id, panel: panel.map { "\($0.id) \($0.name)" } ?? d.panelID,
                                                 supervisor: d.supervisor, commitment: d.commitment)
        revealQuestion = RevealQuestion(modal: .confirm(Confirmation(title: .drawRevealTitle(id: d.id), question: question, warning: .drawRevealWarning)),
                                        drawID: d.id, seed: seed)
    }

    func selectedPanel(_ model: AppModel) -> Panel? {
        let panels = model.data.cycle.panels
        guard table.selected >= 0, table.selected < panels.count else { return nil }
        return panels[table.selected]
    }

    func selectedExpert(_ model: AppModel) -> Expert? {
        let experts = model.data.registry.experts
        guard expertTable.selected >= 0, expertTable.selected < experts.count else { return nil }
        return experts[expertTable.selected]
    }

    mutating func dataDidChange(model: AppModel) {
        let data = model.data
        if model.screen == .draw { rebuildPools(model) } else { poolsStale = true }
        table.clamp(rowCount: data.cycle.panels.count, pageSize: model.pageSize)
        expertTable.clamp(rowCount: data.registry.experts.count, pageSize: model.pageSize)
        // A question about a draw revealed or voided meanwhile (by another process) is moot.
        if let q = revealQuestion, !q.modal.waiting, let d = data.cycle.drawRecord(q.drawID), d.isRevealed || d.isVoided { revealQuestion = nil }
    }

    mutating func willShow(model: AppModel) -> [Effect] {
        if poolsStale { rebuildPools(model) }
        return []
    }

    mutating func rebuildPools(_ model: AppModel) {
        let data = model.data
        let groups = Groups(model.derived.registry)
        let undrawn = data.cycle.panels.filter { data.cycle.pendingOrLiveDraw(ofPanel: $0.id) == nil }
        pools = Dictionary(undrawn.map { p in
            (p.id, Conflicts.evaluate(panel: p, applications: data.cycle.applications, registry: data.registry,
                                      groups: groups, index: model.derived.registry))
        }, uniquingKeysWith: { a, _ in a })
        poolsStale = false
    }

    func bindings(_ model: AppModel) -> [KeyBinding<DrawCommand>] {
        let t = model.t
        if let m = exportChoice { return m.bindings(t).map { $0.map(DrawCommand.exportFormat) } }
        if let c = voidConfirmation { return c.modal.bindings(t).map { $0.map(DrawCommand.confirmVoid) } }
        if let f = modal { return f.modal.bindings(t).map { $0.map(DrawCommand.form) } }
        if let q = revealQuestion { return q.modal.bindings(t).map { $0.map(DrawCommand.reveal) } }
        if choice != nil {
            return [
                KeyBinding(keys: listMoveKeys, help: t(.keyMove), action: .move, showInBar: false),
                KeyBinding(keys: [.enter], help: t(.drawKeyChoose), action: .choose),
                KeyBinding(keys: [.escape], help: t(.cancelKey), action: .cancelChoice),
            ]
        }
        if showingExperts {
            return [
                KeyBinding(keys: listMoveKeys, help: t(.keyMove), action: .move, showInBar: false),
                KeyBinding(keys: [.char("a")], help: t(.drawKeyAddExpert), action: .addExpert),
                KeyBinding(keys: [.enter], help: t(.drawKeyEditExpert), action: .editExpert),
                KeyBinding(keys: [.char("e")], help: t(.drawKeyPanels), action: .toggleExperts),
            ]
        }
        return [
            KeyBinding(keys: listMoveKeys, help: t(.keyMove), action: .move, showInBar: false),
            KeyBinding(keys: [.char("n")], help: t(.drawKeyNew), action: .newPanel),
            KeyBinding(keys: [.char("d")], help: t(.drawKeyDraw), action: .draw),
            KeyBinding(keys: [.char("x")], help: t(.drawKeyVoid), action: .void),
            KeyBinding(keys: [.char("l")], help: t(.drawKeyLeader), action: .leader),
            KeyBinding(keys: [.char("r")], help: t(.drawKeyDecline), action: .decline),
            KeyBinding(keys: [.char("v")], help: t(.drawKeyVerify), action: .verify),
            KeyBinding(keys: [.char("p")], help: t(.drawKeyExport), action: .export),
            KeyBinding(keys: [.char("e")], help: t(.drawKeyExperts), action: .toggleExperts),
        ]
    }
}

/// Choosing one of the current members: as leader, or as the member who declines.
struct MemberChoice: Sendable, Equatable {
    enum Purpose: Sendable { case leader, decline }
    var purpose: Purpose
    var drawID: String
    var members: [String]
    var selected = 0
}

/// The last replay of a draw record, shown until another is made.
struct VerifiedDraw: Sendable, Equatable {
    var drawID: String
    var result: DrawVerification
}

extension ScreenID {
    public static let draw = ScreenID("draw")
}

extension AppModel {
    var draw: DrawScreen {
        get { screens[DrawScreen.self] }
        set { screens[DrawScreen.self] = newValue }
    }
}
