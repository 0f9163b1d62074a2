import Testing
@testable import AwardDomain

/// 第十一条（三）, RULES.md §3: who may not be drawn for a panel, and why.
struct ConflictTests {
    /// Group O1 ← O2 ← O3 (A1's applicant). Each expert exercises one reason:
    /// X1 employed by O1 (grandparent) by id; X2 employer credit code = O2's; X3 declared a
    /// conflict with O1; X4 marked unavailable; X5 away 05-12…05-15 (overlaps 05-10…05-12);
    /// X6 away 05-13…05-20 (does not overlap) → eligible; X7 employed by O4, outside the group →
    /// eligible; X8 employed by O3 and away → one exclusion with both reasons.
    @Test func reasons() {
        let experts = [
            DrawFixture.expert("X1", employer: "O1"),
            DrawFixture.expert("X2", code: "CODE-O2"),
            DrawFixture.expert("X3", conflicts: ["O1"]),
            DrawFixture.expert("X4", available: false),
            DrawFixture.expert("X5", unavailable: [DayRange(from: Day("2026-05-12")!, to: Day("2026-05-15")!)]),
            DrawFixture.expert("X6", unavailable: [DayRange(from: Day("2026-05-13")!, to: Day("2026-05-20")!)]),
            DrawFixture.expert("X7", employer: "O4"),
            DrawFixture.expert("X8", employer: "O3", available: false),
        ]
        let data = DrawFixture.data(experts: 0, extra: experts)
        let e = Conflicts.evaluate(panel: DrawFixture.panel(), applications: data.cycle.applications, registry: data.registry)
        #expect(e.pool == ["X6", "X7"])
        #expect(e.exclusions.map(\.expertID) == ["X1", "X2", "X3", "X4", "X5", "X8"])
        #expect(e.conflicted == 4 && e.unavailable == 2)
        let reasons = Dictionary(uniqueKeysWithValues: e.exclusions.map { ($0.expertID, $0.reasons.map(\.zh)) })
        #expect(reasons["X1"] == ["任职于“组织O1”，与申报组织“组织O3”同属一个集团"])
        #expect(reasons["X2"] == ["任职于“组织O2”（按统一社会信用代码 CODE-O2），与申报组织“组织O3”同属一个集团"])
        #expect(reasons["X3"] == ["申报与“组织O1”存在利益冲突，该组织与申报组织“组织O3”同属一个集团"])
        #expect(reasons["X5"] == ["2026-05-12 至 2026-05-15 不能参加，与评审日期 2026-05-10 至 2026-05-12 重叠"])
        #expect(reasons["X8"] == ["专家库中标记为暂不可抽取", "任职于申报组织“组织O3”"])
    }

    /// Group membership reaches any depth from any member, and a corrupt parent loop ends.
    @Test func groupMembers() {
        let reg = DrawFixture.data().registry
        #expect(Conflicts.groupMembers(of: "O2", in: reg).map(\.id) == ["O1", "O2", "O3"])
        #expect(Conflicts.groupMembers(of: "O4", in: reg).map(\.id) == ["O4"])
        let loop = Registry(organizations: [DrawFixture.org("L1", parent: "L2"), DrawFixture.org("L2", parent: "L1"),
                                            DrawFixture.org("L3", parent: "L2")])
        #expect(Conflicts.groupMembers(of: "L3", in: loop).map(\.id) == ["L1", "L2", "L3"])
        #expect(Conflicts.groupMembers(of: "none", in: loop).isEmpty)
    }

    /// Property test over 300 random registries (fixed generator): random forests of
    /// organizations, random employers, credit codes, declared conflicts and absences; a panel of
    /// 1–3 random applicants. Whenever the draw can be made, no drawn expert (members or
    /// alternates) is unavailable or tied to any organization of any applicant's group, judged by
    /// an independent definition (same topmost ancestor); and the pool is exactly the experts
    /// that definition clears, and the record replays.
    @Test func drawnExpertsAreNeverConflicted() throws {
        var rng = SplitMix64(seed: 42)
        var drawsMade = 0
        for round in 0..<300 {
            let orgCount = Int.random(in: 3...12, using: &rng)
            var orgs: [Organization] = []
            for i in 0..<orgCount {
                let parent = i > 0 && Bool.random(using: &rng) ? "G\(Int.random(in: 0..<i, using: &rng))" : nil
                orgs.append(DrawFixture.org("G\(i)", parent: parent))
            }
            let dates = DrawFixture.reviewDates
            var experts: [Expert] = []
            for k in 0..<Int.random(in: 8...30, using: &rng) {
                let employer = Int.random(in: 0..<3, using: &rng) == 0 ? "G\(Int.random(in: 0..<orgCount, using: &rng))" : nil
                let code = Int.random(in: 0..<6, using: &rng) == 0 ? "CODE-G\(Int.random(in: 0..<orgCount, using: &rng))" : nil
                let conflicts = (0..<Int.random(in: 0...2, using: &rng)).map { _ in "G\(Int.random(in: 0..<orgCount, using: &rng))" }
                var away: [DayRange] = []
                if Int.random(in: 0..<5, using: &rng) == 0 {
                    let start = Day("2026-05-01")!.adding(days: Int.random(in: 0...20, using: &rng))!
                    away.append(DayRange(from: start, to: start.adding(days: Int.random(in: 0...4, using: &rng))!))
                }
                experts.append(DrawFixture.expert("K\(k)", employer: employer, code: code,
                                                  available: Int.random(in: 0..<8, using: &rng) != 0, unavailable: away, conflicts: conflicts))
            }
            let applicantOrgs = (0..<Int.random(in: 1...3, using: &rng)).map { _ in "G\(Int.random(in: 0..<orgCount, using: &rng))" }
            var cycle = Cycle(year: 2026)
            cycle.applications = applicantOrgs.enumerated().map { DrawFixture.application("A\($0.offset)", org: $0.element) }
            let data = AwardData(registry: Registry(organizations: orgs, experts: experts), cycle: cycle)
            let panel = Panel(id: "P", name: "组", applicationIDs: cycle.applications.map(\.id), dates: dates,
                              size: 3, alternates: Int.random(in: 0...2, using: &rng))

            // Independent definition: two organizations are related when they share a root.
            func root(_ id: String) -> String {
                var cur = id
                while let p = orgs.first(where: { $0.id == cur })?.parentID { cur = p }
                return cur
            }
            let roots = Set(applicantOrgs.map(root))
            func related(_ orgID: String) -> Bool { roots.contains(root(orgID)) }
            func cleared(_ e: Expert) -> Bool {
                e.available && !e.unavailable.contains { $0.overlaps(dates) }
                    && !(e.employerOrgID.map(related) ?? false)
                    && !(e.employerCreditCode.map { c in orgs.contains { $0.creditCode == c && related($0.id) } } ?? false)
                    && !e.conflicts.contains(where: related)
            }
            let expectedPool = experts.filter(cleared).map(\.id).sorted(by: utf8Less)

            let seed = DrawSeed.make(using: &rng)
            guard let d = try? DrawFixture.drawn(data, panel: panel, seed: seed) else {
                #expect(expectedPool.count < panel.size + panel.alternates, "round \(round): draw refused with \(expectedPool.count) cleared")
                continue
            }
            drawsMade += 1
            let r = try #require(d.cycle.drawRecord("D1"))
            #expect(r.pool == expectedPool, "round \(round)")
            #expect(Set(r.pool).isDisjoint(with: r.exclusions.map(\.expertID)))
            #expect(r.pool.count + r.exclusions.count == experts.count)
            for id in r.order { #expect(cleared(experts.first { $0.id == id }!), "round \(round): \(id) drawn but conflicted") }
            #expect(DrawSeed(hex: r.seed!)!.commitment == r.commitment)
            #expect(DrawAlgorithm.verify(record: r).matches)
        }
        // The generator must actually exercise draws, not only refusals.
        #expect(drawsMade > 100)
    }
}
