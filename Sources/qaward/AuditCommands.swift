import ArgumentParser
import AwardDomain
import AwardStore
import Foundation
import TerminalUI

/// `qaward audit verify` and `qaward audit log`: the tamper-evident journal, checked and listed.
/// Both only read the data (no lock, so they work while the UI is open); both first put back the
/// owner-only permissions review data must have (第二十条) and say so.
struct AuditCommandGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Check or list the audit journal.",
        subcommands: [AuditVerifyCommand.self, AuditLogCommand.self, AuditHeadCommand.self]
    )
}

/// Warns on stderr about loosened permissions it tightened; refuses a path that is no data directory.
private func tightenPermissions(_ global: GlobalOptions) throws {
    do {
        if let warning = try Store.tightenPermissions(directory: global.dataURL) {
            FileHandle.standardError.write(Data(("qaward: " + warning.text(global.language) + "\n").utf8))
        }
    } catch {
        throw CommandFailure(error.text(global.language))
    }
}

struct AuditVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check every journal entry's hash and link, and every data file against the journal (exit 1 if not intact)."
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "A journal head kept elsewhere, SEQ:HASH (as `audit head` prints it); the journal must still extend it. Repeatable.")
    var anchor: [String] = []

    @Option(name: .long, help: "A file of anchors, one SEQ:HASH or signed head (audit head --sign) per line (# starts a comment); a signed head's signature is checked against the office key the journal records.")
    var anchors: String?

    func run() throws {
        let lang = global.language
        var kept: [JournalAnchor] = []
        for a in anchor {
            guard let parsed = JournalAnchor(a) else { throw ValidationError("--anchor “\(a)”: " + JournalAnchor.usage.text(lang)) }
            kept.append(parsed)
        }
        if let path = anchors {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw ValidationError(Phrase(zh: "无法读取锚点文件 \(path)", en: "Cannot read the anchors file \(path)").text(lang))
            }
            switch JournalAnchor.parseFile(text) {
            case .success(let list): kept += list
            case .failure(let e): throw ValidationError("\(path): " + e.text(lang))
            }
        }
        try tightenPermissions(global)
        let report = AuditVerifier.verify(directory: global.dataURL, anchors: kept)
        var counts = Phrase(zh: "已核对日志条目 \(report.entriesChecked) 条、数据文件 \(report.filesChecked) 个",
                            en: "Checked \(report.entriesChecked) journal entries and \(report.filesChecked) data files").text(lang)
        if let n = report.replayedThrough {
            counts += Phrase(zh: "，并从第 1 条起重做至第 \(n) 条", en: ", and redid the journal from entry 1 through \(n)").text(lang)
        }
        if !kept.isEmpty {
            counts += Phrase(zh: "、锚点 \(report.anchorsChecked)/\(kept.count) 个", en: ", \(report.anchorsChecked) of \(kept.count) anchors").text(lang)
            let signed = kept.filter { $0.signed != nil }.count
            if signed > 0 {
                counts += Phrase(zh: "（其中 \(signed) 个带办公室签名，已核对签名）", en: " (\(signed) signed by the office, signatures checked)").text(lang)
            }
        }
        if report.isIntact {
            print(Phrase(zh: "审计校验通过：\(counts)，哈希链完整，数据文件与日志一致。",
                         en: "Audit check passed: \(counts); the hash chain is intact and the data files match the journal.").text(lang))
            return
        }
        print(Phrase(zh: "审计校验未通过：\(counts)；发现以下不一致（第一项是最早的）：",
                     en: "Audit check FAILED: \(counts); found these mismatches (the first is the earliest):").text(lang))
        for p in report.problems { print("  " + p.message.text(lang)) }
        throw ExitCode(1)
    }
}

struct AuditLogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "List the journal: time (Asia/Shanghai), operator, what was done; oldest first."
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "Only entries from this day on (YYYY-MM-DD, Asia/Shanghai).")
    var since: String?

    @Option(name: .long, help: "Only entries by this operator.")
    var actor: String?

    @Option(name: .long, help: "table (default), json, xlsx or docx (with --out).")
    var format: ListFormat = .table

    @Option(help: "The file for xlsx or docx.")
    var out: String?

    func run() throws {
        let lang = global.language
        var day: Day?
        if let s = since {
            guard let d = Day(s) else {
                throw ValidationError(Phrase.notADate(option: "--since", text: s).text(lang))
            }
            day = d
        }
        try tightenPermissions(global)
        let lines: [AuditLogLine]
        do { lines = try AuditVerifier.describedLog(directory: global.dataURL, since: day, actor: actor) } catch {
            throw CommandFailure(error.text(lang))
        }
        switch format {
        case .json: try printJSON(lines, lang: lang)
        case .table: printTable(lines, lang: lang)
        case .xlsx, .docx:
            let table = OfficeTable(
                headers: [
                    Phrase(zh: "序号", en: "Seq"),
                    Phrase(zh: "时间（北京时间）", en: "Time (Asia/Shanghai)"),
                    Phrase(zh: "操作人", en: "Operator"),
                    Phrase(zh: "操作", en: "Action"),
                    Phrase(zh: "涉及文件", en: "Files"),
                    Phrase(zh: "哈希", en: "Hash"),
                ].text(lang),
                rows: lines.map { [String($0.entry.seq), $0.time, $0.entry.actor, $0.summary.text(lang), $0.entry.touches.joined(separator: ";"), $0.entry.hash] },
                kinds: [.number, .text, .text, .text, .text, .code])
            // The document names the office and ends with the head it was made at, so the data
            // directory must open; the plain listing does not need it (it reads a damaged one too).
            let store = try global.openStore()
            defer { store.close() }
            try global.writeTable(table, title: Phrase(zh: "审计日志", en: "Audit log").text(lang), format: format, out: out,
                                  settings: store.data.registry.settings, head: store.head)
        }
    }

    private func printTable(_ lines: [AuditLogLine], lang: Language) {
        let head = [
            Phrase(zh: "序号", en: "Seq"),
            Phrase(zh: "时间（北京时间）", en: "Time (Asia/Shanghai)"),
            Phrase(zh: "操作人", en: "Operator"),
            Phrase(zh: "操作", en: "Action"),
        ].text(lang)
        let seqWidth = max(displayWidth(head[0]), lines.map { String($0.entry.seq).count }.max() ?? 0)
        let timeWidth = max(displayWidth(head[1]), 19)
        let actorWidth = max(displayWidth(head[2]), min(16, lines.map { displayWidth($0.entry.actor) }.max() ?? 0))
        func row(_ cells: [String]) -> String {
            padded(cells[0], toWidth: seqWidth, align: .right) + "  " + padded(cells[1], toWidth: timeWidth) + "  "
                + padded(truncate(cells[2], toWidth: actorWidth), toWidth: actorWidth) + "  " + cells[3]
        }
        print(row(head))
        // One entry, one line: a field's own line breaks (from files older than the input check) are escaped.
        for l in lines {
            print(row([String(l.entry.seq), l.time, TerminalText.escaped(l.entry.actor, keepLayout: false),
                       TerminalText.escaped(l.summary.text(lang), keepLayout: false)]))
        }
        if lines.isEmpty { print(Phrase(zh: "（没有符合条件的条目）", en: "(no matching entries)").text(lang)) }
    }

    private struct Row: Encodable {
        var seq: Int
        var time: String
        var actor: String
        var summary: String
        var touches: [String]
        var hash: String
    }

    private func printJSON(_ lines: [AuditLogLine], lang: Language) throws {
        let rows = lines.map {
            Row(seq: $0.entry.seq, time: $0.entry.time.description, actor: $0.entry.actor, summary: $0.summary.text(lang),
                touches: $0.entry.touches, hash: $0.entry.hash)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(rows) else { throw CommandFailure("JSON") }
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }
}
