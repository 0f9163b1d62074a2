import AwardDomain
import AwardStore
import Foundation
@testable import ReviewPackage

/// The office's data directory with the sample 2026 cycle and a third panel of three members and
/// one alternate on A2026-014 and A2026-019, and a reviewer's directory per member with the key
/// recorded at the office. Removed afterwards.
final class PackageFixture {
    let root: URL
    let office: Store
    let members: [String]
    let alternate: String
    static let panelID = "P2026-03"

    var officeDir: URL { root.appendingPathComponent("office") }
    func reviewer(_ id: String) -> ReviewerDirectory { ReviewerDirectory(root.appendingPathComponent("r-\(id)")) }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("qaward-packages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let dir = root.appendingPathComponent("office")
        try Store.initialize(directory: dir, year: SampleCycle.year, actor: "clerk")
        office = try Store.open(directory: dir, actor: "clerk")
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("sample-data")
        if let problem = try office.loadSample(from: sample) { throw Failure(message: "\(problem.file): \(problem.errors)") }
        let panel = Panel(id: Self.panelID, name: "资料评审第3组", applicationIDs: ["A2026-014", "A2026-019"],
                          dates: DayRange(from: Day("2026-05-06")!, to: Day("2026-05-08")!), size: 3, alternates: 1)
        // Only eligible applicants are drawn, one standing panel each (第十一条（二）（三）): the
        // sample's second draw is voided so that A2026-014 and A2026-019 may be drawn again.
        try office.commit(.draw(.void(drawID: "D2026-02-1", reason: "重新组建评审组")))
        try office.commit(.draw(.createPanel(panel)))
        let seed = DrawSeed(hex: String(repeating: "ab", count: 32))!
        try office.commit(.draw(.commit(drawID: "D2026-03-1", panelID: Self.panelID, supervisor: "王纪检", commitment: seed.commitment)))
        let data = try office.commit(.draw(.reveal(drawID: "D2026-03-1", seed: seed.hex)))
        let draw = data.cycle.drawRecord("D2026-03-1")!
        members = draw.currentMembers
        alternate = draw.order[3]
        try OfficeDesk.keys(office)
        for id in members + [alternate] {
            let pub = try ReviewerDirectory.initialize(reviewer(id).url, expertID: id, passphrase: nil, officeFingerprint: nil)
            try office.commit(.packages(.recordReviewerKey(expertID: id, keys: pub.keys, reason: "")))
        }
    }

    deinit {
        office.close()
        try? FileManager.default.removeItem(at: root)
    }

    struct Failure: Error { var message: String }

    func keys(_ id: String) throws -> PartyKeyPair { try reviewer(id).privateKeyFile().unlock(passphrase: nil) }

    func export(_ id: String, stage: Stage = .document) throws -> Data {
        try OfficeDesk.exportPackage(office, panelID: Self.panelID, stage: stage, expertID: id).file
    }

    /// Opens the package in the expert's directory, scores the given applications at `percent`
    /// on every item and submits them there, and seals the return.
    func scoreAndReturn(_ id: String, package: Data, applications: [String], percent: Int,
                        finding: Finding? = nil) throws -> Data {
        let rdir = reviewer(id)
        let k = try keys(id)
        let content = try rdir.openPackage(package, keys: k, expertID: id).content
        let store = try Store.open(directory: try rdir.prepareStore(content).store, actor: id)
        defer { store.close() }
        for app in applications {
            for item in content.rubric.items {
                try store.commit(.scoring(.setPercent(panelID: Self.panelID, applicationID: app, expertID: id, stage: content.issue.stage,
                                                      itemID: item.id, percent: percent)))
            }
            if let finding {
                try store.commit(.review(.addFinding(panelID: Self.panelID, applicationID: app, expertID: id, stage: content.issue.stage,
                                                     itemID: content.rubric.items[0].id, finding: finding)))
            }
            try store.commit(.scoring(.submit(sheetID: ScoreSheet.makeID(stage: content.issue.stage, applicationID: app, expertID: id))))
        }
        return try rdir.sealReturn(content, store: store, keys: k).file
    }
}
