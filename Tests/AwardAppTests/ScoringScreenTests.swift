import AwardDomain
import Testing
import TerminalUI
@testable import AwardApp

/// 评分录入 by keyboard alone (第六条, 第十一条（三）至（五）, 第二十条; RULES.md §4).
@Suite struct ScoringScreenTests {
    @Test func aWholeSheetByDigitsAndEnterThenSubmitChangesTheRanking() {
        // 第六条: item score = points × percentage. All 23 items at 80 % → 1000 × 0.8 = 800.00.
        // A2026-003 had 640, 655, 650, 655 (mean 650.00, tied at the cut with A2026-019); with
        // 800 it is (640 + 655 + 650 + 655 + 800) / 5 = 3400 / 5 = 680.00, alone in 3rd place.
        var h = ScoringFixtures.harness()
        h.openSheet("A2026-003", "E033")
        for _ in 0..<23 { h.enter("80") }
        let text = h.screenText()
        #expect(text.contains("合计 800.00 / 1000"))
        #expect(text.contains("已评 23/23"))
        // Category subtotals: 4.1 = 110 × 0.8 = 88.00, 4.7 = 400 × 0.8 = 320.00.
        #expect(text.contains("4.1 88.00"))
        #expect(text.contains("4.7 320.00"))
        // s asks first, naming the sheet: applicant, organization, stage and expert.
        var expected = h.model.scoring
        h.send(.char("s"))
        expected.confirmation = .confirm(Confirmation(title: .submitSheetTitle,
                                                      question: .submitSheetQuestion("A2026-003", "大丰港临海风电装备有限公司", .document, "E033", "肖永明"),
                                                      warning: .submitSheetWarning))
        #expect(h.model.scoring == expected)
        #expect(h.effects == [])
        h.send(.enter) // Enter confirms the submission
        #expect(h.effects == [.commit(.scoring(.submit(sheetID: "D/A2026-003/E033")))])
        #expect(h.model.scoring.confirmation == nil)
        #expect(h.model.scoring.grid?.sheet?.status == .submitted) // the open sheet shows it
        #expect(h.sheet("D/A2026-003/E033")?.status == .submitted)
        #expect(h.committed.count == 24) // 23 cells, one submit: one commit per committed cell
        #expect(h.screenText().contains("已提交"))

        h.send(.function(6))
        let ranking = h.screenText()
        #expect(ranking.contains("680.00"))
        #expect(!ranking.contains("分数线并列"))
        let board = h.model.ranking.board!
        #expect(board.rows.first { $0.applicationID == "A2026-003" }?.shortlisted == true)
        #expect(board.rows.first { $0.applicationID == "A2026-019" }?.shortlisted == false)
        #expect(board.shortlist.tieAtCut.isEmpty)
    }

    @Test func badEntriesAreRefusedInPlaceAndChangeNothing() {
        // 第六条: 0–100 in steps of 5. 103, 7 and -5 are refused with the reducer's own words;
        // the cell keeps the typed text, the cursor stays, nothing is committed.
        var h = ScoringFixtures.harness()
        h.openSheet("A2026-003", "E033")
        let before = h.model.data
        let open = h.model.scoring
        for bad in ["103", "7", "-5"] {
            h.enter(bad)
            #expect(h.model.status?.text == "评分须为0–100之间5的倍数：条目 4.1.2 填写了 \(bad)（第六条）")
            // The whole change: the cell holds the typed text and its reason; nothing else moved.
            var expected = open
            expected.grid?.editing = true
            expected.grid?.buffer = bad
            expected.grid?.bufferError = "评分须为0–100之间5的倍数：条目 4.1.2 填写了 \(bad)（第六条）"
            #expect(h.model.scoring == expected)
            #expect(h.effects == [])
            #expect(h.model.status?.kind == .error)
            #expect(h.model.scoring.grid?.table.selected == 0)
            #expect(h.model.scoring.grid?.buffer == bad)
            #expect(h.screenText().contains("填写了 \(bad)"))
            h.send(.escape) // drops the typed value; the sheet stays open
            #expect(h.model.scoring == open)
        }
        h.enter("5-")
        #expect(h.model.status?.text.contains("“5-”不是数字") == true)
        #expect(h.model.status == StatusMessage("“5-”不是数字：请输入0–100之间5的倍数（第六条）", kind: .error))
        #expect(h.committed.isEmpty)
        #expect(h.model.data == before)
        #expect(h.model.scoring.mode == .grid)
        // Backspace edits the refused value into a good one.
        h.send(.backspace)
        #expect(h.model.scoring.grid?.buffer == "5")
        h.send(.enter)
        #expect(h.sheet("D/A2026-003/E033")?.percents["4.1.2"] == 5)
    }

    @Test func submitNamesTheMissingItems() {
        // 第六条: a sheet is submitted complete. E036's A2026-002 draft has the first 15 items,
        // so the last 8 (4.6.2 … 4.7.7) are named.
        var h = ScoringFixtures.harness()
        h.openSheet("A2026-002", "E036")
        let open = h.model.scoring
        h.send(.char("s"), .enter)
        let status = h.model.status?.text ?? ""
        #expect(status.contains("还有 8 个条目未评分：4.6.2、4.6.3、4.7.2、4.7.3、4.7.4、4.7.5、4.7.6、4.7.7"))
        #expect(h.model.status?.kind == .error)
        #expect(h.sheet("D/A2026-002/E036")?.status == .draft)
        // The refusal stays in the question, which can be answered again or cancelled.
        var expected = open
        expected.confirmation = .confirm(Confirmation(title: .submitSheetTitle,
                                                      question: .submitSheetQuestion("A2026-002", "盐都精工机械股份有限公司", .document, "E036", "袁晓东"),
                                                      warning: .submitSheetWarning))
        expected.confirmation?.refusal = h.model.scoring.confirmation?.refusal
        #expect(expected.confirmation?.refusal?.zh == status)
        #expect(h.model.scoring == expected)
        h.send(.escape)
        #expect(h.model.scoring == open)
        // A sheet with nothing entered says so without creating anything.
        var h2 = ScoringFixtures.harness()
        h2.openSheet("A2026-003", "E033")
        let empty = h2.model.scoring
        h2.send(.char("s"))
        #expect(h2.model.status?.text.contains("23 个条目均未评分") == true)
        #expect(h2.model.status == StatusMessage("尚未录入任何得分：23 个条目均未评分，不能提交（第六条）", kind: .error))
        #expect(h2.model.scoring == empty) // nothing asked
        #expect(h2.committed.isEmpty)
    }

    @Test func theOfficeReopensASubmittedSheetWithAReason() {
        // RULES.md §4: a submitted sheet is locked; the office reopens it, and the reason is kept.
        var h = ScoringFixtures.harness()
        h.openSheet("A2026-001", "E023")
        let open = h.model.scoring
        h.type("50")
        #expect(h.model.status?.text.contains("已提交的评分表已锁定") == true)
        #expect(h.model.status == StatusMessage("已提交的评分表已锁定，需由办公室退回后修改（D/A2026-001/E023）", kind: .error))
        #expect(h.model.scoring == open) // the locked cell takes nothing
        h.send(.char("o"))
        var expected = open
        expected.field = ScoringScreen.FieldEdit(.reopen, openedAt: h.model.journalSeq)
        #expect(h.model.scoring == expected)
        #expect(h.screenText().contains("退回理由："))
        h.send(.enter) // no reason (S4, 第十一条（三）): the form says it is required; nothing is sent
        #expect(h.effects == [])
        #expect(h.committed.isEmpty)
        #expect(h.model.status == StatusMessage("表单有错误，未保存：请按提示修改", kind: .error))
        expected.field?.modal.tried = true
        expected.field?.modal.fields[0].error = .required
        #expect(h.model.scoring == expected) // the form stays open, the reason marked
        #expect(h.screenText().contains("必填"))
        #expect(h.sheet("D/A2026-001/E023")?.status == .submitted)
        h.send(.escape) // Esc closes it, as every form: the sheet as it was
        #expect(h.model.scoring == open)
        h.send(.char("o"))
        h.type("偏离中位数165分，请复核")
        expected = open
        expected.field = ScoringScreen.FieldEdit(.reopen, text: "偏离中位数165分，请复核", openedAt: h.model.journalSeq)
        expected.field?.modal.fields[0].touched = true
        #expect(h.model.scoring == expected)
        h.send(.enter)
        #expect(h.committed.last == .scoring(.reopen(sheetID: "D/A2026-001/E023", reason: "偏离中位数165分，请复核")))
        #expect(h.model.scoring.field == nil)
        let sheet = h.sheet("D/A2026-001/E023")
        #expect(sheet?.status == .reopened)
        #expect(sheet?.history.last?.reason == "偏离中位数165分，请复核")
        #expect(sheet?.history.last?.by == "测试员")
        #expect(h.screenText().contains("已退回修改"))
        // Reopened, the sheet takes scores again.
        h.enter("85")
        #expect(h.sheet("D/A2026-001/E023")?.percents["4.1.2"] == 85)
    }

    @Test func aReviewerSeesOnlyTheirOwnSheets() {
        // 第二十条: E033 sits on P2026-01 only → its three applicants, no one else's sheets,
        // no progress matrix, no aggregation of other experts' scores.
        var h = ScoringFixtures.harness(reviewer: "E033")
        h.send(.function(4))
        let slots = h.model.scoring.slots
        #expect(slots.count == 3)
        #expect(slots.allSatisfy { $0.expertID == "E033" })
        let text = h.screenText()
        #expect(!text.contains("E002"))
        #expect(text.contains("仅显示专家 E033 本人的评分表"))
        let chooser = h.model.scoring
        h.send(.char("m"))
        #expect(h.model.scoring.mode == .chooser)
        #expect(h.model.status?.text.contains("第二十条") == true)
        #expect(h.model.status == StatusMessage("仅限办公室（第二十条：评审专家只能看到本人评分）", kind: .error))
        #expect(h.model.scoring == chooser)
        h.openSheet("A2026-001", "E033")
        #expect(h.model.scoring.aggregation == nil)
        #expect(!h.screenText().contains("均值"))
        let open = h.model.scoring
        h.send(.char("o"))
        #expect(h.model.scoring.field == nil)
        #expect(h.model.scoring == open)
        #expect(h.model.status == StatusMessage("仅限办公室（第二十条：评审专家只能看到本人评分）", kind: .error))
        // E036 sits on both panels: five sheets (3 + 2 applicants), all its own.
        var h2 = ScoringFixtures.harness(reviewer: "E036")
        h2.send(.function(4))
        #expect(h2.model.scoring.slots.count == 5)
        #expect(h2.model.scoring.slots.allSatisfy { $0.expertID == "E036" })
    }

    @Test func typingDoesNothingAndACommittedCellRecomputesOnlyItsOwnApplicant() {
        // The keystroke path: the probe logs every stage result and ranking the app computes.
        // Typing digits logs nothing; committing one cell of A2026-003's sheet logs exactly one
        // result, A2026-003 at D (the office's aggregation line), and no ranking; the ranking is
        // built once when its screen is shown and reused while the data version is unchanged.
        var h = ScoringFixtures.harness()
        let probe = ResultProbe()
        h.model.env.probe = probe
        h.openSheet("A2026-003", "E033")
        probe.reset()
        let version = h.model.dataVersion
        let chooserVersion = h.model.scoring.slotsVersion
        h.type("80")
        #expect(probe.entries.isEmpty)
        #expect(h.model.dataVersion == version)
        h.send(.enter)
        #expect(h.model.dataVersion == version + 1)
        #expect(probe.entries == ["A2026-003/D"])
        #expect(h.model.scoring.slotsVersion == chooserVersion) // the chooser list waits until shown
        #expect(h.model.ranking.board == nil || h.model.ranking.board?.version != h.model.dataVersion)
        probe.reset()
        h.send(.function(6))
        #expect(probe.entries == ["ranking"])
        #expect(h.model.ranking.board?.version == h.model.dataVersion)
        h.send(.function(4), .function(6))
        #expect(probe.entries == ["ranking"]) // same data version: the cached board is shown
    }

    @Test func theProgressMatrixShowsEachExpertsSheet() {
        // Office view: P2026-01 at D — A2026-003 has four submitted sheets and E033 not started.
        var h = ScoringFixtures.harness()
        h.send(.function(4))
        var expected = h.model.scoring
        h.send(.char("m"))
        #expect(h.model.scoring.mode == .progress)
        // The key's whole change: the mode, and the matrix built now, for this data version.
        expected.mode = .progress
        // Each panel with its experts in seat order, each applicant with each expert's sheet (see
        // ScoringFixtures: E036's A2026-002 and E021's A2026-019 are drafts, E033 has not started A2026-003).
        let s5: [SheetStatus?] = Array(repeating: .submitted, count: 5)
        expected.progress = [
            .panel(id: "P2026-01", name: "资料评审第1组", experts: ["E002", "E011", "E023", "E036", "E033"]),
            .applicant(id: "A2026-001", marks: s5),
            .applicant(id: "A2026-002", marks: [.submitted, .submitted, .submitted, .draft, .submitted]),
            .applicant(id: "A2026-003", marks: [.submitted, .submitted, .submitted, .submitted, nil]),
            .panel(id: "P2026-02", name: "资料评审第2组", experts: ["E036", "E014", "E002", "E034", "E021"]),
            .applicant(id: "A2026-014", marks: s5),
            .applicant(id: "A2026-019", marks: [.submitted, .submitted, .submitted, .submitted, .draft]),
        ]
        expected.progressVersion = h.model.dataVersion
        #expect(h.model.scoring == expected)
        let lines = h.screen()
        #expect(lines.contains { $0.contains("P2026-01") && $0.contains("E002") && $0.contains("E033") })
        let a3 = lines.first { $0.contains("A2026-003") } ?? ""
        #expect(a3.filter { $0 == "✓" }.count == 4)
        #expect(a3.contains("4/5"))
        let a2 = lines.first { $0.contains("A2026-002") } ?? ""
        #expect(a2.contains("草"))
        h.send(.char("g")) // Q&A: nothing started
        #expect(h.screenText().contains("问询答辩评分进度"))
        #expect((h.screen().first { $0.contains("A2026-003") } ?? "").contains("0/5"))
    }

    @Test func bandsAndCommentsAndTheOfficeAggregation() {
        var h = ScoringFixtures.harness()
        h.openSheet("A2026-001", "E002")
        // Office: the panel's result for this applicant (RULES.md §4): mean 791.00, E023 outlying.
        #expect(h.screenText().contains("均值 791.00"))
        #expect(h.screenText().contains("离群 E023"))
        let open = h.model.scoring
        h.send(.char("b"))
        var expected = open
        expected.bandsVisible = true
        #expect(h.model.scoring == expected)
        let bands = h.screenText()
        #expect(bands.contains("过程条目评分档"))
        #expect(bands.contains("70–85%"))
        #expect(bands.contains("方法全面展开"))
        h.send(.char("b"))
        // The last item (4.7.7) is a result item.
        h.send(.end, .function(12))
        #expect(h.screenText().contains("结果条目评分档"))
        h.send(.function(12))
        // A comment on a draft sheet: E036's A2026-002.
        var h2 = ScoringFixtures.harness()
        h2.openSheet("A2026-002", "E036")
        let draft = h2.model.scoring
        h2.send(.char("c"))
        let saved = h2.sheet("D/A2026-002/E036")?.comments["4.1.2"] ?? ""
        #expect(h2.model.scoring.field?.modal[.text] == saved) // the saved comment, to edit
        var editing = draft
        editing.field = ScoringScreen.FieldEdit(.comment(itemID: "4.1.2"), text: saved, openedAt: h2.model.journalSeq)
        #expect(h2.model.scoring == editing)
        h2.send(.ctrl("u"))
        h2.type("方法展开充分")
        h2.send(.enter)
        #expect(h2.effects == [.commit(.scoring(.setComment(sheetID: "D/A2026-002/E036", itemID: "4.1.2", comment: "方法展开充分")), basedOn: editing.field?.modal.openedAt)]) // based on the data as the form opened
        #expect(h2.model.scoring.field == nil)
        #expect(h2.sheet("D/A2026-002/E036")?.comments["4.1.2"] == "方法展开充分")
    }

    @Test func theGridFitsEightyByTwentyFourInEnglish() {
        var h = ScoringFixtures.harness(lang: .en, width: 80, height: 24)
        h.openSheet("A2026-003", "E033")
        h.enter("80")
        let lines = h.screen()
        #expect(lines[3].contains("Total 40.00 / 1000  ·  scored 1/23"))
        #expect(lines.contains { $0.contains("4.1.2") && $0.contains("80%") && $0.contains("40.00") })
        #expect(lines[23].contains("s submit"))
        for l in lines { #expect(displayWidth(l) <= 80) }
    }
}
