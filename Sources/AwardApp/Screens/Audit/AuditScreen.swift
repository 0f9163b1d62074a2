import AwardDomain
import AwardStore
import TerminalUI

enum AuditCommand: Sendable, Equatable {
    case move
    case editActor, editSince, apply, cancel, switchField, clearFilters, reload, verify
}

/// 审计日志: who changed what and when, newest first, filtered by operator and start day; and the
/// check of the journal's hash chain and the data files. Reading and checking the journal is I/O,
/// so the screen asks for it by effect (`.loadAudit`, `.verifyAudit`) and the result comes back
/// as a message (`Msg.auditLoaded`, `Msg.auditVerified`). Not reachable in reviewer mode (第二十条).
struct AuditScreen: Screen {
    static let id = ScreenID.audit
    enum Field: Sendable { case actor, since }

    var table = TableState(selected: 0, offset: 0)
    /// The journal as last loaded, newest first.
    var rows: [AuditLogLine] = []
    var loaded = false
    var actorField = TextFieldState("", maxLength: 64)
    var sinceField = TextFieldState("", maxLength: 10)
    var editing: Field?
    /// The filters of the rows shown (the fields may hold edits not applied yet).
    var appliedActor: String?
    var appliedSince: Day?
    var report: AuditReport?

    var capturesText: Bool { editing != nil }

    /// The since field's text as a day: nil when empty; `.failure` when it is not a date.
    var sinceValue: Result<Day?, SinceInvalid> {
        let s = sinceField.text.trimmingCharacters(in: .whitespaces)
        if s.isEmpty { return .success(nil) }
        guard let d = Day(s) else { return .failure(SinceInvalid(text: s)) }
        return .success(d)
    }

    struct SinceInvalid: Error { var text: String }

    var loadEffect: Effect { .loadAudit(since: appliedSince, actor: appliedActor) }

    /// The journal is read when the screen opens, not per key or frame.
    mutating func willShow(model: AppModel) -> [Effect] { [loadEffect] }

    mutating func receive(_ msg: Msg, model: AppModel) -> [Effect] {
        switch msg {
        case .auditLoaded(let lines):
            rows = lines.reversed()
            loaded = true
            table = TableState(selected: 0, offset: 0)
        case .auditVerified(let r):
            report = r
            let t = model.t
            return [.status(r.isIntact
                ? StatusMessage(t(.auditIntact(entries: r.entriesChecked, files: r.filesChecked)), kind: .success)
                : StatusMessage(t(.auditBroken(entries: r.entriesChecked, mismatches: r.problems.count, first: r.problems.first.map { t($0.message) } ?? "")), kind: .error))]
        default:
            break
        }
        return []
    }

    func bindings(_ model: AppModel) -> [KeyBinding<AuditCommand>] {
        let t = model.t
        if editing != nil {
            return [
                KeyBinding(keys: [.enter], help: t(.auditKeyApply), action: .apply),
                KeyBinding(keys: [.escape], help: t(.auditKeyCancel), action: .cancel),
                KeyBinding(keys: [.tab, .backTab], help: t(.auditKeySwitchField), action: .switchField),
            ]
        }
        return [
            KeyBinding(keys: listMoveKeys, help: t(.keyMove), action: .move, showInBar: false),
            // Verify first, so the help bar shows it even at 80 columns.
            KeyBinding(keys: [.char("v")], help: t(.auditKeyVerify), action: .verify),
            KeyBinding(keys: [.char("a")], help: t(.auditKeyActor), action: .editActor),
            KeyBinding(keys: [.char("d")], help: t(.auditKeySince), action: .editSince),
            KeyBinding(keys: [.char("c")], help: t(.auditKeyClear), action: .clearFilters),
            KeyBinding(keys: [.char("r")], help: t(.auditKeyReload), action: .reload),
        ]
    }

    /// Rows a page holds: the body less the filter line, the check line and the table header.
    func pageSize(_ model: AppModel) -> Int { max(1, model.pageSize - 2) }

    mutating func perform(_ c: AuditCommand, key: Key, model: AppModel) -> [Effect] {
        switch c {
        case .move:
            _ = table.handle(key, rowCount: rows.count, pageSize: pageSize(model))
            return []
        case .editActor: editing = .actor
        case .editSince: editing = .since
        case .switchField: editing = editing == .actor ? .since : .actor
        case .cancel:
            // Puts the fields back to the filters in force.
            actorField = TextFieldState(appliedActor ?? "", maxLength: 64)
            sinceField = TextFieldState(appliedSince?.description ?? "", maxLength: 10)
            editing = nil
        case .apply:
            // An invalid date stays in the field with its message; nothing is loaded.
            guard case .success(let since) = sinceValue else { return [] }
            let actor = actorField.text.trimmingCharacters(in: .whitespaces)
            appliedActor = actor.isEmpty ? nil : actor
            appliedSince = since
            editing = nil
            return [loadEffect]
        case .clearFilters:
            actorField = TextFieldState("", maxLength: 64)
            sinceField = TextFieldState("", maxLength: 10)
            appliedActor = nil
            appliedSince = nil
            return [loadEffect]
        case .reload: return [loadEffect]
        case .verify: return [.verifyAudit]
        }
        return []
    }

    mutating func handleText(_ key: Key, model: AppModel) -> [Effect]? {
        switch editing {
        case .actor: actorField.handle(key) ? [] : nil
        case .since: sinceField.handle(key) ? [] : nil
        case nil: nil
        }
    }

    /// The selected journal entry in full (its summary is cut in the list).
    func detail(_ model: AppModel) -> Detail? {
        guard rows.indices.contains(table.selected) else { return nil }
        let l = rows[table.selected]
        return Detail(title: model.t(.auditColAction), lines: ["#\(l.entry.seq)  \(l.time)  \(l.entry.actor)", model.t(l.summary)])
    }

    func render(model: AppModel, into buf: inout Buffer, area: Rect) -> (x: Int, y: Int)? {
        guard area.width > 0, area.height > 0 else { return nil }
        let t = model.t
        let theme = model.theme
        var cursor: (x: Int, y: Int)?

        // Filter line: count, operator field, since field.
        var x = area.x + 1
        let right = area.x + area.width
        x += buf.put(t(.auditHeader(entries: rows.count)), x: x, y: area.y, maxWidth: max(0, right - x), style: theme[.dim]) + 2
        for (field, label, state, width) in [(Field.actor, t(.auditActorLabel), actorField, 16), (.since, t(.auditSinceLabel), sinceField, 11)] {
            guard x < right else { break }
            x += buf.put(label, x: x, y: area.y, maxWidth: max(0, right - x), style: theme[editing == field ? .accent : .dim]) + 1
            let w = min(width, max(0, right - x))
            let shown = editing == field || !state.text.isEmpty ? state : TextFieldState(t(.auditAny))
            if let c = renderTextField(shown, into: &buf, area: Rect(x: x, y: area.y, width: w, height: 1), focused: editing == field, theme: theme),
               editing == field {
                cursor = (c, area.y)
            }
            x += w + 2
        }

        // Check line: the date problem while editing, else the last check's result, else a hint;
        // one row, ended by “…” when cut (the status line gives the check whole).
        if area.height > 1 {
            let y = area.y + 1
            let w = max(0, area.width - 2)
            if case .failure(let bad) = sinceValue {
                buf.put(truncate(t(.auditSinceInvalid(text: bad.text)), toWidth: w), x: area.x + 1, y: y, style: theme[.error])
            } else if let r = report {
                if r.isIntact {
                    buf.put(truncate(t(.auditIntact(entries: r.entriesChecked, files: r.filesChecked)), toWidth: w), x: area.x + 1, y: y, style: theme[.ok])
                } else {
                    let first = r.problems.first.map { t($0.message) } ?? ""
                    buf.put(truncate(t(.auditBroken(entries: r.entriesChecked, mismatches: r.problems.count, first: first)), toWidth: w), x: area.x + 1, y: y, style: theme[.error])
                }
            } else {
                buf.put(truncate(t(.auditVerifyHint), toWidth: w), x: area.x + 1, y: y, style: theme[.dim])
            }
        }

        guard area.height > 2 else { return cursor }
        let cols = [
            TableColumn(title: t(.auditColSeq), width: 6, alignment: .right),
            TableColumn(title: t(.auditColTime), width: 19, alignment: .left),
            TableColumn(title: t(.auditColActor), width: 12, alignment: .left),
            TableColumn(title: t(.auditColAction), width: 0, alignment: .left),
        ]
        var state = table
        let lines = rows
        renderTable(columns: cols, rowCount: lines.count, row: { i in
            let l = lines[i]
            return [String(l.entry.seq), l.time, l.entry.actor, t(l.summary)]
        }, state: &state, into: &buf, area: Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 2),
           theme: theme, empty: loaded ? t(.auditEmpty) : t(.auditLoading))
        return cursor
    }
}

extension ScreenID {
    public static let audit = ScreenID("audit")
}

extension AppModel {
    var audit: AuditScreen {
        get { screens[AuditScreen.self] }
        set { screens[AuditScreen.self] = newValue }
    }
}
