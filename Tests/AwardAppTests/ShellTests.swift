import AwardDomain
import Testing
import TerminalUI
@testable import AwardApp

/// The app shell: navigation as state transitions, help, quit, the minimum size, the reviewer fence.
@Suite struct ShellTests {
    /// Number keys 1…9; F-keys match the tab numbers (F2 is tab 2 …, F9 tab 9) as in htop, F1
    /// staying help and F10 quit.
    @Test func numberAndFunctionKeysReachEveryScreen() {
        var h = AppHarness()
        for s in ScreenID.allCases {
            // Each of its keys from the dashboard: the number, and the F-key of the same number
            // where there is one (none for tab 1, F1 being help, nor tab 10, F10 being quit).
            for key in s.keys {
                h.send(.char("1"))
                h.send(key)
                #expect(h.model.screen == s, "\(key)")
            }
            #expect(s.keys == ScreenRegistry.keys(ofTab: s.tab))
        }
        #expect(ScreenID.intake.keys == [.char("2"), .function(2)])
        #expect(ScreenID.audit.keys == [.char("9"), .function(9)])
        #expect(ScreenID.dashboard.keys == [.char("1")])
    }

    @Test func helpOverlayListsEveryBindingOfTheScreen() {
        var h = AppHarness()
        h.send(.char("2"))
        let intake = h.model.intake
        h.send(.char("?"))
        #expect(h.model.helpVisible)
        #expect(h.model.intake == intake) // the overlay is the shell's; the screen is untouched
        let text = h.screenText()
        // Intake's own keys and the global ones are all in the overlay.
        for help in ["搜索", "按状态筛选", "新增", "人工判断", "帮助", "退出"] { #expect(text.contains(help)) }
        h.send(.escape)
        #expect(!h.model.helpVisible)
        #expect(h.model.intake == intake) // Esc closed the overlay only: no search was cleared, no form
    }

    /// The shell's own effects are applied to the model in the order given, whether a screen
    /// returned them through `update` or they reach the interpreter directly; I/O after them runs.
    @Test func shellEffectsApplyInOrder() {
        var h = AppHarness()
        let effects: [Effect] = [.setBoardDate(Day("2026-04-01")!), .error("first"), .status(StatusMessage("second", kind: .success)), .idle]
        #expect(EffectInterpreter.run(effects, model: &h.model, io: &h.io))
        #expect(h.model.env.today == Day("2026-04-01"))
        #expect(h.model.derived.deadlines == Derived(data: h.model.data, today: Day("2026-04-01")!).deadlines) // the board counts from it
        #expect(h.model.status == StatusMessage("second", kind: .success))
        #expect(h.io.idles == 1)
        #expect(h.model.applyShellEffects([.status(StatusMessage("x")), .quit, .idle]) == [.quit, .idle])
        #expect(h.model.status == StatusMessage("x"))
    }

    @Test func quitByQAndF10() {
        var h = AppHarness()
        h.send(.char("q"))
        #expect(h.quit)
        var h2 = AppHarness()
        h2.send(.function(10))
        #expect(h2.quit)
    }

    @Test func belowEightyByTwentyFourShowsOneClearLine() {
        let h = AppHarness()
        let lines = h.screen(width: 79, height: 24)
        let nonEmpty = lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(nonEmpty.count == 1)
        #expect(nonEmpty[0].contains("80×24"))
        #expect(nonEmpty[0].contains("79×24"))
    }

    @Test func titleAndTabsAtTheirColumns() {
        // Tabs are " N title " each: " 1 工作台 " is 1+1+1+6+1 = 10 columns, so " 2 申报受理 " starts
        // at column 10 and its title at 13. lines() skips continuation cells, so count by width.
        let lines = AppHarness().screen()
        #expect(lines[0].hasPrefix("盐城市市长质量奖 · 2026年度"))
        let tabs = lines[1]
        let prefix = tabs[tabs.startIndex..<tabs.range(of: "申报受理")!.lowerBound]
        #expect(displayWidth(String(prefix)) == 13)
    }

    @Test func englishDrawsEnglish() {
        let h = AppHarness(lang: .en)
        let text = h.screenText()
        #expect(text.contains("Yancheng Mayor's Quality Award"))
        #expect(text.contains("Dashboard"))
        #expect(!text.contains("工作台"))
    }

    @Test func reviewerCannotOpenOfficeScreens() {
        // 第二十条: a reviewer sees only their own panel; intake is the office's.
        var h = AppHarness(reviewer: "E001")
        h.send(.char("2"))
        #expect(h.model.screen == .dashboard)
        #expect(h.model.status?.text.contains("第二十条") == true)
        #expect(h.model.status == StatusMessage("评审专家只能查看本组申报组织和本人评分表（第二十条 保守秘密）", kind: .error))
        #expect(h.model.intake == IntakeScreenTests.opened) // the refused key changed nothing there
        h.send(.char("4"))
        #expect(h.model.screen == .scoring)
    }
}

/// At 80 columns the full tab row (90 columns in Chinese) does not fit; the compact row keeps all nine.
@Test func compactTabsKeepEveryScreenAt80Columns() {
    let lines = AppHarness().screen(width: 80, height: 24)
    for s in ["1工作台", "8设置", "9审计"] { #expect(lines[1].contains(s)) }
}
