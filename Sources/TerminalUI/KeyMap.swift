// Key bindings as data (Bubble Tea's key.Binding, lazygit's binding lists): one table per screen
// both dispatches keys and draws the help bar and help overlay, so they can never disagree.

public struct KeyBinding<Action: Sendable>: Sendable {
    /// Keys that trigger the binding; the first is the one shown most prominently.
    public var keys: [Key]
    /// Short description for the help bar, e.g. "保存".
    public var help: String
    public var action: Action
    /// False for bindings that only appear in the full help overlay.
    public var showInBar: Bool = true
    /// When set, the binding is disabled: it does not dispatch, is drawn dim, and the reason is
    /// shown in the help overlay (and can be shown when the key is pressed).
    public var disabledReason: String? = nil

    public init(
        keys: [Key], help: String, action: Action, showInBar: Bool = true, disabledReason: String? = nil
    ) {
        self.keys = keys
        self.help = help
        self.action = action
        self.showInBar = showInBar
        self.disabledReason = disabledReason
    }

    /// A binding for a single key.
    public init(
        _ key: Key, help: String, action: Action, showInBar: Bool = true, disabledReason: String? = nil
    ) {
        self.init(keys: [key], help: help, action: action, showInBar: showInBar, disabledReason: disabledReason)
    }

    public var isEnabled: Bool { disabledReason == nil }

    /// The keys as shown in help: labels joined by "/", e.g. "q/Esc".
    public var keyLabel: String { keys.map(\.label).joined(separator: "/") }

    func listens(to key: Key) -> Bool { keys.contains { $0.matches(key) } }
}

public struct KeyMap<Action: Sendable>: Sendable {
    public var bindings: [KeyBinding<Action>]

    public init(_ bindings: [KeyBinding<Action>]) {
        self.bindings = bindings
    }

    /// The action of the first enabled binding listing `key`; nil when none does (including when
    /// the only binding for it is disabled).
    public func action(for key: Key) -> Action? {
        bindings.first { $0.isEnabled && $0.listens(to: key) }?.action
    }

    /// The first enabled binding listing `key`, or failing that the first disabled one — so the
    /// caller can tell the user why the key does nothing right now.
    public func binding(for key: Key) -> KeyBinding<Action>? {
        index(for: key).map { bindings[$0] }
    }

    private func index(for key: Key) -> Int? {
        bindings.firstIndex { $0.isEnabled && $0.listens(to: key) } ?? bindings.firstIndex { $0.listens(to: key) }
    }

    /// The bindings as the help shows them: each with only the keys that reach it (a key an
    /// earlier enabled binding takes is not listed again further down, as `binding(for:)`
    /// dispatches it), and without a binding no key reaches.
    public var reachable: [KeyBinding<Action>] {
        bindings.indices.compactMap { i in
            var shown = bindings[i]
            shown.keys = shown.keys.filter { index(for: $0) == i }
            return shown.keys.isEmpty ? nil : shown
        }
    }

    /// This map followed by `other`'s bindings (earlier bindings win on a shared key), e.g. a
    /// screen's bindings then the global ones.
    public func appending(_ other: KeyMap<Action>) -> KeyMap<Action> {
        KeyMap(bindings + other.bindings)
    }

    /// The map with `reason` set (or cleared, when nil) on every binding whose action satisfies
    /// `predicate` — for disabling e.g. "save" while a form has errors.
    public func disabling(where predicate: (Action) -> Bool, reason: String?) -> KeyMap<Action> {
        var m = self
        for i in m.bindings.indices where predicate(m.bindings[i].action) {
            m.bindings[i].disabledReason = reason
        }
        return m
    }
}
