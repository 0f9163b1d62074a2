import AwardDomain
import AwardStore
import Foundation
import Testing
@testable import AwardSynth

/// The synthetic data set the benchmark measures must be data the office could have made: the
/// rules hold on it, and the store accepts it as its own.
@Suite struct SynthTests {
    static let small = SynthParameters(organizations: 60, experts: 30, cycles: 3, applicantsPerCycle: 20, seed: 7)
    static let built = Synth.build(small)

    @Test func countsAreAsAsked() {
        let (registry, cycles) = Self.built
        #expect(registry.organizations.count == 60)
        #expect(registry.experts.count == 30)
        #expect(cycles.map(\.year) == [2024, 2025, 2026])
        #expect(cycles.allSatisfy { $0.applications.count == 20 })
        #expect(registry.settings.currentCycle == 2026)
    }

    @Test func sameSeedSameData() {
        let again = Synth.build(Self.small)
        #expect(again.registry == Self.built.registry)
        #expect(again.cycles == Self.built.cycles)
    }

    /// 第十条（七）: groups are parents with subsidiaries; every parent named exists and heads its group.
    @Test func parentsExistAndCodesAreValid() {
        let registry = Self.built.registry
        let ids = Set(registry.organizations.map(\.id))
        #expect(ids.count == registry.organizations.count)
        #expect(registry.organizations.contains { $0.parentID != nil })
        for o in registry.organizations {
            if let p = o.parentID {
                #expect(ids.contains(p))
                #expect(registry.organization(p)?.parentID == nil)
            }
            #expect(CreditCode.problem(o.creditCode) == nil)
        }
    }

    /// 第十条 / 第十一条（一）: in the open cycle every application marked eligible passes all eleven
    /// checks, and the others fail E9 (no recommendation), as generated.
    @Test func openCycleStatusesAreWhatTheRulesSay() {
        let (registry, cycles) = Self.built
        let data = AwardData(registry: registry, cycle: cycles.last!)
        for s in Eligibility.summaries(in: data) {
            let app = data.cycle.application(s.applicationID)!
            if app.status == .eligible {
                #expect(s.results.allSatisfy { $0.outcome == .pass }, "\(s.applicationID): \(s.failing.map(\.code))")
            } else {
                #expect(s.failing.map(\.code) == ["E9"])
            }
        }
    }

    /// 第十一条（三）至（五）: every draw replays from its record; every eligible applicant has a complete,
    /// submitted D sheet from each panel member, and every shortlisted one Q and S sheets too.
    @Test func drawsReplayAndSheetsAreComplete() {
        let (registry, cycles) = Self.built
        for cycle in cycles {
            let data = AwardData(registry: registry, cycle: cycle)
            for d in cycle.draws { #expect(DrawAlgorithm.verify(record: d).matches, "\(d.id)") }
            for s in cycle.sheets {
                #expect(s.status == .submitted)
                #expect(s.missingItems(rubric: data.rubrics[s.stage]!).isEmpty)
            }
            for a in cycle.applications where a.status == .eligible {
                let d = StageResult.compute(applicationID: a.id, stage: .document, in: data)
                #expect(d.isComplete && d.submitted.count == 5, "\(a.id)")
            }
            let shortlist = Shortlist.compute(data)
            // 10 places (5 + 5) → 15 invited.
            #expect(shortlist.shortlisted.count == 15)
            for id in shortlist.shortlisted {
                for stage in [Stage.qa, .onsite] {
                    #expect(StageResult.compute(applicationID: id, stage: stage, in: data).isComplete, "\(id) \(stage)")
                }
            }
        }
    }

    /// 第三条: past cycles award at most 5 of each tier, and the registry's history records them.
    @Test func pastCyclesAwardedIntoHistory() {
        let (registry, cycles) = Self.built
        for cycle in cycles.dropLast() {
            #expect(cycle.decisions.filter { $0.tier == .award }.count == 5)
            #expect(cycle.decisions.filter { $0.tier == .nomination }.count == 5)
            for d in cycle.decisions {
                let org = registry.organization(cycle.application(d.applicationID)!.orgID)!
                #expect(org.awards.contains { $0.year == cycle.year && $0.tier == d.tier.awardTier })
            }
        }
        #expect(cycles.last!.decisions.isEmpty)
    }

    /// The written directory is one genesis journal entry covering every file; audit verify
    /// passes, and opening it gives back what was built.
    @Test func writtenDirectoryVerifiesAndOpens() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qaward-synth-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Synth.write(Self.small, to: dir)
        let report = AuditVerifier.verify(directory: dir)
        #expect(report.problems.isEmpty)
        #expect(report.entriesChecked == 1)
        // registry, calendar, the three cycle files and the two rubrics (default, Q&A).
        #expect(report.filesChecked == 7)
        let store = try Store.open(directory: dir, actor: "test")
        defer { store.close() }
        #expect(store.warnings.isEmpty)
        #expect(store.data.registry == Self.built.registry)
        #expect(store.data.cycle == Self.built.cycles.last!)
        try store.openCycle(2024)
        #expect(store.data.cycle == Self.built.cycles.first!)
    }
}
