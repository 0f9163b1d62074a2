import AwardDomain
import TerminalUI

public enum ScoringCommand: Sendable, Equatable {
    case move, moveBy(Key)
}

/// 评分录入: score sheets with their state; in reviewer mode only the reviewer's own (第二十条).
struct ScoringScreen: Screen {
    var table = TableState(selected: 0, offset: 0)

    func bindings(_ model: AppModel) -> [KeyBinding<ScoringCommand>] {
        [KeyBinding(keys: listMoveKeys, help: model.t("key.move"), action: .move, showInBar: false)]
    }

    mutating func perform(_ c: ScoringCommand, model: inout AppModel) -> [Effect] {
        if case .moveBy(let key) = c { _ = table.handle(key, rowCount: model.visibleSheets.count, pageSize: model.pageSize) }
        return []
    }

    func render(model: AppModel, into buf: inout Buffer, area: Rect) -> (x: Int, y: Int)? {
        let t = model.t
        let cols = [
            TableColumn(title: t("col.stage"), width: 10, alignment: .left),
            TableColumn(title: t("col.application"), width: 0, alignment: .left),
            TableColumn(title: t("col.expert"), width: 12, alignment: .left),
            TableColumn(title: t("col.entered"), width: 8, alignment: .right),
            TableColumn(title: t("col.state"), width: 10, alignment: .left),
        ]
        let sheets = model.visibleSheets
        var state = table
        renderTable(columns: cols, rowCount: sheets.count, row: { i in
            let s = sheets[i]
            let org = model.derived.orgOfApplication[s.applicationID]?.name ?? s.applicationID
            let expert = model.data.registry.expert(s.expertID)?.name ?? s.expertID
            let items = model.data.rubrics[s.stage]?.items.count ?? 0
            return [t.text(s.stage.name), org, expert, "\(s.percents.count)/\(items)", t.text(s.status.name)]
        }, state: &state, into: &buf, area: area, theme: model.theme, empty: t("list.empty"))
        return nil
    }
}

extension AppModel {
    /// Sheets the viewer may see: in reviewer mode only the reviewer's own (第二十条).
    var visibleSheets: [ScoreSheet] {
        guard let r = env.reviewerID else { return data.cycle.sheets }
        return data.cycle.sheets.filter { $0.expertID == r }
    }
}
