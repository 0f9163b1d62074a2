@testable import AwardDomain
import Foundation
import Testing
import TerminalUI
@testable import AwardApp

/// The draw screen (第十一条（三）; RULES.md §3) driven with keys against the sample cycle.
/// Panel P2026-01 reviews A2026-001 and A2026-002 on 2026-05-10~2026-05-12. Of the 40 sample
/// experts, E006 and E023 are away 2026-05-10~05-20 and E013 is marked unavailable; nobody works
/// for or declared a conflict with O0003/O0004, so 37 are eligible. The harness seed is the bytes
/// 0…31 of docs/draw-algorithm.md's worked example: commitment 630dcd29…10dd. The order over the
/// 37 ids was computed with scripts/replay-draw.py (independent of the Swift code):
/// E034, E033, E003, E039, E009 | alternates E001, E036.
@Suite struct DrawScreenTests {
    static let commitment = "630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd"
    static let seedHex = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"
    /// Where the seed waits: named for the draw and the first 16 digits of its commitment.
    static let seedPath = "/data/draw-D2026-01-1-630dcd2966c43366.seed"
    static let order = ["E034", "E033", "E003", "E039", "E009", "E001", "E036"]

    /// Screen 3, `n`, the five fields, Enter.
    static func createPanel(_ h: inout AppHarness, size: String = "5", alternates: String = "2") {
        h.send(.char("3"), .char("n"))
        h.type("第一评审组")
        h.send(.tab)
        h.type("A2026-001, A2026-002")
        h.send(.tab)
        h.type("2026-05-10~2026-05-12")
        h.send(.tab, .ctrl("u"))
        h.type(size)
        h.send(.tab, .ctrl("u"))
        h.type(alternates)
        h.send(.enter)
    }

    /// A panel drawn and revealed with the harness seed.
    static func drawn() -> AppHarness {
        var h = AppHarness()
        createPanel(&h)
        h.send(.char("d"))
        h.type("纪检组 李监督")
        h.send(.enter, .enter)
        return h
    }

    static func record(_ h: AppHarness, _ id: String = "D2026-01-1") -> DrawRecord? { h.model.data.cycle.drawRecord(id) }

    /// The screen over a panel whose draw is on record: no pool is computed (only panels
    /// without a draw show one), the panel selected, nothing open.
    static let panelDrawn: DrawScreen = {
        var s = DrawScreen()
        s.poolsStale = false
        return s
    }()

    /// The screen's state less its open form (the forms are checked through what they save).
    static func withoutForm(_ s: DrawScreen) -> DrawScreen {
        var s = s
        s.modal = nil
        return s
    }

    @Test func panelIsCreatedThroughTheForm() {
        var h = AppHarness()
        DrawScreenTests.createPanel(&h)
        let p = Panel(id: "P2026-01", name: "第一评审组", applicationIDs: ["A2026-001", "A2026-002"],
                      dates: DayRange(from: Day("2026-05-10")!, to: Day("2026-05-12")!), size: 5, alternates: 2)
        #expect(h.committed == [.draw(.createPanel(p))])
        // The form closes on the new panel, selected; its pool is computed: 40 experts, E006,
        // E013 and E023 left out for availability.
        let pool = h.model.draw.pools["P2026-01"]
        #expect(pool?.pool.count == 37 && pool?.unavailable == 3 && pool?.conflicted == 0)
        #expect(pool?.exclusions.map(\.expertID).sorted() == ["E006", "E013", "E023"])
        var expected = DrawScreenTests.panelDrawn
        expected.pools = h.model.draw.pools
        #expect(Array(expected.pools.keys) == ["P2026-01"])
        #expect(h.model.draw == expected)
        #expect(h.model.status == StatusMessage("已保存", kind: .success))
        let text = h.screenText()
        #expect(text.contains("P2026-01"))
        #expect(text.contains("盐城海瀚新能源科技有限公司"))
        // 40 experts − 3 unavailable = 37 eligible (see the suite's comment); wide enough for one line.
        #expect(h.screen(width: 160).joined(separator: "\n").contains("专家库 40 人，可抽取 37 人，排除 3 人（利益冲突 0，不可用 3）"))
    }

    @Test func sizeTwoIsRefusedInlineCitingArticle11_3() {
        // 第十一条（三）: 随机抽选不少于3名专家.
        var h = AppHarness()
        DrawScreenTests.createPanel(&h, size: "2")
        #expect(h.committed.isEmpty)
        #expect(h.screenText().contains("第十一条（三）：评审组专家不少于3名，当前为 2 名"))
        #expect(h.model.status?.text == "表单有错误，未保存：请按提示修改")
        #expect(h.model.status?.kind == .error)
        #expect(h.effects == [])
        // The form stays open over the empty list of panels.
        #expect(h.model.draw.modal != nil)
        #expect(DrawScreenTests.withoutForm(h.model.draw) == DrawScreenTests.panelDrawn)
        // The form keeps what was typed, the focus on the size.
        #expect(h.model.draw.modal?.modal.focus == 3)
        #expect(h.model.draw.modal?.modal[.size] == "2")
    }

    @Test func unknownApplicationIsRefusedInline() {
        var h = AppHarness()
        h.send(.char("3"), .char("n"), .tab)
        h.type("A2026-001,A2026-099")
        #expect(h.screenText().contains("申报 A2026-099 不存在"))
    }

    /// The question before the reveal of D2026-01-1 (panel P2026-01 第一评审组) with the harness seed.
    static func revealQuestion(supervisor: String = "纪检组 李监督", seed: DrawSeed = DrawSeed(bytes: Array(0..<32))!) -> DrawScreen.RevealQuestion {
        let question = Phrase.drawRevealQuestion(id: "D2026-01-1", panel: "P2026-01 第一评审组", supervisor: supervisor, commitment: commitment)
        return DrawScreen.RevealQuestion(modal: .confirm(Confirmation(title: .drawRevealTitle(id: "D2026-01-1"), question: question, warning: .drawRevealWarning)),
                                         drawID: "D2026-01-1", seed: seed)
    }

    static let commitAction = Action.draw(.commit(drawID: "D2026-01-1", panelID: "P2026-01", supervisor: "纪检组 李监督", commitment: commitment))
    static let revealAction = Action.draw(.reveal(drawID: "D2026-01-1", seed: seedHex))

    /// A panel committed to the harness seed by `supervisor`, the reveal question answered with Esc.
    static func committed(supervisor: String = "纪检组 李监督", lang: Language = .zh) -> AppHarness {
        var h = AppHarness(lang: lang)
        createPanel(&h)
        h.send(.char("d"))
        h.type(supervisor)
        h.send(.enter, .escape)
        return h
    }

    /// The program started again on the same data directory: the same data and seed files.
    static func restarted(_ h: AppHarness, lang: Language = .zh) -> AppHarness {
        var r = AppHarness(lang: lang, data: h.model.data)
        r.io.seedFiles = h.io.seedFiles
        return r
    }

    @Test func theSeedIsKeptBeforeItsCommitmentAndTheRevealQuestionShowsTheCommitment() {
        // 第十一条（三）, RULES.md §3: the seed is committed to before the draw and revealed in front
        // of the supervisor. The seed is kept in draw-<id>.seed before the commitment is
        // journaled (as `qaward draw commit` keeps it), in no journaled record until the reveal.
        var h = AppHarness()
        DrawScreenTests.createPanel(&h)
        h.send(.char("d"), .enter)
        // The supervisor is required: nothing is committed or kept without one.
        #expect(h.committed.count == 1)
        #expect(h.io.seedLog.isEmpty)
        #expect(h.screenText().contains("必填"))
        h.type("纪检组 李监督")
        h.send(.enter)
        // One effect: keep the seed, then the commitment and its publication, based on the entry
        // the form opened at (the panel's, the first).
        #expect(h.effects == [.commitDraw(seed: DrawSeed(bytes: Array(0..<32))!, drawID: "D2026-01-1",
                                          [DrawScreenTests.commitAction, .draw(.publishCommitment(drawID: "D2026-01-1"))], basedOn: 1)])
        #expect(h.committed.suffix(2) == [DrawScreenTests.commitAction, .draw(.publishCommitment(drawID: "D2026-01-1"))])
        // Kept when only the panel was journaled, before the commitment.
        #expect(h.io.seedLog == [.saved("D2026-01-1", afterCommits: 1)])
        #expect(h.io.seedFiles == [DrawScreenTests.seedPath: DrawScreenTests.seedHex + "\n"])
        #expect(DrawScreenTests.record(h)?.commitmentPublishedAt != nil)
        #expect(DrawScreenTests.record(h)?.seed == nil)
        // The question is the one Modal, holding the seed it reveals.
        var expected = DrawScreenTests.panelDrawn
        expected.revealQuestion = DrawScreenTests.revealQuestion()
        #expect(h.model.draw == expected)
        let lines = h.screen()
        #expect(lines.contains { $0.contains("揭示抽取 D2026-01-1") })
        #expect(lines.contains { $0.contains(DrawScreenTests.commitment) }) // the whole 64 digits on one line
        #expect(!lines.joined().contains(String(DrawScreenTests.seedHex.prefix(16))))
        h.send(.enter)
        // The reveal, then the seed file's removal (dropped if the reveal were refused).
        #expect(h.effects == [.commit(DrawScreenTests.revealAction), .removeDrawSeed(drawID: "D2026-01-1", commitment: DrawScreenTests.commitment)])
        #expect(h.committed.last == DrawScreenTests.revealAction)
        #expect(h.io.seedFiles.isEmpty)
        #expect(h.io.seedLog == [.saved("D2026-01-1", afterCommits: 1), .removed("D2026-01-1", afterCommits: 4)])
        #expect(h.model.draw == DrawScreenTests.panelDrawn) // revealed: the question and its seed are gone
    }

    @Test func theRevealQuestionIsReadWholeAt80x24InBothLanguages() {
        // 第十一条（三）: the supervisor reads the commitment before the reveal. At 80×24 the
        // question box is 76 wide (72 for text): the 64 digits fit on a line of their own.
        for lang in [Language.zh, .en] {
            var h = AppHarness(lang: lang)
            DrawScreenTests.createPanel(&h)
            h.send(.char("d"))
            h.type("纪检组 李监督")
            h.send(.enter)
            let lines = h.screen(width: 80, height: 24)
            let text = lines.joined(separator: "\n")
            #expect(lines.contains { $0.contains(DrawScreenTests.commitment) }, "\(lang): \(text)")
            let shown = lang == .zh
                ? ["揭示抽取 D2026-01-1", "纪检组 李监督", "P2026-01 第一评审组", "不可撤销", "Enter 确认"]
                : ["Reveal draw D2026-01-1", "纪检组 李监督", "P2026-01 第一评审组", "cannot be undone", "Enter confirm"]
            for s in shown { #expect(text.contains(s), "\(lang): missing \(s) in\n\(text)") }
        }
    }

    @Test func quittingWithTheRevealQuestionUpLosesNothing() {
        // The seed waits in its file, not in the program (第十一条（三）: revealed in front of the
        // supervisor whenever they meet): q quits with the question up, and the program started
        // again on the same directory reveals the same draw. (Until the seed was kept on disk,
        // quitting was refused here, since it lost the seed.)
        var h = AppHarness()
        DrawScreenTests.createPanel(&h)
        h.send(.char("d"))
        h.type("纪检组 李监督")
        h.send(.enter, .char("q"))
        #expect(h.quit)
        #expect(DrawScreenTests.record(h)?.isRevealed == false)
        var r = DrawScreenTests.restarted(h)
        r.send(.char("3"), .char("d"))
        #expect(r.effects == [.loadDrawSeed(drawID: "D2026-01-1", commitment: DrawScreenTests.commitment)])
        var expected = DrawScreenTests.panelDrawn
        expected.revealQuestion = DrawScreenTests.revealQuestion()
        #expect(r.model.draw == expected)
        r.send(.enter)
        #expect(r.committed == [DrawScreenTests.revealAction])
        #expect(DrawScreenTests.record(r)?.order == DrawScreenTests.order)
        #expect(r.io.seedFiles.isEmpty)
    }

    @Test func revealDrawsTheWorkedOrderAndVerifies() {
        var h = DrawScreenTests.drawn()
        let d = DrawScreenTests.record(h)
        #expect(d?.order == DrawScreenTests.order)
        #expect(d?.leaderID == "E034")
        let text = h.screenText()
        #expect(text.contains("1. E034 田立新 ★组长"))
        #expect(text.contains("5. E009 吴德胜"))
        #expect(text.contains("候补：E001 王建国、E036 袁晓东"))
        #expect(text.contains(DrawScreenTests.seedHex.prefix(40)))
        h.send(.char("v"))
        #expect(h.model.status?.kind == .success)
        #expect(h.model.status?.text.contains("复核一致") == true)
        let verified = Phrase(zh: "复核一致：承诺值、专家库摘要与抽取顺序均与记录相符",
                              en: "Verified: the commitment, the pool digest and the order all match the record")
        #expect(h.model.status == StatusMessage("D2026-01-1：" + verified.zh, kind: .success))
        var expected = DrawScreenTests.panelDrawn
        expected.verification = VerifiedDraw(drawID: "D2026-01-1", result: DrawVerification(matches: true, details: verified))
        #expect(h.model.draw == expected)
        #expect(h.effects == [])
        #expect(h.screenText().contains("复核一致：承诺值、专家库摘要与抽取顺序均与记录相符"))
    }

    @Test func escKeepsTheCommitmentAndDAsksAgainAlsoAfterARestart() {
        // 第十一条（三）: the reveal waits for the supervisor; the seed waits in its file.
        var h = DrawScreenTests.committed(supervisor: "李监督")
        #expect(DrawScreenTests.record(h)?.isRevealed == false)
        #expect(h.model.draw == DrawScreenTests.panelDrawn)
        #expect(h.model.status == StatusMessage("D2026-01-1 的承诺值已记录，尚未揭示；随机种子保存在数据目录中，稍后（重启后亦可）按 d 揭示"))
        #expect(h.io.seedFiles.keys.sorted() == [DrawScreenTests.seedPath])
        // The detail says where d takes the seed from, and when the commitment was recorded and published
        // (MemoryIO dates every change at 10:00 of the board date, 2026-03-20).
        let wide = h.screen(width: 200).joined(separator: "\n")
        #expect(wide.contains("已记录承诺值，尚未揭示：按 d 取出数据目录中 draw-D2026-01-1-630dcd2966c43366.seed 的随机种子，在监督人面前揭示"))
        #expect(wide.contains("承诺公布时间：2026-03-20 10:00:00"))
        #expect(wide.contains("揭示时间：尚未揭示"))
        // `d` reads the seed back from its file and asks again.
        h.send(.char("d"))
        #expect(h.effects == [.loadDrawSeed(drawID: "D2026-01-1", commitment: DrawScreenTests.commitment)])
        var expected = DrawScreenTests.panelDrawn
        expected.revealQuestion = DrawScreenTests.revealQuestion(supervisor: "李监督")
        #expect(h.model.draw == expected)
        #expect(h.screenText().contains("揭示抽取 D2026-01-1"))
        h.send(.escape)
        #expect(h.model.draw == DrawScreenTests.panelDrawn)
        // A restart: the same data and seed files, a new program.
        var r = DrawScreenTests.restarted(h)
        r.send(.char("3"), .char("d"))
        #expect(r.model.draw == expected)
        r.send(.enter)
        #expect(r.committed == [.draw(.reveal(drawID: "D2026-01-1", seed: DrawScreenTests.seedHex))])
        #expect(DrawScreenTests.record(r)?.order == DrawScreenTests.order)
        #expect(r.io.seedFiles.isEmpty)
        #expect(r.model.draw == DrawScreenTests.panelDrawn)
        #expect(r.screen(width: 200).joined(separator: "\n").contains("揭示时间：2026-03-20 10:00:00"))
    }

    @Test func aDrawWhoseSeedIsNotKeptHereNamesTheFileAndSaysToVoidIt() {
        // 第十一条（三）: a draw whose seed is not here (committed on another machine, or the file
        // lost) cannot be revealed; it is voided with a reason and drawn again.
        let h = DrawScreenTests.committed()
        var r = AppHarness(data: h.model.data)
        r.send(.char("3"), .char("d"))
        #expect(r.effects == [.loadDrawSeed(drawID: "D2026-01-1", commitment: DrawScreenTests.commitment)])
        #expect(r.model.status == StatusMessage("抽取 D2026-01-1 的随机种子不在本数据目录（没有 /data/draw-D2026-01-1-630dcd2966c43366.seed）：它在另一台电脑上承诺或已丢失，无法揭示。请按 x 作废并说明理由，然后重新抽取（第十一条（三））",
                                                kind: .error))
        #expect(r.model.draw == DrawScreenTests.panelDrawn) // nothing asked, nothing held
        var e = AppHarness(lang: .en, data: h.model.data)
        e.send(.char("3"), .char("d"))
        #expect(e.model.status == StatusMessage("The seed of draw D2026-01-1 is not in this data directory (no /data/draw-D2026-01-1-630dcd2966c43366.seed): it was committed on another machine or lost, so the draw cannot be revealed. Void it with x and a reason, then draw again (Art. 11(3))",
                                                kind: .error))
        r.send(.char("x"))
        r.type("种子丢失")
        r.send(.enter)
        #expect(r.effects == [.commit(.draw(.void(drawID: "D2026-01-1", reason: "种子丢失"))), .removeDrawSeed(drawID: "D2026-01-1", commitment: DrawScreenTests.commitment)])
        #expect(r.committed == [.draw(.void(drawID: "D2026-01-1", reason: "种子丢失"))])
        #expect(r.model.status == StatusMessage("已保存", kind: .success)) // no file to remove is no problem
    }

    @Test func aSeedFileThatHoldsNoSeedGetsTheStoresMessage() {
        // The file is named and what it should hold is said; nothing is asked or journaled.
        let h = DrawScreenTests.committed()
        var r = DrawScreenTests.restarted(h)
        r.io.seedFiles[DrawScreenTests.seedPath] = "not a seed\n"
        r.send(.char("3"), .char("d"))
        #expect(r.model.status == StatusMessage("/data/draw-D2026-01-1-630dcd2966c43366.seed 不是随机种子（应为一行64位十六进制数）", kind: .error))
        #expect(r.model.draw == DrawScreenTests.panelDrawn)
        #expect(r.committed.isEmpty)
    }

    @Test func aSeedThatDoesNotMatchTheCommitmentIsRefusedInTheQuestion() {
        // RULES.md §3: the seed revealed must be the one committed to; the store's refusal shows
        // in the question and the file stays (the draw can still be voided with x).
        let h = DrawScreenTests.committed()
        var r = DrawScreenTests.restarted(h)
        let other = DrawSeed(bytes: Array(repeating: 0xff, count: 32))!
        r.io.seedFiles[DrawScreenTests.seedPath] = other.hex + "\n"
        r.send(.char("3"), .char("d"))
        var expected = DrawScreenTests.panelDrawn
        expected.revealQuestion = DrawScreenTests.revealQuestion(seed: other)
        #expect(r.model.draw == expected)
        r.send(.enter)
        #expect(r.committed.isEmpty)
        let refusal = r.model.draw.revealQuestion?.modal.refusal
        #expect(refusal?.zh.hasPrefix("随机种子与抽取前记录的承诺值不符，抽取未进行") == true)
        expected.revealQuestion?.modal.refusal = refusal
        #expect(r.model.draw == expected)
        #expect(r.screenText().contains("随机种子与抽取前记录的承诺值不符"))
        #expect(r.io.seedFiles[DrawScreenTests.seedPath] == other.hex + "\n")
    }

    @Test func aRefusedCommitmentLeavesNoSeed() {
        // 第十一条（三）: a panel of 30 members and 7 alternates needs all 37 eligible experts. While
        // the supervisor is typed, another process marks E001 unavailable: the store refuses the
        // commitment (36 < 37), and the seed kept for it is removed again, as `draw commit` does.
        var h = AppHarness()
        DrawScreenTests.createPanel(&h, size: "30", alternates: "7")
        h.send(.char("d"))
        var e001 = h.model.data.registry.expert("E001")!
        e001.available = false
        try? h.io.othersSave(.registry(.upsertExpert(e001)), by: "另一操作员", today: h.model.env.today)
        h.type("李监督")
        h.send(.enter)
        #expect(h.committed.count == 1) // the panel only
        #expect(h.io.seedLog == [.saved("D2026-01-1", afterCommits: 1), .removed("D2026-01-1", afterCommits: 1)])
        #expect(h.io.seedFiles.isEmpty)
        // The form stays with the store's reason.
        #expect(h.model.draw.modal?.modal.refusal?.zh.contains("第十一条（三）") == true)
        #expect(h.model.draw.revealQuestion == nil)
        #expect(h.model.status?.kind == .error)
    }

    @Test func aSeedThatCannotBeKeptCommitsNothing() {
        // A commitment whose seed was never kept could only be voided (第十一条（三）): when the
        // seed file cannot be written, nothing is journaled and the form says why.
        var h = AppHarness()
        DrawScreenTests.createPanel(&h)
        h.send(.char("d"))
        h.type("李监督")
        let problem = IOProblem(Phrase(zh: "无法写入 /data/draw-D2026-01-1-630dcd2966c43366.seed：磁盘已满", en: "Cannot write /data/draw-D2026-01-1-630dcd2966c43366.seed: disk full"))
        h.io.seedSaveProblem = problem
        h.send(.enter)
        #expect(h.committed.count == 1) // the panel only
        #expect(h.io.seedFiles.isEmpty && h.io.seedLog.isEmpty)
        #expect(h.model.draw.modal?.modal.refusal == problem.message)
        #expect(h.model.draw.modal?.modal.waiting == false)
        #expect(h.model.draw.revealQuestion == nil)
        #expect(h.model.status == StatusMessage("无法写入 /data/draw-D2026-01-1-630dcd2966c43366.seed：磁盘已满", kind: .error))
        #expect(h.screenText().contains("磁盘已满"))
        // Put right, Enter in the same form commits.
        h.io.seedSaveProblem = nil
        h.send(.enter)
        #expect(h.committed.count == 3)
        #expect(h.model.draw.revealQuestion?.drawID == "D2026-01-1")
    }

    @Test func voidingACommittedDrawRemovesItsSeedAndAFailedRemovalIsOnlyShown() {
        // A voided draw's seed is of no use (第十一条（三）: drawn again); a file that cannot be
        // removed is said, and the void stands.
        var h = DrawScreenTests.committed()
        h.send(.char("x"))
        h.type("监督人未到场")
        h.send(.enter)
        #expect(h.committed.last == .draw(.void(drawID: "D2026-01-1", reason: "监督人未到场")))
        #expect(h.io.seedFiles.isEmpty)
        #expect(h.io.seedLog.last == .removed("D2026-01-1", afterCommits: 4))
        // A new draw revealed while its file cannot be removed: revealed all the same.
        h.send(.char("d"))
        h.type("李监督")
        h.send(.enter)
        h.io.seedRemovalProblem = IOProblem(Phrase(zh: "无法删除 draw-D2026-01-2.seed", en: "Cannot remove draw-D2026-01-2.seed"))
        h.send(.enter)
        #expect(DrawScreenTests.record(h, "D2026-01-2")?.isRevealed == true)
        #expect(h.model.status == StatusMessage("无法删除 draw-D2026-01-2.seed", kind: .error))
        #expect(h.model.draw.revealQuestion == nil)
        #expect(!h.quit)
    }

    @Test func voidKeepsTheRecordAndANewDrawSupersedesIt() {
        var h = DrawScreenTests.drawn()
        h.send(.char("x"))
        // Asked first, naming the draw and its panel; no submitted sheet is affected yet.
        var expected = DrawScreenTests.panelDrawn
        expected.voidConfirmation = .init(modal: .confirm(Confirmation(title: .voidDrawTitle, question: .voidDrawQuestion("D2026-01-1", "P2026-01"),
                                                                       warning: .voidDrawWarning([]), reasonLabel: .voidDrawReason)),
                                          drawID: "D2026-01-1")
        #expect(h.model.draw == expected)
        h.send(.enter)
        expected.voidConfirmation?.modal.confirmation?.reasonError = .reasonRequired
        #expect(h.model.draw == expected)
        #expect(h.effects == [])
        #expect(h.screenText().contains("请填写理由")) // the reason is required
        h.type("监督人未到场")
        h.send(.enter)
        #expect(h.committed.last == .draw(.void(drawID: "D2026-01-1", reason: "监督人未到场")))
        // Saved: the question closes; the panel has no draw in force, so its pool is computed again.
        expected.voidConfirmation = nil
        expected.pools = h.model.draw.pools
        #expect(expected.pools["P2026-01"]?.pool.count == 37)
        #expect(h.model.draw == expected)
        #expect(h.model.data.cycle.draws.count == 1)
        #expect(DrawScreenTests.record(h)?.voided?.reason == "监督人未到场")
        #expect(DrawScreenTests.record(h)?.order == DrawScreenTests.order)
        #expect(h.screenText().contains("已作废 D2026-01-1：监督人未到场"))
        h.send(.char("d"))
        h.type("李监督")
        h.send(.enter, .enter)
        #expect(DrawScreenTests.record(h, "D2026-01-2")?.isRevealed == true)
        #expect(DrawScreenTests.record(h)?.voided?.supersededBy == "D2026-01-2")
        #expect(h.screenText().contains("已作废 D2026-01-1"))
    }

    @Test func aDecliningMemberIsReplacedByTheNextAlternate() {
        // Members E034 E033 E003 E039 E009; the first alternate E001 takes E033's seat.
        var h = DrawScreenTests.drawn()
        h.send(.char("r"))
        var expected = DrawScreenTests.panelDrawn
        expected.choice = MemberChoice(purpose: .decline, drawID: "D2026-01-1", members: ["E034", "E033", "E003", "E039", "E009"])
        #expect(h.model.draw == expected)
        #expect(h.screenText().contains("哪位组员不能参加？"))
        h.send(.down)
        expected.choice?.selected = 1
        #expect(h.model.draw == expected)
        h.send(.enter) // E033 chosen: the reason is asked
        #expect(h.model.draw.modal != nil)
        expected.choice = nil
        #expect(DrawScreenTests.withoutForm(h.model.draw) == expected)
        h.send(.enter)
        #expect(h.screenText().contains("必填"))
        h.type("出差")
        h.send(.enter)
        #expect(h.committed.last == .draw(.replaceDeclined(drawID: "D2026-01-1", expertID: "E033", reason: "出差")))
        #expect(h.model.draw == expected)
        #expect(DrawScreenTests.record(h)?.currentMembers == ["E034", "E001", "E003", "E039", "E009"])
        #expect(h.screenText().contains("E033 肖永明 不能参加 → 由候补 E001 王建国 替补：出差"))
    }

    @Test func leaderIsChosenAmongTheMembers() {
        var h = DrawScreenTests.drawn()
        h.send(.char("l"), .down, .down)
        var expected = DrawScreenTests.panelDrawn
        expected.choice = MemberChoice(purpose: .leader, drawID: "D2026-01-1", members: ["E034", "E033", "E003", "E039", "E009"], selected: 2)
        #expect(h.model.draw == expected)
        h.send(.enter)
        #expect(h.effects == [.commit(.draw(.designateLeader(drawID: "D2026-01-1", expertID: "E003")))])
        #expect(h.model.draw == DrawScreenTests.panelDrawn)
        #expect(DrawScreenTests.record(h)?.leaderID == "E003")
        #expect(h.screenText().contains("3. E003 张振华 ★组长"))
    }

    @Test func exportWritesTextForSignaturesAndReplayableJSON() throws {
        var h = DrawScreenTests.drawn()
        h.send(.char("p"))
        var expected = DrawScreenTests.panelDrawn
        expected.exportChoice = .exportFormat(Phrase(zh: "专家抽取记录 D2026-01-1", en: "draw record D2026-01-1"), formats: [.text, .docx])
        #expect(h.model.draw == expected)
        h.send(.enter) // text, the first format
        #expect(h.model.draw == DrawScreenTests.panelDrawn)
        #expect(h.exports.keys.sorted() == ["draw-D2026-01-1.json", "draw-D2026-01-1.txt"])
        #expect(h.model.status == StatusMessage("已导出到 /data/exports/draw-D2026-01-1.json", kind: .success)) // the last written
        let text = String(decoding: try #require(h.exports["draw-D2026-01-1.txt"]), as: UTF8.self)
        for s in ["第十一条（三）", "监督人（派驻纪检监察组）：纪检组 李监督", DrawScreenTests.commitment, DrawScreenTests.seedHex,
                  "1. E034", "组长：E034", "E013  马永明", "监督人签字", "操作员签字"] {
            #expect(text.contains(s), "missing \(s)")
        }
        let json = try #require(h.exports["draw-D2026-01-1.json"])
        let decoded = try JSONDecoder().decode(DrawRecord.self, from: json)
        #expect(decoded == DrawScreenTests.record(h))
    }

    @Test func englishExportIsEnglish() throws {
        var h = AppHarness(lang: .en)
        DrawScreenTests.createPanel(&h)
        h.send(.char("d"))
        h.type("Li")
        h.send(.enter, .enter, .char("p"), .enter)
        let text = String(decoding: try #require(h.exports["draw-D2026-01-1.txt"]), as: UTF8.self)
        #expect(text.contains("Supervisor (discipline-inspection group): Li"))
        #expect(text.contains("Draw order (the first 5 are members):"))
        // → Word: the record for signatures as a .docx, with its JSON again.
        h.send(.char("p"), .right, .enter)
        #expect(h.exports["draw-D2026-01-1.docx"].map { Array($0.prefix(2)) } == [0x50, 0x4B])
    }

    @Test func tooSmallPoolShowsTheDomainsCountsAndReasons() {
        // 37 eligible < 30 + 8 = 38 needed: refused before the supervisor is even asked.
        var h = AppHarness()
        DrawScreenTests.createPanel(&h, size: "30", alternates: "8")
        #expect(h.committed.count == 1)
        let before = h.model.draw
        h.send(.char("d"))
        #expect(h.committed.count == 1)
        #expect(h.effects == [])
        #expect(h.model.draw == before) // no supervisor asked
        #expect(h.model.status?.kind == .error)
        let status = h.model.status?.text ?? ""
        #expect(status.contains("专家库共 40 人，可抽取 37 人，需要 38 人（30 名组员 + 8 名候补）"))
        #expect(status.contains("第十一条（三）"))
        let screen = h.screenText()
        #expect(screen.contains("E013 马永明：专家库中标记为暂不可抽取"))
    }

    @Test func expertFormValidatesInlineAndSaves() {
        var h = AppHarness()
        h.send(.char("3"), .char("e"))
        var expected = DrawScreenTests.panelDrawn
        expected.showingExperts = true
        #expect(h.model.draw == expected)
        #expect(h.screenText().contains("专家库 40 人"))
        h.send(.char("a"))
        #expect(h.screenText().contains("E041"))
        h.send(.tab)
        h.type("钱专家")
        h.send(.tab)
        h.type("盐城工学院")
        h.send(.tab)
        h.type("91320900MA1234567X")
        #expect(h.screenText().contains("校验"))
        h.send(.enter)
        #expect(h.committed.isEmpty)
        #expect(h.effects == [])
        #expect(DrawScreenTests.withoutForm(h.model.draw) == expected)
        h.send(.ctrl("u"), .tab, .tab)
        h.type("亭湖区")
        h.send(.tab, .tab, .tab)
        h.type("2026-05-01~2026-05-31")
        h.send(.enter)
        // The typed fields as one expert; the others keep the form's defaults (available, no
        // specialties, no title, no conflicts).
        let range = DayRange(from: Day("2026-05-01")!, to: Day("2026-05-31")!)
        #expect(h.committed == [.registry(.upsertExpert(Expert(id: "E041", name: "钱专家", employerName: "盐城工学院", county: .tinghu,
                                                                 available: true, unavailable: [range])))])
        // The new 41st expert is selected; a page holds 24 rows (30 − 4 chrome − 2), so the list
        // scrolls to show rows 17…40.
        expected.expertTable = TableState(selected: 40, offset: 17)
        #expect(h.model.draw == expected)
        let e = h.model.data.registry.expert("E041")
        #expect(e?.name == "钱专家")
        #expect(e?.employerName == "盐城工学院")
        #expect(e?.county == .tinghu)
        #expect(e?.unavailable == [DayRange(from: Day("2026-05-01")!, to: Day("2026-05-31")!)])
    }
}
