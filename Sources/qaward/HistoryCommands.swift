import ArgumentParser
import AwardDomain
import AwardStore
import Foundation

/// `qaward history list|restore|repair`: the last 20 versions of each data file.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history", abstract: "List and restore earlier versions of a data file.",
        subcommands: [List.self, Restore.self, Repair.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the kept versions of FILE (e.g. registry.json, cycles/2026.json).")
        @OptionGroup var global: GlobalOptions
        @Argument var file: String

        func run() throws {
            let lang = global.language
            let store = try global.openStore()
            defer { store.close() }
            do {
                let versions = try store.listHistory(file)
                if versions.isEmpty { print(Phrase.noEarlierVersions(file: file).text(lang)) }
                for v in versions {
                    print(Phrase.versionLine(name: v.name, seq: v.seq, replaced: v.replaced).text(lang))
                }
            } catch {
                throw CommandFailure(error.text(lang))
            }
        }
    }

    struct Restore: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Put VERSION of FILE back (journaled; the current one is kept in history).")
        @OptionGroup var global: GlobalOptions
        @Argument var file: String
        @Argument var version: String

        func run() throws {
            let lang = global.language
            let store = try global.openStore()
            defer { store.close() }
            do {
                try store.restore(file, version: version)
                print(Phrase.versionRestored(file: file, version: version).text(lang))
            } catch {
                throw CommandFailure(error.text(lang))
            }
        }
    }

    /// A damaged file: put back the newest version that reads and redo later changes from the journal.
    struct Repair: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Repair a damaged FILE from its newest good version and the journal.")
        @OptionGroup var global: GlobalOptions
        @Argument var file: String

        func run() throws {
            let lang = global.language
            do {
                let url = global.dataURL.appendingPathComponent(file)
                let store = try Store.restoreNewestGood(directory: global.dataURL, file: url, actor: global.operatorName)
                store.close()
                print(Phrase.fileRepaired(file: file).text(lang))
            } catch {
                throw CommandFailure(error.text(lang))
            }
        }
    }
}
