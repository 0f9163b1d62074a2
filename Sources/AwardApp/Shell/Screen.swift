import AwardDomain
import TerminalUI

/// What every screen is: lasting state (selection, fields) with one key table, an update that
/// returns effects, and a pure render. The shell owns one value of each registered screen
/// (`ScreenRegistry`) and reaches it only through this protocol.
///
/// A screen changes only its own state. It reads the model it is given — by value, so it cannot
/// write to it: the data, the derived views, the environment, the viewport, the strings and the
/// theme, the same value `bindings` and `render` read, so one type serves every call rather than
/// a second context type repeating its accessors. What it wants done beyond its own state it
/// returns as effects: I/O for the interpreter, and for the shell the status line
/// (`.status`, `Effect.error`) and the board date (`.setBoardDate`).
protocol Screen: Sendable, Equatable {
    associatedtype Command: Sendable & Equatable
    /// The screen's name; its place in `ScreenRegistry.standard` gives its tab number and keys.
    static var id: ScreenID { get }
    /// The tab's title.
    static var title: Phrase { get }
    /// Whether a reviewer may open it (第二十条 保守秘密); most screens are the office's only.
    static var reviewerAllowed: Bool { get }
    init()
    /// The screen's bindings as things stand (a form open, a list focused …); the shell adds the
    /// global ones. The same list dispatches keys and draws the help bar and the help overlay.
    func bindings(_ model: AppModel) -> [KeyBinding<Command>]
    /// A bound key's command; `key` is the key pressed (list movement is one binding for several keys).
    mutating func perform(_ command: Command, key: Key, model: AppModel) -> [Effect]
    /// Printable and editing keys while a text field has focus; nil if the key is not for it.
    mutating func handleText(_ key: Key, model: AppModel) -> [Effect]?
    var capturesText: Bool { get }
    func render(model: AppModel, into buf: inout Buffer, area: Rect) -> (x: Int, y: Int)?
    /// The data changed (a change was saved): rebuild whatever the screen caches from it — at
    /// once if the screen is up, else when it is next shown, so opening the app builds only what
    /// the dashboard shows.
    mutating func dataDidChange(model: AppModel)
    /// The screen is about to be shown: build what it computes only when seen (ranking, awards,
    /// draw pools, scoring lists) if the data changed since; effects for what must be read first.
    mutating func willShow(model: AppModel) -> [Effect]
    /// The result of an effect while the screen is up (`Msg` other than keys): a refusal, a
    /// document read. The shell has already shown it in the status line (a `.status` returned
    /// here replaces that).
    mutating func receive(_ msg: Msg, model: AppModel) -> [Effect]
    /// The selected row in full, for the detail view (Enter or `v` where the screen does not use
    /// them): a title and its lines, nothing cut. nil when nothing is selected.
    func detail(_ model: AppModel) -> Detail?
}

/// What the detail view shows: everything a list row or panel had to cut.
struct Detail: Sendable, Equatable {
    var title: String
    var lines: [String]
}

extension Screen {
    static var reviewerAllowed: Bool { false }
    mutating func handleText(_ key: Key, model: AppModel) -> [Effect]? { nil }
    var capturesText: Bool { false }
    mutating func dataDidChange(model: AppModel) {}
    mutating func willShow(model: AppModel) -> [Effect] { [] }
    mutating func receive(_ msg: Msg, model: AppModel) -> [Effect] { [] }
    func detail(_ model: AppModel) -> Detail? { nil }
}

extension KeyBinding {
    /// The same binding, dispatching a wrapped action (a screen's command as an `AppCommand`).
    func map<B: Sendable>(_ f: (Action) -> B) -> KeyBinding<B> {
        KeyBinding<B>(keys: keys, help: help, action: f(action), showInBar: showInBar, disabledReason: disabledReason)
    }
}

/// Keys of the editing widgets: they go to a focused text field before any command.
func isEditingKey(_ key: Key) -> Bool {
    key.insertableCharacter != nil || [.backspace, .delete, .left, .right, .home, .end, .ctrl("u"), .ctrl("a"), .ctrl("e")].contains(key)
}
