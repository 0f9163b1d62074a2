import Foundation
import Testing
@testable import AwardDomain

/// RULES.md §4 policy settings are new fields: cycle files written before them still open, with
/// the defaults (no trimming, 15 % outlier threshold, no shortlist decision).
struct ScorePolicyDecodingTests {
    @Test func oldCycleFileDecodes() throws {
        var cycle = Cycle(year: 2026)
        cycle.settings.scoring = ScoringPolicy(trimExtremes: true, outlierThresholdPercent: 20)
        cycle.shortlistDecision = ShortlistDecision(tied: ["A1"], include: [], by: "x", at: DrawFixture.at, note: "")
        var object = try #require(JSONSerialization.jsonObject(with: JSONEncoder().encode(cycle)) as? [String: Any])
        var settings = try #require(object["settings"] as? [String: Any])
        settings.removeValue(forKey: "scoring")
        object["settings"] = settings
        object.removeValue(forKey: "shortlistDecision")
        let old = try JSONDecoder().decode(Cycle.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(old.settings.scoring == ScoringPolicy())
        #expect(old.shortlistDecision == nil)
        // And the new fields round-trip.
        #expect(try JSONDecoder().decode(Cycle.self, from: JSONEncoder().encode(cycle)) == cycle)
    }
}
