import AwardDomain
import Foundation
import TerminalUI

public enum SettingsCommand: Sendable, Equatable {
    case boardDate, importCalendar
    case editSettings, newCycle, switchCycle
    case saveForm, cancel, nextField, previousField
}

/// 设置: where the data lives, the cycles of the directory (the open one, the next one made, another
/// opened), the cycle's and the office's settings (edited through the same table as
/// `qaward settings`, `SettingKey`), the working-day calendar's years (RULES.md §8) with the import
/// of a new year's notice, and the day the board is shown as of for this session.
struct SettingsScreen: Screen {
    enum FormKind: Sendable { case boardDate, importCalendar, settings, newCycle, switchCycle }
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
                KeyBinding(keys: [.tab, .down], help: t("key.nextField"), action: .nextField),
                KeyBinding(keys: [.backTab, .up], help: t("key.previousField"), action: .previousField),
            ]
        }
        let office = model.isReviewer ? t("reviewer.forbidden") : nil
        return [
            KeyBinding(keys: [.char("e")], help: t("settings.key.edit"), action: .editSettings, disabledReason: office),
            KeyBinding(keys: [.char("n")], help: t("settings.key.newCycle"), action: .newCycle, disabledReason: office),
            KeyBinding(keys: [.char("y")], help: t("settings.key.switchCycle"), action: .switchCycle,
                       disabledReason: model.cycleYears.count < 2 ? t("settings.oneCycle") : nil),
            KeyBinding(keys: [.char("t")], help: t("settings.key.boardDate"), action: .boardDate),
            KeyBinding(keys: [.char("i")], help: t("settings.key.importCalendar"), action: .importCalendar,
                       disabledReason: model.isReviewer ? t("reviewer.forbidden") : nil),
        ]
    }

    mutating func handleText(_ key: Key, model: inout AppModel) -> [Effect]? {
        guard var f = form, f.handle(key) else { return nil }
        f.fields[f.focus].error = nil
        form = f
        return []
    }

    mutating func perform(_ c: SettingsCommand, model: inout AppModel) -> [Effect] {
        let t = model.t
        switch c {
        case .boardDate:
            formKind = .boardDate
            form = FormState(fields: [FormField(label: t("settings.form.boardDate"), text: model.env.today.description,
                                                hint: t("settings.hint.boardDate"), width: 12)])
        case .importCalendar:
            formKind = .importCalendar
            form = FormState(fields: [FormField(label: t("settings.form.calendarFile"), text: "", hint: t("settings.hint.calendarFile"), width: 48)])
        case .editSettings:
            formKind = .settings
            form = FormState(fields: SettingKey.allCases.map {
                FormField(label: t.text($0.label), text: $0.value(in: model.data), width: 28)
            } + [FormField(label: t("settings.form.note"), text: "", hint: t("settings.hint.note"), width: 28)])
        case .newCycle:
            formKind = .newCycle
            let next = (model.cycleYears.last ?? model.data.cycle.year) + 1
            form = FormState(fields: [FormField(label: t("settings.form.year"), text: "\(next)", hint: t("settings.hint.newCycle"), width: 6)])
        case .switchCycle:
            formKind = .switchCycle
            let other = model.cycleYears.last { $0 != model.data.cycle.year } ?? model.data.cycle.year
            form = FormState(fields: [FormField(label: t("settings.form.year"), text: "\(other)",
                                                hint: t("settings.hint.switchCycle", model.cycleYears.map(String.init).joined(separator: "、")), width: 6)])
        case .nextField:
            _ = form?.handle(.tab)
        case .previousField:
            _ = form?.handle(.backTab)
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
            case .newCycle, .switchCycle:
                guard let year = Int(text), Day.validYears.contains(year) else {
                    form?.fields[0].error = t("settings.err.year")
                    return []
                }
                if formKind == .switchCycle, !model.cycleYears.contains(year) {
                    form?.fields[0].error = t("settings.err.noSuchCycle", year)
                    return []
                }
                form = nil
                return [formKind == .newCycle ? .createCycle(year: year) : .openCycle(year: year)]
            case .settings:
                return saveSettings(f, model: model)
            }
        }
        return []
    }

    /// The changed fields as at most three actions — the cycle's settings, the places, the
    /// office's — each built on the changes before it; a value of the wrong form is marked on its
    /// field and nothing is saved. The reducers refuse what a value may not undo (the status line
    /// says why; the form stays with what was typed).
    private mutating func saveSettings(_ f: FormState, model: AppModel) -> [Effect] {
        var d = model.data
        let note = f.fields.last?.state.text ?? ""
        var cycleChanged = false, placesChanged = false, officeChanged = false
        for (i, key) in SettingKey.allCases.enumerated() {
            let text = f.fields[i].state.text.trimmingCharacters(in: .whitespaces)
            guard text != key.value(in: d) else { continue }
            do throws(DomainError) {
                switch try key.action(text, note: note, in: d) {
                case .intake(.updateCycleSettings(let s)): d.cycle.settings = s; cycleChanged = true
                case .award(.setPlaces(let a, let n, let why)):
                    d.cycle.recommendationPolicy = RecommendationPolicy(awardPlaces: a, nominationPlaces: n, note: why)
                    placesChanged = true
                case .registry(.updateSettings(let o)): d.registry.settings = o; officeChanged = true
                default: break
                }
            } catch {
                form?.fields[i].error = model.t.text(error.message)
                form?.focus = i
                return []
            }
        }
        var actions: [Action] = []
        if cycleChanged { actions.append(.intake(.updateCycleSettings(d.cycle.settings))) }
        if placesChanged {
            let p = d.cycle.recommendationPolicy
            actions.append(.award(.setPlaces(award: p.awardPlaces, nomination: p.nominationPlaces, note: p.note)))
        }
        if officeChanged { actions.append(.registry(.updateSettings(d.registry.settings))) }
        guard !actions.isEmpty else {
            form = nil
            return []
        }
        return [.commitAll(actions)]
    }

    /// A saved change closes the settings form; a refusal leaves it as typed.
    mutating func receive(_ msg: Msg, model: inout AppModel) -> [Effect] {
        if case .committed = msg, formKind == .settings { form = nil }
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
        let years = model.cycleYears.isEmpty ? [data.cycle.year] : model.cycleYears
        var lines: [(String, String, StyleRole)] = [
            (t("settings.dataDir"), model.env.dataDirectory, .normal),
            (t("settings.cycle"), t("settings.cycleValue", data.cycle.year, years.map(String.init).joined(separator: "、")), .accent),
            (t("settings.quotas"), t("settings.quotaValue", s.awardQuota, s.nominationQuota), .normal),
        ]
        // Every setting the office can change, as `qaward settings show` lists it.
        for key in SettingKey.allCases where key != .awardQuota && key != .nominationQuota {
            lines.append((t.text(key.label), key.value(in: data), .normal))
        }
        if !data.registry.settings.contactLine.isEmpty { lines.append((t("settings.contact"), data.registry.settings.contactLine, .normal)) }
        lines += [
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
        let title: String
        switch formKind {
        case .boardDate: title = t("settings.key.boardDate")
        case .importCalendar: title = t("settings.key.importCalendar")
        case .settings: title = t("settings.title.edit", data.cycle.year)
        case .newCycle: title = t("settings.title.newCycle")
        case .switchCycle: title = t("settings.key.switchCycle")
        }
        let box = area.centered(width: min(area.width - 4, 96), height: min(area.height, f.fields.count + 3))
        return renderForm(f, title: title, into: &buf, area: box, theme: theme)
    }
}
