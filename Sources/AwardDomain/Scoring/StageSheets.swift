/// The cycle's score sheets by applicant and stage, and each applicant's expected experts (the
/// current members of every panel in force that reviews it), read from the cycle in one pass.
/// Results for a whole list of applicants build this once instead of scanning every sheet and
/// panel per applicant and stage. Built per computation, never kept: it holds no copy that could
/// fall behind the data.
public struct StageSheets: Sendable {
    private struct Key: Hashable { var applicationID: String; var stage: Stage }
    /// In the cycle's order, as `filter` would give them.
    private var sheets: [Key: [ScoreSheet]] = [:]
    private var expected: [String: [String]] = [:]

    /// `only`: read just these applicants (one applicant's result reads one applicant's sheets).
    public init(_ cycle: Cycle, only: Set<String>? = nil) {
        for s in cycle.sheets where only?.contains(s.applicationID) ?? true {
            sheets[Key(applicationID: s.applicationID, stage: s.stage), default: []].append(s)
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
        sheets[Key(applicationID: applicationID, stage: stage)] ?? []
    }

    public func expectedExperts(applicationID: String) -> [String] { expected[applicationID] ?? [] }

    /// One applicant's result at one stage (第十一条（三）至（五）).
    public func result(applicationID: String, stage: Stage, in data: AwardData) -> StageResult {
        StageResult.compute(applicationID: applicationID, stage: stage, sheets: sheets(applicationID: applicationID, stage: stage),
                            rubric: data.rubrics[stage] ?? Rubric.gbt19580, policy: data.cycle.settings.scoring,
                            expectedExperts: expectedExperts(applicationID: applicationID))
    }
}
