import AwardDomain
import TerminalUI

public enum SettingsCommand: Sendable, Equatable {
    case none
}

/// 设置: where the data lives and the cycle's settings.
struct SettingsScreen: Screen {
    func bindings(_ model: AppModel) -> [KeyBinding<SettingsCommand>] { [] }

    mutating func perform(_ c: SettingsCommand, model: inout AppModel) -> [Effect] { [] }

    func render(model: AppModel, into buf: inout Buffer, area: Rect) -> (x: Int, y: Int)? {
        let t = model.t
        let data = model.data
        let s = data.cycle.settings
        let lines: [(String, String)] = [
            (t("settings.dataDir"), model.env.dataDirectory),
            (t("settings.office"), data.registry.settings.officeName),
            (t("settings.contact"), data.registry.settings.contactLine),
            (t("settings.deadline"), s.applicationDeadline.description),
            (t("settings.reviewDeadline"), s.reviewDeadline.description),
            (t("settings.quotas"), t("settings.quotaValue", s.awardQuota, s.nominationQuota)),
            (t("settings.calendar"), data.calendar.years.sorted().map(String.init).joined(separator: ", ")),
            (t("settings.rubric"), data.rubrics[.document]?.standard ?? ""),
            (t("settings.theme"), model.theme.name),
            (t("settings.language"), model.env.lang == .zh ? "中文" : "English"),
        ]
        let labelWidth = lines.map { displayWidth($0.0) }.max() ?? 0
        for (i, (k, v)) in lines.enumerated() where i + 1 < area.height {
            buf.put(padded(k, toWidth: labelWidth, align: .right), x: area.x + 2, y: area.y + 1 + i, style: model.theme[.header])
            buf.put(v, x: area.x + 4 + labelWidth, y: area.y + 1 + i, maxWidth: area.width - labelWidth - 6, style: model.theme[.normal])
        }
        return nil
    }
}
