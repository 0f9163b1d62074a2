import AwardDomain
import TerminalUI

/// One open score sheet: the saved values, their totals, and the cell being typed. Typing
/// changes only `buffer`; a committed cell becomes a `.setPercent` and comes back through the
/// store as saved data, so what is shown is always what is on disk.
struct ScoreGrid: Sendable, Equatable {
    let panelID: String
    let applicationID: String
    let expertID: String
    let stage: Stage
    let rubric: Rubric
    let items: [Rubric.Item]
    /// The sheet as saved; nil until its first cell is committed.
    var sheet: ScoreSheet?
    var sums = SheetSums()
    var table = TableState()
    /// What is typed into the focused cell, not yet committed.
    var buffer = ""
    var editing = false
    /// Why the typed value was refused; the buffer stays so it can be corrected.
    var bufferError: String?
    /// On an on-site sheet: the document-review panel's findings, to confirm or not (第十一条（五）).
    var carried: [PanelFinding] = []

    init(slot: SheetSlot, rubric: Rubric, data: AwardData) {
        panelID = slot.panelID
        applicationID = slot.applicationID
        expertID = slot.expertID
        stage = slot.stage
        self.rubric = rubric
        items = rubric.items
        resync(data)
    }

    var sheetID: String { ScoreSheet.makeID(stage: stage, applicationID: applicationID, expertID: expertID) }
    var item: Rubric.Item { items[min(max(0, table.selected), items.count - 1)] }
    var locked: DomainError? { sheet?.editProblem }

    /// Reads this one sheet back from the data and recomputes its totals (≤23 items).
    mutating func resync(_ data: AwardData) {
        sheet = data.cycle.sheets.first { $0.id == sheetID }
        sums = SheetSums(sheet: sheet, rubric: rubric)
        if stage == .onsite { carried = PanelFindings.of(applicationID: applicationID, stage: .document, in: data) }
    }

    /// The focused item's carried findings this sheet has not checked yet, in the panel's order.
    var uncheckedCarried: [PanelFinding] {
        let checked = Set((sheet?.findings[item.id] ?? []).filter { $0.check == .confirmed || $0.check == .notConfirmed }.map(\.text))
        return carried.filter { $0.itemID == item.id && !checked.contains($0.text) }
    }

    mutating func cancelEdit() {
        buffer = ""
        editing = false
        bufferError = nil
    }

    /// The buffer as the percentage to save: `.none` when nothing was typed, `.some(nil)` to clear.
    enum Parsed { case nothing, value(Int?), notANumber }
    var parsed: Parsed {
        guard editing else { return .nothing }
        if buffer.isEmpty { return .value(nil) }
        guard let p = Int(buffer) else { return .notANumber }
        return .value(p)
    }
}

/// A sheet's total and category subtotals, in hundredths of a point.
struct SheetSums: Sendable, Equatable {
    var total = 0
    var entered = 0
    /// (category id, hundredths, category points) in rubric order.
    var categories: [(id: String, hundredths: Int, points: Int)] = []

    init() {}

    init(sheet: ScoreSheet?, rubric: Rubric) {
        let byCategory = sheet?.categoryHundredths(rubric: rubric) ?? [:]
        total = sheet?.totalHundredths(rubric: rubric) ?? 0
        entered = rubric.items.count - (sheet?.missingItems(rubric: rubric).count ?? rubric.items.count)
        categories = rubric.categories.map { ($0.id, byCategory[$0.id] ?? 0, $0.points) }
    }

    static func == (a: SheetSums, b: SheetSums) -> Bool {
        a.total == b.total && a.entered == b.entered && a.categories.map(\.hundredths) == b.categories.map(\.hundredths)
    }
}

/// One sheet the user may fill: a current member of a panel's draw in force, for one of the
/// panel's applicants, at one stage (第十一条（三）); a reviewer gets only their own (第二十条).
struct SheetSlot: Sendable, Equatable {
    var panelID: String
    var applicationID: String
    var expertID: String
    var stage: Stage
    /// nil: not started.
    var status: SheetStatus?
    var entered: Int
    var total: Int

    static func slots(model: AppModel, stage: Stage) -> [SheetSlot] {
        let data = model.data
        guard let rubric = data.rubrics[stage] else { return [] }
        let sheets = Dictionary(data.cycle.sheets.filter { $0.stage == stage }.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var out: [SheetSlot] = []
        for p in data.cycle.panels {
            guard let d = p.drawID.flatMap(data.cycle.drawRecord), !d.isVoided else { continue }
            let members = d.currentMembers.filter { model.env.reviewerID == nil || $0 == model.env.reviewerID }
            for app in p.applicationIDs {
                for m in members {
                    let s = sheets[ScoreSheet.makeID(stage: stage, applicationID: app, expertID: m)]
                    out.append(SheetSlot(panelID: p.id, applicationID: app, expertID: m, stage: stage, status: s?.status,
                                         entered: s.map { rubric.items.count - $0.missingItems(rubric: rubric).count } ?? 0,
                                         total: s?.totalHundredths(rubric: rubric) ?? 0))
                }
            }
        }
        return out
    }
}

/// A line of the office's progress matrix: a panel with its experts, or an applicant with the
/// state of each expert's sheet at the chosen stage.
enum ProgressLine: Sendable, Equatable {
    case panel(id: String, name: String, experts: [String])
    case applicant(id: String, marks: [SheetStatus?])

    static func lines(model: AppModel, stage: Stage) -> [ProgressLine] {
        let data = model.data
        let status = Dictionary(data.cycle.sheets.filter { $0.stage == stage }.map { ($0.id, $0.status) }, uniquingKeysWith: { a, _ in a })
        var out: [ProgressLine] = []
        for p in data.cycle.panels {
            let experts = p.drawID.flatMap(data.cycle.drawRecord).flatMap { $0.isVoided ? nil : $0.currentMembers } ?? []
            out.append(.panel(id: p.id, name: p.name, experts: experts))
            for app in p.applicationIDs {
                out.append(.applicant(id: app, marks: experts.map { status[ScoreSheet.makeID(stage: stage, applicationID: app, expertID: $0)] }))
            }
        }
        return out
    }
}
