import AwardDomain
import Foundation

/// A journal entry as the audit listings show it: the entry and one line saying what it did.
public struct AuditLogLine: Hashable, Sendable {
    public var entry: JournalEntry
    public var summary: Phrase

    public init(entry: JournalEntry, summary: Phrase) { self.entry = entry; self.summary = summary }

    /// `2026-03-02 09:00:01`, Asia/Shanghai (the journal stores the same instant with +08:00).
    public var time: String {
        let s = entry.time.description
        return String(s.prefix(10)) + " " + String(s.dropFirst(11).prefix(8))
    }
}

extension JournalEntry {
    /// An entry as listings show it, for views built without a journal file (its `prev` and
    /// `hash` are left empty: only the store's writer makes a chained entry).
    public init(seq: Int, time: Timestamp, actor: String, action: Action?, event: StoreEvent? = nil) {
        self.init(seq: seq, time: time, actor: actor, action: action, event: event, today: nil,
                  touches: [], digests: [:], prev: "", hash: "")
    }
}

extension StoreEvent {
    public var summary: Phrase {
        switch self {
        case .initialize(let y): Phrase(zh: "建立数据目录（\(y) 年度）", en: "Made the data directory (cycle \(y))")
        case .createCycle(let y): Phrase(zh: "新建 \(y) 年度", en: "Opened a new cycle \(y)")
        case .restore(let f, let v): Phrase(zh: "将 \(f) 恢复到历史版本 \(v)", en: "Restored \(f) to history version \(v)")
        case .repair(let f, let v): Phrase(zh: "修复损坏的 \(f)（自历史版本 \(v) 按日志重做）", en: "Repaired damaged \(f) (from history version \(v), redone from the journal)")
        case .checkpoint: Phrase(zh: "数据文件写到最新", en: "Data files brought up to date")
        case .installRubric(let f): Phrase(zh: "安装评分细则 \(f)", en: "Installed the scoring rubric \(f)")
        }
    }
}

extension AuditVerifier {
    /// The journal with a summary per entry, oldest first, optionally from a day on (Asia/Shanghai)
    /// and by one actor. Summaries are worked out over the whole journal, so an organization saved
    /// for the first time reads "新增" and a later save of it "修改" even when the first is filtered out.
    public static func describedLog(directory url: URL, since: Day? = nil, actor: String? = nil) throws(StoreError) -> [AuditLogLine] {
        var known: Set<String> = []
        var out: [AuditLogLine] = []
        for e in try log(directory: url) {
            let summary: Phrase
            if let action = e.action {
                var isNew: Bool?
                if let u = action.upsertedID { isNew = known.insert("\(u.kind):\(u.id)").inserted }
                for i in action.importedIDs { known.insert("\(i.kind):\(i.id)") }
                let plain = action.journalSummary(isNew: isNew, at: e.time)
                // Reviewer mode at the office: the terminal acted for the expert, which no key proves.
                if let expert = Attribution.officeTerminalExpert(e.actor) {
                    let note = Attribution.officeTerminalNote(expert)
                    summary = Phrase(zh: "\(plain.zh)（\(note.zh)）", en: "\(plain.en) (\(note.en))")
                } else {
                    summary = plain
                }
            } else if let event = e.event {
                summary = event.summary
            } else {
                summary = Phrase(zh: "（空条目）", en: "(empty entry)")
            }
            if let since, e.time.day < since { continue }
            if let actor, e.actor != actor, Attribution.officeTerminalExpert(e.actor) != actor { continue }
            out.append(AuditLogLine(entry: e, summary: summary))
        }
        return out
    }
}

extension Store {
    /// The journal with summaries; see `AuditVerifier.describedLog`.
    public func describedLog(since: Day? = nil, actor: String? = nil) throws(StoreError) -> [AuditLogLine] {
        try AuditVerifier.describedLog(directory: directory.url, since: since, actor: actor)
    }

    /// The seq of the last journal entry, i.e. of the last acknowledged change.
    public var lastSeq: Int { journal.lastSeq }

    /// Tightens loose permissions of a data directory without opening it (第二十条: files 0600,
    /// folders 0700), for commands that only read; the warning says what was changed, nil if nothing.
    public static func tightenPermissions(directory url: URL) throws(StoreError) -> Phrase? {
        let dir = DataDirectory(url)
        guard Posix.exists(dir.file(DataDirectory.registryName)) || Posix.exists(dir.journal) else {
            throw .notADataDirectory(directory: dir.url)
        }
        let fixed = try Permissions.tighten(dir)
        return fixed.isEmpty ? nil : Permissions.warning(fixed)
    }
}
