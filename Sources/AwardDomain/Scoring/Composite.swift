/// The composite score (第十一条（六）): 20 % document review + 10 % Q&A defence + 70 % on-site
/// review, each stage first scaled to its own maximum, on 1000 points.
public enum Composite {
    /// Weights in per cent, from 第十一条（六）.
    public static let documentWeight = 20
    public static let qaWeight = 10
    public static let onsiteWeight = 70

    /// Exact composite in hundredths of a point on 1000. A stage mean m (hundredths) on a rubric
    /// of M points contributes weight% × 1000 × m / (100 × M) points = 10 × weight × m / M hundredths.
    /// Example: D 800/1000, Q 85/100, S 750/1000 → 160 + 85 + 525 = 770.00.
    public static func score(document: ExactScore, documentMax: Int, qa: ExactScore, qaMax: Int,
                             onsite: ExactScore, onsiteMax: Int) -> ExactScore {
        document * (10 * documentWeight) / documentMax
            + qa * (10 * qaWeight) / qaMax
            + onsite * (10 * onsiteWeight) / onsiteMax
    }
}

/// Why a ranked applicant deserves a second look.
public enum RankingFlag: Hashable, Sendable {
    /// Some expected sheets of the stage are not submitted.
    case incompleteSheets(Stage)
    /// The stage has no submitted sheet, so there is no composite yet.
    case missingStage(Stage)
    case outliers(Stage)
    /// Shares its composite (to two decimals) with another applicant.
    case tie

    public var phrase: Phrase {
        switch self {
        case .incompleteSheets(let s): Phrase(zh: "\(s.name.zh)评分表未全部提交", en: "\(s.name.en): not every sheet is submitted")
        case .missingStage(let s): Phrase(zh: "尚无\(s.name.zh)得分", en: "no \(s.name.en) score yet")
        case .outliers(let s): Phrase(zh: "\(s.name.zh)有偏离中位数较大的评分表", en: "\(s.name.en): a sheet lies far from the median")
        case .tie: Phrase(zh: "综合得分并列", en: "tied composite score")
        }
    }
}

/// One shortlisted applicant with its stage scores, composite and rank.
public struct RankedApplicant: Hashable, Sendable {
    public var applicationID: String
    public var document: StageResult
    public var qa: StageResult
    public var onsite: StageResult
    /// Exact composite in hundredths; nil until all three stages have a submitted sheet.
    public var composite: ExactScore?
    /// Rank by the composite as published (two decimals, half-up); equal composites share a rank
    /// (1, 2, 2, 4). Nil without a composite.
    public var rank: Int?
    public var flags: [RankingFlag]
}

public enum Ranking {
    /// The shortlisted applicants ranked by composite (第十一条（六）): ranked ones first, then
    /// those without a composite yet, by id.
    public static func compute(_ data: AwardData) -> [RankedApplicant] {
        let sheets = StageSheets(data.cycle)
        return compute(data, shortlist: Shortlist.compute(data, sheets: sheets), sheets: sheets)
    }

    /// The same from a shortlist already computed on `data`, whose D results are reused; only
    /// the shortlisted applicants' Q and S sheets are read.
    public static func compute(_ data: AwardData, shortlist: Shortlist) -> [RankedApplicant] {
        compute(data, shortlist: shortlist, sheets: StageSheets(data.cycle, only: Set(shortlist.shortlisted)))
    }

    private static func compute(_ data: AwardData, shortlist: Shortlist, sheets: StageSheets) -> [RankedApplicant] {
        let ids = shortlist.shortlisted
        let documents = Dictionary(shortlist.ranking.map { ($0.applicationID, $0.document) }, uniquingKeysWith: { a, _ in a })
        let qa = sheets.results(applicationIDs: ids, stage: .qa, in: data)
        let onsite = sheets.results(applicationIDs: ids, stage: .onsite, in: data)
        return rank(ids.indices.map { i in
            applicant(ids[i], document: documents[ids[i]] ?? sheets.result(applicationID: ids[i], stage: .document, in: data),
                      qa: qa[i], onsite: onsite[i])
        })
    }

    /// One applicant's composite and flags from its three stage results (rank unset).
    public static func applicant(_ id: String, document: StageResult, qa: StageResult, onsite: StageResult) -> RankedApplicant {
        var flags: [RankingFlag] = []
        for r in [document, qa, onsite] {
            if r.score == nil { flags.append(.missingStage(r.stage)) } else if !r.isComplete { flags.append(.incompleteSheets(r.stage)) }
            if !r.outlierSheetIDs.isEmpty { flags.append(.outliers(r.stage)) }
        }
        var composite: ExactScore?
        if let d = document.score, let q = qa.score, let s = onsite.score {
            composite = Composite.score(document: d, documentMax: document.maximumPoints, qa: q, qaMax: qa.maximumPoints,
                                        onsite: s, onsiteMax: onsite.maximumPoints)
        }
        return RankedApplicant(applicationID: id, document: document, qa: qa, onsite: onsite, composite: composite, rank: nil, flags: flags)
    }

    /// Orders and ranks; equal published composites share a rank and carry the tie flag.
    public static func rank(_ applicants: [RankedApplicant]) -> [RankedApplicant] {
        var scored = applicants.filter { $0.composite != nil }.sorted { a, b in
            let x = a.composite!.hundredths, y = b.composite!.hundredths
            return x != y ? x > y : utf8Less(a.applicationID, b.applicationID)
        }
        let unscored = applicants.filter { $0.composite == nil }.sorted { utf8Less($0.applicationID, $1.applicationID) }
        let counts = Dictionary(grouping: scored, by: { $0.composite!.hundredths }).mapValues(\.count)
        for i in scored.indices {
            let h = scored[i].composite!.hundredths
            scored[i].rank = i > 0 && scored[i - 1].composite!.hundredths == h ? scored[i - 1].rank : i + 1
            if counts[h, default: 0] > 1 { scored[i].flags.append(.tie) }
        }
        return scored + unscored
    }
}
