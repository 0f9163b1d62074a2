import AwardDomain
import TerminalUI

public enum AwardsCommand: Sendable, Equatable {
    case move, moveBy(Key)
}

/// 奖励: past winners and revocations from the registry's award history.
struct AwardsScreen: Screen {
    var table = TableState(selected: 0, offset: 0)

    func bindings(_ model: AppModel) -> [KeyBinding<AwardsCommand>] {
        [KeyBinding(keys: listMoveKeys, help: model.t("key.move"), action: .move, showInBar: false)]
    }

    mutating func perform(_ c: AwardsCommand, model: inout AppModel) -> [Effect] {
        if case .moveBy(let key) = c { _ = table.handle(key, rowCount: model.derived.pastAwards.count, pageSize: model.pageSize) }
        return []
    }

    func render(model: AppModel, into buf: inout Buffer, area: Rect) -> (x: Int, y: Int)? {
        let t = model.t
        let cols = [
            TableColumn(title: t("col.year"), width: 6, alignment: .left),
            TableColumn(title: t("col.org"), width: 0, alignment: .left),
            TableColumn(title: t("col.tier"), width: 26, alignment: .left),
            TableColumn(title: t("col.revoked"), width: 12, alignment: .left),
        ]
        let rows = model.derived.pastAwards
        var state = table
        renderTable(columns: cols, rowCount: rows.count, row: { i in
            let (org, a) = rows[i]
            return ["\(a.year)", org.name, t.text(a.tier.name), a.revoked?.description ?? ""]
        }, state: &state, into: &buf, area: area, theme: model.theme, empty: t("list.empty"))
        return nil
    }
}
