#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AwardDomain
import Foundation

/// What open checks of each data file before it trusts it: that the file is the one the journal
/// says was written (its digest against the entry whose seq it records), and that its data keeps
/// the invariants every change keeps (unique ids, valid codes, percentages in range, the cycle's
/// year). A file that fails is refused and named, never rewritten: re-signing an outside edit in
/// the next checkpoint would launder it into the journal.
enum Integrity {
    /// Refuses `name` unless its bytes (`digest`) are what journal entry `seq` recorded for it.
    /// The entry is found by its line (seq N is line N in an unbroken journal), so this reads one
    /// line whatever the journal's length.
    static func checkDigest(_ name: String, seq: Int, digest: String, lines: [(number: Int, bytes: Data, end: Int)],
                            dir: DataDirectory) throws(StoreError) {
        guard seq >= 1, seq <= lines.count else {
            throw .editedOutside(file: dir.file(name), name: name, detail: Phrase(
                zh: "它记录的日志序号 \(seq) 不存在（日志共 \(lines.count) 条）", en: "it records journal entry \(seq), which does not exist (the journal has \(lines.count))"))
        }
        let line = lines[seq - 1]
        let entry: JournalEntry
        switch JournalLine.parse(line.bytes) {
        case .failure(let p): throw Recovery.damagedJournal(dir, line: line.number, p.phrase)
        case .success(let e): entry = e
        }
        guard entry.seq == seq else {
            throw Recovery.damagedJournal(dir, line: line.number, Phrase(zh: "序号应为 \(seq)，实为 \(entry.seq)：有条目被删除或插入",
                                                                         en: "the seq should be \(seq), not \(entry.seq): an entry was removed or inserted"))
        }
        guard let recorded = entry.digests[name] else {
            throw .editedOutside(file: dir.file(name), name: name, detail: Phrase(
                zh: "它记录的第 \(seq) 条日志没有写入过它", en: "journal entry \(seq), which it records, never wrote it"))
        }
        guard recorded == digest else {
            throw .editedOutside(file: dir.file(name), name: name, detail: Phrase(
                zh: "内容与第 \(seq) 条日志记录的摘要不符", en: "its content does not match the digest journal entry \(seq) recorded"))
        }
    }

    /// What is wrong with the registry's data, or nil.
    static func problem(in registry: Registry) -> Phrase? {
        var ids = Set<String>()
        var codes = Set<String>()
        for o in registry.organizations {
            guard ids.insert(o.id).inserted else {
                return Phrase(zh: "组织编号 \(o.id) 出现了不止一次", en: "organization id \(o.id) appears more than once")
            }
            if let p = CreditCode.problem(o.creditCode) {
                return Phrase(zh: "组织 \(o.id) 的统一社会信用代码无效：\(p.zh)", en: "organization \(o.id) has an invalid credit code: \(p.en)")
            }
            guard codes.insert(o.creditCode).inserted else {
                return Phrase(zh: "统一社会信用代码 \(o.creditCode) 属于不止一个组织", en: "credit code \(o.creditCode) belongs to more than one organization")
            }
        }
        var experts = Set<String>()
        for e in registry.experts where !experts.insert(e.id).inserted {
            return Phrase(zh: "专家编号 \(e.id) 出现了不止一次", en: "expert id \(e.id) appears more than once")
        }
        return nil
    }

    /// What is wrong with a cycle file's data (`year` is the year its name gives), or nil.
    static func problem(in cycle: Cycle, year: Int) -> Phrase? {
        guard cycle.year == year else {
            return Phrase(zh: "文件名是 \(year) 年度，内容却是 \(cycle.year) 年度", en: "the file is named for \(year) but holds cycle \(cycle.year)")
        }
        var ids = Set<String>()
        for a in cycle.applications where !ids.insert(a.id).inserted {
            return Phrase(zh: "申报编号 \(a.id) 出现了不止一次", en: "application id \(a.id) appears more than once")
        }
        var sheets = Set<String>()
        for s in cycle.sheets {
            guard sheets.insert(s.id).inserted else {
                return Phrase(zh: "评分表 \(s.id) 出现了不止一次", en: "score sheet \(s.id) appears more than once")
            }
        }
        // Sheets set aside (a voided draw's, a replaced member's) keep their ids, so one id may recur there.
        for s in cycle.sheets + cycle.setAsideSheets.map(\.sheet) {
            for (item, p) in s.percents where !(0...100).contains(p) || p % 5 != 0 {
                return Phrase(zh: "评分表 \(s.id) 的条目 \(item) 为 \(p)%，应为 0–100 之间 5 的倍数",
                              en: "score sheet \(s.id) gives item \(item) \(p) %, not a multiple of 5 between 0 and 100")
            }
        }
        var panels = Set<String>()
        for p in cycle.panels where !panels.insert(p.id).inserted {
            return Phrase(zh: "评审组 \(p.id) 出现了不止一次", en: "panel \(p.id) appears more than once")
        }
        return nil
    }

    /// Refuses data that breaks an invariant, naming the file.
    static func require(_ problem: Phrase?, in name: String, dir: DataDirectory) throws(StoreError) {
        guard let problem else { return }
        throw .corrupt(file: dir.file(name), detail: "\(problem.zh) / \(problem.en)", newestGoodVersion: nil)
    }
}

extension Integrity {
    /// The last entry whose digests name `file`, found by a byte search over the whole journal (one
    /// pass, however long the journal) and confirmed by parsing that line.
    static func lastWrite(of file: String, in journal: JournalContents) -> (seq: Int, digest: String)? {
        let needle = Data("\"\(file)\":\"".utf8)
        var hits: [Int] = []
        journal.all.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            needle.withUnsafeBytes { (n: UnsafeRawBufferPointer) in
                guard let base = raw.baseAddress, let nb = n.baseAddress else { return }
                var at = 0
                // memchr to each `/` (rarer in the journal than a quote), then memcmp of the whole
                // needle around it (memmem is not in every libc).
                guard let slash = n.firstIndex(of: UInt8(ascii: "/")) else { return }
                at = slash
                while at < raw.count, let p = memchr(base + at, Int32(UInt8(ascii: "/")), raw.count - at) {
                    let offset = base.distance(to: UnsafeRawPointer(p)) - slash
                    if offset + n.count <= raw.count, memcmp(base + offset, nb, n.count) == 0 { hits.append(offset) }
                    at = offset + slash + 1
                }
            }
        }
        for offset in hits.reversed() {
            // The line holding the hit: the first whose end is past it.
            var lo = 0, hi = journal.lines.count
            while lo < hi { let mid = (lo + hi) / 2; if journal.lines[mid].end <= offset { lo = mid + 1 } else { hi = mid } }
            guard lo < journal.lines.count, case .success(let e) = JournalLine.parse(journal.lines[lo].bytes),
                  let d = e.digests[file] else { continue }
            return (e.seq, d)
        }
        return nil
    }

    /// Every rubric file must be what the journal last recorded for it. A directory made before
    /// rubrics were journaled (no entry names any) keeps the shipped defaults it was made with;
    /// any other rubric there must be installed with `qaward rubric install`.
    static func checkRubrics(_ dir: DataDirectory, journal: JournalContents) throws(StoreError) {
        for name in try Posix.list(dir.rubrics) where !AtomicFile.isTemp(name) {
            let file = RubricFiles.path(name)
            guard let bytes = try Posix.read(dir.file(file)) else { continue }
            let digest = Canonical.sha256Hex(bytes)
            if let written = lastWrite(of: file, in: journal) {
                guard written.digest == digest else {
                    throw .editedOutside(file: dir.file(file), name: file, detail: Phrase(
                        zh: "内容与第 \(written.seq) 条日志记录的摘要不符", en: "its content does not match the digest journal entry \(written.seq) recorded"))
                }
            } else if !(name == RubricFiles.defaultName && bytes == RubricFiles.encode(.gbt19580))
                        && !(name == RubricFiles.stageName(.qa) && bytes == RubricFiles.encode(Rubric.gbt19580.categoriesOnly)) {
                throw .editedOutside(file: dir.file(file), name: file, detail: Phrase(
                    zh: "日志中没有安装它的记录：评分细则须用 qaward rubric install 安装", en: "no journal entry installed it: rubrics are installed with qaward rubric install"))
            }
        }
    }
}
