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

    /// The seq `data` records, if it is a readable file of the kind `name` holds.
    static func seq(ofParsed data: Data, as name: String) -> Int? {
        switch SnapshotKind.of(name) {
        case .registry: try? EnvelopeCodec.decode(Registry.self, kind: "registry", from: data).get().seq
        case .calendar: try? EnvelopeCodec.decode(StoredCalendar.self, kind: "calendar", from: data).get().seq
        case .cycle: try? EnvelopeCodec.decode(Cycle.self, kind: "cycle", from: data).get().seq
        case nil: nil
        }
    }

    /// One snapshot file as read: the seq it records, its data, and the SHA-256 of its bytes.
    struct Loaded<T: Sendable>: Sendable {
        var seq: Int
        var value: T
        var digest: String
    }

    /// Reads one snapshot file: nil if it is missing; refused if newer or damaged, in which case the
    /// newest history version that parses is offered.
    static func load<T: Codable & Sendable>(_ type: T.Type, name: String, in dir: DataDirectory) throws(StoreError) -> Loaded<T>? {
        guard let bytes = try Posix.read(dir.file(name)) else { return nil }
        return try decode(type, name: name, from: bytes, digest: Canonical.sha256Hex(bytes), in: dir)
    }

    /// Decodes the bytes of one snapshot file (read, and hashed, by the caller).
    static func decode<T: Codable & Sendable>(_ type: T.Type, name: String, from bytes: Data, digest: String,
                                   in dir: DataDirectory) throws(StoreError) -> Loaded<T> {
        let url = dir.file(name)
        let kind = SnapshotKind.of(name)?.rawValue ?? ""
        switch EnvelopeCodec.decode(type, kind: kind, from: bytes) {
        case .success(let r): return Loaded(seq: r.seq, value: r.payload, digest: digest)
        case .failure(.newer(let v)): throw .newerSchema(file: url, version: v)
        case .failure(.damaged(let detail)):
            throw .corrupt(file: url, detail: detail, newestGoodVersion: (try? History(dir).newestGood(of: name))??.url)
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
