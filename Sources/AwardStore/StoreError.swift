import AwardDomain
import Foundation

/// A file operation that failed, with the errno the system gave.
public struct IOFailure: Hashable, Sendable {
    public enum Operation: String, Sendable {
        case create, write, sync, rename, read, remove, lock, truncate, list, permissions
    }
    public var operation: Operation
    public var path: String
    public var code: Int32
    public init(_ operation: Operation, path: String, code: Int32) {
        self.operation = operation; self.path = path; self.code = code
    }
}

/// Who held a data directory's lock, as files of earlier versions wrote it into `qaward.lock`.
public struct LockHolder: Hashable, Codable, Sendable {
    public var pid: Int32
    public var user: String
    public var since: Timestamp
    public init(pid: Int32, user: String, since: Timestamp) { self.pid = pid; self.user = user; self.since = since }
}

/// Everything the store can refuse or fail with. Each case says what happened and what to do,
/// in both languages, through `message`; nothing on disk has changed when one is thrown unless
/// the message says otherwise.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    case io(IOFailure)
    /// The file was written by a newer qaward (its schema version is higher than ours).
    case newerSchema(file: URL, version: Int)
    /// The file does not parse; it is left as it is. `newestGoodVersion` is the newest history
    /// version that does parse, if there is one (`Store.restoreNewestGood` acts on it).
    case corrupt(file: URL, detail: String, newestGoodVersion: URL?)
    case locked(directory: URL, holder: LockHolder?)
    /// The data directory's path no longer names the directory this process opened (moved or
    /// replaced while open); nothing was written.
    case directoryReplaced(directory: URL)
    /// A change made meanwhile by another process touched what this change replaces.
    case conflict(actor: String, at: Timestamp, summary: Phrase)
    /// The domain refused the action; nothing changed.
    case refused(DomainError)
    case notEmpty(directory: URL)
    case notADataDirectory(directory: URL)
    case missingFile(URL)
    /// No cycle of `year` was ever made in the directory (no file, no journal entry); `existing`
    /// are the years that were.
    case noSuchCycle(directory: URL, year: Int, existing: [Int])
    /// A cycle of `year` was already made.
    case cycleExists(directory: URL, year: Int)
    case invalidRubric(file: URL, problem: DomainError)
    case unknownVersion(file: String, version: String)
    /// The journal holds an entry the program cannot apply again (e.g. recovery of a cycle file).
    case replayFailed(seq: Int, problem: DomainError)
    /// An earlier failure left the files behind the journal; the store must be reopened.
    case needsReopen
    /// A data file is not what the journal says was written (`name` relative to the directory):
    /// changed outside the program. It is refused and left as it is; `qaward history repair`
    /// puts back the version the journal records.
    case editedOutside(file: URL, name: String, detail: Phrase)

    public var message: Phrase {
        switch self {
        case .io(let f): return f.message
        case .newerSchema(let file, let v):
            return Phrase(zh: "数据文件 \(file.path) 的格式版本为 \(v)，高于本程序支持的版本 \(StoredFormat.schema)：请升级 qaward",
                          en: "Data file \(file.path) has format version \(v), newer than version \(StoredFormat.schema) this program supports: upgrade qaward")
        case .corrupt(let file, let detail, let good):
            let offer = good.map {
                Phrase(zh: "可恢复到历史版本 \($0.lastPathComponent)（最近一个完好的版本，之后的操作将按日志重做）",
                       en: "it can be restored from history version \($0.lastPathComponent) (the newest good one; later changes are redone from the journal)")
            } ?? Phrase(zh: "历史中没有可用的完好版本，请从备份恢复该文件", en: "history holds no good version; restore the file from a backup")
            return Phrase(zh: "数据文件 \(file.path) 已损坏，程序未改动它：\(detail.hasSuffix(".") ? String(detail.dropLast()) : detail)。\(offer.zh)",
                          en: "Data file \(file.path) is damaged and was left untouched: \(detail). \(offer.en.prefix(1).uppercased() + offer.en.dropFirst())")
        case .locked(let dir, let holder):
            guard let h = holder else {
                return Phrase(zh: "数据目录 \(dir.path) 正被另一个 qaward 占用，等待后仍未释放：请稍后重试，或关闭卡住的那个 qaward",
                              en: "Data directory \(dir.path) is held by another qaward and was not released in time: try again shortly, or close the one that is stuck")
            }
            return Phrase(zh: "数据目录 \(dir.path) 正被进程 \(h.pid)（用户 \(h.user)，自 \(h.since.shortDescription) 起）使用：请先关闭那个 qaward",
                          en: "Data directory \(dir.path) is in use by process \(h.pid) (user \(h.user), since \(h.since.shortDescription)): close that qaward first")
        case .directoryReplaced(let dir):
            return Phrase(zh: "数据目录 \(dir.path) 在使用中被移走或替换，未写入任何内容：请关闭并重新打开 qaward",
                          en: "Data directory \(dir.path) was moved or replaced while open; nothing was written: close and reopen qaward")
        case .conflict(let actor, let at, let summary):
            return Phrase(zh: "\(actor) 在 \(at.shortDescription) 刚修改了同一内容（\(summary.zh)），本次修改未保存：请查看最新内容后重新修改",
                          en: "\(actor) changed the same thing at \(at.shortDescription) (\(summary.en)); this change was not saved: look at the latest and make it again")
        case .refused(let e): return e.phrase
        case .notEmpty(let dir):
            return Phrase(zh: "目录 \(dir.path) 不是空的：新的数据目录只能建在空目录或不存在的目录中",
                          en: "Directory \(dir.path) is not empty: a new data directory can only be made in an empty or new directory")
        case .notADataDirectory(let dir):
            return Phrase(zh: "\(dir.path) 不是 qaward 的数据目录（没有 registry.json 和 journal.jsonl）。请检查路径，或新建：qaward --data \(dir.path) init --year 年度（或 init --sample 载入示例）",
                          en: "\(dir.path) is not a qaward data directory (no registry.json and journal.jsonl). Check the path, or make one: qaward --data \(dir.path) init --year YEAR (or init --sample for the sample cycle)")
        case .missingFile(let url):
            return Phrase(zh: "数据文件 \(url.path) 不见了：请从备份恢复它", en: "Data file \(url.path) is missing: restore it from a backup")
        case .noSuchCycle(let dir, let year, let existing):
            let have = existing.map(String.init)
            return Phrase(zh: "数据目录中还没有 \(year) 年度（已有：\(have.isEmpty ? "无" : have.joined(separator: "、"))）。新建该年度请运行 qaward --data \(dir.path) cycle new \(year)",
                          en: "There is no \(year) cycle in the data directory yet (there is: \(have.isEmpty ? "none" : have.joined(separator: ", "))). To make it, run qaward --data \(dir.path) cycle new \(year)")
        case .cycleExists(let dir, let year):
            return Phrase(zh: "\(year) 年度已经建立：请用 qaward --data \(dir.path) --cycle \(year) … 打开它",
                          en: "The \(year) cycle already exists: open it with qaward --data \(dir.path) … --cycle \(year)")
        case .invalidRubric(let file, let problem):
            return Phrase(zh: "评分细则文件 \(file.path) 无法使用：\(problem.text(.zh))", en: "Rubric file \(file.path) cannot be used: \(problem.text(.en))")
        case .unknownVersion(let file, let version):
            return Phrase(zh: "\(file) 的历史中没有版本 \(version)：请从历史列表中选择", en: "History of \(file) has no version \(version): pick one from the history list")
        case .replayFailed(let seq, let problem):
            return Phrase(zh: "按日志第 \(seq) 条重做时被拒绝：\(problem.text(.zh))。数据未改动，请联系技术支持",
                          en: "Redoing journal entry \(seq) was refused: \(problem.text(.en)). Nothing was changed; contact support")
        case .editedOutside(let file, let name, let d):
            return Phrase(zh: "数据文件 \(file.path) 与日志不符：\(d.zh)。它在程序之外被改动过，程序拒绝使用它，也不会改写它。请运行 qaward history repair \(name) 恢复日志记录的版本（之后的操作按日志重做）",
                          en: "Data file \(file.path) does not match the journal: \(d.en). It was changed outside the program; it is refused and left as it is. Run `qaward history repair \(name)` to put back the version the journal records (later changes are redone from the journal)")
        case .needsReopen:
            return Phrase(zh: "上一次保存未完成，数据文件落后于日志：请关闭并重新打开 qaward，程序会按日志补齐",
                          en: "The last save did not finish and the data files are behind the journal: close and reopen qaward, which completes them from the journal")
        }
    }

    public func text(_ lang: Language) -> String { message.text(lang) }
    public var description: String { message.zh }
}

extension IOFailure {
    /// What happened and what to do, by errno: the cases a clerk can act on get their own words.
    public var message: Phrase {
        let file = path
        switch code {
        case ENOSPC, EDQUOT:
            return Phrase(zh: "磁盘已满：无法写入 \(file)。已保存的数据未受影响，请释放空间后重试",
                          en: "The disk is full: could not write \(file). The data saved so far is unaffected; free some space and try again")
        case EROFS:
            return Phrase(zh: "磁盘是只读的：无法写入 \(file)。已保存的数据未受影响，请把数据目录放到可写的磁盘上（或重新挂载为可写）后重试",
                          en: "The disk is read-only: could not write \(file). The data saved so far is unaffected; move the data directory to a writable disk (or remount it writable) and try again")
        case EACCES, EPERM:
            return Phrase(zh: "没有权限\(operation.verb.zh) \(file)。已保存的数据未受影响，请确认数据目录属于当前用户且可写（权限 0700）后重试",
                          en: "No permission to \(operation.verb.en) \(file). The data saved so far is unaffected; make sure the data directory belongs to you and is writable (mode 0700), then try again")
        case ELOOP:
            return Phrase(zh: "\(file) 是符号链接：qaward 不经由符号链接读写数据目录中的文件（以免改动目录之外的文件）。请用真实文件替换该链接后重试",
                          en: "\(file) is a symbolic link: qaward does not read or write files of the data directory through links (so no file outside it is touched). Replace the link with the real file and try again")
        case EIO:
            return Phrase(zh: "\(operation.verb.zh) \(file) 时磁盘报告输入输出错误：磁盘可能损坏，请尽快备份数据目录",
                          en: "The disk reported an I/O error while trying to \(operation.verb.en) \(file): it may be failing; back up the data directory soon")
        default:
            let reason = String(cString: strerror(code))
            return Phrase(zh: "无法\(operation.verb.zh) \(file)（\(reason)，错误码 \(code)）。已保存的数据未受影响，请排除原因后重试",
                          en: "Could not \(operation.verb.en) \(file) (\(reason), errno \(code)). The data saved so far is unaffected; fix the cause and try again")
        }
    }
}

extension IOFailure.Operation {
    var verb: Phrase {
        switch self {
        case .create: Phrase(zh: "创建", en: "create")
        case .write: Phrase(zh: "写入", en: "write")
        case .sync: Phrase(zh: "同步到磁盘", en: "sync to disk")
        case .rename: Phrase(zh: "替换", en: "replace")
        case .read: Phrase(zh: "读取", en: "read")
        case .remove: Phrase(zh: "删除", en: "remove")
        case .lock: Phrase(zh: "锁定", en: "lock")
        case .truncate: Phrase(zh: "截断", en: "truncate")
        case .list: Phrase(zh: "列出", en: "list")
        case .permissions: Phrase(zh: "修改权限", en: "change the permissions of")
        }
    }
}
