import AwardDomain
import Foundation
import TerminalUI

enum SettingsCommand: Sendable, Equatable {
    case boardDate, importCalendar
    case modal(Modal<SettingsScreen.Field>.Command)
}

/// 设置: where the data lives, the cycle's settings, the working-day calendar's years (RULES.md §8)
/// with the import of a new year's notice, and the day the board is shown as of for this session.
struct SettingsScreen: Screen {
    static let id = ScreenID.settings
    static let words = ScreenWords(zh: zhSettings, en: enSettings)

    enum Field: Sendable, Hashable { case boardDate, calendarFile }
    var modal: Modal<Field>?
    /// The day the program was started with, kept while the board is shown as of another day.
    var startedToday: Day?

    var capturesText: Bool { modal != nil }

    func bindings(_ model: AppModel) -> [KeyBinding<SettingsCommand>] {
        let t = model.t
        if let m = modal { return m.bindings(t).map { $0.map(SettingsCommand.modal) } }
        return [
            KeyBinding(keys: [.char("t")], help: t.text(.boardDateKey), action: .boardDate),
            KeyBinding(keys: [.char("i")], help: t.text(.importCalendarKey), action: .importCalendar,
                       disabledReason: model.isReviewer ? t("reviewer.forbidden") : nil),
        ]
    }

    mutating func handleText(_ key: Key, model: inout AppModel) -> [Effect]? {
        modal?.handleText(key) == true ? [] : nil
    }

    mutating func receive(_ msg: Msg, model: inout AppModel) -> [Effect] {
        if modal?.receive(msg) == true { modal = nil }
        return []
    }

    mutating func perform(_ c: SettingsCommand, key: Key, model: inout AppModel) -> [Effect] {
        switch c {
        case .boardDate:
            modal = Modal(title: .boardDateKey, fields: [
                ModalField(.boardDate, .boardDateField, .date(required: false), text: model.env.today.description, hint: .boardDateHint),
            ])
        case .importCalendar:
            modal = Modal(title: .importCalendarKey, fields: [
                ModalField(.calendarFile, .calendarFileField, .text(maxLength: 1000), hint: .calendarFileHint, width: 48),
            ])
        case .modal(let command):
            guard var m = modal else { return [] }
            let event = m.perform(command)
            modal = m
            switch event {
            case .handled, .confirmed: return []
            case .cancelled: modal = nil
            case .submitted:
                if m.fields.first?.name == .boardDate {
                    // Empty goes back to the day the program was started with.
                    let d = m.date(.boardDate) ?? startedToday ?? model.env.today
                    if startedToday == nil { startedToday = model.env.today }
                    if d == startedToday { startedToday = nil }
                    modal = nil
                    model.setBoardDate(d)
                    model.status = StatusMessage(model.t.text(.boardDateSet(d)), kind: .success)
                } else {
                    modal?.sent()
                    return [.importCalendar(path: m[.calendarFile])]
                }
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
        return modal?.render(t, theme: theme, into: &buf, area: area)
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
