import AwardDomain
import TerminalUI

extension AppModel {
    /// One message in, the new state and the effects to run out. No I/O happens here.
    public mutating func update(_ msg: Msg) -> [Effect] {
        switch msg {
        case .key(let key):
            return update(key: key)
        case .resize(let width, let height):
            viewport = (width, height)
            return []
        case .tick:
            return [.idle]
        case .committed(let action, let new):
            dataDidChange(new, by: action)
            status = StatusMessage(t(.statusSavedChange), kind: .success)
        case .cycleOpened(let new, let years):
            cycleYears = years
            dataDidChange(new)
            status = StatusMessage(t(.cycleOpened(new.cycle.year)), kind: .success)
        case .othersSaved(let new):
            // Only the data under the screens changes: a form keeps what is being typed.
            dataDidChange(new)
        case .refused(_, let why):
            status = StatusMessage(t(why), kind: .error)
        case .exported(let path):
            exportedByKey.append(path)
            status = StatusMessage(t(.statusExported(path: exportedByKey.joined(separator: t(Phrase.enumerationSeparator)))), kind: .success)
        case .calendarImported(let year, let holidays, let adjusted):
            status = StatusMessage(t(.settingsCalendarImported(year: year, holidays: holidays, adjusted: adjusted)), kind: .success)
        case .failed(let why):
            status = StatusMessage(t(why), kind: .error)
        case .auditLoaded, .auditVerified, .drawSeedLoaded:
            break
        }
        // Results go on to the screen that asked for them (a form keeps what was typed when its
        // change is refused; the audit screen shows the journal it asked for).
        return screenReceive(msg)
    }

    /// A key: help and quit, screen switches, then the screen's own bindings.
    mutating func update(key: Key) -> [Effect] {
        if key == .resize { return [] }
        // The detail view and the help scroll with the arrows; any other key closes them.
        if detailShown != nil || helpVisible, [.up, .down, .pageUp, .pageDown].contains(key) {
            let step = key == .up || key == .down ? 1 : max(1, viewport.height - 8)
            detailScroll = min(max(0, detailScroll + (key == .up || key == .pageUp ? -step : step)), lastOverlayOffset)
            return []
        }
        if helpVisible || detailShown != nil {
            helpVisible = false
            detailShown = nil
            return []
        }
        if let s = status { lastMessage = s }
        status = nil
        exportedByKey = []
        // A focused text field takes printable and editing keys before any command does.
        if capturesText, isEditingKey(key), let effects = screenText(key) { return effects }
        guard let binding = keyMap().binding(for: key) else { return [] }
        if let reason = binding.disabledReason {
            status = StatusMessage(reason, kind: .error)
            return []
        }
        switch binding.action {
        case .help:
            helpVisible = true
            detailScroll = 0
            return []
        case .quit:
            return [.quit]
        case .detail:
            detailScroll = 0
            detailShown = screenDetail() ?? lastMessage.map { Detail(title: t(.lastMessageTitle), lines: [$0.text]) }
                ?? Detail(title: t(.lastMessageTitle), lines: [t(.nothingToShow)])
            return []
        case .go(let s):
            return show(s)
        case .screen(let command):
            return performScreen(command, key: key)
        }
    }

    /// Carries out the shell's own effects a screen returned (the status line, the board date)
    /// in the order given, and passes the rest on for the interpreter. The one place a screen's
    /// wishes change the model.
    mutating func applyShellEffects(_ effects: [Effect]) -> [Effect] {
        guard effects.contains(where: \.isShellEffect) else { return effects }
        var rest: [Effect] = []
        for e in effects {
            switch e {
            case .status(let s): status = s
            case .setBoardDate(let day): setBoardDate(day)
            default: rest.append(e)
            }
        }
        return rest
    }

    /// The same as `update(.key(key))`.
    public mutating func update(_ key: Key) -> [Effect] { update(.key(key)) }

    /// Puts up a screen as its key does, building what the screen computes only when seen; the
    /// effects are what the screen needs read first (the audit screen's journal).
    @discardableResult
    public mutating func show(_ s: ScreenID) -> [Effect] {
        screen = s
        return screenWillShow()
    }

    /// Visible body rows for list screens: the screen minus title, tabs, status and help rows.
    static let chromeRows = 4

    /// Rows a list page holds at the current terminal size (less its header row).
    var pageSize: Int { max(1, viewport.height - AppModel.chromeRows - 2) }
}

/// The keys that move a list's selection, bound once per list screen.
let listMoveKeys: [Key] = [.up, .down, .pageUp, .pageDown, .home, .end]
