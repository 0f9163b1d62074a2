/// Why a sheet or an agreed score no longer counts (第十一条（三）: only the current members of a
/// panel whose draw stands score it).
public enum SetAsideReason: String, Hashable, Codable, Sendable {
    /// The draw it was made under was voided.
    case drawVoided
    /// Its expert was replaced in the draw it was made under.
    case memberReplaced

    public func phrase(drawID: String) -> Phrase {
        switch self {
        case .drawVoided: Phrase(zh: "抽取 \(drawID) 已作废", en: "draw \(drawID) voided")
        case .memberReplaced: Phrase(zh: "组员已在抽取 \(drawID) 中被替换", en: "member replaced in draw \(drawID)")
        }
    }
}

/// A sheet made under a draw that no longer stands, or by a member since replaced: kept as it was,
/// never counted, never changed. The live table then has room for a fresh sheet under the same id
/// when the expert is drawn again.
public struct SetAsideSheet: Hashable, Codable, Sendable {
    public var sheet: ScoreSheet
    /// The draw it was made under.
    public var drawID: String
    public var reason: SetAsideReason
    /// When it was set aside: the void's or the replacement's time, as the draw record has it.
    public var at: Timestamp

    public init(sheet: ScoreSheet, drawID: String, reason: SetAsideReason, at: Timestamp) {
        self.sheet = sheet; self.drawID = drawID; self.reason = reason; self.at = at
    }
}

/// A panel's agreed scores (合议) made under a draw that was voided.
public struct SetAsideConsensus: Hashable, Codable, Sendable {
    public var record: ConsensusRecord
    public var drawID: String
    public var at: Timestamp

    public init(record: ConsensusRecord, drawID: String, at: Timestamp) {
        self.record = record; self.drawID = drawID; self.at = at
    }
}

/// Everything set aside in a cycle, in a fixed order (time, draw, id) whatever order the events
/// came in, so a file read from an older layout and the journal's replay hold the same bytes.
public struct SetAsideRecords: Hashable, Codable, Sendable {
    public var sheets: [SetAsideSheet] = []
    public var consensus: [SetAsideConsensus] = []

    public init() {}

    var isEmpty: Bool { sheets.isEmpty && consensus.isEmpty }

    mutating func sort() {
        sheets.sort { ($0.at, $0.drawID, $0.sheet.id) < ($1.at, $1.drawID, $1.sheet.id) }
        consensus.sort { ($0.at, $0.drawID, $0.record.id) < ($1.at, $1.drawID, $1.record.id) }
    }
}

extension Cycle {
    /// Sheets set aside by a void or a replacement, oldest first.
    public var setAsideSheets: [SetAsideSheet] { setAside?.sheets ?? [] }
    /// Agreed scores set aside by a void, oldest first.
    public var setAsideConsensus: [SetAsideConsensus] { setAside?.consensus ?? [] }

    /// Moves the live sheets `which` picks, and (for a void) the panel's agreed scores, out of the
    /// live tables into the kept record. `setAside` stays nil while nothing is aside, so a cycle
    /// without any reads and writes as it did before the record existed.
    mutating func putAside(sheetsWhere which: (ScoreSheet) -> Bool, consensusOfPanel panelID: String?,
                           drawID: String, reason: SetAsideReason, at: Timestamp) {
        var records = setAside ?? SetAsideRecords()
        for s in sheets where which(s) { records.sheets.append(SetAsideSheet(sheet: s, drawID: drawID, reason: reason, at: at)) }
        sheets.removeAll(where: which)
        if let panelID {
            for c in consensus where c.panelID == panelID { records.consensus.append(SetAsideConsensus(record: c, drawID: drawID, at: at)) }
            consensus.removeAll { $0.panelID == panelID }
        }
        records.sort()
        setAside = records.isEmpty ? nil : records
    }

    /// A file written before sheets were set aside holds them all in the one table: those that no
    /// longer stand are moved aside as the void or the replacement would have moved them. A sheet
    /// belongs to the draw of its panel last revealed when it was started; it stands while that is
    /// the draw in force and its expert a current member. Nothing else changes.
    mutating func setAsideWhatNoLongerStands() {
        guard !draws.isEmpty, !(sheets.isEmpty && consensus.isEmpty) else { return }
        let byPanel = Dictionary(grouping: draws.filter { $0.revealedAt != nil }, by: \.panelID)
        func madeUnder(_ panelID: String, _ at: Timestamp?) -> DrawRecord? {
            let revealed = byPanel[panelID] ?? []
            guard let at else { return revealed.last }
            return revealed.last { $0.revealedAt! <= at } ?? revealed.first
        }
        for s in sheets {
            guard let d = madeUnder(s.panelID, s.history.first?.at) else { continue }
            if let r = d.replacements.first(where: { $0.declined == s.expertID }) {
                putAside(sheetsWhere: { $0.id == s.id }, consensusOfPanel: nil, drawID: d.id, reason: .memberReplaced, at: r.at)
            } else if let v = d.voided {
                putAside(sheetsWhere: { $0.id == s.id }, consensusOfPanel: nil, drawID: d.id, reason: .drawVoided, at: v.at)
            }
        }
        for c in consensus {
            guard let d = madeUnder(c.panelID, c.items.values.map(\.at).min()), let v = d.voided else { continue }
            var records = setAside ?? SetAsideRecords()
            records.consensus.append(SetAsideConsensus(record: c, drawID: d.id, at: v.at))
            consensus.removeAll { $0.id == c.id }
            records.sort()
            setAside = records
        }
    }
}
