import ArgumentParser
import AwardDomain
import AwardStore
import Foundation
import ReviewPackage

/// `qaward package export|import`: review packages out to experts, their signed returns in
/// (第二十条 保守秘密; docs/reviewer-packages.md).
struct PackageCommands: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "package", abstract: "Review packages for experts on their own machines, and their signed returns.",
        subcommands: [PackageExport.self, PackageImport.self, PackageOfficeKey.self])
}

extension Stage: ExpressibleByArgument {}

struct PackageExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write one expert's package for a panel and stage, encrypted to the expert and signed by the office.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "The panel, e.g. P2026-01.") var panel: String
    @Option(help: "D (document review), Q (Q&A defence) or S (on-site review).") var stage: Stage
    @Option(help: "The expert, e.g. E003.") var expert: String
    @Option(help: "The package file to write.") var out: String
    @Option(help: "table (default) or json.") var format: OutputFormat = .table

    func run() throws {
        let lang = global.language
        let store = try global.openStore()
        defer { store.close() }
        let result: (content: PackageContent, file: Data)
        do { result = try OfficeDesk.exportPackage(store, panelID: panel, stage: stage, expertID: expert) } catch {
            throw CommandFailure(error.text(lang))
        }
        try global.writeOutput(result.file, to: out)
        let issue = result.content.issue
        if format == .json {
            try printJSON(issue)
            return
        }
        print(Phrase.packageWritten(id: issue.id, seq: issue.seq, applications: result.content.applications.count, sheets: issue.sheetIDs.count, out: out, expert: expert, recipientKey: issue.recipientKey, fingerprint: result.content.office.fingerprint).text(lang))
    }
}

struct PackageImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Check an expert's signed return and apply its score sheets as submitted by that expert.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The return file the expert's `qaward reviewer submit` wrote.") var file: String
    @Option(help: "table (default) or json.") var format: OutputFormat = .table

    func run() throws {
        let lang = global.language
        let bytes = try global.readFile(file)
        let store = try global.openStore()
        defer { store.close() }
        let content: ReturnContent
        do { content = try OfficeDesk.importReturn(store, file: bytes) } catch { throw CommandFailure(error.text(lang)) }
        if format == .json {
            var receipt = content.receipt
            receipt.digest = store.data.cycle.packageReturns.last?.digest ?? ""
            try printJSON(receipt)
            return
        }
        let r = content.receipt
        let signed = Attribution.signedNote(expertID: r.expertID, fingerprint: r.keyFingerprint)
        print(Phrase.returnImported(sheets: content.sheets.count, ids: content.sheets.map(\.id), signed: signed, packageID: r.packageID, returnSeq: r.returnSeq).text(lang))
    }
}

/// `qaward package office-key`: the office key's fingerprint (made now if there is none), for
/// the README's instructions to reviewers and the draw record.
struct PackageOfficeKey: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "office-key", abstract: "Show the office key's fingerprint (making the key if there is none).")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let lang = global.language
        let store = try global.openStore()
        defer { store.close() }
        let keys: PartyKeyPair
        do { keys = try OfficeDesk.keys(store) } catch { throw CommandFailure(error.text(lang)) }
        print(Phrase.officeKeyFingerprint(fingerprint: keys.publicKeys.fingerprint).text(lang))
    }
}
