/// One applicant's place in the document-review ranking.
public struct ShortlistEntry: Hashable, Sendable {
    public var applicationID: String
    public var document: StageResult
    /// The D score as published (hundredths, two decimals, half-up); rankings compare this.
    public var hundredths: Int
}

/// The 1 : 1.5 shortlist for Q&A defence and on-site review (第十一条（三）, RULES.md §4).
public struct Shortlist: Hashable, Sendable {
    public var places: Int
    public var invitedCount: Int
    /// Applicants with a submitted D sheet, highest D score first (ties by id for display).
    public var ranking: [ShortlistEntry]
    public var shortlisted: [String]
    /// Applicants with the same D score straddling the cut, awaiting the office's decision.
    public var tieAtCut: [String]
    /// The office's decision, when it settles the current tie.
    public var appliedDecision: ShortlistDecision?
    /// A recorded decision concerned a different tie than the scores now show.
    public var decisionIsStale: Bool

    /// 第十一条（三）: invited = 1.5 × places, rounded up (5+5 → 15; 3+2 → 7.5 → 8).
    public static func invitedCount(places: Int) -> Int { (3 * max(0, places) + 1) / 2 }

    /// Places default to the award quota plus the nomination quota (RULES.md §4).
    public static func places(_ s: CycleSettings) -> Int { s.scoring.shortlistPlaces ?? (s.awardQuota + s.nominationQuota) }

    /// Ranks every application still under review (not withdrawn or ineligible) that has a
    /// submitted D sheet. No minimum score (第十一条（三） removed the old 600-point line).
    public static func compute(_ data: AwardData) -> Shortlist {
        compute(data, sheets: StageSheets(data.cycle))
    }

    /// The same with the cycle's sheets already indexed.
    public static func compute(_ data: AwardData, sheets: StageSheets) -> Shortlist {
        let underReview = data.cycle.applications.filter { $0.status != .withdrawn && $0.status != .ineligible }.map(\.id)
        let entries = sheets.results(applicationIDs: underReview, stage: .document, in: data)
            .compactMap { r in r.score.map { ShortlistEntry(applicationID: r.applicationID, document: r, hundredths: $0.hundredths) } }
        return compute(entries, places: places(data.cycle.settings), decision: data.cycle.shortlistDecision)
    }

    /// The cut on given entries: those above the cut score are in; if the applicant at the cut
    /// and the first below it share a score, everyone with that score is a tie for the office.
    public static func compute(_ entries: [ShortlistEntry], places: Int, decision: ShortlistDecision?) -> Shortlist {
        let ranked = entries.sorted { a, b in
            a.hundredths != b.hundredths ? a.hundredths > b.hundredths : utf8Less(a.applicationID, b.applicationID)
        }
        let n = invitedCount(places: places)
        var s = Shortlist(places: places, invitedCount: n, ranking: ranked, shortlisted: [], tieAtCut: [],
                          appliedDecision: nil, decisionIsStale: false)
        guard ranked.count > n else {
            s.shortlisted = ranked.map(\.applicationID)
            return s
        }
        guard n > 0 else { return s }
        let cut = ranked[n - 1].hundredths
        guard ranked[n].hundredths == cut else {
            s.shortlisted = ranked.prefix(n).map(\.applicationID)
            return s
        }
        let above = ranked.filter { $0.hundredths > cut }.map(\.applicationID)
        let tied = ranked.filter { $0.hundredths == cut }.map(\.applicationID)
        s.shortlisted = above
        if let d = decision, Set(d.tied) == Set(tied) {
            s.shortlisted += tied.filter { d.include.contains($0) }
            s.appliedDecision = d
        } else {
            s.tieAtCut = tied
            s.decisionIsStale = decision != nil
        }
        return s
    }
}
