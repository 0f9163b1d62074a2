import AwardDomain
import Foundation
import Testing
import TerminalUI
@testable import AwardApp

/// The words a user reads on the screens: each test names what a user saw before and checks
/// the line at the size and in the language where it was wrong (the sample 2026 cycle, today
/// 2026-03-20).
@Suite struct ScreenWordsTests {
    /// A deadline of the cycle whose date has not come read “未开始” (not started) on the
    /// dashboard and the timers board, though the application period was 88% through: a date
    /// that is still ahead is “未到期” (第三条 sets the dates; the board counts down to them).
    @Test func aDeadlineStillAheadIsNotYetDueInChinese() {
        var h = AppHarness(width: 80, height: 24)
        h.send(.char("1"))
        let row = h.screen().first { $0.contains("申报截止 · 2026年度") }
        #expect(row?.trimmingCharacters(in: .whitespaces).hasSuffix("88%     未到期") == true)
        #expect(!h.screenText().contains("未开始"))
        h.send(.char("5"))
        #expect(h.screen()[4].trimmingCharacters(in: .whitespaces).hasSuffix("88%     未到期"))
        #expect(!h.screenText().contains("未开始"))
    }

    /// The scoring screen sent the user to “Expert draw”, a tab that does not exist: the tab is
    /// “Panel draws” (3), as the tab row and the help name it.
    @Test func scoringNamesTheDrawTabAsTheTabRowDoes() {
        var h = AppHarness(lang: .en, width: 120, height: 40)
        h.send(.char("4"))
        #expect(h.screen()[4].contains("form the panels under Panel draws (3) first"))
        #expect(h.screen()[1].contains("3 Panel draws"))
    }

    /// The timers board said “截至 2026-03-20（Asia/Shanghai）”, a time-zone code in a Chinese
    /// sentence; the audit screen says 北京时间 / UTC+8 for the same clock.
    @Test func theTimersBoardNamesItsClockAsTheAuditDoes() {
        for (lang, line, audit) in [(Language.zh, "截至 2026-03-20（北京时间）", "时间（北京时间）"), (.en, "As of 2026-03-20 (UTC+8)", "Time (UTC+8)")] {
            var h = AppHarness(lang: lang, width: 80, height: 24)
            h.send(.char("5"))
            #expect(h.screen()[2].trimmingCharacters(in: .whitespaces) == line)
            #expect(!h.screenText().contains("Asia/Shanghai"))
            h.send(.char("9"))
            #expect(h.screen()[4].contains(audit))
        }
    }

    /// The English help bar capitalised the keys of some screens and not others: “v Verify
    /// a Filter by operator” on Audit, “s Sort” on Ranking, “Enter Open” on Scoring, “Enter/^S
    /// Save  Esc Cancel” in every form, beside “F1/? help  F10/q quit” and Intake's “/ search”.
    /// Every key's words now start lower-case, as the shell's own do.
    @Test func everyEnglishKeyStartsLowerCase() {
        let expected: [(String, String)] = [
            ("9", "F1/? help  F10/q quit  v verify  a filter by operator  d filter by start day  c clear filters  r reload"),
            ("6", "F1/? help  F10/q quit  s sort  t decide tie  e export ranking  r export report"),
            ("4", "F1/? help  F10/q quit  Enter open  h deliberate  g stage  m progress"),
        ]
        for (key, bar) in expected {
            var h = AppHarness(lang: .en, width: 120, height: 40)
            h.send(.char(Character(key)))
            #expect(h.screen()[39].trimmingCharacters(in: .whitespaces) == bar)
        }
        var h = AppHarness(lang: .en, width: 120, height: 40)
        h.send(.char("2"), .char("a"))
        #expect(h.screen()[39].trimmingCharacters(in: .whitespaces) == "F1/? help  F10/q quit  Enter/^S save  Esc cancel")
        // The help overlay: every text of every screen, the keys' own words lower-case (a
        // screen's title, a name, is the only capital).
        for id in ScreenID.allCases {
            var h = AppHarness(lang: .en, width: 120, height: 40)
            h.send(id.numberKey)
            let titles = Set(ScreenID.allCases.map { h.model.t(ScreenRegistry.standard.type(of: $0)!.title) })
            for b in h.model.keyMap().reachable where !titles.contains(b.help) {
                #expect(b.help.first?.isUppercase == false, "\(id.name): \(b.help)")
            }
        }
    }

    /// The help put a key's reason in ASCII brackets after its words: “恢复申报 (所选申报未撤回，无需
    /// 恢复)” in Chinese, and “reinstate (The selected application is not withdrawn)” in English,
    /// a capital inside brackets. The reason is now the row under the key's words, dim.
    @Test func theHelpSaysWhyAKeyIsOffOnTheRowUnderIt() {
        for (lang, words, reason) in [(Language.zh, "恢复申报", "所选申报未撤回，无需恢复"), (.en, "reinstate", "The selected application is not withdrawn")] {
            var h = AppHarness(lang: lang, width: 80, height: 24)
            h.send(.char("2"), .char("?"))
            let lines = h.screen()
            let row = lines.firstIndex { $0.contains("│ r ") }
            #expect(row.map { lines[$0].contains(words + " ") && !lines[$0].contains("(") } == true, "\(lang)")
            #expect(row.map { lines[$0 + 1].contains(reason) && !lines[$0 + 1].contains("(") } == true, "\(lang)")
        }
    }
}
