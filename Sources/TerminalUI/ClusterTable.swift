import Synchronization

// Graphemes of more than one scalar (e + U+0301, ❤️, a flag, a ZWJ emoji), numbered so a `Cell`
// can hold one as an integer. Shared by every buffer (tests render on several threads, hence the
// lock); it only grows, by the few distinct clusters a screen ever shows.
enum ClusterTable {
    private struct Table {
        /// Keyed by the UTF-8 bytes, not the Character: Characters compare by canonical
        /// equivalence, and a cell must give back exactly the scalars it was given.
        var indices: [[UInt8]: UInt32] = [:]
        var clusters: [Character] = []
    }

    private static let table = Mutex(Table())

    /// The number of `g`, given on first sight.
    static func index(of g: Character) -> UInt32 {
        let key = Array(g.utf8)
        return table.withLock { t in
            if let i = t.indices[key] { return i }
            let i = UInt32(t.clusters.count)
            t.clusters.append(g)
            t.indices[key] = i
            return i
        }
    }

    /// The grapheme numbered `i` by `index(of:)`.
    static func cluster(_ i: UInt32) -> Character {
        table.withLock { $0.clusters[Int(i)] }
    }
}
