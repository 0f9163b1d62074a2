import Testing
@testable import AwardDomain

/// 第十一条（三）, RULES.md §3: panels, commit–reveal draws, voiding, leaders and replacements.
struct DrawReducerTests {
    let ctx = DrawFixture.context()

    /// A full draw: the record names supervisor, operator, pool, digest, commitment, seed, order;
    /// the leader is the first drawn; the panel points at the draw. With the counting seed and
    /// pool E01…E10 (no exclusions for A1), 5 + 2 drawn: the shuffle of the worked vector.
    @Test func commitAndReveal() throws {
        let d = try DrawFixture.drawn(DrawFixture.data())
        let r = try #require(d.cycle.drawRecord("D1"))
        #expect(r.supervisor == "纪检组李某")
        #expect(r.operatorName == "王科长")
        #expect(r.pool == (1...10).map { String(format: "E%02d", $0) })
        #expect(r.poolDigest == "5ad99ac5573c60cc395dda5a82ff06b35a77a3205f90352e546ffdc6cad1cc08")
        #expect(r.seed == DrawFixture.countingSeed.hex)
        // The first five of the worked vector's order are E08, E03, E01, E07, E04 (count 5 there);
        // here 7 are taken from the same shuffle, so the first five agree.
        #expect(Array(r.order.prefix(5)) == ["E08", "E03", "E01", "E07", "E04"])
        #expect(r.order.count == 7)
        #expect(r.leaderID == "E08")
        #expect(r.revealedAt == DrawFixture.at)
        #expect(d.cycle.panel("P1")?.drawID == "D1")
        #expect(DrawAlgorithm.verify(record: r).matches)
    }

    /// The commitment check: a seed whose SHA-256 is not the commitment draws nothing.
    @Test func revealWithWrongSeedRefused() throws {
        var d = try DrawFixture.data().applying(.draw(.createPanel(DrawFixture.panel())), context: ctx)
        d = try d.applying(.draw(.commit(drawID: "D1", panelID: "P1", supervisor: "李某", commitment: DrawFixture.countingSeed.commitment)), context: ctx)
        let other = DrawSeed(bytes: [UInt8](repeating: 9, count: 32))!
        let e = refusal { () throws(DomainError) in try d.applying(.draw(.reveal(drawID: "D1", seed: other.hex)), context: ctx) }
        #expect(e?.message.zh.contains("承诺值不符") == true)
        #expect(e?.citation == .art11_3)
        #expect(d.cycle.drawRecord("D1")?.order == [])
    }

    /// 第十一条（三）: not fewer than 3 experts — at panel creation and at commit.
    @Test func panelBelowThreeRefused() {
        let e = refusal { () throws(DomainError) in
            try DrawFixture.data().applying(.draw(.createPanel(DrawFixture.panel(size: 2))), context: ctx)
        }
        #expect(e?.citation == .art11_3)
        #expect(e?.message.zh.contains("评审组专家不少于3名") == true)
    }

    /// Pool too small: 8 plain experts + 3 conflicted (employed by O1, O2, O3 — A1's group) + 2
    /// unavailable = 13 in the pool. Eligible 8; needed 7 + 2 = 9. Excluded 5: 3 conflict, 2 unavailable.
    @Test func poolTooSmallMessage() throws {
        let extra = [DrawFixture.expert("C1", employer: "O1"), DrawFixture.expert("C2", employer: "O2"),
                     DrawFixture.expert("C3", employer: "O3"), DrawFixture.expert("U1", available: false),
                     DrawFixture.expert("U2", unavailable: [DayRange(from: Day("2026-05-12")!, to: Day("2026-05-20")!)])]
        let d = try DrawFixture.data(experts: 8, extra: extra)
            .applying(.draw(.createPanel(DrawFixture.panel(size: 7, alternates: 2))), context: ctx)
        let e = refusal { () throws(DomainError) in
            try d.applying(.draw(.commit(drawID: "D1", panelID: "P1", supervisor: "李某", commitment: DrawFixture.countingSeed.commitment)), context: ctx)
        }
        #expect(e?.message.zh == "专家库共 13 人，可抽取 8 人，需要 9 人（7 名组员 + 2 名候补）；排除 5 人：利益冲突 3 人，不可用 2 人。请补充专家、调整评审日期或减少候补人数")
        #expect(e?.citation == .art11_3)
    }

    /// Supervisor is required; a second commit on a panel with a draw pending or in force is refused.
    @Test func commitRefusals() throws {
        var d = try DrawFixture.data().applying(.draw(.createPanel(DrawFixture.panel())), context: ctx)
        let c = DrawFixture.countingSeed.commitment
        #expect(refusal { () throws(DomainError) in try d.applying(.draw(.commit(drawID: "D1", panelID: "P1", supervisor: "  ", commitment: c)), context: ctx) } != nil)
        d = try d.applying(.draw(.commit(drawID: "D1", panelID: "P1", supervisor: "李某", commitment: c)), context: ctx)
        // Pending (not yet revealed) blocks a second commitment.
        let pending = refusal { () throws(DomainError) in try d.applying(.draw(.commit(drawID: "D2", panelID: "P1", supervisor: "李某", commitment: c)), context: ctx) }
        #expect(pending?.message.zh.contains("已有有效抽取 D1") == true)
        d = try d.applying(.draw(.reveal(drawID: "D1", seed: DrawFixture.countingSeed.hex)), context: ctx)
        #expect(refusal { () throws(DomainError) in try d.applying(.draw(.commit(drawID: "D2", panelID: "P1", supervisor: "李某", commitment: c)), context: ctx) } != nil)
        // Revealing again is refused.
        let again = refusal { () throws(DomainError) in try d.applying(.draw(.reveal(drawID: "D1", seed: DrawFixture.countingSeed.hex)), context: ctx) }
        #expect(again?.message.zh.contains("不能再次公开") == true)
    }

    /// Voiding keeps the record (by, at, reason), clears the panel's draw, refuses a reveal of the
    /// voided draw, and the next commit for the panel is written on it as supersededBy.
    @Test func voidKeepsRecord() throws {
        var d = try DrawFixture.drawn(DrawFixture.data())
        #expect(refusal { () throws(DomainError) in try d.applying(.draw(.void(drawID: "D1", reason: " ")), context: ctx) } != nil)
        d = try d.applying(.draw(.void(drawID: "D1", reason: "组员名单泄露")), context: DrawFixture.context("张主任"))
        let v = try #require(d.cycle.drawRecord("D1")?.voided)
        #expect(v.by == "张主任" && v.reason == "组员名单泄露" && v.supersededBy == nil)
        #expect(d.cycle.drawRecord("D1")?.order.count == 7)
        #expect(d.cycle.panel("P1")?.drawID == nil)
        let seed2 = DrawSeed(bytes: [UInt8](repeating: 5, count: 32))!
        d = try DrawFixture.drawn(d, drawID: "D2", seed: seed2)
        #expect(d.cycle.drawRecord("D1")?.voided?.supersededBy == "D2")
        #expect(d.cycle.panel("P1")?.drawID == "D2")
        #expect(d.cycle.draws.count == 2)
    }

    /// Revealing a voided (committed, never revealed) draw is refused.
    @Test func revealVoidedRefused() throws {
        var d = try DrawFixture.data().applying(.draw(.createPanel(DrawFixture.panel())), context: ctx)
        d = try d.applying(.draw(.commit(drawID: "D1", panelID: "P1", supervisor: "李某", commitment: DrawFixture.countingSeed.commitment)), context: ctx)
        d = try d.applying(.draw(.void(drawID: "D1", reason: "监督人未到场")), context: ctx)
        let e = refusal { () throws(DomainError) in try d.applying(.draw(.reveal(drawID: "D1", seed: DrawFixture.countingSeed.hex)), context: ctx) }
        #expect(e?.message.zh.contains("已作废") == true)
    }

    /// Replacement by alternate: order E08 E03 E01 E07 E04 | E?? E?? (members the first 5).
    /// E03 declines → the first alternate (order[5]) sits in E03's seat; the next decliner gets
    /// order[6]; a third finds none left and is refused.
    @Test func replacementByAlternate() throws {
        var d = try DrawFixture.drawn(DrawFixture.data())
        let r0 = try #require(d.cycle.drawRecord("D1"))
        let alt = r0.alternates
        #expect(alt == Array(r0.order[5...]))
        d = try d.applying(.draw(.replaceDeclined(drawID: "D1", expertID: "E03", reason: "出差")), context: ctx)
        #expect(d.cycle.currentMembers(of: d.cycle.drawRecord("D1")!) == ["E08", alt[0], "E01", "E07", "E04"])
        // The leader E08 declines: alt[1] takes the seat and the first current member (alt[1]
        // in E08's seat) leads, as at the reveal.
        d = try d.applying(.draw(.replaceDeclined(drawID: "D1", expertID: "E08", reason: "生病")), context: ctx)
        let r = try #require(d.cycle.drawRecord("D1"))
        #expect(r.currentMembers == [alt[1], alt[0], "E01", "E07", "E04"])
        #expect(r.leaderID == alt[1])
        #expect(r.replacements.map(\.declined) == ["E03", "E08"])
        let e = refusal { () throws(DomainError) in try d.applying(.draw(.replaceDeclined(drawID: "D1", expertID: "E01", reason: "出差")), context: ctx) }
        #expect(e?.message.zh.contains("候补专家已用完") == true)
        #expect(d.cycle.panelsServed(alt[0]).map(\.id) == ["P1"])
        #expect(d.cycle.panelsServed("E03").isEmpty)
    }

    /// The leader is designated among current members, recorded with who.
    @Test func designateLeader() throws {
        var d = try DrawFixture.drawn(DrawFixture.data())
        #expect(refusal { () throws(DomainError) in try d.applying(.draw(.designateLeader(drawID: "D1", expertID: "E99")), context: ctx) } != nil)
        d = try d.applying(.draw(.designateLeader(drawID: "D1", expertID: "E01")), context: DrawFixture.context("张主任"))
        #expect(d.cycle.drawRecord("D1")?.leaderID == "E01")
        #expect(d.cycle.drawRecord("D1")?.leaderDesignatedBy == "张主任")
    }

    /// createPanel: unique id, existing applications that are not withdrawn or ineligible.
    @Test func createPanelRefusals() throws {
        var data = DrawFixture.data()
        data.cycle.applications[1].status = .withdrawn
        #expect(refusal { () throws(DomainError) in try data.applying(.draw(.createPanel(DrawFixture.panel(apps: ["A2"]))), context: ctx) } != nil)
        #expect(refusal { () throws(DomainError) in try data.applying(.draw(.createPanel(DrawFixture.panel(apps: ["A9"]))), context: ctx) } != nil)
        #expect(refusal { () throws(DomainError) in try data.applying(.draw(.createPanel(DrawFixture.panel(alternates: -1))), context: ctx) } != nil)
        let d = try data.applying(.draw(.createPanel(DrawFixture.panel())), context: ctx)
        #expect(refusal { () throws(DomainError) in try d.applying(.draw(.createPanel(DrawFixture.panel())), context: ctx) } != nil)
    }

    /// verify(record:) says what differs when a record is altered.
    @Test func verifyDetectsTampering() throws {
        let d = try DrawFixture.drawn(DrawFixture.data())
        var r = try #require(d.cycle.drawRecord("D1"))
        r.order.swapAt(0, 1)
        let v = DrawAlgorithm.verify(record: r)
        #expect(!v.matches)
        #expect(v.details.zh.contains("抽取顺序不符"))
        var r2 = try #require(d.cycle.drawRecord("D1"))
        r2.pool.removeLast()
        #expect(DrawAlgorithm.verify(record: r2).details.zh.contains("专家库摘要不符"))
    }
}
