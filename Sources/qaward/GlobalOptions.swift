import ArgumentParser
import AwardDomain
import AwardStore
import Foundation

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Data directory (default: $XDG_DATA_HOME/qaward or ~/.local/share/qaward).")
    var data: String?

    @Option(name: .long, help: "Language: zh (default) or en. LANG/LC_ALL starting with 'en' also selects English.")
    var lang: String?

    @Option(name: .long, help: "Operator name recorded in the audit journal (default: $USER).")
    var `operator`: String?

    @Option(name: .long, help: "Show and count deadlines as of this day (YYYY-MM-DD), Asia/Shanghai.")
    var today: String?

    @Option(name: .customLong("file-mode"), help: "Octal permissions of files written outside the data directory (exports, reports, packages, returns); default 600, owner only (第二十条).")
    var fileMode: String?

    @Option(name: .long, help: "The cycle year to work on (default: the newest; `qaward cycle list` lists them).")
    var cycle: Int?

    /// zh unless `--lang en`, or LC_ALL / LANG start with "en" (LC_ALL wins, as in POSIX).
    var language: Language {
        if let l = lang { return l.lowercased().hasPrefix("en") ? .en : .zh }
        let env = ProcessInfo.processInfo.environment
        let locale = [env["LC_ALL"], env["LANG"]].compactMap { $0 }.first { !$0.isEmpty } ?? ""
        return locale.lowercased().hasPrefix("en") ? .en : .zh
    }

    var dataURL: URL {
        if let d = data { return URL(fileURLWithPath: d) }
        return DataDirectory.defaultURL(environment: ProcessInfo.processInfo.environment)
    }

    var operatorName: String {
        `operator` ?? ProcessInfo.processInfo.environment["USER"] ?? "office"
    }

    /// The day in Asia/Shanghai, or `--today`; a malformed date is refused before anything opens.
    func todayDay() throws -> Day {
        guard let s = today else { return Day(instant: Date()) }
        guard let d = Day(s) else {
            throw ValidationError(Phrase.notADate(option: "--today", text: s).text(language))
        }
        return d
    }
}

extension GlobalOptions {
    /// Opens the data directory for a command (the cycle of `--cycle`, else the newest), or
    /// throws the store's message. What open put right (a torn line cut, changes redone,
    /// permissions tightened) is said on stderr.
    func openStore() throws -> Store {
        do { return try openedStore() } catch {
            throw CommandFailure(error.text(language))
        }
    }

    /// Opens the data directory (the cycle of `--cycle`, else the newest), saying on stderr what
    /// open put right.
    func openedStore() throws(StoreError) -> Store {
        let store = try Store.open(directory: dataURL, actor: operatorName, cycle: cycle)
        for w in store.warnings { FileHandle.standardError.write(Data(("qaward: " + TerminalText.escaped(w.text(language)) + "\n").utf8)) }
        return store
    }
}

extension GlobalOptions {
    /// The bytes of a file the user named, or a message in their language.
    func readFile(_ path: String) throws -> Data {
        do { return try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw CommandFailure(Phrase.cannotReadFile(path).text(language))
        }
    }
}

/// `--format table|json` of the listing commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

/// Pretty, key-sorted JSON on standard output.
func printJSON<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { throw CommandFailure("cannot encode output") }
    FileHandle.standardOutput.write(data)
    FileHandle.standardOutput.write(Data("\n".utf8))
}
