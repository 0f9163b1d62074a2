/// The cycle's score sheets by applicant and stage, and each applicant's expected experts (the
/// current members of every panel in force that reviews it), read from the cycle in one pass.
/// Results for a whole list of applicants build this once instead of scanning every sheet and
/// panel per applicant and stage. Sheets are kept as positions in the cycle's own array, not
/// copied. Built per computation, never kept: it cannot fall behind the data.
public struct StageSheets: Sendable {
    private struct Key: Hashable { var applicationID: String; var stage: Stage }
    private let all: [ScoreSheet]
    /// Positions in `all`, in the cycle's order, as `filter` would give them.
    private var positions: [Key: [Int]] = [:]
    private var expected: [String: [String]] = [:]

    /// `only`: read just these applicants (one applicant's result reads one applicant's sheets).
    /// Only the sheets of the current members of a panel whose draw stands count (第十一条（三））:
    /// a voided draw's sheets, or a replaced member's, stay on file but are not read.
    public init(_ cycle: Cycle, only: Set<String>? = nil) {
        all = cycle.sheets
        var members: [String: [String]] = [:]
        for p in cycle.panels {
            guard let d = p.drawID.flatMap(cycle.drawRecord), !d.isVoided else { continue }
            members[p.id] = d.currentMembers
        }
        for i in all.indices where only?.contains(all[i].applicationID) ?? true {
            guard members[all[i].panelID]?.contains(all[i].expertID) == true else { continue }
            positions[Key(applicationID: all[i].applicationID, stage: all[i].stage), default: []].append(i)
        }
        for p in cycle.panels {
            guard let d = p.drawID.flatMap(cycle.drawRecord), !d.isVoided else { continue }
            for app in p.applicationIDs where only?.contains(app) ?? true {
                var list = expected[app] ?? []
                for m in d.currentMembers where !list.contains(m) { list.append(m) }
                expected[app] = list
            }
        }
    }

    public func sheets(applicationID: String, stage: Stage) -> [ScoreSheet] {
        (positions[Key(applicationID: applicationID, stage: stage)] ?? []).map { all[$0] }
    }

    public func expectedExperts(applicationID: String) -> [String] { expected[applicationID] ?? [] }

    /// One applicant's result at one stage (第十一条（三）至（五）).
    public func result(applicationID: String, stage: Stage, in data: AwardData) -> StageResult {
        results(applicationIDs: [applicationID], stage: stage, in: data)[0]
    }

    /// Several applicants' results at one stage, in the order given, with the rubric laid out once.
    public func results(applicationIDs: [String], stage: Stage, in data: AwardData) -> [StageResult] {
        let rubric = data.rubrics[stage] ?? Rubric.gbt19580
        let layout = RubricLayout(rubric)
        let policy = data.cycle.settings.scoring
        let agreed = Dictionary(data.cycle.consensus.filter { $0.stage == stage }.map { ($0.applicationID, $0) }, uniquingKeysWith: { a, _ in a })
        return applicationIDs.map { id in
            StageResult.compute(applicationID: id, stage: stage, sheets: all, at: positions[Key(applicationID: id, stage: stage)] ?? [],
                                rubric: rubric, layout: layout, policy: policy,
                                expectedExperts: expectedExperts(applicationID: id), agreed: agreed[id])
        }
    }
}
