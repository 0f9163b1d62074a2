import AwardDomain
import AwardStore
import Foundation
import Testing
@testable import ReviewPackage

/// A reviewer's drafts follow a newer package of the same expert, panel and stage
/// (docs/reviewer-packages.md): carried value by value through typed entry's rules, what cannot be
/// carried listed with its reason, the older folder never changed, submitted sheets never carried
/// as submitted.
@Suite(.serialized) struct DraftCarryTests {
    static let panel = PackageFixture.panelID

    /// The package's folder opened as a store, with `work` done in it.
    func work(_ f: PackageFixture, _ id: String, package: Data, _ body: (Store, PackageContent) throws -> Void) throws -> DraftCarryReport? {
        let rdir = f.reviewer(id)
        let content = try rdir.openPackage(package, keys: try f.keys(id), expertID: id).content
        let prepared = try rdir.prepareStore(content)
        let store = try Store.open(directory: prepared.store, actor: id)
        defer { store.close() }
        try body(store, content)
        return prepared.carried
    }

    /// Every file under `url` with its bytes.
    func files(_ url: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let e = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey])
        while let u = e?.nextObject() as? URL {
            guard try u.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            out[String(u.path.dropFirst(url.path.count))] = try Data(contentsOf: u)
        }
        return out
    }

    /// The stage D rubric without item 4.1.4 (社会责任, 30 points), its points given to 4.1.2 so
    /// that category 4.1 still adds up to 110: the office changed the rubric and re-issued.
    func rubricWithout414() throws -> Data {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/AwardDomain/Resources/gbt19580-items.json")
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        var categories = try #require(json["categories"] as? [[String: Any]])
        for (i, c) in categories.enumerated() {
            var items = try #require(c["items"] as? [[String: Any]])
            guard items.contains(where: { $0["id"] as? String == "4.1.4" }) else { continue }
            items.removeAll { $0["id"] as? String == "4.1.4" }
            items[0]["points"] = (items[0]["points"] as? Int ?? 0) + 30
            categories[i]["items"] = items
        }
        json["categories"] = categories
        return try JSONSerialization.data(withJSONObject: json)
    }

    /// Rules 1 and 3: a draft sheet and a sheet submitted but never returned are carried, as drafts,
    /// for the items the newer rubric still has; the removed item's values are listed with the
    /// rule that refuses them (第六条); the older folder is unchanged byte for byte; the carry
    /// happens once, journaled as one change, and each sheet's history says where it came from.
    @Test func draftsAreCarriedIntoTheNewerPackageAndWhatCannotBeIsListedAndKept() throws {
        let f = try PackageFixture()
        let id = f.members[0]
        let first = try f.export(id)
        let none = try work(f, id, package: first) { store, content in
            let items = content.rubric.items.map(\.id)
            #expect(items.count == 23 && items.contains("4.1.4"))
            // A2026-014: a draft, every item at 80 %, a comment on 4.1.2 and a strength on 4.1.3.
            for item in items {
                try store.commit(.scoring(.setPercent(panelID: Self.panel, applicationID: "A2026-014", expertID: id, stage: .document, itemID: item, percent: 80)))
            }
            let sheet014 = ScoreSheet.makeID(stage: .document, applicationID: "A2026-014", expertID: id)
            try store.commit(.scoring(.setComment(sheetID: sheet014, itemID: "4.1.2", comment: "高层领导作用发挥充分")))
            try store.commit(.review(.addFinding(panelID: Self.panel, applicationID: "A2026-014", expertID: id, stage: .document,
                                                 itemID: "4.1.3", finding: Finding(kind: .strength, text: "治理结构完善"))))
            // A2026-019: every item at 70 % and submitted here, but never returned to the office.
            for item in items {
                try store.commit(.scoring(.setPercent(panelID: Self.panel, applicationID: "A2026-019", expertID: id, stage: .document, itemID: item, percent: 70)))
            }
            try store.commit(.scoring(.submit(sheetID: ScoreSheet.makeID(stage: .document, applicationID: "A2026-019", expertID: id))))
        }
        #expect(none == nil, "the first package has nothing to carry from")

        // The office changes the rubric and re-issues.
        try f.office.installRubric(try rubricWithout414(), as: "stage-D.json")
        let second = try f.export(id)
        let olderFolder = f.reviewer(id).storeURL(PackageIssue.makeID(panelID: Self.panel, stage: .document, expertID: id, seq: 1))
        let before = try files(olderFolder)
        #expect(before.keys.contains("/journal.jsonl"))

        var seen: (sheets: [ScoreSheet], journal: [JournalEntry])?
        let report = try #require(try work(f, id, package: second) { store, _ in
            seen = (store.data.cycle.sheets, try store.log())
        })
        let plan = try #require(report.plan)
        // Carried: A2026-014 22 percentages (23 less 4.1.4) + 1 comment + 1 finding = 24;
        // A2026-019 22 percentages = 22; 46 values on 2 sheets.
        #expect(plan.carry.fromPackageID.hasSuffix(".\(id).1") && plan.carry.intoPackageID.hasSuffix(".\(id).2"))
        #expect(plan.carry.drafts.count == 46)
        #expect(plan.carry.drafts.filter { $0.applicationID == "A2026-014" }.count == 24)
        #expect(plan.submitAgain == ["A2026-019"])
        #expect(plan.withOffice.isEmpty && plan.sheetsLeftBehind.isEmpty)
        // Left behind: 4.1.4 on each sheet (80 % and 70 %), refused by 第六条 as typed entry would be.
        #expect(plan.leftBehind.map(\.draft) == [
            CarriedDraft(applicationID: "A2026-014", itemID: "4.1.4", value: .percent(80)),
            CarriedDraft(applicationID: "A2026-019", itemID: "4.1.4", value: .percent(70)),
        ])
        #expect(plan.leftBehind.allSatisfy { $0.reason.zh.contains("条目 4.1.4 不在评分细则") && $0.reason.en.contains("(Art. 6)") })

        // The newer folder: both sheets drafts (A2026-019 not submitted: it is to be submitted again).
        let (sheets, journal) = try #require(seen)
        let s014 = try #require(sheets.first { $0.applicationID == "A2026-014" })
        let s019 = try #require(sheets.first { $0.applicationID == "A2026-019" })
        #expect(s014.status == .draft && s019.status == .draft)
        #expect(s014.percents.count == 22 && s014.percents.values.allSatisfy { $0 == 80 } && s014.percents["4.1.4"] == nil)
        #expect(s019.percents.count == 22 && s019.percents.values.allSatisfy { $0 == 70 })
        #expect(s014.comments == ["4.1.2": "高层领导作用发挥充分"])
        #expect(s014.findings == ["4.1.3": [Finding(kind: .strength, text: "治理结构完善")]])
        #expect(s014.history.last?.reason.contains("drafts carried from package \(plan.carry.fromPackageID)") == true)
        // One journaled change after the folder was made (checkpoints aside): the carry, by the expert.
        let changes = journal.filter { $0.action != nil }
        #expect(changes.count == 1)
        #expect(changes.first?.action == .packages(.carryDrafts(plan.carry)) && changes.first?.actor == id)

        // The older folder is only read.
        #expect(try files(olderFolder) == before)

        // Opened again, nothing more is carried; the older package now says it is replaced.
        #expect(try work(f, id, package: second) { _, _ in } == nil)
        let content1 = try f.reviewer(id).openPackage(first, keys: try f.keys(id), expertID: id).content
        #expect(f.reviewer(id).newerPackage(than: content1.issue) == plan.carry.intoPackageID)

        // What the reviewer reads, in both languages.
        let zh = report.text(.zh, intoPackageID: plan.carry.intoPackageID)
        #expect(zh.contains("2 张评分表共 46 项") && zh.contains("A2026-014：评分 22 项、评语 1 条、意见 1 条") && zh.contains("未能带入 2 项"))
        #expect(zh.contains("A2026-019 在旧评审包中已提交") && zh.contains(olderFolder.path))
        let en = report.text(.en, intoPackageID: plan.carry.intoPackageID)
        #expect(en.contains("46 value(s) on 2 sheet(s)") && en.contains("A2026-014 item 4.1.4 80%: Item 4.1.4 is not in the rubric"))
    }

    /// Rule 3: a sheet submitted and returned through the office is not carried (the newer package
    /// has it as submitted); a draft of a sheet the newer package has as submitted is not carried
    /// and does not reopen it: it is listed, whole, as locked.
    @Test func submittedSheetsAreNotCarriedAndALockedSheetIsNotReopened() throws {
        let f = try PackageFixture()
        let id = f.members[1]
        let first = try f.export(id)
        // A2026-014 scored at 75 %, submitted and returned; the office imports the return.
        let ret = try f.scoreAndReturn(id, package: first, applications: ["A2026-014"], percent: 75)
        _ = try OfficeDesk.importReturn(f.office, file: ret)
        // A2026-019: five items drafted at 60 % in the reviewer's folder.
        _ = try work(f, id, package: first) { store, content in
            for item in content.rubric.items.prefix(5) {
                try store.commit(.scoring(.setPercent(panelID: Self.panel, applicationID: "A2026-019", expertID: id, stage: .document, itemID: item.id, percent: 60)))
            }
        }
        // Meanwhile the office enters and submits A2026-019 for the expert from a paper sheet (50 %).
        for item in f.office.data.rubrics[.document]!.items {
            try f.office.commit(.scoring(.setPercent(panelID: Self.panel, applicationID: "A2026-019", expertID: id, stage: .document, itemID: item.id, percent: 50)))
        }
        try f.office.commit(.scoring(.submit(sheetID: ScoreSheet.makeID(stage: .document, applicationID: "A2026-019", expertID: id))))
        let second = try f.export(id)

        var sheets: [ScoreSheet] = []
        var journal: [JournalEntry] = []
        let report = try #require(try work(f, id, package: second) { store, _ in
            sheets = store.data.cycle.sheets
            journal = try store.log()
        })
        let plan = try #require(report.plan)
        #expect(plan.carry.drafts.isEmpty)
        #expect(plan.withOffice == ["A2026-014"])
        #expect(plan.submitAgain.isEmpty)
        #expect(plan.sheetsLeftBehind.map(\.applicationID) == ["A2026-019"] && plan.sheetsLeftBehind.map(\.values) == [5])
        #expect(plan.sheetsLeftBehind.first?.reason.en.contains("locked") == true)
        // The look is journaled with nothing carried, and the office's sheets stand as the package brought them.
        #expect(journal.compactMap(\.action) == [.packages(.carryDrafts(plan.carry))])
        #expect(sheets.allSatisfy { $0.status == .submitted })
        #expect(sheets.first { $0.applicationID == "A2026-019" }?.percents.values.allSatisfy { $0 == 50 } == true)
        let en = report.text(.en, intoPackageID: plan.carry.intoPackageID)
        #expect(en.contains("none of the drafts in the older package's folder could be carried") && en.contains("5 value(s) could not be carried"))
        #expect(en.contains("(A2026-014) need no carrying"))
    }

    /// Rule 1, a carry cut short: a newer folder in which nothing was done yet (made, say, just
    /// before the process was killed, or before the drafts were typed in the older one) still takes
    /// the older folder's drafts at its next open; once it holds work, nothing more is carried.
    @Test func aNewerFolderWhereNothingWasDoneYetStillTakesTheDrafts() throws {
        let f = try PackageFixture()
        let id = f.members[0]
        let first = try f.export(id)
        let second = try f.export(id)
        _ = try work(f, id, package: first) { _, _ in }
        // Package 2's folder made while package 1's held nothing to carry.
        #expect(try work(f, id, package: second) { _, _ in } == nil)
        // Two drafts typed in package 1's folder afterwards.
        _ = try work(f, id, package: first) { store, content in
            for item in content.rubric.items.prefix(2) {
                try store.commit(.scoring(.setPercent(panelID: Self.panel, applicationID: "A2026-014", expertID: id, stage: .document, itemID: item.id, percent: 65)))
            }
        }
        var percents: [String: Int] = [:]
        let report = try #require(try work(f, id, package: second) { store, _ in
            percents = store.data.cycle.sheets.first { $0.applicationID == "A2026-014" }?.percents ?? [:]
        })
        #expect(report.plan?.carry.drafts.count == 2)
        #expect(percents == ["4.1.2": 65, "4.1.3": 65])
        // Now package 2's folder holds work: a third draft in package 1's is not carried again.
        _ = try work(f, id, package: first) { store, _ in
            try store.commit(.scoring(.setPercent(panelID: Self.panel, applicationID: "A2026-014", expertID: id, stage: .document, itemID: "4.1.4", percent: 65)))
        }
        #expect(try work(f, id, package: second) { _, _ in } == nil)
    }

    /// Rule 1: an applicant no longer in the newer package is listed whole, with how many values
    /// its sheet held, and nothing of it is carried; a carry naming any package but an earlier one
    /// of the same expert, panel and stage is refused.
    @Test func aSheetOfAnApplicantNoLongerInThePackageIsListed() throws {
        let f = try PackageFixture()
        let id = f.members[2]
        let second: PackageContent = try {
            _ = try f.export(id)
            let file = try f.export(id)
            return try f.reviewer(id).openPackage(file, keys: try f.keys(id), expertID: id).content
        }()
        let store = try Store.open(directory: try f.reviewer(id).prepareStore(second).store, actor: id)
        defer { store.close() }
        var gone = ScoreSheet(panelID: Self.panel, applicationID: "A2026-001", expertID: id, stage: .document, rubricID: "stage-D")
        gone.percents = ["4.1.2": 80, "4.1.3": 75]
        let plan = DraftCarry.plan(older: [gone], fromPackageID: "older", into: second.issue, data: store.data,
                                   context: ActionContext(actor: id, at: Timestamp(Date())))
        #expect(plan.carry.drafts.isEmpty && plan.leftBehind.isEmpty)
        #expect(plan.sheetsLeftBehind.map(\.applicationID) == ["A2026-001"] && plan.sheetsLeftBehind.map(\.values) == [2])
        #expect(plan.sheetsLeftBehind.first?.reason.zh == "申报 A2026-001 已不在此评审包中")
        // The carry itself names where it comes from: only an earlier package of the same expert,
        // panel and stage (package 1 here; not 2 itself, not 3, not another expert's).
        let context = ActionContext(actor: id, at: Timestamp(Date()))
        let draft = [CarriedDraft(applicationID: "A2026-014", itemID: "4.1.2", value: .percent(80))]
        for from in [1, 2, 3].map({ PackageIssue.makeID(panelID: Self.panel, stage: .document, expertID: id, seq: $0) })
            + [PackageIssue.makeID(panelID: Self.panel, stage: .document, expertID: f.members[0], seq: 1)] {
            let carry = Action.packages(.carryDrafts(DraftCarry(fromPackageID: from, into: second.issue, drafts: draft)))
            if from.hasSuffix(".\(id).1") {
                #expect(try store.data.applying(carry, context: context).cycle.sheets.contains { $0.percents["4.1.2"] == 80 })
            } else {
                #expect(throws: DomainError.self, "\(from)") { try store.data.applying(carry, context: context) }
            }
        }
    }
}
