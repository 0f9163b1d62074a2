import AwardDomain
import TerminalUI

/// Routes the shell's calls to the screen that is up, through the registry: no list of screens
/// here. The screen's value is moved out while it runs (a vacant value holds its slot) so it
/// changes in place, without its state being copied. The screen reads the model and returns
/// effects; the shell's own among them (status line, board date) are applied here, once the
/// screen is back in its slot.
extension AppModel {
    private mutating func withScreen<R>(_ id: ScreenID, _ body: (inout any Screen, AppModel) -> R) -> R {
        guard let i = screens.registry.index(of: id) else { preconditionFailure("screen \(id) is not registered") }
        var s: any Screen = VacantScreen()
        swap(&s, &screens.states[i])
        let r = body(&s, self)
        swap(&s, &screens.states[i])
        return r
    }

    private var current: any Screen { screens.states[screens.registry.index(of: screen)!] }

    func screenBindings() -> [KeyBinding<AppCommand>] { current.erasedBindings(self) }

    mutating func performScreen(_ command: ScreenCommand, key: Key) -> [Effect] {
        applyShellEffects(withScreen(command.screen) { $0.erasedPerform(command, key: key, model: $1) })
    }

    mutating func screenText(_ key: Key) -> [Effect]? {
        withScreen(screen) { $0.handleText(key, model: $1) }.map { applyShellEffects($0) }
    }
    var capturesText: Bool { current.capturesText }
    func screenDetail() -> Detail? { current.detail(self) }
    func renderScreen(into buf: inout Buffer, area: Rect) -> (x: Int, y: Int)? { current.render(model: self, into: &buf, area: area) }

    /// The screen just put up may build what it shows only when seen.
    mutating func screenWillShow() -> [Effect] { applyShellEffects(withScreen(screen) { $0.willShow(model: $1) }) }

    mutating func screenReceive(_ msg: Msg) -> [Effect] { applyShellEffects(withScreen(screen) { $0.receive(msg, model: $1) }) }

    /// Every screen sees each saved change, so none shows stale rows when it is opened.
    mutating func screensDataDidChange() {
        for id in screens.registry.ids { withScreen(id) { $0.dataDidChange(model: $1) } }
    }

    func title(of id: ScreenID) -> String { screens.registry.type(of: id).map { t($0.title) } ?? id.name }
}

extension Screen {
    func erasedBindings(_ model: AppModel) -> [KeyBinding<AppCommand>] {
        bindings(model).map { $0.map { AppCommand.screen(ScreenCommand(Self.id, $0)) } }
    }

    mutating func erasedPerform(_ c: ScreenCommand, key: Key, model: AppModel) -> [Effect] {
        guard let command = c.command as? Command else { return [] }
        return perform(command, key: key, model: model)
    }
}
