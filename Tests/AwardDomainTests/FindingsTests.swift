import Foundation
import Testing
@testable import AwardDomain

/// Strengths and improvement opportunities on sheets, merged into the panel's findings, and the
/// on-site visit's check of the document-review findings (第十一条（三）、（五）).
struct FindingsTests {
    typealias Panel = DeliberationTests.Panel

    func add(_ data: AwardData, _ expert: String, _ stage: Stage, _ item: String, _ kind: FindingKind, _ text: String,
             check: FindingCheck? = nil) throws(DomainError) -> AwardData {
        try data.applying(.review(.addFinding(panelID: "P1", applicationID: "A1", expertID: expert, stage: stage, itemID: item,
                                              finding: Finding(kind: kind, text: text, check: check))), context: DrawFixture.context())
    }

    /// Each member writes on an unsubmitted sheet (the draft is created when needed); the panel's
    /// findings merge the same statement once, naming both authors, in rubric order with strengths first.
    @Test func membersFindingsMergeKeepingWhoWroteWhat() throws {
        let p = try Panel(submit: 0)
        let m = p.members
        var d = try add(p.data, m[0], .document, "I1", .strength, "战略目标分解到部门")
        d = try add(d, m[1], .document, "I1", .strength, "战略目标分解到部门。")
        d = try add(d, m[1], .document, "I1", .improvement, "缺少对标数据")
        d = try add(d, m[2], .document, "I3", .improvement, "结果趋势不足三年")
        #expect(refusal { () throws(DomainError) -> AwardData in try add(d, m[0], .document, "I1", .strength, "战略目标分解到部门") } != nil)
        #expect(refusal { () throws(DomainError) -> AwardData in try add(d, m[0], .document, "I1", .strength, "  ") } != nil)
        #expect(refusal { () throws(DomainError) -> AwardData in try add(d, m[0], .document, "I1", .strength, "一\n二") } != nil)
        #expect(refusal { () throws(DomainError) -> AwardData in try add(d, m[0], .document, "I1", .strength, "x", check: .confirmed) }?.citation == .art11_5)
        // Not yet merged: nothing is submitted.
        #expect(PanelFindings.of(applicationID: "A1", stage: .document, in: d).isEmpty)
        for e in m { d = try d.applying(.scoring(.submit(sheetID: "D/A1/\(e)")), context: DrawFixture.context()) }
        let merged = PanelFindings.of(applicationID: "A1", stage: .document, in: d)
        #expect(merged.map { PanelFindings.normalized($0.text) } == ["战略目标分解到部门", "缺少对标数据", "结果趋势不足三年"])
        #expect(merged.map(\.authors) == [[m[0], m[1]].sorted(by: utf8Less), [m[1]], [m[2]]])
        #expect(merged.map(\.kind) == [.strength, .improvement, .improvement])
        // Submitted sheets are locked for findings as for scores.
        #expect(refusal { () throws(DomainError) -> AwardData in try add(d, m[0], .document, "I2", .strength, "新") } != nil)
    }

    /// On site, two members confirm the carried strength and one does not: confirmed (2 > 1); the
    /// carried improvement is confirmed by none and not confirmed by one: not confirmed; a new
    /// finding stays the on-site panel's own. A "carried" text the document panel never wrote is refused.
    @Test func onSiteChecksTheDocumentReviewFindings() throws {
        let p = try Panel()
        let m = p.members
        var d = p.data
        for e in m { d = try d.applying(.scoring(.reopen(sheetID: "D/A1/\(e)", reason: "补写意见")), context: DrawFixture.context()) }
        d = try add(d, m[0], .document, "I1", .strength, "战略目标分解到部门")
        d = try add(d, m[1], .document, "I2", .improvement, "过程缺少测量")
        for e in m { d = try d.applying(.scoring(.submit(sheetID: "D/A1/\(e)")), context: DrawFixture.context()) }
        // On-site sheets follow the shortlist (condition S2): only A1 was scored, so the office
        // closes the document review on the sheets in.
        d = try d.applying(.procedure(.closeDocumentReview(reason: "仅评 A1")), context: DrawFixture.context())

        d = try add(d, m[0], .onsite, "I1", .strength, "战略目标分解到部门", check: .confirmed)
        d = try add(d, m[1], .onsite, "I1", .improvement, "战略目标分解到部门", check: .notConfirmed)
        d = try add(d, m[1], .onsite, "I1", .strength, "战略目标分解到部门", check: .confirmed)   // changes its mind: replaced
        d = try add(d, m[2], .onsite, "I1", .strength, "战略目标分解到部门", check: .notConfirmed)
        d = try add(d, m[2], .onsite, "I2", .strength, "过程缺少测量", check: .notConfirmed)
        d = try add(d, m[2], .onsite, "I3", .strength, "现场看到完整的顾客满意数据")
        #expect(refusal { () throws(DomainError) -> AwardData in try add(d, m[0], .onsite, "I3", .strength, "从未写过", check: .confirmed) }?.citation == .art11_5)
        #expect(d.cycle.sheets.first { $0.id == "S/A1/\(m[1])" }?.findings["I1"]?.count == 1)
        #expect(d.cycle.sheets.first { $0.id == "S/A1/\(m[2])" }?.findings["I3"]?.first?.check == .new)
        for e in m {
            for item in ["I1", "I2", "I3"] {
                d = try d.applying(.scoring(.setPercent(panelID: "P1", applicationID: "A1", expertID: e, stage: .onsite, itemID: item, percent: 50)),
                                   context: DrawFixture.context())
            }
            d = try d.applying(.scoring(.submit(sheetID: "S/A1/\(e)")), context: DrawFixture.context())
        }
        let carried = PanelFindings.carried(applicationID: "A1", in: d)
        #expect(carried.map(\.finding.text) == ["战略目标分解到部门", "过程缺少测量"])
        #expect(carried.map(\.verdict) == [.confirmed, .notConfirmed])
        #expect(carried[0].confirmedBy.count == 2)
        // The carried improvement keeps its kind, whatever kind the form sent.
        #expect(d.cycle.sheets.first { $0.id == "S/A1/\(m[2])" }?.findings["I2"]?.first?.kind == .improvement)
        #expect(PanelFindings.of(applicationID: "A1", stage: .onsite, in: d).map(\.text) == ["现场看到完整的顾客满意数据"])
    }

    /// Removing a finding by its position; a wrong position is refused and changes nothing.
    @Test func removeAFinding() throws {
        let p = try Panel(submit: 0)
        var d = try add(p.data, p.members[0], .document, "I1", .strength, "甲")
        d = try add(d, p.members[0], .document, "I1", .strength, "乙")
        let sheet = "D/A1/\(p.members[0])"
        #expect(refusal { () throws(DomainError) -> AwardData in try d.applying(.review(.removeFinding(sheetID: sheet, itemID: "I1", index: 2)), context: DrawFixture.context()) } != nil)
        d = try d.applying(.review(.removeFinding(sheetID: sheet, itemID: "I1", index: 0)), context: DrawFixture.context())
        #expect(d.cycle.sheets.first { $0.id == sheet }?.findings["I1"]?.map(\.text) == ["乙"])
    }
}

/// Files written before findings, deliberation and the stage-score rule existed still open: a
/// cycle without `consensus`, a sheet without `findings`, a policy without `stageScore`.
struct ReviewDecodingTests {
    @Test func olderFilesDecodeWithoutTheReviewFields() throws {
        var cycle = Cycle(year: 2026)
        var sheet = ScoreSheet(panelID: "P1", applicationID: "A1", expertID: "E1", stage: .document, rubricID: "r")
        sheet.percents = ["4.1.2": 80]
        cycle.sheets = [sheet]
        var json = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(cycle)) as? [String: Any])
        json["consensus"] = nil
        var settings = try #require(json["settings"] as? [String: Any])
        var scoring = try #require(settings["scoring"] as? [String: Any])
        scoring["stageScore"] = nil
        settings["scoring"] = scoring
        json["settings"] = settings
        var sheets = try #require(json["sheets"] as? [[String: Any]])
        sheets[0]["findings"] = nil
        json["sheets"] = sheets
        let old = try JSONDecoder().decode(Cycle.self, from: JSONSerialization.data(withJSONObject: json))
        #expect(old.consensus.isEmpty)
        #expect(old.sheets[0].findings.isEmpty && old.sheets[0].percents == ["4.1.2": 80])
        #expect(old.settings.scoring.stageScore == .sheetMean)
    }
}
