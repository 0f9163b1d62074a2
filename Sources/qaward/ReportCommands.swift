import ArgumentParser
import AwardDomain
import AwardStore
import Foundation

/// `qaward report document-review|onsite|composite|feedback`: the review's reports from the
/// recorded data (第十一条（三）、（五）、（六）), as text, Markdown or Word.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The review reports: 资料评审报告, 现场评审报告, 综合评价报告, 反馈报告.",
        subcommands: [DocumentReviewReportCommand.self, OnsiteReportCommand.self, CompositeReportCommand.self, FeedbackReportCommand.self])
}

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, docx
}

/// Options every report takes.
struct ReportOptions: ParsableArguments {
    @Option(help: "One applicant (default: every applicant the report concerns).") var application: String?
    @Option(help: "text, markdown or docx (Word, GB/T 9704; needs --out; one report per page).") var format: ReportFormat = .text
    @Option(help: "Write to this file (created 0600 unless --file-mode) instead of standard output.") var out: String?

    func emit(_ docs: [OfficeDocument], global: GlobalOptions, author: String) throws {
        let lang = global.language
        if format == .docx {
            guard let out else {
                throw CommandFailure(Phrase(zh: "Word 格式须用 --out 指定文件", en: "Word output needs --out FILE").text(lang))
            }
            try global.writeOutput(OfficeDocument.docx(docs, author: author), to: out)
            print(Phrase.reportsWritten(count: docs.count, to: out).text(lang))
            return
        }
        let rendered = docs.map { format == .markdown ? $0.markdown : $0.plainText }
        let text = rendered.joined(separator: format == .markdown ? "\n---\n\n" : "\n\u{0C}\n")
        guard let out else { print(text, terminator: ""); return }
        try global.writeOutput(Data(text.utf8), to: out)
        print(Phrase.reportsWritten(count: docs.count, to: out).text(lang))
    }

    /// The applicants a per-applicant report is made for: the one asked, or every one `applies` to.
    func applicants(_ data: AwardData, lang: Language, applies: (String) -> Bool) throws -> [String] {
        if let id = application {
            guard data.cycle.application(id) != nil else {
                throw CommandFailure(Phrase(zh: "申报 \(id) 不存在", en: "Application \(id) does not exist").text(lang))
            }
            return [id]
        }
        let ids = data.cycle.applications.map(\.id).filter(applies)
        guard !ids.isEmpty else {
            throw CommandFailure(Phrase(zh: "没有可出具该报告的申报（评分尚未录入）", en: "No applicant has what this report needs yet (no scores recorded)").text(lang))
        }
        return ids
    }
}

/// Runs a per-applicant report over the chosen applicants, refusals in the user's language.
private func perApplicant(_ global: GlobalOptions, _ options: ReportOptions, stage: Stage,
                          make: (AwardData, String, Language, Day) throws(DomainError) -> OfficeDocument) throws {
    let lang = global.language
    let today = try global.todayDay()
    let store = try global.openStore()
    defer { store.close() }
    let data = store.data
    let ids = try options.applicants(data, lang: lang) { id in
        data.cycle.sheets.contains { $0.applicationID == id && $0.stage == stage && $0.status == .submitted }
    }
    var docs: [OfficeDocument] = []
    for id in ids {
        do { docs.append(try make(data, id, lang, today)) } catch { throw CommandFailure(error.text(lang)) }
    }
    try options.emit(docs.map { $0.stamped(at: store.head, lang) }, global: global, author: store.data.registry.settings.officeName)
}

struct DocumentReviewReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "document-review", abstract: "资料评审报告 per applicant (第十一条（三）).")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: ReportOptions
    func run() throws {
        try perApplicant(global, options, stage: .document) { (d, id, lang, _) throws(DomainError) in try DocumentReviewReport.make(d, applicationID: id, lang) }
    }
}

struct OnsiteReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "onsite", abstract: "现场评审报告 per applicant (第十一条（五）).")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: ReportOptions
    func run() throws {
        try perApplicant(global, options, stage: .onsite) { (d, id, lang, _) throws(DomainError) in try OnsiteReviewReport.make(d, applicationID: id, lang) }
    }
}

struct FeedbackReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feedback", abstract: "反馈报告 per applicant: findings and score bands, no expert's name, no individual sheet.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: ReportOptions
    func run() throws {
        try perApplicant(global, options, stage: .document) { (d, id, lang, today) throws(DomainError) in
            try FeedbackReport.make(d, applicationID: id, today: today, lang)
        }
    }
}

struct CompositeReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "composite", abstract: "综合评价报告 for the cycle, for the committee (第十一条（六）).")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: ReportOptions
    func run() throws {
        let lang = global.language
        if options.application != nil {
            throw CommandFailure(Phrase(zh: "综合评价报告针对整个年度，不用 --application", en: "The composite report covers the whole cycle: leave out --application").text(lang))
        }
        let today = try global.todayDay()
        let store = try global.openStore()
        defer { store.close() }
        try options.emit([CompositeReport.make(store.data, today: today, lang).stamped(at: store.head, lang)], global: global, author: store.data.registry.settings.officeName)
    }
}
