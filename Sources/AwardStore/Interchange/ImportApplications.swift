import AwardDomain

extension ImportBuilder {
    /// Applications of the open cycle: a new id is created, an existing one updated. Status is
    /// set here only for new applications (draft or submitted); afterwards it changes only through
    /// the intake screen, so every change keeps who and when.
    mutating func applications(_ readers: [RowReader]) -> (new: [Application], updated: [Application]) {
        var new: [Application] = [], updated: [Application] = []
        var seenIDs: [String: Int] = [:], seenOrgs: [String: Int] = [:]
        for var r in readers {
            let id = r.value("id", as: String.self)
            let orgID = r.value("org_id", as: String.self)
            let declaration = r.value("declaration", as: Bool.self)
            let pubStart = r.value("internal_publicity_start", as: Day.self)
            let pubEnd = r.value("internal_publicity_end", as: Day.self)
            let pubOutcome = r.value("internal_publicity_outcome", as: PublicityOutcome.self)
            let recKind = r.value("recommender_kind", as: RecommenderKind.self)
            let recommender = r.text("recommender")
            let recDay = r.value("recommended_on", as: Day.self)
            let selfAssessment = r.value("self_assessment", as: Bool.self)
            let submitted = r.value("submitted", as: Day.self)
            let status = r.value("status", as: ApplicationStatus.self)
            let stored = id.flatMap(cycle.application)

            let hasPublicity = r.group(["internal_publicity_start", "internal_publicity_end", "internal_publicity_outcome"],
                                       required: ["internal_publicity_start", "internal_publicity_outcome"],
                                       name: Phrase(zh: "内部公示", en: "internal publicity"))
            if let pubStart, let pubEnd, pubEnd < pubStart {
                r.fail("internal_publicity_end", zh: "内部公示结束（\(pubEnd)）早于开始（\(pubStart)）", en: "Internal publicity ends (\(pubEnd)) before it starts (\(pubStart))")
            }
            let hasRecommendation = r.group(["recommender_kind", "recommender", "recommended_on"], name: Phrase(zh: "推荐", en: "recommendation"))
            if let orgID, registry.organization(orgID) == nil {
                r.fail("org_id", zh: "组织编号 \(orgID) 不在组织名录中；请先导入组织", en: "Organization \(orgID) is not in the registry: import the organizations first")
            }
            if let orgID, let id, let other = cycle.applications.first(where: { $0.orgID == orgID && $0.id != id && $0.status != .withdrawn }) {
                r.fail("org_id", zh: "该组织本年度已有申报 \(other.id)；每个组织每年只能申报一次", en: "This organization already has application \(other.id) in this cycle: one per organization")
            }
            if let stored, let orgID, orgID != stored.orgID {
                r.fail("org_id", zh: "申报 \(stored.id) 属于组织 \(stored.orgID)，不能改为其他组织；其他组织请另建申报",
                       en: "Application \(stored.id) belongs to \(stored.orgID) and cannot move to another organization: create a new application instead")
            }
            if let stored, let status, status != stored.status {
                r.fail("status", zh: "申报 \(stored.id) 现为“\(stored.status.name.zh)”；状态请在受理界面修改，以便留下修改记录，或把此格留空/改回原状态",
                       en: "Application \(stored.id) is \(stored.status.name.en): change its status in the intake screen so the change is recorded, or leave this cell empty")
            }
            if stored == nil, let status, ![.draft, .submitted].contains(status) {
                r.fail("status", zh: "新申报的状态只能是“草稿”或“已申报”；是否符合资格由资格审查决定",
                       en: "A new application is draft or submitted; eligibility is decided by the eligibility check")
            }
            if stored == nil, status == .submitted, submitted == nil, !r.filled("submitted") {
                r.fail("submitted", zh: "状态为“已申报”时须填写申报日期", en: "A submitted application needs its submission date")
            }
            collect(r)
            if let id, !firstUse(of: id, key: "id", reader: r, seen: &seenIDs) { continue }
            if let orgID, let earlier = seenOrgs[orgID] {
                problems.append(problem(r, "org_id", zh: "与第\(earlier)行是同一组织；每个组织每年只能申报一次", en: "Same organization as row \(earlier): one application per organization"))
                continue
            }
            if let orgID { seenOrgs[orgID] = r.number }
            guard r.problems.isEmpty, let id, let orgID else { continue }

            var app = stored ?? Application(id: id, orgID: orgID, status: status ?? .draft)
            if r.has("declaration") { app.declarationSigned = declaration ?? false }
            if hasPublicity, let pubStart, let pubOutcome {
                app.internalPublicity = InternalPublicity(start: pubStart, end: pubEnd, outcome: pubOutcome)
            } else if r.has("internal_publicity_start") {
                app.internalPublicity = nil
            }
            if hasRecommendation, let recKind, let recDay {
                app.recommendation = Recommendation(kind: recKind, department: recommender, signed: recDay)
            } else if r.has("recommender_kind") {
                app.recommendation = nil
            }
            if r.has("self_assessment") { app.selfAssessment = selfAssessment ?? false }
            if r.has("submitted") { app.submitted = submitted }
            if stored == nil { new.append(app) } else { updated.append(app) }
        }
        return (new, updated)
    }
}
