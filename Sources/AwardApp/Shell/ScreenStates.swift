import AwardDomain
import TerminalUI

/// Every registered screen's own state, one value per screen in registry order.
struct ScreenStates: Sendable {
    let registry: ScreenRegistry
    var states: [any Screen]

    init(_ registry: ScreenRegistry) {
        self.registry = registry
        states = registry.types.map { $0.init() }
    }

    /// A screen's state by its type (tests and the screen's own `AppModel` accessor).
    subscript<S: Screen>(_ type: S.Type) -> S {
        get { states[registry.index(of: S.id)!] as! S }
        set { states[registry.index(of: S.id)!] = newValue }
    }
}

/// Stands in the slot of a screen while that screen runs, so its state is not copied.
struct VacantScreen: Screen {
    static let id = ScreenID("")
    static let title = Phrase.empty
    func bindings(_ model: AppModel) -> [KeyBinding<NoCommand>] { [] }
    mutating func perform(_ command: NoCommand, key: Key, model: AppModel) -> [Effect] {}
    func render(model: AppModel, into buf: inout Buffer, area: Rect) -> (x: Int, y: Int)? { nil }
}

/// The command type of a screen without keys of its own.
enum NoCommand: Sendable, Equatable {}
