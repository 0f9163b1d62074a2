import AwardDomain
import Testing
import TerminalUI
@testable import AwardApp

/// A screen is its own folder plus one registry line: these screens are declared here, in the
/// test, and registered after the program's nine, with nothing else changed.
struct NotesScreen: Screen, Equatable {
    static let id = ScreenID("notes")
    static let title = Phrase(zh: "便笺", en: "Notes")

    enum Command: Sendable, Equatable { case count, move, say }
    var count = 0
    var lastMove: Key?

    func bindings(_ model: AppModel) -> [KeyBinding<Command>] {
        [KeyBinding(keys: [.char("n")], help: model.env.lang == .zh ? "计数" : "count", action: .count),
         KeyBinding(keys: [.up, .down], help: "", action: .move, showInBar: false),
         KeyBinding(keys: [.char("s")], help: "say", action: .say)]
    }

    mutating func perform(_ command: Command, key: Key, model: AppModel) -> [Effect] {
        switch command {
        case .count: count += 1
        case .move: lastMove = key
        case .say: return [.status(StatusMessage("notes: \(count)", kind: .success))]  // the shell shows it
        }
        return []
    }

    func render(model: AppModel, into buf: inout Buffer, area: Rect) -> (x: Int, y: Int)? {
        buf.put("notes \(count)", x: area.x + 1, y: area.y, style: model.theme[.normal])
        return nil
    }
}

struct ExtraScreen: Screen, Equatable {
    static let id = ScreenID("extra")
    static let title = Phrase(zh: "Extra", en: "Extra")
    func bindings(_ model: AppModel) -> [KeyBinding<NoCommand>] { [] }
    mutating func perform(_ command: NoCommand, key: Key, model: AppModel) -> [Effect] {}
    func render(model: AppModel, into buf: inout Buffer, area: Rect) -> (x: Int, y: Int)? { nil }
}

@Suite struct RegistryTests {
    static let registry = ScreenRegistry.standard.adding([NotesScreen.self, ExtraScreen.self])

    /// Tab 10 is reached by `0`, tab 11 by F11; both show in the tab row at 120 columns; the
    /// screen's key reaches its command with the key pressed.
    @Test func aTenthAndEleventhScreenWork() {
        var h = AppHarness(width: 120, height: 40, registry: Self.registry)
        h.send(.char("0"))
        #expect(h.model.screen == NotesScreen.id)
        h.send(.char("n"), .char("n"), .down)
        #expect(h.model.screens[NotesScreen.self] == NotesScreen(count: 2, lastMove: .down))
        #expect(h.screen()[2].hasPrefix(" notes 2"))
        #expect(h.screen()[1].contains(" 0 便笺 "))
        #expect(h.screen()[1].contains(" F11 Extra "))
        // Its status line is an effect the shell applies; the screen's state is unchanged by it.
        h.send(.char("s"))
        #expect(h.model.status == StatusMessage("notes: 2", kind: .success))
        #expect(h.effects == []) // applied by the shell, not passed on as I/O
        #expect(h.model.screens[NotesScreen.self] == NotesScreen(count: 2, lastMove: .down))
        h.send(.function(11))
        #expect(h.model.screen == ExtraScreen.id)
        h.send(.char("0"))
        #expect(h.model.screen == NotesScreen.id)
        // The program's own tabs keep their keys.
        h.send(.function(6))
        #expect(h.model.screen == .ranking)
    }

    @Test func keysOfTabs() {
        #expect(ScreenRegistry.keys(ofTab: 0) == [.char("1")])
        #expect(ScreenRegistry.keys(ofTab: 1) == [.char("2"), .function(2)])
        #expect(ScreenRegistry.keys(ofTab: 8) == [.char("9"), .function(9)])
        #expect(ScreenRegistry.keys(ofTab: 9) == [.char("0")])
        #expect(ScreenRegistry.keys(ofTab: 10) == [.function(11)])
        #expect(ScreenRegistry.keys(ofTab: 12) == [])
    }
}
