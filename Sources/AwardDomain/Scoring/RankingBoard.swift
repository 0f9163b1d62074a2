/// How the ranking list is ordered; `s` on the ranking screen cycles through these.
public enum RankingSort: String, CaseIterable, Sendable {
    /// Document-review order, the order the 1:1.5 cut is drawn in (第十一条（三）).
    case document
    case composite, qa, onsite, id
}

/// The ranking of the cycle as the ranking screen and `qaward rank` show it, and as the score
/// report reads it: every applicant
/// under review in document-review order with its D, Q, S and composite scores, the 1:1.5
/// shortlist and the composite ranks (第十一条（三）（六）). Built only when asked for, never per key.
public struct RankingBoard: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var applicationID: String
        public var name: String
        public var document: StageResult
        public var qa: StageResult
        public var onsite: StageResult
        /// Exact composite in hundredths; nil until all three stages have a submitted sheet.
        public var composite: ExactScore?
        /// Composite rank among the shortlisted (equal published composites share a rank).
        public var rank: Int?
        public var shortlisted: Bool
        /// At the cut with the same D score as others, awaiting the office's decision.
        public var tiedAtCut: Bool
        public var flags: [RankingFlag]

        public func result(_ stage: Stage) -> StageResult {
            switch stage {
            case .document: document
            case .qa: qa
            case .onsite: onsite
            }
        }
    }

    public var shortlist: Shortlist
    /// Document-review order (highest D first), then applicants without a D score, by id.
    public var rows: [Row]
    /// The caller's data version the board was built from (the UI rebuilds only when it moves).
    public var version: Int

    public static func build(_ data: AwardData, version: Int = 0) -> RankingBoard {
        let sheets = StageSheets(data.cycle)
        let shortlist = Shortlist.compute(data, sheets: sheets)
        let ins = Set(shortlist.shortlisted), tied = Set(shortlist.tieAtCut)
        let names = Dictionary(data.registry.organizations.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        func name(_ id: String) -> String { data.cycle.application(id).flatMap { names[$0.orgID] } ?? id }
        // Applicants on a panel with no submitted D sheet yet still belong on the board.
        let ranked = Set(shortlist.ranking.map(\.applicationID))
        let onPanels = Set(data.cycle.panels.flatMap(\.applicationIDs))
        let unranked = data.cycle.applications.filter {
            onPanels.contains($0.id) && !ranked.contains($0.id) && $0.status != .withdrawn && $0.status != .ineligible
        }.map(\.id)
        let ids = shortlist.ranking.map(\.applicationID) + unranked
        let documents = shortlist.ranking.map(\.document) + sheets.results(applicationIDs: unranked, stage: .document, in: data)
        let qa = sheets.results(applicationIDs: ids, stage: .qa, in: data)
        let onsite = sheets.results(applicationIDs: ids, stage: .onsite, in: data)
        var applicants: [String: RankedApplicant] = [:]
        var rows = ids.indices.map { i in
            let id = ids[i]
            let a = Ranking.applicant(id, document: documents[i], qa: qa[i], onsite: onsite[i])
            applicants[id] = a
            return Row(applicationID: id, name: name(id), document: a.document, qa: a.qa, onsite: a.onsite,
                       composite: a.composite, rank: nil, shortlisted: ins.contains(id), tiedAtCut: tied.contains(id), flags: a.flags)
        }
        // Composite ranks among the shortlisted, by the domain's rule (equal ranks carry `.tie`).
        let composite = Ranking.rank(shortlist.shortlisted.compactMap { applicants[$0] })
        var byID: [String: RankedApplicant] = [:]
        for r in composite { byID[r.applicationID] = r }
        for i in rows.indices {
            guard let r = byID[rows[i].applicationID] else { continue }
            rows[i].rank = r.rank
            rows[i].flags = r.flags
        }
        return RankingBoard(shortlist: shortlist, rows: rows, version: version)
    }

    /// Rows above the 1:1.5 cut line in document order; the line is drawn after this many rows.
    public var cutAfter: Int? { rows.count > shortlist.invitedCount ? shortlist.invitedCount : nil }

    /// The rows in the given order: by a stage's score or the composite (highest first, those
    /// without one after), or by application id; ties keep document order.
    public func sorted(by key: RankingSort) -> [Row] {
        func score(_ r: Row) -> Int? {
            switch key {
            case .document: r.document.score?.hundredths
            case .qa: r.qa.score?.hundredths
            case .onsite: r.onsite.score?.hundredths
            case .composite: r.composite?.hundredths
            case .id: nil
            }
        }
        switch key {
        case .document: return rows
        case .id: return rows.sorted { $0.applicationID.utf8.lexicographicallyPrecedes($1.applicationID.utf8) }
        default:
            let indexed = Array(rows.enumerated())
            return indexed.sorted { a, b in
                switch (score(a.element), score(b.element)) {
                case let (x?, y?): return x != y ? x > y : a.offset < b.offset
                case (.some, nil): return true
                case (nil, .some): return false
                case (nil, nil): return a.offset < b.offset
                }
            }.map(\.element)
        }
    }

    /// Rank by one stage's published score (two decimals): equal scores share a rank (1, 2, 2, 4).
    public func stageRanks(_ stage: Stage) -> [String: Int] {
        let scored = rows.compactMap { r in r.result(stage).score.map { (r.applicationID, $0.hundredths) } }
            .sorted { $0.1 > $1.1 }
        var ranks: [String: Int] = [:]
        for (i, s) in scored.enumerated() {
            ranks[s.0] = i > 0 && scored[i - 1].1 == s.1 ? ranks[scored[i - 1].0] : i + 1
        }
        return ranks
    }
}

extension RankingBoard {
    /// The ranking as a table (CSV for Excel): rank, id, applicant, D, Q, S, composite,
    /// shortlisted and the flags, in the given order.
    public func document(sort: RankingSort, ranks: [String: Int], year: Int, _ lang: Language) -> OfficeDocument {
        // The same headers as `qaward rank`'s table: a filed document spells its columns out.
        let headers = [Phrase.columnRank, Phrase.columnApplication, Phrase(zh: "申报组织", en: "Applicant"), Stage.document.heading,
                       Stage.qa.heading, Stage.onsite.heading, Phrase.columnComposite, Phrase(zh: "入围", en: "Shortlisted"),
                       Phrase(zh: "标记", en: "Flags")].map { $0.text(lang) }
        let rows = sorted(by: sort).map { r in
            [ranks[r.applicationID].map(String.init) ?? "", r.applicationID, r.name, r.document.score?.description ?? "", r.qa.score?.description ?? "",
             r.onsite.score?.description ?? "", r.composite?.description ?? "",
             r.shortlisted ? Phrase.yes.text(lang) : (r.tiedAtCut ? Phrase(zh: "待定", en: "pending").text(lang) : Phrase.no.text(lang)),
             (r.flags.map { $0.phrase.text(lang) } + (r.tiedAtCut ? [Self.tiedAtCut.text(lang)] : [])).joined(separator: Phrase.listSeparator.text(lang))]
        }
        return OfficeDocument(title: Phrase(zh: "\(year)年度盐城市市长质量奖排名", en: "\(year) Mayor's Quality Award ranking").text(lang),
                              headers: headers, rows: rows, kinds: [.number, .code, .text, .number, .number, .number, .number, .text, .text])
    }

    /// The file the ranking table is exported to.
    public static func fileName(year: Int) -> String { "ranking-\(year).csv" }

    /// An applicant at the 1:1.5 cut with the same D score as others (第十一条（三）).
    public static let tiedAtCut = Phrase(zh: "资料评审得分与他人并列于入围线，待办公室决定", en: "document-review score tied at the cut; the office decides")
}
