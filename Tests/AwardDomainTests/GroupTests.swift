import Testing
@testable import AwardDomain

// A group: P (parent) → S (subsidiary) → G (grandchild); S2 another subsidiary of P; X unrelated.
private let P = EligibilityFixture.organization("P", name: "盐城集团")
private let S = EligibilityFixture.organization("S", name: "盐城子公司", parent: "P")
private let S2 = EligibilityFixture.organization("S2", name: "盐城二公司", parent: "P")
private let G = EligibilityFixture.organization("G", name: "盐城孙公司", parent: "S")
private let X = EligibilityFixture.organization("X", name: "无关公司")

// 第十条（七）: a parent with subsidiaries at any depth is one group.
@Test func groupRootAncestorsDescendantsMembers() {
    let g = Groups([P, S, S2, G, X])
    #expect(g.root(of: "G") == "P")
    #expect(g.ancestors(of: "G") == ["S", "P"])
    #expect(g.descendants(of: "P") == ["S", "S2", "G"])   // children first, then grandchildren
    #expect(g.members(ofGroupOf: "S2") == ["P", "S", "S2", "G"])
    #expect(g.members(ofGroupOf: "X") == ["X"])
    #expect(g.areRelated("G", "S2") && !g.areRelated("G", "X"))
}

// A parent chain that loops (refused by the registry, possible in a hand-edited file) ends.
@Test func groupWalksSurviveALoop() {
    let a = EligibilityFixture.organization("A", parent: "B")
    let b = EligibilityFixture.organization("B", parent: "A")
    let g = Groups([a, b])
    #expect(g.ancestors(of: "A") == ["B"])
    #expect(g.descendants(of: "A") == ["B"])
    #expect(Set(g.members(ofGroupOf: "A")) == ["A", "B"])
}

private func award(_ tier: AwardTier, _ awarded: String, revoked: String? = nil) -> AwardRecord {
    let d = Day(awarded)!
    return AwardRecord(year: d.year, tier: tier, awarded: d, revoked: revoked.map { Day($0)! })
}

private func e7(_ applicant: String, orgs: [Organization], apps: [Application]? = nil) -> CheckResult {
    let data = EligibilityFixture.data(orgs: orgs, apps: apps ?? [EligibilityFixture.application("A1", org: applicant)])
    return EligibilityFixture.check("E7", data)
}

// E7 第十条（七）"母公司已获得……的，不再接受其子公司的申报": P's 2023 Mayor's nomination (awarded
// 2023-12-01, before the deadline 2026-03-31) bars S, and G two levels down.
@Test func e7ParentsAwardBlocksSubsidiaryAndGrandchild() {
    var p = P
    p.awards = [award(.mayorNomination, "2023-12-01")]
    let s = e7("S", orgs: [p, S, G])
    #expect(s.outcome == .fail)
    #expect(s.reason.zh.contains("母公司“盐城集团”于 2023-12-01 获得2023年度盐城市市长质量奖提名奖"))
    #expect(e7("G", orgs: [p, S, G]).outcome == .fail)
    // Revoked on 2024-05-01, before the deadline: it no longer stands and does not bar.
    p.awards = [award(.mayorNomination, "2023-12-01", revoked: "2024-05-01")]
    #expect(e7("S", orgs: [p, S, G]).outcome == .pass)
    // Awarded after the deadline (2026-04-02): not yet won at the deadline.
    p.awards = [award(.governor, "2026-04-02")]
    #expect(e7("S", orgs: [p, S, G]).outcome == .pass)
}

// E7 第十条（七）"子公司已获得……的，不再接受其母公司的申报": S's Governor's award bars P; so does G's
// (a grandchild) Governor's nomination.
@Test func e7SubsidiarysAwardBlocksParentIncludingGrandchild() {
    var s = S
    s.awards = [award(.governor, "2022-11-20")]
    let r = e7("P", orgs: [P, s, G])
    #expect(r.outcome == .fail)
    #expect(r.reason.zh.contains("子公司“盐城子公司”于 2022-11-20 获得2022年度江苏省省长质量奖"))
    var g = G
    g.awards = [award(.governorNomination, "2024-10-10")]
    let viaGrandchild = e7("P", orgs: [P, S, g])
    #expect(viaGrandchild.outcome == .fail)
    #expect(viaGrandchild.reason.zh.contains("盐城孙公司"))
    // A sibling's award is neither a parent's nor a subsidiary's: S2 is not barred by it.
    #expect(e7("S2", orgs: [P, s, S2, G]).outcome == .pass)
}

// E7 第十条（七）"在一个申报周期内……只可有一家申报": S and G both applying in 2026 both fail, each
// naming the other; once G withdraws, S passes.
@Test func e7TwoMembersOfOneGroupInTheSameCycle() {
    let a1 = EligibilityFixture.application("A1", org: "S")
    var a2 = EligibilityFixture.application("A2", org: "G")
    let data = EligibilityFixture.data(orgs: [P, S, G, X], apps: [a1, a2, EligibilityFixture.application("A3", org: "X")])
    let r1 = EligibilityFixture.check("E7", data, app: "A1")
    #expect(r1.outcome == .fail)
    #expect(r1.reason.zh.contains("“盐城孙公司”本年度已申报（A2"))
    #expect(EligibilityFixture.check("E7", data, app: "A2").reason.zh.contains("“盐城子公司”本年度已申报（A1"))
    #expect(EligibilityFixture.check("E7", data, app: "A3").outcome == .pass)
    a2.status = .withdrawn
    let later = EligibilityFixture.data(orgs: [P, S, G], apps: [a1, a2])
    #expect(EligibilityFixture.check("E7", later, app: "A1").outcome == .pass)
}
