import Foundation

/// A finding of the panel: members' findings merged, identical statements on the same item once,
/// each with every member who wrote it (合议 keeps who wrote what).
public struct PanelFinding: Hashable, Sendable {
    public var itemID: String
    public var kind: FindingKind
    public var text: String
    /// Experts who wrote it, by expert id; the text is the first one's.
    public var authors: [String]
}

/// A document-review finding as the on-site visit found it (第十一条（五）).
public struct CarriedFinding: Hashable, Sendable {
    public enum Verdict: String, Hashable, Sendable {
        /// More members confirmed it than did not.
        case confirmed
        /// At least as many members did not confirm it as did.
        case notConfirmed
        /// No member's on-site sheet says either.
        case unchecked
    }

    public var finding: PanelFinding
    public var confirmedBy: [String]
    public var notConfirmedBy: [String]

    public var verdict: Verdict {
        if confirmedBy.isEmpty && notConfirmedBy.isEmpty { return .unchecked }
        return confirmedBy.count > notConfirmedBy.count ? .confirmed : .notConfirmed
    }

    public var verdictName: Phrase {
        switch verdict {
        case .confirmed: FindingCheck.confirmed.name
        case .notConfirmed: FindingCheck.notConfirmed.name
        case .unchecked: Phrase(zh: "未核实", en: "not checked")
        }
    }
}

public enum PanelFindings {
    /// The submitted sheets' own findings (on on-site sheets: the new ones) merged, in rubric order,
    /// strengths before improvement opportunities, each kind in the order first written.
    public static func merge(_ sheets: [ScoreSheet], rubric: Rubric) -> [PanelFinding] {
        let submitted = sheets.filter { $0.status == .submitted }.sorted { utf8Less($0.expertID, $1.expertID) }
        var out: [PanelFinding] = []
        for item in rubric.items {
            for kind in FindingKind.allCases {
                var merged: [PanelFinding] = []
                for sheet in submitted {
                    for f in sheet.findings[item.id] ?? [] where f.kind == kind && (f.check == nil || f.check == .new) {
                        let key = normalized(f.text)
                        if let i = merged.firstIndex(where: { normalized($0.text) == key }) {
                            if !merged[i].authors.contains(sheet.expertID) { merged[i].authors.append(sheet.expertID) }
                        } else {
                            merged.append(PanelFinding(itemID: item.id, kind: kind, text: f.text, authors: [sheet.expertID]))
                        }
                    }
                }
                out += merged
            }
        }
        return out
    }

    /// The panel's findings for an applicant at a stage, from the stage's submitted sheets.
    public static func of(applicationID: String, stage: Stage, in data: AwardData) -> [PanelFinding] {
        let rubric = data.rubrics[stage] ?? .gbt19580
        return merge(data.cycle.sheets.filter { $0.applicationID == applicationID && $0.stage == stage }, rubric: rubric)
    }

    /// The document-review findings with what the on-site sheets say of each (第十一条（五）).
    public static func carried(applicationID: String, in data: AwardData) -> [CarriedFinding] {
        let onsite = data.cycle.sheets.filter { $0.applicationID == applicationID && $0.stage == .onsite && $0.status == .submitted }
        return of(applicationID: applicationID, stage: .document, in: data).map { f in
            var c = CarriedFinding(finding: f, confirmedBy: [], notConfirmedBy: [])
            for sheet in onsite.sorted(by: { utf8Less($0.expertID, $1.expertID) }) {
                for g in sheet.findings[f.itemID] ?? [] where g.kind == f.kind && normalized(g.text) == normalized(f.text) {
                    if g.check == .confirmed { c.confirmedBy.append(sheet.expertID) }
                    if g.check == .notConfirmed { c.notConfirmedBy.append(sheet.expertID) }
                }
            }
            return c
        }
    }

    /// Two statements are the same finding when they differ only in surrounding spaces or a final
    /// full stop.
    static func normalized(_ s: String) -> String {
        var t = s.trimmingCharacters(in: .whitespaces)
        while let last = t.last, "。.；;".contains(last) { t.removeLast() }
        return t
    }
}
