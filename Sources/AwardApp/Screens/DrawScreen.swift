import AwardDomain
import TerminalUI

public enum DrawCommand: Sendable, Equatable {
    case move, moveBy(Key)
}

/// 专家抽取: the cycle's panels and the state of their draws.
struct DrawScreen: Screen {
    var table = TableState(selected: 0, offset: 0)

    func bindings(_ model: AppModel) -> [KeyBinding<DrawCommand>] {
        [KeyBinding(keys: listMoveKeys, help: model.t("key.move"), action: .move, showInBar: false)]
    }

    mutating func perform(_ c: DrawCommand, model: inout AppModel) -> [Effect] {
        if case .moveBy(let key) = c { _ = table.handle(key, rowCount: model.data.cycle.panels.count, pageSize: model.pageSize) }
        return []
    }

    func render(model: AppModel, into buf: inout Buffer, area: Rect) -> (x: Int, y: Int)? {
        let t = model.t
        let cols = [
            TableColumn(title: t("col.panel"), width: 10, alignment: .left),
            TableColumn(title: t("col.name"), width: 0, alignment: .left),
            TableColumn(title: t("col.applicants"), width: 8, alignment: .right),
            TableColumn(title: t("col.size"), width: 6, alignment: .right),
            TableColumn(title: t("col.drawState"), width: 16, alignment: .left),
        ]
        let cycle = model.data.cycle
        var state = table
        renderTable(columns: cols, rowCount: cycle.panels.count, row: { i in
            let p = cycle.panels[i]
            let drawState: String
            if let id = p.drawID, let d = cycle.drawRecord(id) {
                drawState = d.seed == nil ? t("draw.committed") : t("draw.revealed", d.id)
            } else {
                drawState = t("draw.none")
            }
            return [p.id, p.name, "\(p.applicationIDs.count)", "\(p.size)+\(p.alternates)", drawState]
        }, state: &state, into: &buf, area: area, theme: model.theme, empty: t("list.empty"))
        return nil
    }
}
