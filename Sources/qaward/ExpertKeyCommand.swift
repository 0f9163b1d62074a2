import ArgumentParser
import AwardDomain
import AwardStore
import Foundation
import ReviewPackage

/// `qaward experts key E003 --import E003.pub.json`: records the public key an expert made with
/// `qaward reviewer init`, journaled; prints the fingerprint to read back to the expert over the
/// phone. A second key replaces the first only with `--reason`; returns signed with the old key
/// are refused from then on. Without `--import`, shows the key in force.
struct ExpertKeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key", abstract: "Record (or show) an expert's public key for review packages (第二十条).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The expert's id, e.g. E003.") var expert: String
    @Option(name: .customLong("import"), help: "The public key file the expert's `qaward reviewer init` wrote (E003.pub.json).")
    var file: String?
    @Option(help: "Why an expert's recorded key is replaced (needed when one is recorded).") var reason: String = ""
    @Option(help: "json or table.") var format: OutputFormat = .table

    func run() throws {
        let lang = global.language
        let store = try global.openStore()
        defer { store.close() }
        if let file {
            let bytes = try global.readFile(file)
            let pub: PublicKeyFile
            do { pub = try PublicKeyFile.decode(bytes) } catch { throw CommandFailure(error.text(lang)) }
            guard pub.expertID == expert else {
                throw CommandFailure(Phrase.keyFileOfAnother(expertID: pub.expertID, expert: expert).text(lang))
            }
            try global.commit(.packages(.recordReviewerKey(expertID: expert, keys: pub.keys, reason: reason)), to: store)
        }
        guard let key = store.data.registry.currentKey(of: expert) else {
            throw CommandFailure(Phrase.noRecordedKey(expert: expert).text(lang))
        }
        if format == .json {
            try printJSON(key)
            return
        }
        if file != nil {
            print(Phrase.publicKeyRecorded(expert: expert).text(lang))
        } else {
            print(Phrase.keyInForce(expert: expert, recordedAt: key.recordedAt.shortDescription, recordedBy: key.recordedBy).text(lang))
        }
        print("  " + key.keys.fingerprint)
    }
}
