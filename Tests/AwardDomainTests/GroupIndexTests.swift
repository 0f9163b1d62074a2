import Testing
@testable import AwardDomain

// 第十条（七）: groups built over the registry's id index are the groups built from the list. P → S
// → G; S2 under P; Y names a parent that is not registered (so it heads its own group); A and B
// name each other (a loop a hand-edited file can hold).
@Test func groupsFromTheIdIndexEqualGroupsFromTheList() {
    let orgs = [EligibilityFixture.organization("P"), EligibilityFixture.organization("S", parent: "P"),
                EligibilityFixture.organization("S2", parent: "P"), EligibilityFixture.organization("G", parent: "S"),
                EligibilityFixture.organization("Y", parent: "NOPE"),
                EligibilityFixture.organization("A", parent: "B"), EligibilityFixture.organization("B", parent: "A")]
    let fromList = Groups(orgs)
    let fromIndex = Groups(RegistryIndex(Registry(organizations: orgs)))
    for id in orgs.map(\.id) + ["NOPE"] {
        #expect(fromIndex.ancestors(of: id) == fromList.ancestors(of: id))
        #expect(fromIndex.descendants(of: id) == fromList.descendants(of: id))
        #expect(fromIndex.members(ofGroupOf: id) == fromList.members(ofGroupOf: id))
    }
    #expect(fromIndex.members(ofGroupOf: "G") == ["P", "S", "S2", "G"])
    #expect(fromIndex.members(ofGroupOf: "Y") == ["Y"])
    #expect(fromIndex.ancestors(of: "A") == ["B"])
}
