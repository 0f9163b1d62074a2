import ArgumentParser
import AwardDomain
import AwardStore
import Foundation
import ReviewPackage

/// `qaward --data DIR init --sample` or `init --year 2027`: makes a lasting data directory.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Make a new data directory.")

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "Fill it with the sample 2026 cycle.")
    var sample = false

    @Option(name: .long, help: "The cycle year of a new, empty data directory.")
    var year: Int?

    func run() throws {
        let lang = global.language
        let dir = global.dataURL
        if sample {
            try SampleData.initialize(dir, lang: lang, actor: global.operatorName)
        } else {
            let y = year ?? Day(instant: Date()).year
            guard (2000...2100).contains(y) else { throw ValidationError(lang == .zh ? "年度 \(y) 无效" : "Year \(y) is not valid") }
            do {
                try Store.initialize(directory: dir, year: y, actor: global.operatorName)
            } catch {
                throw CommandFailure(error.text(lang))
            }
        }
        // The office's key for review packages is made with the directory, so its fingerprint can
        // go on the first draw record (第二十条; docs/reviewer-packages.md).
        let store = try global.openStore()
        defer { store.close() }
        let keys: PartyKeyPair
        do { keys = try OfficeDesk.keys(store) } catch { throw CommandFailure(error.text(lang)) }
        print(lang == .zh ? "已建立数据目录 \(dir.path)" : "Made data directory \(dir.path)")
        print(lang == .zh ? "办公室签名密钥指纹：\(keys.publicKeys.fingerprint)" : "Office signing key fingerprint: \(keys.publicKeys.fingerprint)")
    }
}
