import AwardDomain

extension ImportBuilder {
    /// Experts of the pool, merged into stored experts with the same id (columns the file lacks
    /// keep their stored values). Employer and conflict organizations must be in the registry,
    /// since the draw excludes experts by them (第十一条（三）).
    mutating func experts(_ readers: [RowReader]) -> [Expert] {
        var result: [Expert] = []
        var seen: [String: Int] = [:]
        for var r in readers {
            let id = r.value("id", as: String.self)
            let name = r.value("name", as: String.self)
            let employerOrg = r.value("employer_org_id", as: String.self)
            let employer = r.text("employer")
            let employerCode = r.value("employer_credit_code", as: String.self)
            let specialties = r.value("specialties", as: [String].self) ?? []
            let industries = r.value("industries", as: [String].self) ?? []
            let county = r.value("county", as: County.self)
            let title = r.text("title")
            let available = r.value("available", as: Bool.self)
            let unavailable = r.value("unavailable", as: [DayRange].self) ?? []
            let conflicts = r.value("conflicts", as: [String].self) ?? []
            if let employerOrg, registry.organization(employerOrg) == nil {
                r.fail("employer_org_id", zh: "工作单位编号 \(employerOrg) 不在组织名录中；不在名录中的单位请只填工作单位名称和信用代码",
                       en: "Employer \(employerOrg) is not in the registry: for other employers fill only the name and credit code")
            }
            let unknown = conflicts.filter { registry.organization($0) == nil }
            if !unknown.isEmpty {
                r.fail("conflicts", zh: "利益冲突组织 \(unknown.joined(separator: "、")) 不在组织名录中", en: "Conflict organizations not in the registry: \(unknown.joined(separator: ", "))")
            }
            collect(r)
            if let id, !firstUse(of: id, key: "id", reader: r, seen: &seen) { continue }
            guard r.problems.isEmpty, let id else { continue }
            var expert: Expert
            if let stored = registry.expert(id) {
                expert = stored
                if let name { expert.name = name }
                if let county { expert.county = county }
            } else {
                guard let name, let county else { continue }
                expert = Expert(id: id, name: name, county: county)
            }
            if r.has("employer_org_id") { expert.employerOrgID = employerOrg }
            if r.has("employer") { expert.employerName = employer }
            if r.has("employer_credit_code") { expert.employerCreditCode = employerCode }
            if r.has("specialties") { expert.specialties = specialties }
            if r.has("industries") { expert.industries = industries }
            if r.has("title") { expert.title = title }
            if r.has("available") { expert.available = available ?? true }
            if r.has("unavailable") { expert.unavailable = unavailable }
            if r.has("conflicts") { expert.conflicts = conflicts }
            result.append(expert)
        }
        return result
    }
}
