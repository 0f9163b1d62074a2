import ArgumentParser
import AwardDomain
import AwardStore
import Foundation

/// `qaward settings show` and `qaward settings set KEY VALUE`: the cycle's settings (deadlines,
/// quotas, places, aggregation; 第三条, 第十一条（三）) and the office's (name and contact on the
/// documents). Each change is one journaled action; a value of the wrong form, or one that would
/// undo a decision already taken, is refused with its rule.
struct SettingsCommands: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings", abstract: "Show or change the cycle's and the office's settings.",
        subcommands: [SettingsShowCommand.self, SettingsSetCommand.self])
}

extension SettingKey: ExpressibleByArgument {}

struct SettingsShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print every setting with its key, value and rule.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "table or json.") var format: OutputFormat = .table

    struct Row: Encodable {
        var key: String
        var scope: String
        var label: String
        var value: String
        var rule: String
    }

    func run() throws {
        let lang = global.language
        let store = try global.openStore()
        defer { store.close() }
        let rows = SettingKey.allCases.map {
            Row(key: $0.rawValue, scope: $0.scope.rawValue, label: $0.label.text(lang), value: $0.value(in: store.data), rule: $0.rule.text(lang))
        }
        switch format {
        case .json: try printJSON(rows)
        case .table:
            print(Phrase.settingsOfCycle(year: store.data.cycle.year).text(lang))
            for r in rows where r.scope == SettingKey.Scope.cycle.rawValue { print("  \(r.key.padding(toLength: 22, withPad: " ", startingAt: 0))\(r.value)  (\(r.label))") }
            print(Phrase(zh: "办公室设置：", en: "Office settings:").text(lang))
            for r in rows where r.scope == SettingKey.Scope.office.rawValue { print("  \(r.key.padding(toLength: 22, withPad: " ", startingAt: 0))\(r.value)  (\(r.label))") }
        }
    }
}

struct SettingsSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Change one setting (journaled). Keys: " + SettingKey.allCases.map(\.rawValue).joined(separator: ", ") + ".")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The setting's key (see `settings show`).") var key: SettingKey
    @Argument(help: "The new value.") var value: String
    @Option(help: "The reason, for places fewer than the quota (第三条), e.g. the meeting minutes.") var note: String = ""

    func run() throws {
        let lang = global.language
        let store = try global.openStore()
        defer { store.close() }
        do {
            let action = try key.action(value, note: note, in: store.data)
            try store.commit(action, today: try global.todayDay())
        } catch let e as DomainError {
            throw CommandFailure(e, lang)
        } catch let e as StoreError {
            throw CommandFailure(e, lang)
        }
        print(Phrase(zh: "\(key.label.zh)：\(key.value(in: store.data))", en: "\(key.label.en): \(key.value(in: store.data))").text(lang))
    }
}
