import Testing
@testable import AwardDomain

/// 第十一条（三）, RULES.md §4: shortlist at 1 : 1.5 for Q&A and on-site review, rounded up, no
/// minimum score, a tie at the cut shown to the office.
struct ShortlistTests {
    /// 1.5 × 10 = 15; 1.5 × 5 = 7.5 → 8; 1.5 × 1 = 1.5 → 2; 0 → 0.
    @Test func invitedCount() {
        #expect(Shortlist.invitedCount(places: 10) == 15)
        #expect(Shortlist.invitedCount(places: 5) == 8)
        #expect(Shortlist.invitedCount(places: 1) == 2)
        #expect(Shortlist.invitedCount(places: 0) == 0)
        var c = Cycle(year: 2026)
        #expect(Shortlist.places(c) == 10)            // 5 + 5 by default
        c.settings.awardQuota = 3; c.settings.nominationQuota = 2
        #expect(Shortlist.places(c) == 5)             // 3 + 2
        c.settings.scoring.shortlistPlaces = 4
        #expect(Shortlist.places(c) == 4)
    }

    /// RULES.md §4: "1.5 × the number of places to fill". Quotas 5 + 5, but the office decided to
    /// fill 3 awards and 2 nominations (第三条 可少额): 1.5 × 5 = 7.5 → 8 invited, not 15.
    @Test func placesDecisionSizesTheList() throws {
        var data = AwardData(registry: Registry(), cycle: Cycle(year: 2026))
        let ctx = ActionContext(actor: "王科长", at: Timestamp(iso: "2026-04-20T09:00:00.000+08:00")!)
        data = try data.applying(.award(.setPlaces(award: 3, nomination: 2, note: "会议纪要2026-3")), context: ctx)
        #expect(Shortlist.places(data.cycle) == 5)
        #expect(Shortlist.compute(data).invitedCount == 8)
    }

    /// 5 + 5 places, 20 applicants at 900.00, 890.00, …, 710.00 minus a pair tied inside the list
    /// (positions 13 and 14 both 780.00): 15 invited, the lowest 5 out, no tie at the cut
    /// (15th 760.00, 16th 750.00). There is no minimum score: 760.00 is in.
    @Test func fivePlusFive() {
        var entries = (0..<20).map { ScoreFixture.entry(String(format: "A%02d", $0 + 1), 90000 - 1000 * $0) }
        entries[13] = ScoreFixture.entry("A14", 78000)    // same as A13
        let s = Shortlist.compute(entries, places: 10, decision: nil)
        #expect(s.invitedCount == 15)
        #expect(s.shortlisted.count == 15)
        #expect(s.tieAtCut.isEmpty)
        #expect(!s.shortlisted.contains("A16"))
    }

    /// 3 + 2 places → 8 invited. Scores 900, 890, 880, 870, 860, 850, 840, 830 (A08), 830 (A09),
    /// 820: the 8th and 9th tie at 830.00 across the cut → the 7 above are in, A08 and A09 are for
    /// the office. Its decision to take A09 completes the list; a decision about another tie
    /// is not applied and is reported stale.
    @Test func threePlusTwoWithTieAtCut() {
        let scores = [90000, 89000, 88000, 87000, 86000, 85000, 84000, 83000, 83000, 82000]
        let entries = scores.enumerated().map { ScoreFixture.entry(String(format: "A%02d", $0.offset + 1), $0.element) }
        let s = Shortlist.compute(entries, places: 5, decision: nil)
        #expect(s.invitedCount == 8)
        #expect(s.shortlisted == ["A01", "A02", "A03", "A04", "A05", "A06", "A07"])
        #expect(s.tieAtCut == ["A08", "A09"])

        let decision = ShortlistDecision(tied: ["A09", "A08"], include: ["A09"], by: "办公室", at: DrawFixture.at, note: "抽签")
        let decided = Shortlist.compute(entries, places: 5, decision: decision)
        #expect(decided.shortlisted.count == 8 && decided.shortlisted.last == "A09")
        #expect(decided.tieAtCut.isEmpty && decided.appliedDecision == decision)

        let stale = ShortlistDecision(tied: ["A07", "A08"], include: ["A07"], by: "办公室", at: DrawFixture.at, note: "")
        let s2 = Shortlist.compute(entries, places: 5, decision: stale)
        #expect(s2.tieAtCut == ["A08", "A09"] && s2.decisionIsStale)
    }

    /// Fewer applicants than invitations: all are invited.
    @Test func fewerThanInvited() {
        let s = Shortlist.compute([ScoreFixture.entry("A1", 50000), ScoreFixture.entry("A2", 50000)], places: 10, decision: nil)
        #expect(s.shortlisted == ["A1", "A2"] && s.tieAtCut.isEmpty)
    }
}
