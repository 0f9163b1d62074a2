import AwardDomain
import TerminalUI

/// Everything a key can ask for: the global commands and each screen's own. A screen's bindings
/// and the global ones form one `KeyMap`, which dispatches keys and draws the help bar and overlay.
public enum AppCommand: Sendable, Equatable {
    case help, quit, go(ScreenID)
    case intake(IntakeCommand)
    case draw(DrawCommand)
    case scoring(ScoringCommand)
    case timers(TimersCommand)
    case ranking(RankingCommand)
    case awards(AwardsCommand)
    case settings(SettingsCommand)
    case audit(AuditCommand)
}

extension AppModel {
    /// Keys that work on every screen.
    func globalBindings() -> [KeyBinding<AppCommand>] {
        var list: [KeyBinding<AppCommand>] = [
            KeyBinding(keys: [.function(1), .char("?")], help: t("key.help"), action: .help),
            KeyBinding(keys: [.function(10), .char("q")], help: t("key.quit"), action: .quit),
        ]
        for s in ScreenID.allCases {
            var b = KeyBinding<AppCommand>(keys: s.keys, help: t(s.titleKey), action: .go(s))
            b.showInBar = false
            if isReviewer && !s.reviewerAllowed { b.disabledReason = t("reviewer.forbidden") }
            list.append(b)
        }
        if let reason = leaveBlockedReason {
            for i in list.indices where list[i].action != .help { list[i].disabledReason = reason }
        }
        return list
    }

    /// Help and quit come first so the help bar always shows them; then the screen's own keys.
    public func keyMap() -> KeyMap<AppCommand> {
        let global = globalBindings()
        return KeyMap(Array(global.prefix(2)) + screenBindings() + global.dropFirst(2))
    }
}
