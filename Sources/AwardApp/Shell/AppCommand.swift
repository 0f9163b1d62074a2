import AwardDomain
import TerminalUI

/// Everything a key can ask for: the global commands and the screen's own. A screen's bindings
/// and the global ones form one `KeyMap`, which dispatches keys and draws the help bar and overlay.
public enum AppCommand: Sendable, Equatable {
    case help, quit, go(ScreenID), detail
    case screen(ScreenCommand)
}

/// A screen's own command, with the screen it belongs to.
public struct ScreenCommand: Sendable, Equatable {
    public let screen: ScreenID
    let command: any Sendable
    private let same: @Sendable (any Sendable) -> Bool

    init<C: Sendable & Equatable>(_ screen: ScreenID, _ command: C) {
        self.screen = screen
        self.command = command
        same = { ($0 as? C) == command }
    }

    public static func == (a: ScreenCommand, b: ScreenCommand) -> Bool { a.screen == b.screen && a.same(b.command) }
}

extension AppModel {
    /// Keys that work on every screen.
    func globalBindings() -> [KeyBinding<AppCommand>] {
        var list: [KeyBinding<AppCommand>] = [
            KeyBinding(keys: [.function(1), .char("?")], help: t(.keyHelp), action: .help),
            KeyBinding(keys: [.function(10), .char("q")], help: t(.keyQuit), action: .quit),
        ]
        for (i, type) in screens.registry.types.enumerated() {
            var b = KeyBinding<AppCommand>(keys: ScreenRegistry.keys(ofTab: i), help: t(type.title), action: .go(type.id))
            b.showInBar = false
            if isReviewer && !type.reviewerAllowed { b.disabledReason = t(.reviewerForbidden) }
            list.append(b)
        }
        // After the screen's own keys, so a screen that uses Enter or v keeps them.
        list.append(KeyBinding(keys: [.enter, .char("v")], help: t(.detailKey), action: .detail, showInBar: false))
        return list
    }

    /// Help and quit come first so the help bar always shows them; then the screen's own keys.
    public func keyMap() -> KeyMap<AppCommand> {
        let global = globalBindings()
        return KeyMap(Array(global.prefix(2)) + screenBindings() + global.dropFirst(2))
    }
}
