/// One catalog per language: the shell's words, then each registered screen's own
/// (`Screen.words`, kept in the screen's folder), so a new screen brings its words with it.
/// A key defined twice is a mistake; the catalog test checks that the two languages have the same keys.
let zhCatalog: [String: String] = assemble(ScreenRegistry.standard.types.map { $0.words.zh })
let enCatalog: [String: String] = assemble(ScreenRegistry.standard.types.map { $0.words.en })

private func assemble(_ parts: [[String: String]]) -> [String: String] {
    parts.reduce(into: [:]) { all, part in all.merge(part) { first, _ in first } }
}

/// A screen's words in both languages, by catalog key.
struct ScreenWords: Sendable {
    var zh: [String: String] = [:]
    var en: [String: String] = [:]
}
