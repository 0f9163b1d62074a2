import AwardDomain
import TerminalUI

public enum AuditCommand: Sendable, Equatable {
    case none
}

/// 审计日志: who changed what and when (the journal is read by the store; this screen lists it).
struct AuditScreen: Screen {
    func bindings(_ model: AppModel) -> [KeyBinding<AuditCommand>] { [] }

    mutating func perform(_ c: AuditCommand, model: inout AppModel) -> [Effect] { [] }

    func render(model: AppModel, into buf: inout Buffer, area: Rect) -> (x: Int, y: Int)? {
        buf.put(model.t("audit.useCommand"), x: area.x + 2, y: area.y + 1, maxWidth: area.width - 4, style: model.theme[.dim])
        return nil
    }
}
