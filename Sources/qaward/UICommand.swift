import ArgumentParser
import AwardApp
import AwardDomain
import AwardStore
import CursesBackend
import Foundation
import TerminalUI

/// Opens the terminal UI on a data directory (or on a fresh copy of the sample data with --demo).
struct UICommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ui", abstract: "Open the terminal UI (the default).")

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "Theme: default, light, high-contrast or monochrome (NO_COLOR forces monochrome).")
    var theme: String = "default"

    @Flag(name: .long, help: "Copy the sample 2026 cycle into a new temporary data directory and open it.")
    var demo = false

    @Option(name: .long, help: "Open as this expert: only the expert's own panels and score sheets (第二十条).")
    var reviewer: String?

    func run() throws {
        let lang = global.language
        let today = try global.todayDay()
        let theme = try ThemeLoader.load(name: theme, lang: lang)
        let directory: URL
        if demo {
            directory = try SampleData.makeDemoDirectory(lang: lang)
        } else {
            directory = global.dataURL
        }
        let actor = reviewer ?? global.operatorName
        let store: Store
        do {
            store = try Store.open(directory: directory, actor: actor, now: { Date() })
        } catch {
            fail(error.text(lang))
        }
        if let r = reviewer, store.data.registry.expert(r) == nil {
            fail(lang == .zh ? "专家库中没有编号为 \(r) 的专家" : "No expert with id \(r) in the pool")
        }
        let env = AppEnvironment(lang: lang, theme: theme, operatorName: actor, reviewerID: reviewer,
                                 today: today, dataDirectory: directory.path)
        let terminal = CursesTerminal()
        var runner = AppRunner(model: AppModel(env: env, data: store.data), backend: terminal, store: store,
                               shouldQuit: { TerminalRestore.shouldQuit })
        runner.run()
        terminal.restore()
    }
}
