/// A panel's deliberation (合议) on one applicant at one stage, as the leader sees it (第十一条（三）:
/// 组长负责制): item by item the members' percentages side by side with their spread, items whose
/// members are more than one scoring band apart first, what is agreed so far, and the panel's
/// merged findings. Computed from the data; the stored part is the `ConsensusRecord`.
public struct Deliberation: Hashable, Sendable {
    public struct MemberPercent: Hashable, Sendable {
        public var expertID: String
        public var percent: Int?
    }

    public struct Item: Hashable, Sendable {
        public var item: Rubric.Item
        public var categoryID: String
        /// One entry per current member, in panel order.
        public var members: [MemberPercent]
        public var low: Int?
        public var high: Int?
        /// Scoring bands between the lowest and the highest percentage (0: all in one band).
        public var bandsApart: Int
        /// More than one band apart: to be discussed first.
        public var flagged: Bool { bandsApart > 1 }
        public var spread: Int { (high ?? 0) - (low ?? 0) }
        public var agreed: AgreedItem?
        /// Mean of the members' percentages in hundredths of a percent, for the reports.
        public var meanPercent: ExactScore?
    }

    public var panelID: String
    public var stage: Stage
    public var applicationID: String
    public var leaderID: String?
    public var members: [String]
    /// Current members whose sheet is not submitted: deliberation waits for them.
    public var waitingFor: [String]
    /// Flagged items first, then the rest, each group in rubric order.
    public var items: [Item]
    public var result: StageResult
    public var findings: [PanelFinding]
    public var rubric: Rubric

    /// Every current member has submitted (第十一条（三）: the panel deliberates on all its sheets).
    public var isReady: Bool { waitingFor.isEmpty && !members.isEmpty }
    public var isAgreed: Bool { items.allSatisfy { $0.agreed != nil } }
    public var agreedCount: Int { items.filter { $0.agreed != nil }.count }

    /// Who recorded agreed items and when the last was recorded.
    public var agreedBy: [String] {
        var out: [String] = []
        for i in items { if let a = i.agreed, !out.contains(a.by) { out.append(a.by) } }
        return out
    }
    public var lastAgreedAt: Timestamp? { items.compactMap(\.agreed?.at).max() }
}

extension Rubric {
    /// Index of the scoring band a percentage falls in (rubric file's `bands_percent`).
    public func bandIndex(_ percent: Int) -> Int? {
        bands.firstIndex { $0.count == 2 && $0[0] <= percent && percent <= $0[1] }
    }
}

extension ConsensusRecord {
    /// Sum of points × agreed percent over the rubric, in hundredths; nil until every item is agreed.
    public func totalHundredths(rubric: Rubric) -> Int? {
        var total = 0
        for item in rubric.items {
            guard let a = items[item.id] else { return nil }
            total += item.points * a.percent
        }
        return total
    }
}

extension Deliberation {
    public static func citation(_ stage: Stage) -> Citation {
        switch stage {
        case .document: .art11_3
        case .qa: .art11_4
        case .onsite: .art11_5
        }
    }

    /// The deliberation of `panelID` on `applicationID` at `stage`; refused when the panel has no
    /// draw in force or does not review the applicant.
    public static func compute(_ data: AwardData, panelID: String, stage: Stage, applicationID: String) throws(DomainError) -> Deliberation {
        guard let panel = data.cycle.panel(panelID) else {
            throw DomainError(zh: "评审组 \(panelID) 不存在", en: "Panel \(panelID) does not exist")
        }
        guard panel.applicationIDs.contains(applicationID) else {
            throw DomainError(zh: "申报 \(applicationID) 不由评审组 \(panelID) 评审", en: "Application \(applicationID) is not reviewed by panel \(panelID)",
                              citation: .art20)
        }
        guard let draw = panel.drawID.flatMap(data.cycle.drawRecord), !draw.isVoided, draw.isRevealed else {
            throw DomainError(zh: "评审组 \(panelID) 尚无有效的抽取结果", en: "Panel \(panelID) has no draw in force", citation: .art11_3)
        }
        let rubric = data.rubrics[stage] ?? .gbt19580
        let members = draw.currentMembers
        let sheets = data.cycle.sheets.filter { $0.applicationID == applicationID && $0.stage == stage && members.contains($0.expertID) }
        let byExpert = Dictionary(sheets.map { ($0.expertID, $0) }, uniquingKeysWith: { a, _ in a })
        let waiting = members.filter { byExpert[$0]?.status != .submitted }
        let record = data.cycle.consensusRecord(stage: stage, applicationID: applicationID)
        var items: [Item] = []
        for category in rubric.categories {
            for item in category.items {
                let ps = members.map { MemberPercent(expertID: $0, percent: byExpert[$0]?.status == .submitted ? byExpert[$0]?.percents[item.id] : nil) }
                let values = ps.compactMap(\.percent)
                let low = values.min(), high = values.max()
                let apart = (high.flatMap(rubric.bandIndex) ?? 0) - (low.flatMap(rubric.bandIndex) ?? 0)
                let mean = values.isEmpty ? nil : ExactScore(values.reduce(0, +) * 100, over: values.count)
                items.append(Item(item: item, categoryID: category.id, members: ps, low: low, high: high, bandsApart: apart,
                                  agreed: record?.items[item.id], meanPercent: mean))
            }
        }
        items = items.filter(\.flagged) + items.filter { !$0.flagged }
        let result = StageResult.compute(applicationID: applicationID, stage: stage, in: data)
        return Deliberation(panelID: panelID, stage: stage, applicationID: applicationID, leaderID: draw.leaderID, members: members,
                            waitingFor: waiting, items: items, result: result,
                            findings: PanelFindings.merge(sheets, rubric: rubric), rubric: rubric)
    }

    /// The panel reviewing `applicationID` whose draw is in force (the first, if several).
    public static func panelID(of applicationID: String, in cycle: Cycle) -> String? {
        cycle.panels.first { p in
            p.applicationIDs.contains(applicationID) && p.drawID.flatMap(cycle.drawRecord).map { !$0.isVoided } == true
        }?.id
    }
}
