import AwardDomain
import Foundation
import TerminalUI

/// Finds a theme file in `themes/` (next to the program's sources, the current directory, or
/// $QAWARD_THEMES). NO_COLOR (no-color.org) turns any theme monochrome.
enum ThemeLoader {
    static func searchPaths() -> [URL] {
        var paths: [URL] = []
        let env = ProcessInfo.processInfo.environment
        if let d = env["QAWARD_THEMES"] { paths.append(URL(fileURLWithPath: d)) }
        paths.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("themes"))
        // The package root, for `swift run` from anywhere: Sources/qaward/ThemeLoader.swift → ../../themes.
        paths.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("themes"))
        return paths
    }

    static func load(name: String, lang: Language) throws -> Theme {
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        for dir in searchPaths() {
            let file = dir.appendingPathComponent(name + ".theme")
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            do {
                let theme = try Theme.parse(name: name, text: text)
                return noColor ? theme.withoutColor() : theme
            } catch {
                throw CommandFailure(Phrase.themeFileInvalid(file: file.path, error: error).text(lang))
            }
        }
        if name == "default" { return noColor ? Theme.monochrome : Theme.defaultColors }
        if name == "monochrome" { return Theme.monochrome }
        throw CommandFailure(Phrase.noTheme(name: name).text(lang))
    }
}
