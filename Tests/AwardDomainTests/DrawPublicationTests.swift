import Foundation
import Testing
@testable import AwardDomain

/// 第十一条（三）, RULES.md §3 ("the random seed, committed to before the draw"): a commitment is
/// published before its reveal, and the record says when it was recorded, published and revealed
/// — and says so plainly when it was never published before the reveal.
struct DrawPublicationTests {
    static let committed = Timestamp(iso: "2026-05-06T09:30:00.000+08:00")!
    static let published = Timestamp(iso: "2026-05-06T09:30:02.000+08:00")!
    static let revealed = Timestamp(iso: "2026-05-06T09:41:15.000+08:00")!

    static func committedData() throws -> AwardData {
        var d = try DrawFixture.data().applying(.draw(.createPanel(DrawFixture.panel())), context: DrawFixture.context(at: committed))
        d = try d.applying(.draw(.commit(drawID: "D1", panelID: "P1", supervisor: "纪检组李某", commitment: DrawFixture.countingSeed.commitment)),
                           context: DrawFixture.context(at: committed))
        return d
    }

    /// Commit at 09:30:00, publish at 09:30:02, a second publication at 09:35 (another copy of
    /// the notice) keeps the first, reveal at 09:41:15: all three times are on the record and in
    /// its report, to the second.
    @Test func theRecordKeepsTheThreeTimes() throws {
        var d = try Self.committedData()
        #expect(d.cycle.drawRecord("D1")?.commitmentPublishedAt == nil)
        #expect(d.cycle.drawRecord("D1")?.publishedBeforeReveal == nil)
        d = try d.applying(.draw(.publishCommitment(drawID: "D1")), context: DrawFixture.context(at: Self.published))
        d = try d.applying(.draw(.publishCommitment(drawID: "D1")), context: DrawFixture.context(at: Timestamp(iso: "2026-05-06T09:35:00.000+08:00")!))
        let pending = try #require(d.cycle.drawRecord("D1"))
        #expect(pending.commitmentPublishedAt == Self.published)
        try DrawRules.checkRevealable(pending)
        d = try d.applying(.draw(.reveal(drawID: "D1", seed: DrawFixture.countingSeed.hex)), context: DrawFixture.context(at: Self.revealed))
        let r = try #require(d.cycle.drawRecord("D1"))
        #expect(r.committedAt == Self.committed)
        #expect(r.commitmentPublishedAt == Self.published)
        #expect(r.revealedAt == Self.revealed)
        #expect(r.publishedBeforeReveal == true)
        let text = DrawReport.text(r, in: d, lang: .zh)
        #expect(text.contains("承诺记录时间：2026-05-06 09:30:00"))
        #expect(text.contains("承诺公布时间：2026-05-06 09:30:02"))
        #expect(text.contains("揭示时间：2026-05-06 09:41:15"))
        let en = DrawReport.text(r, in: d, lang: .en)
        #expect(en.contains("Commitment published at: 2026-05-06 09:30:02"))
        // Stored in the record, so the JSON that scripts/replay-draw.py reads carries it too.
        let json = try #require(JSONSerialization.jsonObject(with: DrawReport.json(r)) as? [String: Any])
        #expect(json["commitmentPublishedAt"] as? String == "2026-05-06T09:30:02.000+08:00")
    }

    /// A draw committed and revealed at once (`draw new`) is allowed, and its record says the
    /// commitment was not published before the reveal.
    @Test func aDrawMadeAtOnceSaysItsCommitmentWasNotPublished() throws {
        let d = try DrawFixture.drawn(DrawFixture.data())
        let r = try #require(d.cycle.drawRecord("D1"))
        #expect(r.commitmentPublishedAt == nil)
        #expect(r.publishedBeforeReveal == false)
        #expect(DrawReport.text(r, in: d, lang: .zh).contains("承诺公布时间：揭示前未单独公布（承诺与揭示在同一步完成，揭示前无人见过承诺值）"))
        #expect(DrawReport.text(r, in: d, lang: .en).contains("not published before the reveal"))
    }

    /// The steps that reveal a separately committed draw refuse one whose commitment was never
    /// published, citing 第十一条（三）; a commitment is published only while it awaits its reveal.
    @Test func anUnpublishedCommitmentIsNotRevealableAndARevealedOneIsNotPublished() throws {
        var d = try Self.committedData()
        let pending = try #require(d.cycle.drawRecord("D1"))
        let e = refusal { () throws(DomainError) in try DrawRules.checkRevealable(pending); return d }
        #expect(e?.citation == .art11_3)
        #expect(e?.text(.zh).contains("抽取 D1 的承诺值尚未公布，不能公开种子") == true)
        #expect(e?.text(.en).contains("Publish the commitment first") == true)
        d = try d.applying(.draw(.reveal(drawID: "D1", seed: DrawFixture.countingSeed.hex)), context: DrawFixture.context(at: Self.revealed))
        let late = refusal { () throws(DomainError) in
            try d.applying(.draw(.publishCommitment(drawID: "D1")), context: DrawFixture.context(at: Self.revealed))
        }
        #expect(late?.message.zh.contains("承诺值只能在揭示前公布") == true)
        #expect(late?.citation == .art11_3)
        let unknown = refusal { () throws(DomainError) in
            try d.applying(.draw(.publishCommitment(drawID: "D9")), context: DrawFixture.context(at: Self.revealed))
        }
        #expect(unknown?.message.zh == "抽取 D9 不存在")
    }
}
