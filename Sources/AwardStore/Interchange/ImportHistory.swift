import AwardDomain

extension ImportBuilder {
    /// Adverse records (第十条（六）) added to stored organizations. A record with the same
    /// organization, date and kind as a stored one replaces it, so a re-imported sheet with a
    /// credit-repair date filled in updates the record instead of doubling it.
    mutating func records(_ readers: [RowReader]) -> [Organization] {
        var updated: [String: Organization] = [:]
        var order: [String] = []
        var seen: [String: Int] = [:]
        for var r in readers {
            let orgID = r.value("org_id", as: String.self)
            let date = r.value("date", as: Day.self)
            let kind = r.value("kind", as: RecordKind.self)
            let severity = r.value("severity", as: Severity.self)
            let repaired = r.value("credit_repaired", as: Day.self)
            let note = r.text("note")
            if let repaired, let date, repaired < date {
                r.fail("credit_repaired", zh: "信用修复完成日期（\(repaired)）早于记录日期（\(date)）", en: "Credit repair (\(repaired)) is dated before the record (\(date))")
            }
            let org = orgID.flatMap { updated[$0] ?? registry.organization($0) }
            if let orgID, org == nil {
                r.fail("org_id", zh: "组织编号 \(orgID) 不在组织名录中；请先导入组织", en: "Organization \(orgID) is not in the registry: import the organizations first")
            }
            collect(r)
            guard r.problems.isEmpty, var org, let date, let kind, let severity else { continue }
            let key = "\(org.id)|\(date)|\(kind.rawValue)"
            if let earlier = seen[key] {
                problems.append(problem(r, "date", zh: "与第\(earlier)行是同一组织同一日期同一类别的记录；请合并为一行", en: "Same organization, date and kind as row \(earlier): merge them into one row"))
                continue
            }
            seen[key] = r.number
            let record = ComplianceRecord(date: date, kind: kind, severity: severity, creditRepaired: repaired, note: note)
            if let i = org.records.firstIndex(where: { $0.date == date && $0.kind == kind }) {
                org.records[i] = record
            } else {
                org.records.append(record)
            }
            if updated[org.id] == nil { order.append(org.id) }
            updated[org.id] = org
        }
        return order.compactMap { updated[$0] }
    }

    /// Awards (第十条（七）, 第十四至十六条) added to stored organizations; the same organization,
    /// year and tier replaces the stored award (e.g. to record a revocation).
    mutating func awards(_ readers: [RowReader]) -> [Organization] {
        var updated: [String: Organization] = [:]
        var order: [String] = []
        var seen: [String: Int] = [:]
        for var r in readers {
            let orgID = r.value("org_id", as: String.self)
            let year = r.value("year", as: Int.self)
            let tier = r.value("tier", as: AwardTier.self)
            let awarded = r.value("awarded", as: Day.self)
            let revoked = r.value("revoked", as: Day.self)
            let reason = r.text("revocation_reason")
            let paid = r.value("prize_paid", as: Bool.self)
            if let revoked, let awarded, revoked < awarded {
                r.fail("revoked", zh: "撤销日期（\(revoked)）早于获奖日期（\(awarded)）", en: "The revocation (\(revoked)) is dated before the award (\(awarded))")
            }
            if revoked != nil, reason.isEmpty {
                r.fail("revocation_reason", zh: "撤销奖项须写明原因（第十四条、第十五条）", en: "A revocation needs its reason (Arts. 14–15)")
            }
            if revoked == nil, !reason.isEmpty, !r.filled("revoked") {
                r.fail("revoked", zh: "填写了撤销原因，也须填写撤销日期", en: "A revocation reason is given, so the revocation date is needed too")
            }
            let org = orgID.flatMap { updated[$0] ?? registry.organization($0) }
            if let orgID, org == nil {
                r.fail("org_id", zh: "组织编号 \(orgID) 不在组织名录中；请先导入组织", en: "Organization \(orgID) is not in the registry: import the organizations first")
            }
            collect(r)
            guard r.problems.isEmpty, var org, let year, let tier, let awarded else { continue }
            let key = "\(org.id)|\(year)|\(tier.rawValue)"
            if let earlier = seen[key] {
                problems.append(problem(r, "year", zh: "与第\(earlier)行是同一组织同一年度同一奖项", en: "Same organization, year and tier as row \(earlier)"))
                continue
            }
            seen[key] = r.number
            let award = AwardRecord(year: year, tier: tier, awarded: awarded, revoked: revoked,
                                    revocationReason: reason.isEmpty ? nil : reason, prizePaid: paid ?? true)
            if let i = org.awards.firstIndex(where: { $0.year == year && $0.tier == tier }) {
                org.awards[i] = award
            } else {
                org.awards.append(award)
            }
            if updated[org.id] == nil { order.append(org.id) }
            updated[org.id] = org
        }
        return order.compactMap { updated[$0] }
    }
}
