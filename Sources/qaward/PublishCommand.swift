import ArgumentParser
import AwardDomain
import AwardStore
import Foundation

/// `qaward publish notice|results|payments|report|revocation [--format text|markdown|csv|docx|xlsx] [--out FILE]`:
/// the office's documents in the user's language, on standard output unless `--out` is given;
/// Word in the GB/T 9704 layout and Excel need `--out`.
struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Write a document: publicity notice, results announcement, payment list, score report or revocation notice.")

    enum Document: String, ExpressibleByArgument, CaseIterable { case notice, results, payments, report, revocation }
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, csv, docx, xlsx }

    @OptionGroup var global: GlobalOptions
    @Argument(help: "notice, results, payments, report or revocation.") var document: Document
    @Option(help: "text (default), markdown, csv (UTF-8 with BOM, for Excel), docx (Word, GB/T 9704) or xlsx (Excel).") var format: Format = .text
    @Option(help: "Write to this file instead of standard output (required for docx and xlsx).") var out: String?
    @Option(help: "notice: the public publicity period (default: the latest).") var period: String?
    @Option(help: "report: the application id.") var application: String?
    @Option(help: "revocation: the award, ORG:YEAR (e.g. O0001:2026), or ORG:YEAR:TIER.") var award: String?

    func run() throws {
        let lang = global.language
        let store = try global.openStore()
        defer { store.close() }
        // Each document ends with the journal head it was made at (audit verify --anchor).
        let doc = try make(store.data, lang: lang).stamped(at: store.head, lang)
        if document == .notice, store.data.registry.settings.lacksContact {
            FileHandle.standardError.write(Data(Phrase(
                zh: "qaward: 注意：公示未写联系方式；请用 qaward settings set 设置 contact-person、telephone、email、address\n",
                en: "qaward: note: the notice gives no contact; set contact-person, telephone, email and address with qaward settings set\n").text(lang).utf8))
        }
        let bytes: Data
        switch format {
        // On the terminal, text from older files is escaped (TerminalText); a file gets it as it is.
        case .text: bytes = Data((out == nil ? TerminalText.escaped(doc.plainText) : doc.plainText).utf8)
        case .markdown: bytes = Data((out == nil ? TerminalText.escaped(doc.markdown) : doc.markdown).utf8)
        case .csv: bytes = CSVExport.table(doc.tables.first ?? OfficeTable(headers: [], rows: []))
        case .docx: bytes = doc.docx(author: store.data.registry.settings.officeName)
        case .xlsx: bytes = doc.xlsx()
        }
        if format == .docx || format == .xlsx || out != nil {
            try global.writeFile(bytes, out: out, format: format.rawValue)
        } else {
            FileHandle.standardOutput.write(bytes)
        }
    }

    private func make(_ data: AwardData, lang: Language) throws -> OfficeDocument {
        do throws(DomainError) {
            switch document {
            case .notice:
                let latest = data.cycle.publicity.filter { $0.kind == .public }.max { $0.start < $1.start }
                guard let id = period ?? latest?.id else {
                    throw DomainError(zh: "尚无社会公示", en: "There is no public publicity yet", citation: .art11_7)
                }
                return try PublicityNotice.make(data, periodID: id, lang)
            case .results:
                return try ResultsAnnouncement.make(data, lang)
            case .payments:
                return PaymentListDocument.make(data, lang, date: try? global.todayDay())
            case .report:
                guard let id = application else {
                    throw DomainError(zh: "请用 --application 指定申报编号", en: "Give the application with --application")
                }
                return try ScoreReport.make(data, applicationID: id, lang)
            case .revocation:
                guard let text = award, let id = RevocationNotice.parseID(text) else {
                    throw DomainError(zh: "请用 --award 指定被撤销的奖项，格式为 组织编号:年度，例如 --award O0001:2026",
                                      en: "Give the revoked award with --award ORG:YEAR, e.g. --award O0001:2026", citation: .art14_15)
                }
                return try RevocationNotice.make(data, orgID: id.orgID, year: id.year, tier: id.tier, lang)
            }
        } catch {
            throw CommandFailure(error.text(lang))
        }
    }
}
