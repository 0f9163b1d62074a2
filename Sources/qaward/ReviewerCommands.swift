import ArgumentParser
import AwardApp
import AwardDomain
import AwardStore
import CursesBackend
import Foundation
import ReviewPackage
import TerminalUI

/// `qaward reviewer init|open|scores|submit`: an expert's side of review packages, on their own
/// machine, with no office data directory (第二十条 保守秘密; docs/reviewer-packages.md).
struct ReviewerCommands: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reviewer", abstract: "An expert's own keys and review packages, on the expert's own machine.",
        subcommands: [ReviewerInit.self, ReviewerOpen.self, ReviewerScores.self, ReviewerSubmit.self])
}

/// Options of the commands that work on a package in a reviewer's directory.
struct ReviewerPackageOptions: ParsableArguments {
    @Argument(help: "The package file the office sent.") var file: String
    @Option(help: "The reviewer's own directory (made by qaward reviewer init).") var dir: String

    /// The package opened and checked, and its store in the reviewer's directory. What the
    /// reviewer must know before working on it (drafts carried from an older package's folder, or
    /// a newer package already opened here) is printed on standard error and returned as
    /// `notice`, for the score grid's status line (a replaced package as a warning).
    func open(_ lang: Language) throws -> (content: PackageContent, keys: PartyKeyPair, store: URL, notice: StatusMessage?) {
        let rdir = ReviewerDirectory(URL(fileURLWithPath: dir))
        guard let bytes = FileManager.default.contents(atPath: file) else {
            throw CommandFailure(Phrase.cannotReadPackage(file: file).text(lang))
        }
        func tell(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }
        do {
            let keyFile = try rdir.privateKeyFile()
            let passphrase = keyFile.needsPassphrase ? try Passphrase.read(lang, confirm: false) : nil
            let keys = try keyFile.unlock(passphrase: passphrase)
            let opened = try rdir.openPackage(bytes, keys: keys, expertID: keyFile.owner)
            if opened.pinnedNow {
                let fp = opened.content.office.fingerprint
                FileHandle.standardError.write(Data(Phrase.officeKeyPinned(fingerprint: fp).text(lang).utf8))
            }
            let issue = opened.content.issue
            let prepared = try rdir.prepareStore(opened.content)
            var notice: StatusMessage?
            if let carried = prepared.carried {
                tell(carried.text(lang, intoPackageID: issue.id))
                notice = StatusMessage(carried.status.text(lang), kind: .info)
            }
            if let newer = rdir.newerPackage(than: issue) {
                let replaced = Phrase.packageReplacedHere(id: issue.id, newer: newer).text(lang)
                tell(replaced)
                notice = StatusMessage(replaced, kind: .error)
            }
            return (opened.content, keys, prepared.store, notice)
        } catch let e as SealError {
            throw CommandFailure(e.text(lang))
        }
    }
}

/// Reads the passphrase of a reviewer's private keys: QAWARD_PASSPHRASE when set (scripts),
/// otherwise asked at the terminal without echo.
enum Passphrase {
    static func read(_ lang: Language, confirm: Bool) throws -> String {
        if let p = ProcessInfo.processInfo.environment["QAWARD_PASSPHRASE"], !p.isEmpty { return p }
        guard isatty(STDIN_FILENO) != 0 else {
            throw CommandFailure(Phrase(zh: "私钥有口令保护：请在终端运行，或设置 QAWARD_PASSPHRASE", en: "The private keys are protected by a passphrase: run at a terminal or set QAWARD_PASSPHRASE").text(lang))
        }
        func ask(_ prompt: String) -> String { getpass(prompt).map { String(cString: $0) } ?? "" }
        let first = ask(Phrase(zh: "口令：", en: "Passphrase: ").text(lang))
        guard !first.isEmpty else { throw CommandFailure(Phrase(zh: "口令不能为空", en: "The passphrase cannot be empty").text(lang)) }
        if confirm, ask(Phrase(zh: "再输入一次：", en: "Again: ").text(lang)) != first {
            throw CommandFailure(Phrase(zh: "两次输入的口令不同，未生成密钥", en: "The passphrases differ; no keys were made").text(lang))
        }
        return first
    }
}

struct ReviewerInit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Make the expert's signing (Ed25519) and encryption (X25519) keys in the reviewer's directory.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "The expert's id in the office's pool, e.g. E003.") var expert: String
    @Option(help: "The reviewer's own directory (made 0700).") var dir: String
    @Flag(help: "Protect the private keys with a passphrase (asked twice, or QAWARD_PASSPHRASE).") var passphrase = false
    @Option(name: .customLong("office-fingerprint"), help: "The office key's fingerprint from the draw record or the README; packages signed by another key are refused.")
    var officeFingerprint: String?

    func run() throws {
        let lang = global.language
        let phrase = passphrase ? try Passphrase.read(lang, confirm: true) : nil
        let pub: PublicKeyFile
        do { pub = try ReviewerDirectory.initialize(URL(fileURLWithPath: dir), expertID: expert, passphrase: phrase, officeFingerprint: officeFingerprint) } catch {
            throw CommandFailure(error.text(lang))
        }
        let rdir = ReviewerDirectory(URL(fileURLWithPath: dir))
        print(Phrase(zh: "已为 \(expert) 生成密钥（私钥 \(rdir.keyFile.path)，仅本人可读\(passphrase ? "，有口令保护" : "")）。\n请将公钥文件 \(rdir.publicFile(pub.expertID).path) 交给办公室，并电话核对指纹：\n  \(pub.keys.fingerprint)",
                     en: "Made \(expert)'s keys (private keys in \(rdir.keyFile.path), owner-only\(passphrase ? ", passphrase-protected" : "")).\nSend the public key file \(rdir.publicFile(pub.expertID).path) to the office and read back its fingerprint over the phone:\n  \(pub.keys.fingerprint)").text(lang))
    }
}

struct ReviewerOpen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Open the score grid on a review package; work is saved in the reviewer's directory.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var package: ReviewerPackageOptions
    @Option(name: .long, help: "Theme: default, light, high-contrast or monochrome.") var theme: String = "default"

    func run() throws {
        let lang = global.language
        let today = try global.todayDay()
        let theme = try ThemeLoader.load(name: theme, lang: lang)
        let opened = try package.open(lang)
        let expert = opened.content.issue.expertID
        let store = try UICommand.open(opened.store, actor: expert, lang: lang)
        defer { store.close() }
        let env = AppEnvironment(lang: lang, theme: theme, operatorName: expert, reviewerID: expert,
                                 today: today, dataDirectory: opened.store.path)
        let terminal = CursesTerminal()
        var runner = AppRunner(model: AppModel(env: env, data: store.data), backend: terminal, store: store,
                               shouldQuit: { TerminalRestore.shouldQuit })
        if let notice = opened.notice, runner.model.status == nil { runner.model.status = notice }
        runner.run()
        terminal.restore()
    }
}

/// Scores drafted in Excel or WPS, in the columns of `qaward scores import` (docs/csv-columns.md).
struct ReviewerScores: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scores", abstract: "Import scores drafted in Excel/WPS (the columns of scores import) into a review package.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var package: ReviewerPackageOptions
    @Option(name: .customLong("import"), help: "The CSV file (UTF-8; Excel's “CSV UTF-8”).") var csv: String
    @Flag(help: "Submit every imported sheet that is complete.") var submit = false

    func run() throws {
        let lang = global.language
        let bytes = try global.readFile(csv)
        let opened = try package.open(lang)
        let store = try UICommand.open(opened.store, actor: opened.content.issue.expertID, lang: lang)
        defer { store.close() }
        let batch: ImportBatch
        switch CSVImport.parse(kind: .scores, data: bytes, registry: store.data.registry, cycle: store.data.cycle, rubrics: store.data.rubrics) {
        case .failure(let errors): throw CommandFailure(errors.report(lang: lang))
        case .success(let b): batch = b
        }
        do {
            for action in batch.actions() { try store.commit(action) }
            var submitted: [String] = []
            if submit {
                let issue = opened.content.issue
                for s in store.data.cycle.sheets where s.expertID == issue.expertID && s.panelID == issue.panelID && s.stage == issue.stage
                    && s.status != .submitted && s.missingItems(rubric: opened.content.rubric).isEmpty {
                    try store.commit(.scoring(.submit(sheetID: s.id)))
                    submitted.append(s.id)
                }
            }
            print(Phrase(zh: "已导入 \(batch.count) 张评分表" + (submit ? "，提交 \(submitted.count) 张" : ""),
                         en: "Imported \(batch.count) score sheets" + (submit ? ", submitted \(submitted.count)" : "")).text(lang))
        } catch {
            throw CommandFailure(error.text(lang))
        }
    }
}

struct ReviewerSubmit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit", abstract: "Write the submitted sheets as a return, signed by the expert and encrypted to the office.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var package: ReviewerPackageOptions
    @Option(help: "The return file to write and send to the office.") var out: String

    func run() throws {
        let lang = global.language
        let opened = try package.open(lang)
        let store = try UICommand.open(opened.store, actor: opened.content.issue.expertID, lang: lang)
        defer { store.close() }
        let sealed: (file: Data, content: ReturnContent)
        do { sealed = try ReviewerDirectory(URL(fileURLWithPath: package.dir)).sealReturn(opened.content, store: store, keys: opened.keys) } catch {
            throw CommandFailure(error.text(lang))
        }
        try global.writeOutput(sealed.file, to: out)
        let r = sealed.content.receipt
        print(Phrase.returnWritten(out: out, count: r.sheetIDs.count, sheets: r.sheetIDs, expertID: r.expertID, keyFingerprint: r.keyFingerprint, packageID: r.packageID, returnSeq: r.returnSeq).text(lang))
    }
}
