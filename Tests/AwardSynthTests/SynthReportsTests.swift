import AwardDomain
import AwardStore
import Foundation
import Testing
@testable import AwardSynth

/// Every review report can be made on generated data (findings on every sheet, each panel's
/// agreed scores), and the feedback report names no expert and shows no sheet's total.
struct SynthReportsTests {
    static let small = SynthParameters(organizations: 80, experts: 40, cycles: 1, applicantsPerCycle: 24, seed: 11)

    @Test func everyReportOnGeneratedData() throws {
        let (registry, cycles) = Synth.build(Self.small)
        let data = AwardData(registry: registry, cycle: cycles.last!)
        let shortlist = Shortlist.compute(data)
        #expect(!shortlist.shortlisted.isEmpty)
        // Every panel agreed every applicant at every stage it scored.
        for app in shortlist.shortlisted {
            for stage in Stage.allCases {
                let r = StageResult.compute(applicationID: app, stage: stage, in: data)
                #expect(r.agreed != nil, "\(app) \(stage) has no agreed score")
            }
        }
        #expect(data.cycle.sheets.contains { !$0.findings.isEmpty })
        #expect(data.cycle.sheets.contains { $0.stage == .onsite && $0.findings.values.joined().contains { $0.check == .confirmed } })

        for app in shortlist.shortlisted {
            let d = try DocumentReviewReport.make(data, applicationID: app, .zh).plainText
            #expect(d.contains("合议得分：") && d.contains("三、主要优势") && d.contains("组长："))
            let s = try OnsiteReviewReport.make(data, applicationID: app, .en).plainText
            #expect(s.contains("2. Document-review findings checked on site") && s.contains("confirmed"))
            let f = try FeedbackReport.make(data, applicationID: app, today: Day("2026-06-20")!, .zh).plainText
            #expect(f.contains("得分率区间"))
            for e in registry.experts { #expect(!f.contains(e.name) && !f.contains(e.id)) }
            for sheet in data.cycle.sheets where sheet.applicationID == app {
                #expect(!f.contains(ExactScore.format(hundredths: sheet.totalHundredths(rubric: data.rubrics[sheet.stage]!))))
            }
        }
        let c = CompositeReport.make(data, today: Day("2026-06-20")!, .zh).markdown
        #expect(c.contains("## 二、综合得分与排名") && c.contains("## 三、评审组校准") && c.contains("## 四、建议名单"))
    }
}
