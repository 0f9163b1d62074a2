import ArgumentParser
import AwardDomain
import AwardStore
import Foundation
import ReviewPackage

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
    @Flag(name: .long, help: "Sign the head with the office key (the one review packages are signed with; made if there is none).") var sign = false
    @Option(name: .long, help: "With --sign: add the signed head as a line to this file of anchors (made 0600 if new), for audit verify --anchors.") var out: String?

    private struct Output: Encodable {
        var seq: Int
        var hash: String
        var short: String
        var time: String?
        var key: String?
        var fingerprint: String?
        var signature: String?
        var line: String?
    }

    func run() throws {
        let lang = global.language
        if sign { return try runSigned() }
        if out != nil {
            throw ValidationError(Phrase(zh: "--out 只与 --sign 一起使用", en: "--out goes with --sign").text(lang))
        }
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

    /// Opens the directory (the office key is made and journaled the first time, before the head
    /// is read), signs the head as it is then, prints the line and adds it to `--out`.
    private func runSigned() throws {
        let lang = global.language
        let store = try global.openStore()
        defer { store.close() }
        let keys: PartyKeyPair
        do { keys = try OfficeDesk.keys(store) } catch { throw CommandFailure(error.text(lang)) }
        let head = store.head
        let signed: SignedHead
        do { signed = try SignedHead(head: head, time: Timestamp(Date()), signingKey: keys.signing) } catch {
            throw CommandFailure(Phrase(zh: "无法签名：\(error)", en: "Cannot sign: \(error)").text(lang))
        }
        if let out {
            var text = FileManager.default.fileExists(atPath: out) ? String(decoding: try global.readFile(out), as: UTF8.self) : ""
            if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
            try global.writeOutput(Data((text + signed.line + "\n").utf8), to: out)
        }
        let fingerprint = keys.publicKeys.fingerprint
        switch format {
        case .json:
            try printJSON(Output(seq: head.seq, hash: head.hash, short: head.short, time: signed.time.description, key: signed.key,
                                 fingerprint: fingerprint, signature: signed.signature, line: signed.line))
        case .text:
            print(signed.line)
            if !short {
                print(Phrase(zh: "审计日志头：第 \(head.seq) 条（\(head.short)），\(signed.time.seconds) 以办公室密钥签名（指纹 \(fingerprint)）", en: "Journal head: entry \(head.seq) (\(head.short)), signed \(signed.time.seconds) with the office key (fingerprint \(fingerprint))").text(lang))
                if let out { print(Phrase(zh: "已加入 \(out)：qaward audit verify --anchors \(out)", en: "Added to \(out): qaward audit verify --anchors \(out)").text(lang)) }
            }
        }
    }
}
