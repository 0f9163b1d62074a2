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
        // A focused text field takes printable keys before any command does.
        if capturesText, let effects = handleText(key) { return effects }
        let map = keyMap()
        guard let binding = map.binding(for: key) else { return [] }
        if let reason = binding.disabledReason {
            status = StatusMessage(reason, kind: .error)
            return []
        }
        var command = binding.action
        if case .moveSelection = command { command = .moveSelection(key) }
        return perform(command)
    }

    mutating func perform(_ command: AppCommand) -> [Effect] {
        switch command {
        case .help:
            helpVisible = true
        case .quit:
            return [.quit]
        case .go(let s):
            screen = s
        case .moveSelection(let key):
            moveSelection(key)
        case .intake(let c):
            return intake.perform(c, model: &self)
        }
        return []
    }

    private mutating func handleText(_ key: Key) -> [Effect]? {
        switch screen {
        case .intake: intake.handleText(key, model: &self)
        default: nil
        }
    }

    /// Visible body rows for list screens: the screen minus title, tabs, status and help rows.
    static let chromeRows = 4

    private mutating func moveSelection(_ key: Key) {
        let page = max(1, viewport.height - AppModel.chromeRows - 1)
        switch screen {
        case .draw: _ = panels.handle(key, rowCount: data.cycle.panels.count, pageSize: page)
        case .scoring: _ = sheets.handle(key, rowCount: visibleSheets.count, pageSize: page)
        case .timers: _ = timers.handle(key, rowCount: derived.deadlines.count, pageSize: page)
        case .ranking: _ = ranking.handle(key, rowCount: data.cycle.applications.count, pageSize: page)
        case .awards: _ = awards.handle(key, rowCount: derived.pastAwards.count, pageSize: page)
        default: break
        }
    }
}
