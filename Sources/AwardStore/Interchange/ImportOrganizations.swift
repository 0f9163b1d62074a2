import AwardDomain

extension ImportBuilder {
    /// Organizations, merged into the stored ones with the same id: columns the file lacks keep
    /// their stored values, adverse records and awards are kept (they have files of their own), and
    /// the row's certificate replaces the stored one with the same number or is added.
    mutating func organizations(_ readers: [RowReader]) -> [Organization] {
        var result: [Organization] = []
        var rowOf: [String: RowReader] = [:]
        var seenIDs: [String: Int] = [:]
        var seenCodes: [String: Int] = [:]
        for var r in readers {
            let id = r.value("id", as: String.self)
            let stored = id.flatMap(registry.organization)
            let name = r.value("name", as: String.self)
            let code = r.value("credit_code", as: String.self)
            let legal = r.value("legal_person", as: Bool.self)
            let county = r.value("county", as: County.self)
            let inYancheng = r.value("registered_in_yancheng", as: Bool.self)
            let dafeng = r.value("in_dafeng_zone", as: Bool.self)
            let industry = r.text("industry")
            let sectors = r.value("sectors", as: [SectorTag].self)
            let established = r.value("established", as: Day.self)
            let parent = r.value("parent_id", as: String.self)
            let since = r.value("excellence_since", as: Day.self)
            let exporter = r.value("exporter", as: Bool.self)
            let certificate = readCertificate(&r)
            collect(r)
            if let id, !firstUse(of: id, key: "id", reader: r, seen: &seenIDs) { continue }
            if let code, let earlier = seenCodes[code] {
                problems.append(problem(r, "credit_code", zh: "统一社会信用代码与第\(earlier)行相同；一个代码只属于一个组织", en: "The credit code repeats row \(earlier): a code belongs to one organization"))
            } else if let code { seenCodes[code] = r.number }
            if let parent, parent == id {
                problems.append(problem(r, "parent_id", zh: "母公司不能是组织自己", en: "An organization cannot be its own parent"))
            }
            guard r.problems.isEmpty, let id else { continue }

            var org: Organization
            if let stored {
                org = stored
                if let name { org.name = name }
                if let code { org.creditCode = code }
                if let legal { org.isLegalPerson = legal }
                if let county { org.county = county }
                if let inYancheng { org.registeredInYancheng = inYancheng }
                if let established { org.established = established }
            } else {
                // Required columns: when one is missing the header check has reported it already.
                guard let name, let code, let legal, let county, let inYancheng, let established else { continue }
                org = Organization(id: id, name: name, creditCode: code, isLegalPerson: legal, county: county,
                                   registeredInYancheng: inYancheng, established: established)
            }
            if r.has("in_dafeng_zone") { org.inDafengZone = dafeng ?? false }
            if r.has("industry") { org.industry = industry }
            if r.has("sectors") { org.sectors = sectors ?? [] }
            if r.has("parent_id") { org.parentID = parent }
            if r.has("excellence_since") { org.excellenceModelSince = since }
            if r.has("exporter") { org.isExporter = exporter ?? false }
            if let certificate {
                if let i = org.certificates.firstIndex(where: { $0.number == certificate.number }) {
                    org.certificates[i] = certificate
                } else {
                    org.certificates.append(certificate)
                }
            }
            result.append(org)
            rowOf[id] = r
        }
        checkReferences(result, rowOf: rowOf)
        return result
    }

    /// The optional certificate group: all four cells or none; issued before it expires.
    private func readCertificate(_ r: inout RowReader) -> QMSCertificate? {
        let keys = ["qms_standard", "qms_number", "qms_issued", "qms_expires"]
        let standard = r.text("qms_standard"), number = r.text("qms_number")
        let issued = r.value("qms_issued", as: Day.self), expires = r.value("qms_expires", as: Day.self)
        guard r.group(keys, name: Phrase(zh: "质量管理体系证书", en: "certificate")),
              let issued, let expires else { return nil }
        guard issued < expires else {
            r.fail("qms_expires", zh: "有效期至（\(expires)）应晚于发证日期（\(issued)）", en: "The expiry (\(expires)) should come after the issue date (\(issued))")
            return nil
        }
        return QMSCertificate(standard: standard, number: number, issued: issued, expires: expires)
    }

    /// Parents exist (in the registry or anywhere in this file), parent chains do not loop, and a
    /// credit code does not already belong to another stored organization.
    private mutating func checkReferences(_ orgs: [Organization], rowOf: [String: RowReader]) {
        var byID: [String: Organization] = Dictionary(uniqueKeysWithValues: registry.organizations.map { ($0.id, $0) })
        for o in orgs { byID[o.id] = o }
        // Repeats inside the file are reported row by row already; here only stored organizations
        // the file leaves alone can hold a code the file uses.
        var untouched: [String: Organization] = [:]
        for o in registry.organizations where rowOf[o.id] == nil && untouched[o.creditCode] == nil { untouched[o.creditCode] = o }
        for o in orgs {
            guard let r = rowOf[o.id] else { continue }
            if let other = untouched[o.creditCode] {
                problems.append(problem(r, "credit_code", zh: "统一社会信用代码 \(o.creditCode) 已属于“\(other.name)”（\(other.id)）",
                                        en: "Credit code \(o.creditCode) already belongs to “\(other.name)” (\(other.id))"))
            }
            guard let p = o.parentID, p != o.id else { continue }
            guard byID[p] != nil else {
                problems.append(problem(r, "parent_id", zh: "母公司编号 \(p) 不在组织名录中，也不在本文件中", en: "The parent \(p) is neither in the registry nor in this file"))
                continue
            }
            var seen: Set<String> = [o.id]
            var cur: String? = p
            while let c = cur {
                guard seen.insert(c).inserted else {
                    problems.append(problem(r, "parent_id", zh: "母子公司关系成环：\(o.id) 经由 \(p) 又回到自己", en: "The parent chain loops: \(o.id) leads back to itself through \(p)"))
                    break
                }
                cur = byID[c]?.parentID
            }
        }
    }
}
