import AwardDomain
import TerminalUI

/// Routes the shell's calls to the screen that is up. Each screen value is taken out, updated
/// with the model, and put back, so a screen may change the model (status line, data) freely.
extension AppModel {
    private mutating func with<S: Screen, R>(_ path: WritableKeyPath<AppModel, S>, _ body: (inout S, inout AppModel) -> R) -> R {
        var s = self[keyPath: path]
        let r = body(&s, &self)
        self[keyPath: path] = s
        return r
    }

    func screenBindings() -> [KeyBinding<AppCommand>] {
        switch screen {
        case .dashboard: []
        case .intake: intake.bindings(self).map { $0.map(AppCommand.intake) }
        case .draw: draw.bindings(self).map { $0.map(AppCommand.draw) }
        case .scoring: scoring.bindings(self).map { $0.map(AppCommand.scoring) }
        case .timers: timers.bindings(self).map { $0.map(AppCommand.timers) }
        case .ranking: ranking.bindings(self).map { $0.map(AppCommand.ranking) }
        case .awards: awards.bindings(self).map { $0.map(AppCommand.awards) }
        case .settings: settings.bindings(self).map { $0.map(AppCommand.settings) }
        case .audit: audit.bindings(self).map { $0.map(AppCommand.audit) }
        }
    }

    mutating func performScreen(_ command: AppCommand) -> [Effect] {
        switch command {
        case .intake(let c): with(\.intake) { $0.perform(c, model: &$1) }
        case .draw(let c): with(\.draw) { $0.perform(c, model: &$1) }
        case .scoring(let c): with(\.scoring) { $0.perform(c, model: &$1) }
        case .timers(let c): with(\.timers) { $0.perform(c, model: &$1) }
        case .ranking(let c): with(\.ranking) { $0.perform(c, model: &$1) }
        case .awards(let c): with(\.awards) { $0.perform(c, model: &$1) }
        case .settings(let c): with(\.settings) { $0.perform(c, model: &$1) }
        case .audit(let c): with(\.audit) { $0.perform(c, model: &$1) }
        case .help, .quit, .go: []
        }
    }

    mutating func screenText(_ key: Key) -> [Effect]? {
        switch screen {
        case .dashboard: nil
        case .intake: with(\.intake) { $0.handleText(key, model: &$1) }
        case .draw: with(\.draw) { $0.handleText(key, model: &$1) }
        case .scoring: with(\.scoring) { $0.handleText(key, model: &$1) }
        case .timers: with(\.timers) { $0.handleText(key, model: &$1) }
        case .ranking: with(\.ranking) { $0.handleText(key, model: &$1) }
        case .awards: with(\.awards) { $0.handleText(key, model: &$1) }
        case .settings: with(\.settings) { $0.handleText(key, model: &$1) }
        case .audit: with(\.audit) { $0.handleText(key, model: &$1) }
        }
    }

    var leaveBlockedReason: String? {
        switch screen {
        case .dashboard: return nil
        case .intake: return intake.leaveBlockedReason(self)
        case .draw: return draw.leaveBlockedReason(self)
        case .scoring: return scoring.leaveBlockedReason(self)
        case .timers: return timers.leaveBlockedReason(self)
        case .ranking: return ranking.leaveBlockedReason(self)
        case .awards: return awards.leaveBlockedReason(self)
        case .settings: return settings.leaveBlockedReason(self)
        case .audit: return audit.leaveBlockedReason(self)
        }
    }

    var capturesText: Bool {
        switch screen {
        case .dashboard: false
        case .intake: intake.capturesText
        case .draw: draw.capturesText
        case .scoring: scoring.capturesText
        case .timers: timers.capturesText
        case .ranking: ranking.capturesText
        case .awards: awards.capturesText
        case .settings: settings.capturesText
        case .audit: audit.capturesText
        }
    }

    func renderScreen(into buf: inout Buffer, area: Rect) -> (x: Int, y: Int)? {
        switch screen {
        case .dashboard:
            renderDashboard(into: &buf, area: area)
            return nil
        case .intake: return intake.render(model: self, into: &buf, area: area)
        case .draw: return draw.render(model: self, into: &buf, area: area)
        case .scoring: return scoring.render(model: self, into: &buf, area: area)
        case .timers: return timers.render(model: self, into: &buf, area: area)
        case .ranking: return ranking.render(model: self, into: &buf, area: area)
        case .awards: return awards.render(model: self, into: &buf, area: area)
        case .settings: return settings.render(model: self, into: &buf, area: area)
        case .audit: return audit.render(model: self, into: &buf, area: area)
        }
    }

    /// The screen just put up may build what it shows only when seen.
    mutating func screenWillShow() -> [Effect] {
        switch screen {
        case .dashboard: []
        case .intake: with(\.intake) { $0.willShow(model: $1) }
        case .draw: with(\.draw) { $0.willShow(model: $1) }
        case .scoring: with(\.scoring) { $0.willShow(model: $1) }
        case .timers: with(\.timers) { $0.willShow(model: $1) }
        case .ranking: with(\.ranking) { $0.willShow(model: $1) }
        case .awards: with(\.awards) { $0.willShow(model: $1) }
        case .settings: with(\.settings) { $0.willShow(model: $1) }
        case .audit: with(\.audit) { $0.willShow(model: $1) }
        }
    }

    mutating func screenReceive(_ msg: Msg) -> [Effect] {
        switch screen {
        case .dashboard: []
        case .intake: with(\.intake) { $0.receive(msg, model: &$1) }
        case .draw: with(\.draw) { $0.receive(msg, model: &$1) }
        case .scoring: with(\.scoring) { $0.receive(msg, model: &$1) }
        case .timers: with(\.timers) { $0.receive(msg, model: &$1) }
        case .ranking: with(\.ranking) { $0.receive(msg, model: &$1) }
        case .awards: with(\.awards) { $0.receive(msg, model: &$1) }
        case .settings: with(\.settings) { $0.receive(msg, model: &$1) }
        case .audit: with(\.audit) { $0.receive(msg, model: &$1) }
        }
    }

    /// Every screen sees each saved change, so none shows stale rows when it is opened.
    mutating func screensDataDidChange() {
        with(\.intake) { $0.dataDidChange(model: $1) }
        with(\.draw) { $0.dataDidChange(model: $1) }
        with(\.scoring) { $0.dataDidChange(model: $1) }
        with(\.timers) { $0.dataDidChange(model: $1) }
        with(\.ranking) { $0.dataDidChange(model: $1) }
        with(\.awards) { $0.dataDidChange(model: $1) }
        with(\.settings) { $0.dataDidChange(model: $1) }
        with(\.audit) { $0.dataDidChange(model: $1) }
    }
}
