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
            guard (2000...2100).contains(y) else { throw ValidationError(Phrase.yearNotValid(year: y).text(lang)) }
            if let years = try? Store.cycleYears(directory: dir) {
                // Already a data directory: a new year belongs beside the earlier ones, whose
                // winners and revocations its eligibility reads.
                let have = years.map(String.init).joined(separator: Phrase.enumerationComma.text(lang))
                throw CommandFailure(Phrase.alreadyADataDirectory(directory: dir.path, cycles: have, year: y).text(lang))
            }
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
        print(Phrase.dataDirectoryMade(directory: dir.path).text(lang))
        print(Phrase.officeKeyMade(fingerprint: keys.publicKeys.fingerprint).text(lang))
    }
}
