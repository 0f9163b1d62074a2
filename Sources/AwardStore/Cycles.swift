import AwardDomain
import Foundation

/// The award years of one data directory: one file per cycle beside the shared registry, calendar
/// and rubric, so a new year reads every earlier year's winners and revocations (E7, E10, E11).
extension Store {
    /// The years with a cycle file, oldest first.
    public var cycleYears: [Int] {
        get throws(StoreError) { try directory.cycleYears() }
    }

    /// The years of a data directory's cycles, read without opening it.
    public static func cycleYears(directory url: URL) throws(StoreError) -> [Int] {
        let dir = DataDirectory(url)
        guard Posix.exists(dir.file(DataDirectory.registryName)) || Posix.exists(dir.journal) else {
            throw .notADataDirectory(directory: dir.url)
        }
        return try dir.cycleYears()
    }

    /// Makes the cycle of `year` after the newest one and opens it: journaled as one action
    /// (`RegistryAction.createCycle`) whose files — the new cycle and the registry that names it
    /// current — are written at once, with their digests. The registry, calendar and rubric are
    /// the directory's and go on as they are; the new cycle's settings are carried from the newest.
    public func createCycle(_ year: Int) throws(StoreError) {
        try writeLock.hold { () throws(StoreError) in
            try catchUp()
            try createCycleHeld(year)
        }
    }

    private func createCycleHeld(_ year: Int) throws(StoreError) {
        let years = try directory.cycleYears()
        if years.contains(year) { throw .cycleExists(directory: directory.url, year: year) }
        if let newest = years.last, newest != data.cycle.year { try openCycle(newest) }
        // The open cycle leaves memory: its file must hold every change first.
        try checkpoint()
        let action = Action.registry(.createCycle(year: year, settings: .carried(from: data.cycle.settings, to: year)))
        let time = now()
        let next: AwardData
        do { next = try data.applying(action, context: ActionContext(actor: actor, at: Timestamp(time))) } catch {
            throw .refused(error)
        }
        let name = DataDirectory.cycleName(year)
        let old = DataDirectory.cycleName(data.cycle.year)
        var entry = journal.next(time: Timestamp(time), actor: actor)
        entry.action = action
        let files = [DataDirectory.registryName, name]
        try record(&entry, files: files.map { ($0, Snapshots.encode($0, of: next, seq: entry.seq)) })
        seqs.removeValue(forKey: old)
        changed.removeValue(forKey: old)
        lastChangeTime = time
        data = next
    }
}
