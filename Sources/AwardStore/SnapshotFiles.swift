import AwardDomain
import Foundation

/// The three kinds of snapshot file, and which of them an action's `Touches` names.
enum SnapshotKind: String, Sendable {
    case registry, cycle, calendar

    static func of(_ name: String) -> SnapshotKind? {
        if name == DataDirectory.registryName { return .registry }
        if name == DataDirectory.calendarName { return .calendar }
        if name.hasPrefix("cycles/"), name.hasSuffix(".json"), Int(name.dropFirst(7).dropLast(5)) != nil { return .cycle }
        return nil
    }
}

/// The working-day calendar as stored: the years covered, days off, make-up working days, sorted
/// so the bytes are stable.
struct StoredCalendar: Codable, Sendable {
    var years: [Int]
    var holidays: [Day]
    var adjustedWorkdays: [Day]

    init(_ c: WorkdayCalendar) {
        years = c.years.sorted(); holidays = c.holidays.sorted(); adjustedWorkdays = c.adjustedWorkdays.sorted()
    }

    var calendar: WorkdayCalendar {
        WorkdayCalendar(years: Set(years), holidays: Set(holidays), adjustedWorkdays: Set(adjustedWorkdays))
    }
}

enum Snapshots {
    /// The stored files an action changes, for the cycle that is open.
    static func names(for touches: Touches, year: Int) -> [String] {
        var names: [String] = []
        if touches.contains(.registry) { names.append(DataDirectory.registryName) }
        if touches.contains(.cycle) { names.append(DataDirectory.cycleName(year)) }
        if touches.contains(.calendar) { names.append(DataDirectory.calendarName) }
        return names
    }

    /// The bytes of one snapshot file of `data`, recording journal entry `seq`.
    static func encode(_ name: String, of data: AwardData, seq: Int) -> Data {
        switch SnapshotKind.of(name) {
        case .registry: EnvelopeCodec.encode(data.registry, kind: "registry", seq: seq)
        case .calendar: EnvelopeCodec.encode(StoredCalendar(data.calendar), kind: "calendar", seq: seq)
        case .cycle, nil: EnvelopeCodec.encode(data.cycle, kind: "cycle", seq: seq)
        }
    }

    /// Whether `data` is a readable file of the kind `name` holds (used to find a good history version).
    static func parses(_ data: Data, as name: String) -> Bool {
        switch SnapshotKind.of(name) {
        case .registry: if case .success = EnvelopeCodec.decode(Registry.self, kind: "registry", from: data) { return true }
        case .calendar: if case .success = EnvelopeCodec.decode(StoredCalendar.self, kind: "calendar", from: data) { return true }
        case .cycle: if case .success = EnvelopeCodec.decode(Cycle.self, kind: "cycle", from: data) { return true }
        case nil: return false
        }
        return false
    }

    /// Reads one snapshot file: nil if it is missing; refused if newer or damaged, in which case the
    /// newest history version that parses is offered.
    static func load<T: Codable>(_ type: T.Type, name: String, in dir: DataDirectory) throws(StoreError) -> (seq: Int, value: T)? {
        let url = dir.file(name)
        guard let bytes = try Posix.read(url) else { return nil }
        let kind = SnapshotKind.of(name)?.rawValue ?? ""
        switch EnvelopeCodec.decode(type, kind: kind, from: bytes) {
        case .success(let r): return (r.seq, r.payload)
        case .failure(.newer(let v)): throw .newerSchema(file: url, version: v)
        case .failure(.damaged(let detail)):
            throw .corrupt(file: url, detail: detail, newestGoodVersion: try History(dir).newestGood(of: name)?.url)
        }
    }
}

extension Store {
    /// Reads and decodes one snapshot file of a data directory into the typed model, as open
    /// does, without opening the directory: what the benchmark sets beside other JSON parsers.
    /// Returns false for a file that is missing or of no known kind.
    public static func readSnapshot(_ name: String, in directory: URL) throws(StoreError) -> Bool {
        let dir = DataDirectory(directory)
        switch SnapshotKind.of(name) {
        case .registry: return try Snapshots.load(Registry.self, name: name, in: dir) != nil
        case .calendar: return try Snapshots.load(StoredCalendar.self, name: name, in: dir) != nil
        case .cycle: return try Snapshots.load(Cycle.self, name: name, in: dir) != nil
        case nil: return false
        }
    }
}
