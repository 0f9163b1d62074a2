import AwardDomain
import AwardStore
import Foundation
import Testing
@testable import ReviewPackage

/// Who the audit credits with a sheet (第二十条): typed in reviewer mode at the office's terminal,
/// or returned signed with the expert's key.
@Suite(.serialized) struct AttributionTests {
    @Test func sheetsTypedInReviewerModeAtTheOfficeReadAsEnteredAtTheOfficeTerminal() throws {
        let f = try PackageFixture()
        let id = f.members[0]
        f.office.close()
        // What `qaward --reviewer E…` opens the store as.
        let terminal = try Store.open(directory: f.officeDir, actor: Attribution.officeTerminal(for: id))
        try terminal.commit(.scoring(.setPercent(panelID: PackageFixture.panelID, applicationID: "A2026-014", expertID: id,
                                                 stage: .document, itemID: "4.1.2", percent: 60)))
        let lines = try terminal.describedLog(actor: id)
        terminal.close()
        let last = try #require(lines.last)
        #expect(last.entry.actor == "\(id)@office")
        #expect(last.summary.en == "Scored D/A2026-014/\(id) item 4.1.2 60% (entered at the office terminal for \(id))")
        #expect(last.summary.zh.hasSuffix("（办公室终端为 \(id) 录入）"))
    }

    @Test func returnedSheetsReadAsSignedByTheExpertWithTheKey() throws {
        let f = try PackageFixture()
        let id = f.members[0]
        let ret = try f.scoreAndReturn(id, package: try f.export(id), applications: ["A2026-014"], percent: 80)
        _ = try OfficeDesk.importReturn(f.office, file: ret)
        let fp = try f.keys(id).publicKeys.fingerprint
        let lines = try f.office.describedLog()
        #expect(lines.contains { $0.summary.en == "Imported 1 score sheet(s), signed by \(id), key \(fp) (package \(PackageFixture.panelID).D.\(id).1, return 1)" })
        #expect(lines.contains { $0.summary.zh.contains("由 \(id) 签名，密钥 \(fp)") })
    }

    @Test func findingsWrittenOnTheReviewersMachineTravelWithTheirSheet() throws {
        // The return carries the sheet type whole: a finding added in the package's store reaches the office.
        let f = try PackageFixture()
        let id = f.members[0]
        let finding = Finding(kind: .strength, text: "高层领导亲自推动卓越绩效模式，展开充分")
        let ret = try f.scoreAndReturn(id, package: try f.export(id), applications: ["A2026-004"], percent: 75, finding: finding)
        #expect(ret.range(of: Data(finding.text.utf8)) == nil, "the finding is encrypted")
        _ = try OfficeDesk.importReturn(f.office, file: ret)
        let sheet = try #require(f.office.data.cycle.sheets.first { $0.id == "D/A2026-004/\(id)" })
        #expect(sheet.findings["4.1.2"] == [finding])
    }
}
