import AwardDomain
import Foundation
import TerminalUI

enum SettingsCommand: Sendable, Equatable {
    case boardDate, importCalendar
    case editSettings, newCycle, switchCycle
    case scroll
    case modal(Modal<SettingsScreen.Field>.Command)
}

/// 设置: where the data lives, the cycles of the directory (the open one, the next one made, another
/// opened), the cycle's and the office's settings (edited through the same table as
/// `qaward settings`, `SettingKey`), the working-day calendar's years (RULES.md §8) with the import
/// of a new year's notice, and the day the board is shown as of for this session.
struct SettingsScreen: Screen {
    static let id = ScreenID.settings

    enum Field: Sendable, Hashable { case boardDate, calendarFile, setting(SettingKey), note, year }
    var modal: Modal<Field>?
    /// The day the program was started with, kept while the board is shown as of another day.
    var startedToday: Day?
    /// The first row shown: on a short terminal the list scrolls (↑/↓, PgUp/PgDn, Home/End) to
    /// its last row, and Enter or `v` shows every row in full.
    var offset = 0

    var capturesText: Bool { modal != nil }

    func bindings(_ model: AppModel) -> [KeyBinding<SettingsCommand>] {
        let t = model.t
        if let m = modal { return m.bindings(t).map { $0.map(SettingsCommand.modal) } }
        let office = model.isReviewer ? t(.reviewerForbidden) : nil
        return [
            KeyBinding(keys: listMoveKeys, help: t(.keyMove), action: .scroll, showInBar: false),
            KeyBinding(keys: [.char("e")], help: t(.editSettingsKey), action: .editSettings, disabledReason: office),
            KeyBinding(keys: [.char("n")], help: t(.newCycleKey), action: .newCycle, disabledReason: office),
            KeyBinding(keys: [.char("y")], help: t(.switchCycleKey), action: .switchCycle,
                       disabledReason: model.cycleYears.count < 2 ? t(.oneCycle) : nil),
            KeyBinding(keys: [.char("t")], help: t(.boardDateKey), action: .boardDate),
            KeyBinding(keys: [.char("i")], help: t(.importCalendarKey), action: .importCalendar,
                       disabledReason: model.isReviewer ? t(.reviewerForbidden) : nil),
        ]
    }

    mutating func handleText(_ key: Key, model: AppModel) -> [Effect]? {
        guard modal?.handleText(key) == true else { return nil }
        if let m = modal, case .setting? = m.fields.first?.name { modal?.report(Self.errors(m, model: model)) }
        return []
    }

    /// The form's checks as typed: each changed value in the form the `SettingKey` table takes
    /// (the same words as `qaward settings set`), and the places rule.
    static func errors(_ m: Modal<Field>, model: AppModel) -> [Field: Phrase] {
        var errors = placesErrors(m, model: model)
        for key in SettingKey.allCases where m.isChanged(.setting(key)) {
            do throws(DomainError) { _ = try key.action(value(m, key), note: m[.note], in: model.data) } catch { errors[.setting(key)] = error.message }
        }
        return errors
    }

    /// What the form holds for `key`, as `settings set` takes it: the chosen token or the text.
    static func value(_ m: Modal<Field>, _ key: SettingKey) -> String { m.choice(.setting(key)) ?? m[.setting(key)] }

    /// The places rule (第三条) on the places typed, as the awards screen's form and the reducer
    /// state it (`AwardsForm.placesErrors`): only for places the user changed, against the
    /// quotas as typed, the reason recorded before counting unless a new one is typed.
    static func placesErrors(_ m: Modal<Field>, model: AppModel) -> [Field: Phrase] {
        let award = m.isChanged(.setting(.awardPlaces)) ? m.number(.setting(.awardPlaces)) : nil
        let nomination = m.isChanged(.setting(.nominationPlaces)) ? m.number(.setting(.nominationPlaces)) : nil
        guard award != nil || nomination != nil else { return [:] }
        var s = model.data.cycle.settings
        if let q = m.number(.setting(.awardQuota)) { s.awardQuota = q }
        if let q = m.number(.setting(.nominationQuota)) { s.nominationQuota = q }
        let note = m[.note].isEmpty ? model.data.cycle.recommendationPolicy.note : m[.note]
        return AwardsForm.placesErrors(award: award, nomination: nomination, note: note, settings: s,
                                       award: .setting(.awardPlaces), nomination: .setting(.nominationPlaces), note: .note)
    }

    mutating func receive(_ msg: Msg, model: AppModel) -> [Effect] {
        if modal?.receive(msg) == true { modal = nil }
        if case .cycleOpened = msg { modal = nil }
        return []
    }

    mutating func perform(_ c: SettingsCommand, key: Key, model: AppModel) -> [Effect] {
        switch c {
        case .scroll:
            let page = Self.visibleRows(model), last = max(0, rows(model).count - page)
            switch key {
            case .up: offset -= 1
            case .down: offset += 1
            case .pageUp: offset -= page
            case .pageDown: offset += page
            case .home: offset = 0
            case .end: offset = last
            default: break
            }
            offset = min(max(0, offset), last)
        case .boardDate:
            modal = Modal(title: .boardDateKey, fields: [
                ModalField(.boardDate, .boardDateField, .date(required: false), text: model.env.today.description, hint: .boardDateHint),
            ])
        case .importCalendar:
            modal = Modal(title: .importCalendarKey, fields: [
                ModalField(.calendarFile, .calendarFileField, .text(maxLength: 1000), hint: .calendarFileHint, width: 48),
            ])
        case .editSettings:
            // A setting that is one of a few is chosen from its list, shown in words.
            modal = Modal(title: .editSettingsTitle(model.data.cycle.year), fields: SettingKey.allCases.map { key in
                let kind = key.choices.map { FieldKind.choice($0.map { Choice(value: $0.value, label: $0.label) }) } ?? .text(maxLength: 200, required: false)
                return ModalField(.setting(key), key.label, kind, text: key.value(in: model.data), width: key.choices == nil ? 28 : nil)
            } + [ModalField(.note, .placesNoteField, .text(maxLength: 200, required: false), hint: .placesNoteHint, width: 28)],
            openedAt: model.journalSeq)
        case .newCycle:
            let next = (model.cycleYears.last ?? model.data.cycle.year) + 1
            modal = Modal(title: .newCycleTitle, fields: [
                ModalField(.year, .yearField, .number(Day.validYears), text: "\(next)", hint: .newCycleHint, width: 6),
            ], confirmation: Confirmation(title: .newCycleTitle, question: .newCycleQuestion(next)))
        case .switchCycle:
            let other = model.cycleYears.last { $0 != model.data.cycle.year } ?? model.data.cycle.year
            modal = Modal(title: .switchCycleKey, fields: [
                ModalField(.year, .yearField, .number(Day.validYears), text: "\(other)", hint: .switchCycleHint(model.cycleYears), width: 6),
            ])
        case .modal(let command):
            guard var m = modal else { return [] }
            let event = m.perform(command)
            modal = m
            switch event {
            case .handled: return []
            case .invalid: return [.formHasErrors(model.t)]
            case .confirmed:
                guard m.fields.first?.name == .year, let year = m.number(.year) else { return [] }
                modal?.sent()
                return [.createCycle(year: year)]
            case .cancelled: modal = nil
            case .submitted:
                if m.fields.first?.name == .year {
                    guard let year = m.number(.year), model.cycleYears.contains(year) else {
                        modal?.setError(.year, .noSuchCycle(m[.year]))
                        return []
                    }
                    modal?.sent()
                    return [.openCycle(year: year)]
                }
                if case .setting? = m.fields.first?.name { return saveSettings(m, model: model) }
                if m.fields.first?.name == .boardDate {
                    // Empty goes back to the day the program was started with.
                    let d = m.date(.boardDate) ?? startedToday ?? model.env.today
                    if startedToday == nil { startedToday = model.env.today }
                    if d == startedToday { startedToday = nil }
                    modal = nil
                    return [.setBoardDate(d), .status(StatusMessage(model.t(.boardDateSet(d)), kind: .success))]
                } else {
                    modal?.sent()
                    return [.importCalendar(path: m[.calendarFile])]
                }
            }
        }
        return []
    }

    /// The changed fields as at most three actions — the cycle's settings, the places, the
    /// office's — each built on the changes before it; a value of the wrong form is marked on its
    /// field and nothing is saved. The reducers refuse what a value may not undo (the form stays
    /// with what was typed and shows why).
    private mutating func saveSettings(_ m: Modal<Field>, model: AppModel) -> [Effect] {
        var d = model.data
        let note = m[.note]
        var cycleChanged = false, placesChanged = false, officeChanged = false
        // Every value of the wrong form and the places rule, marked at once.
        var errors = Self.errors(m, model: model)
        for key in SettingKey.allCases {
            // Only what the user changed: a field left alone never puts back a value another
            // process changed since the form opened.
            let text = Self.value(m, key)
            guard m.isChanged(.setting(key)), text != key.value(in: d) else { continue }
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
                errors[.setting(key)] = error.message
            }
        }
        guard modal?.refuse(errors) != true else { return [.formHasErrors(model.t)] }
        var actions: [Action] = []
        if cycleChanged { actions.append(.intake(.updateCycleSettings(d.cycle.settings))) }
        if placesChanged {
            let p = d.cycle.recommendationPolicy
            actions.append(.award(.setPlaces(award: p.awardPlaces, nomination: p.nominationPlaces, note: p.note)))
        }
        if officeChanged { actions.append(.registry(.updateSettings(d.registry.settings))) }
        guard !actions.isEmpty else {
            modal = nil
            return []
        }
        // Based on the settings as the form opened: another process's change meanwhile is refused
        // in the form, naming who changed what, rather than overwritten.
        modal?.sent(actions.count)
        return [.commitAll(actions, basedOn: m.openedAt)]
    }

    /// Rows of the list on screen: the body less the blank line above it.
    static func visibleRows(_ model: AppModel) -> Int { max(1, model.viewport.height - AppModel.chromeRows - 1) }

    /// Every row in full, wrapped, for the detail view: a value cut on a narrow terminal is read here.
    func detail(_ model: AppModel) -> Detail? {
        guard modal == nil else { return nil }
        return Detail(title: model.t(Self.title), lines: rows(model).map { model.t(.settingsRowInFull(label: $0.0, value: $0.1)) })
    }

    /// The rows of the screen: label, value and the value's style.
    func rows(_ model: AppModel) -> [(String, String, StyleRole)] {
        let t = model.t
        let data = model.data
        let s = data.cycle.settings
        let missing = model.derived.missingCalendarYears
        let boardDate = startedToday.map { t(.settingsBoardDateOverride(today: model.env.today.description, startedWith: $0.description)) }
            ?? model.env.today.description
        let years = model.cycleYears.isEmpty ? [data.cycle.year] : model.cycleYears
        var lines: [(String, String, StyleRole)] = [
            (t(.settingsDataDir), model.env.dataDirectory, .normal),
            (t(.openCycleLabel), t(.openCycleValue(data.cycle.year, years)), .accent),
            (t(.settingsQuotas), t(.settingsQuotaValue(awards: s.awardQuota, nominations: s.nominationQuota)), .normal),
        ]
        // Every setting the office can change, as `qaward settings show` lists it.
        for key in SettingKey.allCases where key != .awardQuota && key != .nominationQuota {
            lines.append((t(key.label), t(key.shown(in: data)), .normal))
        }
        if !data.registry.settings.contactLine.isEmpty { lines.append((t(.settingsContact), data.registry.settings.contactLine, .normal)) }
        lines += [
            (t(.settingsCalendar), data.calendar.years.sorted().map(String.init).joined(separator: t(Phrase.enumerationSeparator)), .normal),
            (t(.settingsBoardDate), boardDate, startedToday == nil ? .normal : .accent),
        ]
        if !missing.isEmpty {
            lines.append((t(.settingsMissingYears), t(.settingsMissingValue(years: missing.map(String.init).joined(separator: t(Phrase.enumerationSeparator)))), .warning))
        }
        lines += [
            (t(.settingsRubric), data.rubrics[.document]?.standard ?? "", .normal),
            (t(.settingsTheme), t(.settingsThemeName(model.theme.name)), .normal),
            (t(.settingsLanguage), t(Phrase(zh: "中文", en: "English")), .normal),
        ]
        return lines
    }

    func render(model: AppModel, into buf: inout Buffer, area: Rect) -> (x: Int, y: Int)? {
        let t = model.t
        let theme = model.theme
        let lines = rows(model)
        let labelWidth = lines.map { displayWidth($0.0) }.max() ?? 0
        let page = max(1, area.height - 1)
        let first = min(offset, max(0, lines.count - page))
        var shown = Array(lines.enumerated().dropFirst(first).prefix(page))
        // Rows below the screen: the last line says how many and how to reach them.
        if first + page < lines.count { shown.removeLast() }
        for (row, (_, (k, v, role))) in shown.enumerated() {
            let y = area.y + 1 + row
            buf.put(padded(k, toWidth: labelWidth, align: .right), x: area.x + 2, y: y, style: theme[.header])
            // A value cut ends in “…”: Enter or v shows them all.
            buf.put(truncate(v, toWidth: area.width - labelWidth - 6), x: area.x + 4 + labelWidth, y: y, style: theme[role])
        }
        if first + shown.count < lines.count {
            buf.put(t(.settingsMoreRows(lines.count - first - shown.count)), x: area.x + 2, y: area.y + page, maxWidth: area.width - 4, style: theme[.dim])
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
