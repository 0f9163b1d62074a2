import ArgumentParser
import AwardDomain
import AwardStore
import Foundation

/// `qaward audit head`: the journal's last entry (seq and hash), to print, sign or send away. Kept
/// outside the directory, it lets `audit verify --anchor` catch a rollback or a rewritten history.
/// Reads only, without the lock, like the other audit commands.
struct AuditHeadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "head",
        abstract: "Print the journal's head (seq and hash, and the short SEQ:HASH form to keep as an anchor)."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: "text (default) or json.") var format: Format = .text
    @Flag(name: .long, help: "Print only the short form SEQ:HASH.") var short = false

    private struct Output: Encodable {
        var seq: Int
        var hash: String
        var short: String
    }

    func run() throws {
        let lang = global.language
        let head: JournalHead?
        do { head = try AuditVerifier.head(directory: global.dataURL) } catch {
            throw CommandFailure(error.text(lang))
        }
        guard let head else {
            throw CommandFailure(Phrase(zh: "\(global.dataURL.path) 没有审计日志：请检查路径", en: "\(global.dataURL.path) has no audit journal: check the path").text(lang))
        }
        switch format {
        case .json: try printJSON(Output(seq: head.seq, hash: head.hash, short: head.short))
        case .text where short: print(head.short)
        case .text:
            print(Phrase(zh: "审计日志头：第 \(head.seq) 条", en: "Journal head: entry \(head.seq)").text(lang))
            print(Phrase(zh: "哈希：\(head.hash)", en: "Hash: \(head.hash)").text(lang))
            print(Phrase(zh: "锚点（请另行保存）：\(head.short)", en: "Anchor (keep it elsewhere): \(head.short)").text(lang))
        }
    }
}
