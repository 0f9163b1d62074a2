/// What a change of the cycle's settings may not undo: a setting that governs a decision already
/// taken is fixed from then on, and the refusal names the decision and its article.
extension AwardData {
    /// Q&A defence began: the 1 : 1.5 list was acted on (第十一条（三）).
    var shortlistActedOn: Bool { (cycle.sheets + cycle.setAsideSheets.map(\.sheet)).contains { $0.stage != .document } }

    func checkSettingsChange(to s: CycleSettings) throws(DomainError) {
        try CycleSettings.check(s, year: cycle.year)
        let old = cycle.settings
        if s.applicationDeadline != old.applicationDeadline,
           let decided = cycle.applications.first(where: { $0.status == .eligible || $0.status == .ineligible }) {
            throw DomainError(zh: "资格审查已有结论（\(decided.id)），资格按申报截止日 \(old.applicationDeadline) 审查，截止日不能再改",
                              en: "Eligibility was already decided (\(decided.id)) as of the application deadline \(old.applicationDeadline); the deadline can no longer change",
                              citation: .art11_2)
        }
        if s.awardQuota != old.awardQuota || s.nominationQuota != old.nominationQuota {
            if let p = cycle.publication {
                throw DomainError(zh: "获奖名单已于 \(p.date) 公布，名额不能再更改", en: "The list was published on \(p.date); the quotas can no longer change", citation: .art11_8)
            }
            if let d = cycle.decisions.first {
                throw DomainError(zh: "委员会已于 \(d.meeting) 审议候选名单，名额不能再更改", en: "The committee decided on the list on \(d.meeting); the quotas can no longer change",
                                  citation: .art11_7)
            }
        }
        if s.scoring != old.scoring {
            let trimOrPlaces = s.scoring.trimExtremes != old.scoring.trimExtremes || s.scoring.shortlistPlaces != old.scoring.shortlistPlaces
                || s.scoring.stageScore != old.scoring.stageScore
            if trimOrPlaces && shortlistActedOn {
                throw DomainError(zh: "答辩评审已开始，入围名单按现行计分办法确定，计分办法和入围名额不能再改",
                                  en: "Q&A review has begun on the list the current scoring made; the scoring policy and the list's places can no longer change",
                                  citation: .art11_3)
            }
        }
    }

    /// The settings as they take effect: once Q&A began, the list keeps the size it was invited at.
    func settingsKeepingShortlist(_ s: CycleSettings) -> CycleSettings {
        var s = s
        if shortlistActedOn && s.scoring.shortlistPlaces == nil { s.scoring.shortlistPlaces = Shortlist.places(cycle) }
        return s
    }
}
