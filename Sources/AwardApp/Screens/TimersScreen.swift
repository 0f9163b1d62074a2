import AwardDomain
import TerminalUI

public enum TimersCommand: Sendable, Equatable {
    case move, moveBy(Key)
}

/// 公示计时: every running and upcoming period and milestone, most urgent first.
struct TimersScreen: Screen {
    var table = TableState(selected: 0, offset: 0)

    func bindings(_ model: AppModel) -> [KeyBinding<TimersCommand>] {
        [KeyBinding(keys: listMoveKeys, help: model.t("key.move"), action: .move, showInBar: false)]
    }

    mutating func perform(_ c: TimersCommand, model: inout AppModel) -> [Effect] {
        if case .moveBy(let key) = c { _ = table.handle(key, rowCount: model.derived.deadlines.count, pageSize: model.pageSize) }
        return []
    }

    func render(model: AppModel, into buf: inout Buffer, area: Rect) -> (x: Int, y: Int)? {
        let t = model.t
        let theme = model.theme
        buf.put(t("timers.asOf", model.env.today.description), x: area.x + 1, y: area.y, style: theme[.dim])
        let list = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        let items = model.derived.deadlines
        buf.put(t("timers.header"), x: list.x + 1, y: list.y, style: theme[.header])
        for (row, i) in (table.offset..<items.count).prefix(list.height - 1).enumerated() {
            let y = list.y + 1 + row
            if i == table.selected { buf.fill(Rect(x: list.x, y: y, width: list.width, height: 1), style: theme[.selected]) }
            model.renderDeadlineLine(items[i], into: &buf, x: list.x + 1, y: y, width: list.width - 2)
        }
        if items.isEmpty { buf.put(t("list.empty"), x: list.x + 1, y: list.y + 1, style: theme[.dim]) }
        return nil
    }
}
