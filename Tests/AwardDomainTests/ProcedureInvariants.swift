@testable import AwardDomain

/// What must hold after every step of any sequence (the procedure, `Procedure.conditions`). Each
/// returns a description of the breach, or nil.
enum ProcedureInvariants {
    /// 第十一条（三）: an applicant sits on at most one panel with a live draw per stage.
    static func onePanelPerStage(_ d: AwardData) -> String? {
        for app in d.cycle.applications.map(\.id) {
            for stage in Stage.allCases {
                let live = d.cycle.panels.filter { $0.applicationIDs.contains(app) && $0.serves(stage) && d.cycle.liveDraw(ofPanel: $0.id) != nil }
                if live.count > 1 { return "\(app) on \(live.map(\.id)) at \(stage.rawValue)" }
            }
        }
        return nil
    }

    /// 第十一条（三）: every sheet a stage score counts is a current member's of a standing draw.
    static func countedSheetsStand(_ d: AwardData) -> String? {
        let sheets = StageSheets(d.cycle)
        for app in d.cycle.applications.map(\.id) {
            for stage in Stage.allCases {
                for s in sheets.sheets(applicationID: app, stage: stage) {
                    guard let p = d.cycle.panel(s.panelID), let dr = p.drawID.flatMap(d.cycle.drawRecord), !dr.isVoided,
                          dr.currentMembers.contains(s.expertID) else { return "sheet \(s.id) counts without a standing draw" }
                }
            }
        }
        return nil
    }

    /// 第十一条（三）: checked against the draw, not only the panel. `madeUnder` is the test's own
    /// record of the draw in force when each live sheet was started (kept step by step by the run,
    /// not read from the sheets): a counted sheet was made under its panel's standing draw.
    static func countedSheetsMadeUnderTheStandingDraw(_ d: AwardData, madeUnder: [String: String]) -> String? {
        let sheets = StageSheets(d.cycle)
        for app in d.cycle.applications.map(\.id) {
            for stage in Stage.allCases {
                for s in sheets.sheets(applicationID: app, stage: stage) {
                    let standing = d.cycle.panel(s.panelID)?.drawID
                    guard let made = madeUnder[s.id], made == standing else {
                        return "sheet \(s.id) counts for draw \(standing ?? "-") but was made under \(madeUnder[s.id] ?? "no draw")"
                    }
                }
            }
        }
        return nil
    }

    /// Nothing is lost: every sheet once made is still on record, live or set aside.
    static func noSheetLost(before: AwardData, after: AwardData) -> String? {
        func made(_ d: AwardData) -> Set<String> {
            Set((d.cycle.sheets + d.cycle.setAsideSheets.map(\.sheet)).map { "\($0.id)@\($0.history.first?.at.millis ?? 0)" })
        }
        let lost = made(before).subtracting(made(after))
        return lost.isEmpty ? nil : "sheets \(lost.sorted()) are gone"
    }

    /// 第十一条（三）（四）（五）: a Q&A or on-site sheet is entered only for a shortlisted applicant
    /// (checked on the state before the step that touched it).
    static func laterSheetsShortlisted(before: AwardData, action: Action) -> String? {
        // Sending a sheet back enters nothing; what is entered next on it is checked then (S2).
        if case .scoring(.reopen) = action { return nil }
        let later = Procedure.sheetTargets(action, in: before.cycle).filter { $0.stage != .document }
        guard !later.isEmpty else { return nil }
        let shortlisted = Shortlist.compute(before).shortlisted
        for t in later where !shortlisted.contains(t.applicationID) { return "\(t.stage.rawValue) sheet for \(t.applicationID), not shortlisted" }
        return nil
    }

    /// 第十一条（七）: each candidate of a standing public period was approved at a meeting on or
    /// before its start.
    static func publicityAfterDecision(_ d: AwardData) -> String? {
        for p in d.cycle.publicity where p.kind == .public && p.stands {
            for a in p.applicationIDs {
                guard let dec = d.cycle.decision(a), dec.approved, dec.meeting <= p.start else { return "\(p.id) publicises \(a) before its decision" }
            }
        }
        return nil
    }

    /// No recorded fact is later than the real date.
    static func noFactAfterClock(_ d: AwardData, clock: Day) -> String? {
        var facts: [(String, Day)] = d.cycle.applications.compactMap { a in a.submitted.map { ("submitted \(a.id)", $0) } }
        facts += d.cycle.publicity.flatMap(\.objections).map { ("objection \($0.id)", $0.received) }
        facts += d.cycle.decisions.map { ("meeting \($0.applicationID)", $0.meeting) }
        if let a = d.cycle.approval { facts.append(("approval", a.date)) }
        if let p = d.cycle.publication { facts.append(("publication", p.date)) }
        for o in d.registry.organizations { for r in o.awards { if let x = r.revoked { facts.append(("revocation \(o.id)", x)) } } }
        for (what, day) in facts where day > clock { return "\(what) dated \(day), after the clock \(clock)" }
        return nil
    }

    /// 第三条: no more recommended, per tier, than the places (at most the quota).
    static func recommendedWithinQuota(_ d: AwardData) -> String? {
        let entries = AwardRecommendation.compute(d)
        for tier in PrizeTier.allCases {
            let n = entries.filter { $0.outcome.tier == tier && $0.countsAgainstQuota }.count
            let places = d.cycle.recommendationPolicy.places(tier, settings: d.cycle.settings)
            if n > places { return "\(n) recommended for \(tier.rawValue), \(places) places" }
        }
        return nil
    }

    static func all(before: AwardData, after: AwardData, action: Action, accepted: Bool, clock: Day, madeUnder: [String: String]) -> String? {
        if !accepted { return nil }
        return onePanelPerStage(after) ?? countedSheetsStand(after) ?? countedSheetsMadeUnderTheStandingDraw(after, madeUnder: madeUnder)
            ?? noSheetLost(before: before, after: after) ?? laterSheetsShortlisted(before: before, action: action)
            ?? publicityAfterDecision(after) ?? noFactAfterClock(after, clock: clock) ?? recommendedWithinQuota(after)
    }
}
