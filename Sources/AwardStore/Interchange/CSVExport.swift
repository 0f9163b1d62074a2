import AwardDomain
import CSV
import Foundation

/// Writes tables as Excel opens them correctly: UTF-8 with a BOM (without it Excel reads Chinese
/// as GBK and garbles it), CRLF line ends, fields quoted when they hold commas, quotes or line
/// breaks, and no cell that Excel would run as a formula (`guarded`). Headers are Chinese by
/// default. What `CSVImport` reads back gives the same data.
public enum CSVExport {
    /// Any table of text: the header row, then the rows. For reports (ranking, payment lists) as well.
    public static func table(headers: [String], rows: [[String]]) -> Data {
        table(OfficeTable(headers: headers, rows: rows))
    }

    /// A typed table: cells guarded by their column's kind.
    public static func table(_ t: OfficeTable) -> Data {
        let stream = OutputStream(toMemory: ())
        var body = Data([0xEF, 0xBB, 0xBF])
        do {
            let writer = try CSVWriter(stream: stream, newline: .crlf)
            try writer.write(row: t.headers.map { guarded($0, kind: .text) })
            for row in t.rows { try writer.write(row: row.enumerated().map { guarded($1, kind: t.kind($0)) }) }
        } catch {
            // Writing to a memory stream cannot fail short of running out of memory.
            preconditionFailure("writing CSV to memory failed: \(error)")
        }
        stream.close()
        if let written = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data { body.append(written) }
        body.append(contentsOf: Array("\r\n".utf8))
        return body
    }

    /// A table of one kind: its columns in spec order with their kinds, each row given as key → cell text.
    static func table(kind: CSVKind, rows: [[String: String]], lang: Language) -> OfficeTable {
        let columns = kind.columns
        return OfficeTable(headers: columns.map { $0.header(lang) }, rows: rows.map { r in columns.map { r[$0.key] ?? "" } },
                           kinds: columns.map(\.parser.kind))
    }

    /// Every kind from the stored data as CSV; applications and scores come from `cycle`.
    public static func data(kind: CSVKind, registry: Registry, cycle: Cycle?, lang: Language = .zh) -> Data {
        table(officeTable(kind: kind, registry: registry, cycle: cycle, lang: lang))
    }

    /// Every kind from the stored data as a typed table, for CSV and Excel alike.
    public static func officeTable(kind: CSVKind, registry: Registry, cycle: Cycle?, lang: Language = .zh) -> OfficeTable {
        switch kind {
        case .orgs: organizationsTable(registry.organizations, lang: lang)
        case .records: recordsTable(registry.organizations, lang: lang)
        case .awards: awardsTable(registry.organizations, lang: lang)
        case .experts: expertsTable(registry.experts, lang: lang)
        case .applications: applicationsTable(cycle?.applications ?? [], lang: lang)
        case .scores: scoresTable(cycle?.sheets ?? [], lang: lang)
        case .findings: findingsTable(cycle?.sheets ?? [], lang: lang)
        }
    }

    public static func organizations(_ orgs: [Organization], lang: Language = .zh) -> Data { table(organizationsTable(orgs, lang: lang)) }
    public static func records(_ orgs: [Organization], lang: Language = .zh) -> Data { table(recordsTable(orgs, lang: lang)) }
    public static func awards(_ orgs: [Organization], lang: Language = .zh) -> Data { table(awardsTable(orgs, lang: lang)) }
    public static func applications(_ apps: [Application], lang: Language = .zh) -> Data { table(applicationsTable(apps, lang: lang)) }
    public static func experts(_ experts: [Expert], lang: Language = .zh) -> Data { table(expertsTable(experts, lang: lang)) }
    public static func scores(_ sheets: [ScoreSheet], lang: Language = .zh) -> Data { table(scoresTable(sheets, lang: lang)) }
    public static func findings(_ sheets: [ScoreSheet], lang: Language = .zh) -> Data { table(findingsTable(sheets, lang: lang)) }

    /// One row per organization with one certificate: the one that expires last, since that is
    /// the one 第十条（四） looks at. Other certificates stay stored (import merges by number).
    public static func organizationsTable(_ orgs: [Organization], lang: Language = .zh) -> OfficeTable {
        let f = CellText(lang: lang)
        return table(kind: .orgs, rows: orgs.map { o in
            var r: [String: String] = [
                "id": o.id, "name": o.name, "credit_code": o.creditCode, "legal_person": f.yesNo(o.isLegalPerson),
                "county": f.choice(o.county), "registered_in_yancheng": f.yesNo(o.registeredInYancheng),
                "in_dafeng_zone": f.yesNo(o.inDafengZone), "industry": o.industry,
                "sectors": f.list(o.sectors.map(f.choice)), "established": o.established.description,
                "parent_id": o.parentID ?? "", "excellence_since": f.day(o.excellenceModelSince), "exporter": f.yesNo(o.isExporter),
            ]
            if let c = o.certificates.max(by: { $0.expires < $1.expires }) {
                r["qms_standard"] = c.standard; r["qms_number"] = c.number
                r["qms_issued"] = c.issued.description; r["qms_expires"] = c.expires.description
            }
            return r
        }, lang: lang)
    }

    public static func recordsTable(_ orgs: [Organization], lang: Language = .zh) -> OfficeTable {
        let f = CellText(lang: lang)
        return table(kind: .records, rows: orgs.flatMap { o in o.records.map { rec in [
            "org_id": o.id, "date": rec.date.description, "kind": f.choice(rec.kind), "severity": f.choice(rec.severity),
            "credit_repaired": f.day(rec.creditRepaired), "note": rec.note,
        ] } }, lang: lang)
    }

    public static func awardsTable(_ orgs: [Organization], lang: Language = .zh) -> OfficeTable {
        let f = CellText(lang: lang)
        return table(kind: .awards, rows: orgs.flatMap { o in o.awards.map { a in [
            "org_id": o.id, "year": String(a.year), "tier": f.choice(a.tier), "awarded": a.awarded.description,
            "revoked": f.day(a.revoked), "revocation_reason": a.revocationReason ?? "", "prize_paid": f.yesNo(a.prizePaid),
        ] } }, lang: lang)
    }

    public static func applicationsTable(_ apps: [Application], lang: Language = .zh) -> OfficeTable {
        let f = CellText(lang: lang)
        return table(kind: .applications, rows: apps.map { a in [
            "id": a.id, "org_id": a.orgID, "declaration": f.yesNo(a.declarationSigned),
            "internal_publicity_start": f.day(a.internalPublicity?.start), "internal_publicity_end": f.day(a.internalPublicity?.end),
            "internal_publicity_outcome": a.internalPublicity.map { f.choice($0.outcome) } ?? "",
            "recommender_kind": a.recommendation.map { f.choice($0.kind) } ?? "", "recommender": a.recommendation?.department ?? "",
            "recommended_on": f.day(a.recommendation?.signed), "self_assessment": f.yesNo(a.selfAssessment),
            "submitted": f.day(a.submitted), "status": f.choice(a.status),
        ] }, lang: lang)
    }

    public static func expertsTable(_ experts: [Expert], lang: Language = .zh) -> OfficeTable {
        let f = CellText(lang: lang)
        return table(kind: .experts, rows: experts.map { e in [
            "id": e.id, "name": e.name, "employer_org_id": e.employerOrgID ?? "", "employer": e.employerName,
            "employer_credit_code": e.employerCreditCode ?? "", "specialties": f.list(e.specialties), "industries": f.list(e.industries),
            "county": f.choice(e.county), "title": e.title, "available": f.yesNo(e.available),
            "unavailable": f.list(e.unavailable.map { $0.from == $0.to ? "\($0.from)" : "\($0.from)~\($0.to)" }),
            "conflicts": f.list(e.conflicts),
        ] }, lang: lang)
    }

    /// One row per scored, commented or annotated item, in item-id order within each sheet, with
    /// the item's findings a column per kind.
    public static func scoresTable(_ sheets: [ScoreSheet], lang: Language = .zh) -> OfficeTable {
        let f = CellText(lang: lang)
        return table(kind: .scores, rows: sheets.flatMap { s in
            Set(s.percents.keys).union(s.comments.keys).union(s.findings.keys).sorted(by: itemOrder).map { item in
                var row = [
                    "panel_id": s.panelID, "application_id": s.applicationID, "expert_id": s.expertID, "stage": f.choice(s.stage),
                    "item_id": item, "percent": s.percents[item].map { String($0) } ?? "", "comment": s.comments[item] ?? "",
                ]
                row.merge(findingCells(s.findings[item] ?? []), uniquingKeysWith: { a, _ in a })
                return row
            }
        }, lang: lang)
    }

    /// One row per item with findings: the sheet's key columns and the findings, for
    /// `qaward findings export` (an expert drafting in Excel or WPS fills it and hands it back).
    public static func findingsTable(_ sheets: [ScoreSheet], lang: Language = .zh) -> OfficeTable {
        let f = CellText(lang: lang)
        return table(kind: .findings, rows: sheets.flatMap { s in
            s.findings.keys.sorted(by: itemOrder).map { item in
                var row = ["panel_id": s.panelID, "application_id": s.applicationID, "expert_id": s.expertID,
                           "stage": f.choice(s.stage), "item_id": item]
                row.merge(findingCells(s.findings[item] ?? []), uniquingKeysWith: { a, _ in a })
                return row
            }
        }, lang: lang)
    }

    /// A column per kind, one finding per line.
    static func findingCells(_ list: [Finding]) -> [String: String] {
        func join(_ pick: (Finding) -> Bool) -> String { list.filter(pick).map(\.text).joined(separator: "\n") }
        return [
            "strengths": join { $0.kind == .strength && ($0.check == nil || $0.check == .new) },
            "improvements": join { $0.kind == .improvement && ($0.check == nil || $0.check == .new) },
            "confirmed": join { $0.check == .confirmed },
            "not_confirmed": join { $0.check == .notConfirmed },
        ]
    }

    /// "4.1.2" before "4.1.10": compare the numeric parts.
    static func itemOrder(_ a: String, _ b: String) -> Bool {
        let pa = a.split(separator: ".").map { Int($0) ?? 0 }, pb = b.split(separator: ".").map { Int($0) ?? 0 }
        return pa == pb ? a < b : pa.lexicographicallyPrecedes(pb)
    }
}

/// Cell text in the export's language, in forms the importer reads back.
struct CellText {
    let lang: Language
    func yesNo(_ b: Bool) -> String { (b ? Phrase.yes : Phrase.no).text(lang) }
    func day(_ d: Day?) -> String { d?.description ?? "" }
    func list(_ items: [String]) -> String { items.joined(separator: ";") }
    func choice<T: CellChoice>(_ v: T) -> String { v.name.text(lang) }
}
