import AwardDomain
import TerminalUI

enum ScoringCommand: Sendable, Equatable {
    case move
    case open, back, cycleStage, toggleProgress
    case commitDown, commitUp, clearCell
    case comment, bands, submit, reopen
    case strength, improvement, removeFinding, confirmCarried, rejectCarried
    case deliberate, agree
    case saveField, cancelField
    case confirm(Modal<NoField>.Command)
}

/// 评分录入: choose a sheet (panel, applicant, stage, expert), then score the rubric's items by
/// keyboard alone. The office sees every panel member's sheet, the progress matrix and the
/// panel's aggregation; a reviewer only their own panels and sheets (第二十条).
struct ScoringScreen: Screen {
    static let id = ScreenID.scoring
    static let reviewerAllowed = true
    enum Mode: Sendable, Equatable { case chooser, grid, progress, deliberation }

    /// A text being typed below the grid: an item's comment or the reason for a reopen.
    struct FieldEdit: Sendable, Equatable {
        enum Purpose: Sendable, Equatable { case comment(itemID: String), reopen, finding(itemID: String, kind: FindingKind),
            agreeReason(itemID: String, percent: Int) }
        var purpose: Purpose
        var text: TextFieldState
    }

    var mode: Mode = .chooser
    var stage: Stage = .document
    var table = TableState()
    /// The chooser's rows and the data version they were built from (rebuilt only when shown).
    var slots: [SheetSlot] = []
    var slotsVersion = -1
    var progress: [ProgressLine] = []
    var progressVersion = -1
    var progressOffset = 0
    var grid: ScoreGrid?
    /// Office only: the panel's result for the open sheet's applicant and stage.
    var aggregation: StageResult?
    var bandsVisible = false
    var field: FieldEdit?
    /// The leader's deliberation on the chosen sheet's applicant and stage.
    var deliberationView: DeliberationView?
    /// The question before submitting a sheet (第十一条: only the office can reopen it).
    var confirmation: Modal<NoField>?

    init() {}

    var capturesText: Bool { confirmation != nil || field != nil || mode == .grid || mode == .deliberation }

    mutating func receive(_ msg: Msg, model: AppModel) -> [Effect] {
        if confirmation?.receive(msg) == true { confirmation = nil }
        return []
    }

    func bindings(_ model: AppModel) -> [KeyBinding<ScoringCommand>] {
        let t = model.t
        let officeOnly = model.isReviewer ? t(.scoringOfficeOnly) : nil
        if let c = confirmation { return c.bindings(t).map { $0.map(ScoringCommand.confirm) } }
        if field != nil {
            return [
                KeyBinding(keys: [.enter], help: t(.keySave), action: .saveField),
                KeyBinding(keys: [.escape], help: t(.keyCancel), action: .cancelField),
            ]
        }
        switch mode {
        case .grid:
            return [
                KeyBinding(keys: listMoveKeys, help: t(.keyMove), action: .move, showInBar: false),
                KeyBinding(keys: [.enter, .tab], help: t(.scoringKeyCommit), action: .commitDown),
                KeyBinding(keys: [.backTab], help: t(.scoringKeyCommitUp), action: .commitUp, showInBar: false),
                KeyBinding(keys: [.delete, .char("x")], help: t(.scoringKeyClear), action: .clearCell, showInBar: false),
                KeyBinding(keys: [.char("s")], help: t(.scoringKeySubmit), action: .submit),
                KeyBinding(keys: [.char("c")], help: t(.scoringKeyComment), action: .comment),
                KeyBinding(keys: [.char("a")], help: t(.scoringKeyStrength), action: .strength),
                KeyBinding(keys: [.char("i")], help: t(.scoringKeyImprovement), action: .improvement),
                KeyBinding(keys: [.char("r")], help: t(.scoringKeyRemoveFinding), action: .removeFinding, showInBar: false),
                KeyBinding(keys: [.char("y")], help: t(.scoringKeyConfirm), action: .confirmCarried, showInBar: false,
                           disabledReason: grid?.stage == .onsite ? nil : t(.scoringOnsiteOnly)),
                KeyBinding(keys: [.char("n")], help: t(.scoringKeyNotConfirm), action: .rejectCarried, showInBar: false,
                           disabledReason: grid?.stage == .onsite ? nil : t(.scoringOnsiteOnly)),
                KeyBinding(keys: [.char("b"), .function(12)], help: t(.scoringKeyBands), action: .bands),
                KeyBinding(keys: [.char("o")], help: t(.scoringKeyReopen), action: .reopen, disabledReason: officeOnly),
                KeyBinding(keys: [.escape], help: t(.scoringKeyBack), action: .back),
            ]
        case .deliberation:
            return [
                KeyBinding(keys: listMoveKeys, help: t(.keyMove), action: .move, showInBar: false),
                KeyBinding(keys: [.enter, .tab], help: t(.scoringDeliberationKeyAgree), action: .agree),
                KeyBinding(keys: [.escape], help: t(.scoringKeyBack), action: .back),
            ]
        case .progress:
            return [
                KeyBinding(keys: listMoveKeys, help: t(.keyMove), action: .move, showInBar: false),
                KeyBinding(keys: [.char("g")], help: t(.scoringKeyStage), action: .cycleStage),
                KeyBinding(keys: [.char("m"), .escape], help: t(.scoringKeySheets), action: .toggleProgress),
            ]
        case .chooser:
            return [
                KeyBinding(keys: listMoveKeys, help: t(.keyMove), action: .move, showInBar: false),
                KeyBinding(keys: [.enter], help: t(.scoringKeyOpen), action: .open),
                KeyBinding(keys: [.char("h")], help: t(.scoringDeliberationKeyOpen), action: .deliberate),
                KeyBinding(keys: [.char("g")], help: t(.scoringKeyStage), action: .cycleStage),
                KeyBinding(keys: [.char("m")], help: t(.scoringKeyProgress), action: .toggleProgress, disabledReason: officeOnly),
            ]
        }
    }

    mutating func dataDidChange(model: AppModel) {
        // A committed cell refreshes the open sheet (≤23 items) and, for the office, that one
        // applicant's stage result; lists of other sheets wait until they are shown again.
        if var g = grid {
            g.resync(model.data)
            grid = g
            refreshAggregation(model)
        }
        if var v = deliberationView {
            v.refresh(model.data)
            deliberationView = v
        }
        // The lists wait until the screen is shown (`willShow` compares versions).
        guard model.screen == .scoring else { return }
        switch mode {
        case .chooser: rebuildSlots(model)
        case .progress: rebuildProgress(model)
        case .grid, .deliberation: break
        }
    }

    mutating func willShow(model: AppModel) -> [Effect] {
        if mode == .chooser, slotsVersion != model.dataVersion { rebuildSlots(model) }
        if mode == .progress, progressVersion != model.dataVersion { rebuildProgress(model) }
        return []
    }

    mutating func rebuildSlots(_ model: AppModel) {
        slots = SheetSlot.slots(model: model, stage: stage)
        slotsVersion = model.dataVersion
        table.clamp(rowCount: slots.count, pageSize: model.pageSize - 1)
    }

    mutating func rebuildProgress(_ model: AppModel) {
        progress = ProgressLine.lines(model: model, stage: stage)
        progressVersion = model.dataVersion
        progressOffset = min(progressOffset, max(0, progress.count - 1))
    }

    /// The office's view of the panel's result for the open sheet's applicant and stage: one
    /// applicant, one stage, recomputed per committed cell (第二十条: never shown to a reviewer).
    mutating func refreshAggregation(_ model: AppModel) {
        guard let g = grid, !model.isReviewer else {
            aggregation = nil
            return
        }
        model.env.probe?.record("\(g.applicationID)/\(g.stage.rawValue)")
        aggregation = StageResult.compute(applicationID: g.applicationID, stage: g.stage, in: model.data)
    }
}

extension ScreenID {
    public static let scoring = ScreenID("scoring")
}

extension AppModel {
    var scoring: ScoringScreen {
        get { screens[ScoringScreen.self] }
        set { screens[ScoringScreen.self] = newValue }
    }
}
