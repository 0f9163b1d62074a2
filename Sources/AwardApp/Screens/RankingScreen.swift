import AwardDomain
import TerminalUI

public enum RankingCommand: Sendable, Equatable {
    case move, moveBy(Key)
}

/// 排名: the applications of the cycle (the composite ranking comes with the scoring workflow).
struct RankingScreen: Screen {
    var table = TableState(selected: 0, offset: 0)

    func bindings(_ model: AppModel) -> [KeyBinding<RankingCommand>] {
        [KeyBinding(keys: listMoveKeys, help: model.t("key.move"), action: .move, showInBar: false)]
    }

    mutating func perform(_ c: RankingCommand, model: inout AppModel) -> [Effect] {
        if case .moveBy(let key) = c { _ = table.handle(key, rowCount: model.data.cycle.applications.count, pageSize: model.pageSize) }
        return []
    }

    func render(model: AppModel, into buf: inout Buffer, area: Rect) -> (x: Int, y: Int)? {
        let t = model.t
        let cols = [
            TableColumn(title: t("col.application"), width: 10, alignment: .left),
            TableColumn(title: t("col.org"), width: 0, alignment: .left),
            TableColumn(title: t("col.county"), width: 18, alignment: .left),
            TableColumn(title: t("col.state"), width: 12, alignment: .left),
        ]
        let apps = model.data.cycle.applications
        var state = table
        renderTable(columns: cols, rowCount: apps.count, row: { i in
            let a = apps[i]
            let org = model.derived.orgOfApplication[a.id]
            return [a.id, org?.name ?? a.orgID, org.map { t.text($0.county.name) } ?? "", t.text(a.status.name)]
        }, state: &state, into: &buf, area: area, theme: model.theme, empty: t("list.empty"))
        return nil
    }
}
