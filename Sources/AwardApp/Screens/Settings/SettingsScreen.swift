import AwardDomain
import Foundation
import TerminalUI

public enum SettingsCommand: Sendable, Equatable {
    case boardDate, importCalendar
    case saveForm, cancel
}

/// 设置: where the data lives, the cycle's settings, the working-day calendar's years (RULES.md §8)
/// with the import of a new year's notice, and the day the board is shown as of for this session.
struct SettingsScreen: Screen {
    static let id = ScreenID.settings
    static let words = ScreenWords(zh: zhSettings, en: enSettings)
    enum FormKind: Sendable { case boardDate, importCalendar }
    var form: FormState?
    var formKind = FormKind.boardDate
    /// The day the program was started with, kept while the board is shown as of another day.
    var startedToday: Day?

    var capturesText: Bool { form != nil }

    func bindings(_ model: AppModel) -> [KeyBinding<SettingsCommand>] {
        let t = model.t
        if form != nil {
            return [
                KeyBinding(keys: [.enter, .ctrl("s")], help: t("key.save"), action: .saveForm),
                KeyBinding(keys: [.escape], help: t("key.cancel"), action: .cancel),
            ]
        }
        return [
            KeyBinding(keys: [.char("t")], help: t("settings.key.boardDate"), action: .boardDate),
            KeyBinding(keys: [.char("i")], help: t("settings.key.importCalendar"), action: .importCalendar,
                       disabledReason: model.isReviewer ? t("reviewer.forbidden") : nil),
        ]
    }

    mutating func handleText(_ key: Key, model: inout AppModel) -> [Effect]? {
        guard var f = form, f.handle(key) else { return nil }
        f.fields[0].error = nil
        form = f
        return []
    }

    mutating func perform(_ c: SettingsCommand, key: Key, model: inout AppModel) -> [Effect] {
        let t = model.t
        switch c {
        case .boardDate:
            formKind = .boardDate
            form = FormState(fields: [FormField(label: t("settings.form.boardDate"), text: model.env.today.description,
                                                hint: t("settings.hint.boardDate"), width: 12)])
        case .importCalendar:
            formKind = .importCalendar
            form = FormState(fields: [FormField(label: t("settings.form.calendarFile"), text: "", hint: t("settings.hint.calendarFile"), width: 48)])
        case .cancel:
            form = nil
        case .saveForm:
            guard let f = form else { return [] }
            let text = f.fields[0].state.text.trimmingCharacters(in: .whitespaces)
            switch formKind {
            case .boardDate:
                // Empty goes back to the day the program was started with.
                let day = text.isEmpty ? (startedToday ?? model.env.today) : Day(text)
                guard let d = day else {
                    form?.fields[0].error = t("form.err.date")
                    return []
                }
                if startedToday == nil { startedToday = model.env.today }
                if d == startedToday { startedToday = nil }
                form = nil
                model.setBoardDate(d)
                model.status = StatusMessage(t("settings.boardDateSet", d.description), kind: .success)
            case .importCalendar:
                guard !text.isEmpty else {
                    form?.fields[0].error = t("form.err.required")
                    return []
                }
                form = nil
                return [.importCalendar(path: text)]
            }
        }
        return []
    }

    func render(model: AppModel, into buf: inout Buffer, area: Rect) -> (x: Int, y: Int)? {
        let t = model.t
        let theme = model.theme
        let data = model.data
        let s = data.cycle.settings
        let missing = model.derived.missingCalendarYears
        let boardDate = startedToday.map { t("settings.boardDateOverride", model.env.today.description, $0.description) }
            ?? model.env.today.description
        var lines: [(String, String, StyleRole)] = [
            (t("settings.dataDir"), model.env.dataDirectory, .normal),
            (t("settings.office"), data.registry.settings.officeName, .normal),
            (t("settings.contact"), data.registry.settings.contactLine, .normal),
            (t("settings.deadline"), s.applicationDeadline.description, .normal),
            (t("settings.reviewDeadline"), s.reviewDeadline.description, .normal),
            (t("settings.quotas"), t("settings.quotaValue", s.awardQuota, s.nominationQuota), .normal),
            (t("settings.calendar"), data.calendar.years.sorted().map(String.init).joined(separator: ", "), .normal),
            (t("settings.boardDate"), boardDate, startedToday == nil ? .normal : .accent),
        ]
        if !missing.isEmpty {
            lines.append((t("settings.missingYears"), t("settings.missingValue", missing.map(String.init).joined(separator: "、")), .warning))
        }
        lines += [
            (t("settings.rubric"), data.rubrics[.document]?.standard ?? "", .normal),
            (t("settings.theme"), model.theme.name, .normal),
            (t("settings.language"), model.env.lang == .zh ? "中文" : "English", .normal),
        ]
        let labelWidth = lines.map { displayWidth($0.0) }.max() ?? 0
        for (i, (k, v, role)) in lines.enumerated() where i + 1 < area.height {
            buf.put(padded(k, toWidth: labelWidth, align: .right), x: area.x + 2, y: area.y + 1 + i, style: theme[.header])
            buf.put(v, x: area.x + 4 + labelWidth, y: area.y + 1 + i, maxWidth: area.width - labelWidth - 6, style: theme[role])
        }
        guard let f = form else { return nil }
        let title = t(formKind == .boardDate ? "settings.key.boardDate" : "settings.key.importCalendar")
        let box = area.centered(width: min(area.width - 4, 76), height: 4)
        return renderForm(f, title: title, into: &buf, area: box, theme: theme)
    }
}

extension ScreenID {
    public static let settings = ScreenID("settings")
}

extension AppModel {
    var settings: SettingsScreen {
        get { screens[SettingsScreen.self] }
        set { screens[SettingsScreen.self] = newValue }
    }
}
