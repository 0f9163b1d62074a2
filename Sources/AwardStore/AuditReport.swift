import AwardDomain
import Foundation

/// The result of checking the journal's hash chain and the snapshot files against it.
public struct AuditReport: Hashable, Sendable {
    public enum Problem: Hashable, Sendable {
        /// A journal line that is not what was written: its seq (when it can be read) and line number.
        case entry(seq: Int?, line: Int, detail: Phrase)
        /// A snapshot file that does not match the digest the journal recorded for it.
        case snapshot(file: String, detail: Phrase)
        /// A head kept outside the directory that the journal no longer extends.
        case anchor(JournalAnchor, detail: Phrase)

        public var message: Phrase {
            switch self {
            case .entry(let seq, let line, let d):
                let which = seq.map { Phrase(zh: "（第 \($0) 条）", en: " (entry \($0))") } ?? Phrase.empty
                return Phrase(zh: "日志 journal.jsonl 第 \(line) 行\(which.zh)：\(d.zh)", en: "Journal journal.jsonl line \(line)\(which.en): \(d.en)")
            case .snapshot(let file, let d):
                return Phrase(zh: "数据文件 \(file)：\(d.zh)", en: "Data file \(file): \(d.en)")
            case .anchor(let a, let d):
                return Phrase(zh: "锚点 \(a.seq):\(a.hash)：\(d.zh)", en: "Anchor \(a.seq):\(a.hash): \(d.en)")
            }
        }
    }

    /// Journal entries whose hash and link were checked and found intact.
    public var entriesChecked: Int
    /// Snapshot files found to match the journal.
    public var filesChecked: Int
    /// Anchors the journal was found to extend.
    public var anchorsChecked = 0
    /// The journal's last entry, when it reads.
    public var head: JournalHead?
    /// How far the journal was redone from its first entry and found to make the files it
    /// recorded (nil: not replayed, e.g. a directory made before init kept first versions).
    public var replayedThrough: Int?
    public var problems: [Problem]
    public var isIntact: Bool { problems.isEmpty }

    public init(entriesChecked: Int, filesChecked: Int, problems: [Problem]) {
        self.entriesChecked = entriesChecked; self.filesChecked = filesChecked; self.problems = problems
    }
}
