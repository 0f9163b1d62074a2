/// What an action is about, so that a change made in one qaward process can be checked against
/// the changes other processes saved since it was prepared. Most actions are increments (one
/// percentage, one status step) and are simply checked against the latest state by their own
/// rules; an action that carries a whole record as the user saw it (an organization, an
/// application, the settings) would silently undo what another saved meanwhile, so those are
/// refused when another change touched the same subject since.
extension Action {
    /// The things this action changes, as `kind:id` (`application:A2026-001`, `sheet:D/A…/E003`).
    public var subjects: Set<String> {
        switch self {
        case .registry(let a):
            switch a {
            case .upsertOrganization(let o): return ["org:\(o.id)"]
            case .upsertExpert(let e): return ["expert:\(e.id)"]
            case .importOrganizations(let os): return Set(os.map { "org:\($0.id)" })
            case .importExperts(let es): return Set(es.map { "expert:\($0.id)" })
            case .updateSettings: return ["office"]
            case .importCalendarYear(let y, _, _): return ["calendar:\(y)"]
            case .createCycle(let y, _): return ["office", "cycle:\(y)"]
            }
        case .intake(let a):
            switch a {
            case .createApplication(let x), .updateApplication(let x): return ["application:\(x.id)"]
            case .setStatus(let id, _, _), .recordJudgement(let id, _, _, _): return ["application:\(id)"]
            case .updateCycleSettings: return ["cycleSettings"]
            case .importApplications(let new, let updated): return Set((new + updated).map { "application:\($0.id)" })
            }
        case .publicity(let a):
            switch a {
            case .start(let id, _, _, _), .recordObjection(let id, _), .resolveObjection(let id, _, _, _), .close(let id): return ["publicity:\(id)"]
            case .setMilestone(let m): return ["milestone:\(m.id)"]
            }
        case .draw(let a):
            switch a {
            case .createPanel(let p): return ["panel:\(p.id)"]
            case .commit(let d, let p, _, _): return ["draw:\(d)", "panel:\(p)"]
            case .publishCommitment(let d), .reveal(let d, _), .void(let d, _), .designateLeader(let d, _), .replaceDeclined(let d, _, _): return ["draw:\(d)"]
            }
        case .scoring(let a):
            switch a {
            case .setPercent(_, let app, let expert, let stage, _, _):
                return ["sheet:\(ScoreSheet.makeID(stage: stage, applicationID: app, expertID: expert))"]
            case .setComment(let s, _, _), .submit(let s), .reopen(let s, _): return ["sheet:\(s)"]
            case .importSheets(let sheets): return Set(sheets.map { "sheet:\($0.id)" })
            case .decideShortlistTie: return ["shortlist"]
            }
        case .review(let a):
            switch a {
            case .addFinding(_, let app, let expert, let stage, _, _):
                return ["sheet:\(ScoreSheet.makeID(stage: stage, applicationID: app, expertID: expert))"]
            case .removeFinding(let s, _, _): return ["sheet:\(s)"]
            case .agree(let panel, let stage, let app, let item, _, _): return ["agreed:\(panel)/\(stage.rawValue)/\(app)/\(item)"]
            }
        case .procedure(let a):
            switch a {
            case .extendDeadline(let id, _, _, _): return ["application:\(id)"]
            case .reopenStage(let stage, _): return ["stage:\(stage.rawValue)"]
            case .closeDocumentReview: return ["shortlist"]
            case .cancelPublicity(let id, _): return ["publicity:\(id)"]
            case .decidePlaceTie(let tier, _, _): return ["placeTie:\(tier.rawValue)"]
            }
        case .packages(let a):
            switch a {
            case .recordOfficeKey: return ["officeKey"]
            case .recordReviewerKey(let expert, _, _): return ["expertKey:\(expert)"]
            case .issuePackage(let p): return ["package:\(p.expertID)/\(p.panelID)/\(p.stage.rawValue)"]
            case .acceptReturn(let r, let sheets): return Set(sheets.map { "sheet:\($0.id)" }).union(["return:\(r.packageID)"])
            case .recordReturnSealed(let r): return ["return:\(r.packageID)"]
            case .carryDrafts(let c):
                return Set(c.sheetIDs.map { "sheet:\($0)" })
            }
        case .award(let a):
            switch a {
            case .setPlaces: return ["places", "cycleSettings"]
            case .decide(let id, _, _, _, _): return ["decision:\(id)"]
            case .approve, .publish: return ["approval"]
            case .revoke(let org, _, _, _, _, _): return ["org:\(org)"]
            }
        }
    }

    /// The subjects this action replaces whole, from the state it was prepared in: a change to
    /// one of them saved by someone else meanwhile would be lost without a word.
    public var replacedSubjects: Set<String> {
        switch self {
        case .registry(.upsertOrganization), .registry(.upsertExpert), .registry(.updateSettings),
             .intake(.updateApplication), .intake(.updateCycleSettings):
            return subjects
        case .award(.setPlaces):
            return ["places"]
        default:
            return []
        }
    }
}
