import AwardDomain
import FastJSON
import Foundation

/// Checks a data directory against its journal: every entry's hash, the `prev` chain, and each
/// snapshot file's SHA-256 and seq against the last entry that wrote it. Reads only; needs no lock.
public enum AuditVerifier {
    /// `anchors`: heads kept outside the directory; the journal must still extend each one
    /// (entry SEQ exists and has that hash), which a rollback, a truncation or a re-chained
    /// history cannot fake.
    public static func verify(directory url: URL, anchors: [JournalAnchor] = []) -> AuditReport {
        let dir = DataDirectory(url)
        var report = AuditReport(entriesChecked: 0, filesChecked: 0, problems: [])
        let contents: JournalContents
        do { contents = try JournalContents.read(dir.journal) } catch {
            report.problems.append(.entry(seq: nil, line: 0, detail: error.message))
            return report
        }
        // A signed head whose signature is wrong was edited (or never signed by that key): it
        // proves nothing, so it is named and not used as an anchor.
        var anchors = anchors
        for a in anchors {
            guard let s = a.signed, !s.signatureIsValid else { continue }
            report.problems.append(.anchor(a, detail: Phrase(
                zh: "签名不符：这一行签名的日志头在签名后被改动过（序号、哈希、时间或密钥），不能作为锚点",
                en: "the signature does not match: this signed head was changed after it was signed (its seq, hash, time or key) and is not used as an anchor")))
        }
        anchors.removeAll { $0.signed?.signatureIsValid == false }
        var officeKeys: [String] = []
        var prev = JournalEntry.firstPrev
        var entries: [JournalEntry] = []
        var lastWrite: [String: (seq: Int, digest: String?)] = [:]
        /// The write before the last, for a file whose last write a kill left unfinished.
        var earlierWrite: [String: String] = [:]
        for line in contents.lines {
            let e: JournalEntry
            switch JournalLine.parse(line.bytes) {
            case .failure(let p):
                report.problems.append(.entry(seq: readableSeq(line.bytes), line: line.number, detail: p.phrase))
                return report
            case .success(let x): e = x
            }
            if e.seq != report.entriesChecked + 1 {
                report.problems.append(.entry(seq: e.seq, line: line.number, detail: Phrase(
                    zh: "序号应为 \(report.entriesChecked + 1)：有条目被删除、插入或调换",
                    en: "the seq should be \(report.entriesChecked + 1): an entry was removed, inserted or moved")))
                return report
            }
            if e.prev != prev {
                report.problems.append(.entry(seq: e.seq, line: line.number, detail: Phrase(
                    zh: "prev 与上一条的哈希不符：有条目被删除、插入、调换或改动",
                    en: "prev does not match the previous entry's hash: an entry was removed, inserted, moved or edited")))
                return report
            }
            // A change names its files without digests (a later checkpoint writes them): the file on
            // disk is what the last entry with its digest wrote.
            for t in e.touches where e.digests[t] != nil || lastWrite[t] == nil {
                if let d = lastWrite[t]?.digest { earlierWrite[t] = d }
                lastWrite[t] = (e.seq, e.digests[t])
            }
            for a in anchors where a.seq == e.seq {
                if e.hash.hasPrefix(a.hash) {
                    report.anchorsChecked += 1
                } else {
                    report.problems.append(.anchor(a, detail: Phrase(
                        zh: "日志第 \(e.seq) 条的哈希现为 \(e.hash.prefix(16))…，与锚点不符：该条目或它之前的历史被改写过",
                        en: "journal entry \(e.seq) now has hash \(e.hash.prefix(16))…, not the anchor's: it or the history before it was rewritten")))
                }
            }
            if case .packages(.recordOfficeKey(let keys)) = e.action { officeKeys.append(keys.signing.lowercased()) }
            prev = e.hash
            entries.append(e)
            report.entriesChecked += 1
            report.head = JournalHead(seq: e.seq, hash: e.hash)
        }
        // A valid signature by a key the journal never recorded as the office's is not the office's.
        for a in anchors {
            guard let s = a.signed, !officeKeys.contains(s.key) else { continue }
            report.problems.append(.anchor(a, detail: officeKeys.isEmpty
                ? Phrase(zh: "日志中没有登记办公室密钥，无法确认签名人", en: "the journal records no office key, so the signer cannot be confirmed")
                : Phrase(zh: "签名密钥 \(s.key.prefix(16))… 不是日志登记的办公室密钥 \(officeKeys[0].prefix(16))…：不是本办公室签发，或办公室密钥的登记被改写过",
                         en: "the signing key \(s.key.prefix(16))… is not the office key the journal records, \(officeKeys[0].prefix(16))…: the office did not sign it, or the key's record was rewritten")))
        }
        for a in anchors where a.seq > report.entriesChecked {
            report.problems.append(.anchor(a, detail: Phrase(
                zh: "日志只到第 \(report.entriesChecked) 条，没有第 \(a.seq) 条：日志被截断或回退过，已确认的条目丢失",
                en: "the journal ends at entry \(report.entriesChecked) and has no entry \(a.seq): it was cut back or rolled back, and acknowledged entries are gone")))
        }
        if !contents.tail.isEmpty {
            report.problems.append(.entry(seq: readableSeq(contents.tail), line: contents.lines.count + 1, detail: Phrase(
                zh: "最后一行没有换行结尾：写入被中断或被改动（打开数据目录时会移除未确认的半行）",
                en: "the last line has no newline: a write was interrupted or the line was edited (opening the directory removes an unacknowledged half line)")))
            return report
        }

        if let replay = AuditReplay.check(dir, entries: entries) {
            report.problems += replay.problems
            report.replayedThrough = replay.through
        }
        var names = Set(lastWrite.keys)
        for name in [DataDirectory.registryName, DataDirectory.calendarName] where Posix.exists(dir.file(name)) { names.insert(name) }
        for y in (try? dir.cycleYears()) ?? [] { names.insert(DataDirectory.cycleName(y)) }
        for name in names.sorted() {
            // The journal's last entry may be a write a kill interrupted between its entry and its
            // renames: a file still as the write before left it is unfinished, not edited.
            let unfinished = lastWrite[name]?.seq == report.entriesChecked ? earlierWrite[name] : nil
            if let problem = check(name, in: dir, against: lastWrite[name], unfinishedFrom: unfinished) {
                report.problems.append(.snapshot(file: name, detail: problem))
            } else {
                report.filesChecked += 1
            }
        }
        return report
    }

    /// What is wrong with one snapshot file, or nil if it is what the journal says was written.
    static func check(_ name: String, in dir: DataDirectory, against written: (seq: Int, digest: String?)?,
                      unfinishedFrom earlier: String? = nil) -> Phrase? {
        let bytes: Data?
        do { bytes = try Posix.read(dir.file(name)) } catch { return error.message }
        guard let bytes else {
            return Phrase(zh: "文件不见了（日志第 \(written?.seq ?? 0) 条写入过它）", en: "the file is missing (journal entry \(written?.seq ?? 0) wrote it)")
        }
        guard let written else {
            return Phrase(zh: "日志中没有写入它的记录：文件是在程序之外放进来的", en: "no journal entry wrote it: it was put there outside the program")
        }
        let digest = Canonical.sha256Hex(bytes)
        if digest != written.digest, let earlier, digest == earlier {
            return Phrase(zh: "第 \(written.seq) 条日志（最后一条）的写入尚未完成：上次在写入数据文件时被中断，文件仍是之前的版本；打开数据目录（任何命令）会自动完成它",
                          en: "the write of journal entry \(written.seq), the last, is unfinished: the last run was interrupted while writing the data files and this file is still the version before; opening the directory (any command) completes it")
        }
        guard digest == written.digest else {
            return Phrase(zh: "内容与第 \(written.seq) 条日志记录的摘要不符：文件在程序之外被改动过",
                          en: "its content does not match the digest journal entry \(written.seq) recorded: it was edited outside the program")
        }
        if let header = try? FastJSONDecoder().decode(EnvelopeHeader.self, from: bytes), header.seq != written.seq {
            return Phrase(zh: "文件记录的序号 \(header.seq) 与最后写入它的第 \(written.seq) 条日志不符",
                          en: "its recorded seq \(header.seq) does not match entry \(written.seq), the last that wrote it")
        }
        return nil
    }

    /// The journal's head (its last entry) without checking the chain; nil for an empty journal.
    public static func head(directory url: URL) throws(StoreError) -> JournalHead? {
        let dir = DataDirectory(url)
        let contents = try JournalContents.read(dir.journal)
        guard let last = contents.lines.last else { return nil }
        switch JournalLine.parse(last.bytes) {
        case .success(let e): return JournalHead(seq: e.seq, hash: e.hash)
        case .failure(let p): throw Recovery.damagedJournal(dir, line: last.number, p.phrase)
        }
    }

    /// The seq of a damaged line, when that much of it still reads.
    private static func readableSeq(_ line: Data) -> Int? {
        struct SeqOnly: Decodable { var seq: Int }
        return (try? FastJSONDecoder().decode(SeqOnly.self, from: line))?.seq
    }

    /// Journal entries for listings, optionally from a day on (Asia/Shanghai) and by one actor.
    /// Lines that do not parse are left out; `verify` reports them.
    public static func log(directory url: URL, since: Day? = nil, actor: String? = nil) throws(StoreError) -> [JournalEntry] {
        let contents = try JournalContents.read(DataDirectory(url).journal)
        return contents.lines.compactMap { line -> JournalEntry? in
            guard case .success(let e) = JournalLine.parse(line.bytes) else { return nil }
            if let since, e.time.day < since { return nil }
            if let actor, e.actor != actor { return nil }
            return e
        }
    }
}
