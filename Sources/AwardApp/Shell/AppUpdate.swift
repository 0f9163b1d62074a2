import AwardDomain
import TerminalUI

extension AppModel {
    /// One key in, the new state and the effects to run out. No I/O happens here.
    public mutating func update(_ key: Key) -> [Effect] {
        if key == .resize { return [] }
        if helpVisible {
            helpVisible = false
            return []
        }
        status = nil
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
            return []
        case .quit:
            return [.quit]
        case .go(let s):
            show(s)
            // The journal is read when the audit screen opens, not per key or frame.
            return s == .audit ? [audit.loadEffect] : []
        default:
            return performScreen(withKey(binding.action, key))
        }
    }

    /// Puts up a screen as its key does, building what the screen computes only when seen. (The
    /// audit screen's journal is read by the effect its key returns, not here.)
    public mutating func show(_ s: ScreenID) {
        screen = s
        screenWillShow()
    }

    /// List movement is one binding for several keys; the key pressed says which way.
    private func withKey(_ command: AppCommand, _ key: Key) -> AppCommand {
        switch command {
        case .intake(.move): .intake(.moveBy(key))
        case .draw(.move): .draw(.moveBy(key))
        case .scoring(.move): .scoring(.moveBy(key))
        case .timers(.move): .timers(.moveBy(key))
        case .ranking(.move): .ranking(.moveBy(key))
        case .awards(.move): .awards(.moveBy(key))
        case .audit(.move): .audit(.moveBy(key))
        default: command
        }
    }

    /// Visible body rows for list screens: the screen minus title, tabs, status and help rows.
    static let chromeRows = 4

    /// Rows a list page holds at the current terminal size (less its header row).
    var pageSize: Int { max(1, viewport.height - AppModel.chromeRows - 2) }
}

/// The keys that move a list's selection, bound once per list screen.
let listMoveKeys: [Key] = [.up, .down, .pageUp, .pageDown, .home, .end]
