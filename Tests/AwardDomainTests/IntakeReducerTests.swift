import Testing
@testable import AwardDomain

// A CSV import of applications is one action (第十一条（一）申报 by file): a refused row — here a
// second live application of the same organization — leaves the cycle exactly as it was.
@Test func importApplicationsIsAllOrNothing() throws {
    let data = EligibilityFixture.data()
    let before = data.cycle.applications
    let orgID = try #require(before.first?.orgID)
    let fresh = Application(id: "A9", orgID: orgID)
    do {
        _ = try data.applying(.intake(.importApplications(new: [fresh], updated: [])), context: EligibilityFixture.context)
        Issue.record("a second application of the same organization was imported")
    } catch {
        #expect(error.message.zh.contains("已有申报"))
    }
    #expect(data.cycle.applications == before)
}

// …and a clean batch lands whole, each new application with its first recorded status.
@Test func importApplicationsAppliesEveryRow() throws {
    var data = EligibilityFixture.data()
    data.cycle.applications = []
    let orgID = try #require(data.registry.organizations.first?.id)
    let next = try data.applying(.intake(.importApplications(new: [Application(id: "A1", orgID: orgID)], updated: [])),
                                 context: EligibilityFixture.context)
    #expect(next.cycle.applications.map(\.id) == ["A1"])
    #expect(next.cycle.applications[0].history.count == 1)
}
