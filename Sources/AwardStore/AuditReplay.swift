import AwardDomain
import Foundation

/// `audit verify`'s replay: the whole journal redone from its first entry, on the first version
/// of each file that init kept in history, comparing every digest the journal recorded with the
/// state its changes make. A data file edited and its digest forged to match (without changing
/// the changes themselves) is caught here; a change forged with the chain hashed again is caught
/// only by an anchor.
enum AuditReplay {
    struct State {
        var registry = Registry()
        var calendar = WorkdayCalendar.shipped
        var cycles: [Int: Cycle] = [:]
        var year = 0
        var rubricFiles: [String: Data] = [:]
        var rubrics: [Stage: Rubric] = [:]
    }

    struct Outcome {
        var problems: [AuditReport.Problem] = []
        /// The last entry redone (the journal's last, unless a restored version is no longer kept).
        var through: Int
    }

    /// What the replay found, or nil when it could not start (a directory made before init kept
    /// first versions). Each file is compared where the journal last recorded its digest (one
    /// encoding per file, so the check stays cheap as the journal grows).
    static func check(_ dir: DataDirectory, entries: [JournalEntry]) -> Outcome? {
        guard let first = entries.first, case .initialize(let year)? = first.event else { return nil }
        let history = History(dir)
        /// The bytes of a version of `file` (history, or the file itself) whose digest is `digest`.
        func version(_ file: String, digest: String) -> Data? {
            let kept = (try? history.versions(of: file).map(\.url)) ?? []
            for url in kept + [dir.file(file)] {
                if let bytes = try? Posix.read(url), Canonical.sha256Hex(bytes) == digest { return bytes }
            }
            return nil
        }
        var state = State()
        state.year = year
        for (file, digest) in first.digests {
            guard let bytes = version(file, digest: digest) else { return nil }
            guard load(file, bytes, into: &state) else { return nil }
        }
        guard let rubrics = try? RubricFiles.load(dir, bytes: { state.rubricFiles[$0] }) else { return nil }
        state.rubrics = rubrics

        var lastDigest: [String: Int] = [:]
        for e in entries { for f in e.digests.keys { lastDigest[f] = e.seq } }
        func problem(_ e: JournalEntry, _ zh: String, _ en: String) -> AuditReport.Problem {
            .entry(seq: e.seq, line: e.seq, detail: Phrase(zh: "从第 1 条重做到这一条：\(zh)", en: "redoing the journal from entry 1 to this one: \(en)"))
        }
        for e in entries.dropFirst() {
            if let y = e.touches.compactMap(cycleYear).first { state.year = y }
            if let action = e.action {
                var data = AwardData(registry: state.registry, cycle: state.cycles[state.year] ?? Cycle(year: state.year),
                                     calendar: state.calendar, rubrics: state.rubrics)
                do { data = try data.applying(action, context: ActionContext(actor: e.actor, at: e.time, today: e.today)) } catch {
                    return Outcome(problems: [problem(e, "该操作被拒绝（\(error.text(.zh))）：日志中的操作与之前的状态不符",
                                                      "the change is refused (\(error.text(.en))): the journal's changes do not fit the state before them")],
                                   through: e.seq)
                }
                state.registry = data.registry
                state.calendar = data.calendar
                state.cycles[state.year] = data.cycle
                continue
            }
            switch e.event {
            case .createCycle(let y)?: state.cycles[y] = state.cycles[y] ?? Cycle(year: y)
            case .restore(let file, _)?, .installRubric(let file)?:
                // The file as written is the state from here on: its own digest is the record.
                // A version pruned from history ends the replay there (said by `through`), not in a failure.
                guard let digest = e.digests[file], let bytes = version(file, digest: digest), load(file, bytes, into: &state) else {
                    return Outcome(through: e.seq - 1)
                }
                if RubricFiles.isRubric(file), let r = try? RubricFiles.load(dir, bytes: { state.rubricFiles[$0] }) { state.rubrics = r }
                continue
            default: break
            }
            // A checkpoint or a repair wrote its files from the state the changes before it made.
            for (file, digest) in e.digests.sorted(by: { $0.key < $1.key }) where !RubricFiles.isRubric(file) && lastDigest[file] == e.seq {
                guard let bytes = encode(file, of: state, seq: e.seq),
                      Canonical.sha256Hex(bytes) == digest || readsAs(file, version(file, digest: digest), state) else {
                    let continued = continuedAfterSetAside(file, version(file, digest: digest))
                    if !continued.isEmpty {
                        let ids = continued.joined(separator: "、")
                        return Outcome(problems: [problem(e, "\(file) 由较早版本的程序写入：其中评分表 \(ids) 在其抽取作废或组员被替换之后仍被继续填写；本程序在作废或替换时把这些评分表留存备查、不再计分，因此日志重做的结果与该文件不同。文件与日志本身未见改动，这些评分表须由办公室核对",
                                        "\(file) was written by an older program that let sheet(s) \(ids) go on after their draw was voided or their member replaced; this program sets such sheets aside at the void or replacement, so redoing the journal no longer makes this file. Nothing shows the file or the journal was altered; the office checks these sheets")],
                                       through: e.seq)
                    }
                    return Outcome(problems: [problem(e, "它记录的 \(file) 摘要与日志中之前的操作得出的内容不符：文件与摘要被改写过，或日志中的操作被改动过",
                                    "the digest it records for \(file) is not that of what the journal's changes before it make: the file and its digest were rewritten, or changes in the journal were")],
                                   through: e.seq)
                }
            }
        }
        return Outcome(through: entries.last?.seq ?? 0)
    }

    /// A cycle file written by an older program, in a layout this one reads differently (its
    /// sheets of voided draws still in the live table, which reading sets aside as a void does
    /// now): it matches when, read as this program reads it, it is the state the journal makes.
    /// The file itself is the one the journal recorded (found by its digest), never rewritten.
    static func readsAs(_ file: String, _ bytes: Data?, _ state: State) -> Bool {
        guard let bytes, let year = cycleYear(file), let replayed = state.cycles[year],
              case .success(let r) = EnvelopeCodec.decode(Cycle.self, kind: "cycle", from: bytes) else { return false }
        return r.payload == replayed
    }

    /// The sheets an older program let a member go on with after their draw was voided or they
    /// were replaced (read as set aside, with changes after it was set aside): why such a file
    /// and this program's replay differ.
    static func continuedAfterSetAside(_ file: String, _ bytes: Data?) -> [String] {
        guard let bytes, cycleYear(file) != nil,
              case .success(let r) = EnvelopeCodec.decode(Cycle.self, kind: "cycle", from: bytes) else { return [] }
        return r.payload.setAsideSheets.filter { a in a.sheet.history.contains { $0.at > a.at } }.map(\.sheet.id)
    }

    static func cycleYear(_ name: String) -> Int? {
        SnapshotKind.of(name) == .cycle ? Int(name.dropFirst(7).dropLast(5)) : nil
    }

    /// Reads `bytes` as `file` into the state; false if it does not read.
    static func load(_ file: String, _ bytes: Data, into state: inout State) -> Bool {
        if RubricFiles.isRubric(file) { state.rubricFiles[String(file.dropFirst(8))] = bytes; return true }
        switch SnapshotKind.of(file) {
        case .registry:
            guard case .success(let r) = EnvelopeCodec.decode(Registry.self, kind: "registry", from: bytes) else { return false }
            state.registry = r.payload
        case .calendar:
            guard case .success(let r) = EnvelopeCodec.decode(StoredCalendar.self, kind: "calendar", from: bytes) else { return false }
            state.calendar = r.payload.calendar
        case .cycle:
            guard case .success(let r) = EnvelopeCodec.decode(Cycle.self, kind: "cycle", from: bytes) else { return false }
            state.cycles[r.payload.year] = r.payload
        case nil: return false
        }
        return true
    }

    static func encode(_ file: String, of state: State, seq: Int) -> Data? {
        switch SnapshotKind.of(file) {
        case .registry: EnvelopeCodec.encode(state.registry, kind: "registry", seq: seq)
        case .calendar: EnvelopeCodec.encode(StoredCalendar(state.calendar), kind: "calendar", seq: seq)
        case .cycle: cycleYear(file).flatMap { state.cycles[$0] }.map { EnvelopeCodec.encode($0, kind: "cycle", seq: seq) }
        case nil: nil
        }
    }
}
