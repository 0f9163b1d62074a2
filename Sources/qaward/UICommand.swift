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
        // The demo's copy was for trying things out: nothing of it is kept (removed after the
        // store below is closed: defers run last first).
        defer { if demo { try? FileManager.default.removeItem(at: directory) } }
        // Reviewer mode at the office is the office's terminal acting for the expert: the journal
        // says so, unlike a return signed with the expert's own key (README, docs/reviewer-packages.md).
        let actor = reviewer.map(Attribution.officeTerminal) ?? global.operatorName
        let store = try Self.open(directory, actor: actor, lang: lang, cycle: global.cycle)
        defer { store.close() }
        if let r = reviewer, store.data.registry.expert(r) == nil {
            throw CommandFailure(Phrase.noExpertInPool(expert: r).text(lang))
        }
        let env = AppEnvironment(lang: lang, theme: theme, operatorName: actor, reviewerID: reviewer,
                                 today: today, dataDirectory: directory.path)
        let terminal = CursesTerminal()
        var model = AppModel(env: env, data: store.data)
        model.cycleYears = (try? store.cycleYears) ?? [store.data.cycle.year]
        var runner = AppRunner(model: model, backend: terminal, store: store,
                               shouldQuit: { TerminalRestore.shouldQuit })
        runner.run()
        terminal.restore()
    }

    /// Opens the store; a damaged file with a good earlier version is offered for repair at the
    /// terminal (the program never overwrites it on its own).
    static func open(_ directory: URL, actor: String, lang: Language, cycle: Int? = nil) throws -> Store {
        do {
            return try Store.open(directory: directory, actor: actor, now: { Date() }, cycle: cycle)
        } catch .corrupt(let file, let detail, let good?) {
            let message = StoreError.corrupt(file: file, detail: detail, newestGoodVersion: good).text(lang)
            FileHandle.standardError.write(Data((message + "\n").utf8))
            let relative = file.path.hasPrefix(directory.path + "/") ? String(file.path.dropFirst(directory.path.count + 1)) : file.path
            guard isatty(STDIN_FILENO) != 0 else {
                throw CommandFailure(Phrase.repairHint(directory: directory.path, relative: relative).text(lang))
            }
            print(Phrase(zh: "恢复到该版本并按日志重做之后的修改？[y/N] ", en: "Restore that version and redo later changes from the journal? [y/N] ").text(lang), terminator: "")
            guard let answer = readLine(), ["y", "yes", "是"].contains(answer.lowercased()) else { throw CommandFailure(Phrase(zh: "未修改任何文件", en: "Nothing was changed").text(lang)) }
            do {
                return try Store.restoreNewestGood(directory: directory, file: file, actor: actor)
            } catch {
                throw CommandFailure(error.text(lang))
            }
        } catch {
            throw CommandFailure(error.text(lang))
        }
    }
}
