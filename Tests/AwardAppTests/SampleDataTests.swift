import AwardDomain
import Testing
@testable import AwardApp

/// The sample cycle shows every eligibility rule at work: for each of E1–E11 some applicant
/// fails it for a visible reason, and some applicants pass everything.
@Suite struct SampleDataTests {
    @Test func everyCheckHasAFailingSampleApplicant() {
        let data = AppHarness.sampleData()
        let summaries = Eligibility.summaries(in: data)
        // Expected from sample-data/ and SampleCycle.reviewActions, by hand:
        // E1 A018 (no declaration) · E2 A005 (established 2022-05-10, under 4 years) ·
        // E3 A020 (judged: environmental approval pending) · E4 A006 (certificate expired 2026-01-15) ·
        // E6 A004 (较大 food-safety accident 2024-08-12) · E7 A010 (parent O0001 won 2021) ·
        // E8 A009 (objection pending) · E9 A011 (no recommendation) · E10 A012 (revoked 2023-05-20) ·
        // E11 A013 (Mayor's award 2022-06-28, under 5 years). E5 has no failing sample: a reviewer
        // would record it; the check is the same judgement mechanism as E3.
        let expected: [String: String] = [
            "E1": "A2026-018", "E2": "A2026-005", "E3": "A2026-020", "E4": "A2026-006", "E6": "A2026-004",
            "E7": "A2026-010", "E8": "A2026-009", "E9": "A2026-011", "E10": "A2026-012", "E11": "A2026-013",
        ]
        for (code, app) in expected {
            let r = summaries.first { $0.applicationID == app }?.results.first { $0.code == code }
            #expect(r?.outcome == .fail, "\(app) should fail \(code)")
            #expect(r?.reason.zh.isEmpty == false)
        }
        let passing = summaries.filter { $0.overall == .pass }.map(\.applicationID).sorted()
        #expect(passing == ["A2026-001", "A2026-002", "A2026-003", "A2026-014", "A2026-019"])
    }

    @Test func boundaryApplicantPassesOnTheDay() {
        // A2026-019 (射阳远景新材料): established 2022-03-31 and certified 2024-03-31, so exactly
        // 4 and 2 years on the deadline 2026-03-31 — "以上" includes the number itself.
        let data = AppHarness.sampleData()
        let results = Eligibility.evaluate(applicationID: "A2026-019", in: data)
        #expect(results.first { $0.code == "E2" }?.outcome == .pass)
        #expect(results.first { $0.code == "E4" }?.outcome == .pass)
    }
}
