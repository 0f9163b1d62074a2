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

    /// Ranking at 80×24 in English cut its header to “sorted by document” and the tie at the cut
    /// to “t for the offic”, with nothing to say so: the office's next step was the part cut. Both
    /// now wrap whole above the list (the banner's empty row takes the header's second), and the
    /// selected applicant's rows under the list end in “…” where cut (Enter or v shows them).
    @Test func theRankingHeaderAndTieReadWholeAt80Columns() {
        var h = ScoringFixtures.harness(lang: .en, width: 80, height: 24)
        h.send(.char("6"))
        let lines = h.screen().map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines[2] == "2 places → 1:1.5 invites 3 · 2 shortlisted · 5 applicants · sorted by document")
        #expect(lines[3] == "review")
        #expect(lines[4] == "Tie at the cut: A2026-003, A2026-019 (650.00), places left: 1; t for the")
        #expect(lines[5] == "office to decide")
        #expect(lines[7].hasPrefix("Rank Appl. id"))
        // The list pages by the rows it has: 24 − 4 (title, tabs, status, keys) − 5 above − 1
        // table header − 6 detail = 8.
        #expect(h.model.ranking.listHeight(h.model) == 8)
        #expect(lines[16].hasSuffix("(needs all three stag…"))
        #expect(lines[17].hasSuffix("sd 68…"))
        // Without a tie (120 wide, the header on one row), the list starts where it did.
        var wide = ScoringFixtures.harness(lang: .en, width: 120, height: 40)
        wide.send(.char("6"))
        #expect(wide.screen()[5].hasPrefix("Rank Appl. id"))
    }

    /// Awards at 80×24: the places line was cut to “名额可少额或空缺（” in Chinese, and “Worked
    /// out from the proposed list: provisional until the city approves (Art. 1” in English, the
    /// article lost. A summary wraps whole above its table now, and the English sentence is
    /// shorter, so its article is not split over two rows.
    @Test func theAwardsSummariesReadWholeAt80Columns() {
        var zh = AppHarness(width: 80, height: 24)
        zh.send(.char("7"))
        let lines = zh.screen().map { $0.trimmingCharacters(in: .whitespaces) }
        #expect((lines[3] + lines[4]).hasSuffix("名额可少额或空缺（第三条）"))
        #expect(lines[5].hasPrefix("名次 申报编号"))
        var en = AppHarness(lang: .en, width: 80, height: 24)
        en.send(.char("7"), .tab, .tab)
        let budget = en.screen().map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(budget[4] == "From the proposed list: provisional until the city approves (Art. 11(8))")
    }

    /// The winners' table cut every award to “Yancheng Mayor's Qualit…” in English, at 120
    /// columns too, beside a name column with room to spare: the award is as wide as its
    /// longest name where the winners' names still fit (120), and shares the rest at 80.
    @Test func theWinnersAwardColumnReadsTheAward() {
        var wide = AppHarness(lang: .en, width: 120, height: 40)
        wide.send(.char("7"), .backTab)
        let text = wide.screenText()
        #expect(text.contains("Jiangsu Governor's Quality Award nomination"))
        #expect(text.contains("Yancheng Mayor's Quality Award "))
        #expect(!text.contains("Qualit…"))
        var narrow = AppHarness(lang: .en, width: 80, height: 24)
        narrow.send(.char("7"), .backTab)
        let lines = narrow.screen()
        #expect(lines.contains { $0.contains("盐城海瀚控股集团有限公司") && $0.contains("Yancheng Mayor's Quality Award ") })
        var zh = AppHarness(width: 80, height: 24)
        zh.send(.char("7"), .backTab)
        #expect(zh.screenText().contains("江苏省省长质量奖提名奖"))
    }

    /// Settings at 80×24 cut a long value with nothing to say so: “2026 (cycles in the
    /// directory: 2026; y switches,” read as if the sentence ended there. A cut value ends in “…”
    /// (Enter or v shows them all, as the row under the list says).
    @Test func aSettingCutEndsInAnEllipsis() {
        var h = AppHarness(lang: .en, width: 80, height: 24)
        h.send(.char("8"))
        let lines = h.screen().map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines[4].hasPrefix("Open cycle  2026 (cycles in the directory: 2026; y switches"))
        #expect(lines[4].hasSuffix("…"))
        #expect(lines.contains { $0.hasPrefix("Rubric  GB/T 19580-2012") && $0.hasSuffix("…") })
        #expect(lines[3] == "Data directory  /data")
    }

    /// The score grid at 80×24 cut its title to “… A2026-001 盐城海瀚新能” and the stage's
    /// aggregate to “sd 68.”, as if that were the value: a row cut under the grid ends in “…”
    /// (Enter or v shows the item whole).
    @Test func theScoreGridsRowsCutEndInAnEllipsis() {
        var h = ScoringFixtures.harness(lang: .en, width: 80, height: 24)
        h.openSheet("A2026-001", "E002")
        let lines = h.screen().map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines[2].hasPrefix("P2026-01 · document review · E002 李国平 · submitted · A2026-001"))
        #expect(lines[2].hasSuffix("…"))
        #expect(lines.contains { $0.hasPrefix("document review · in 5/5 · mean 791.00") && $0.hasSuffix("…") })
        #expect(!lines.contains { $0.hasSuffix("sd 68.") })
    }

    /// The Intake list cut every English county to “Tinghu Di…”, “Yancheng …”, at 120 columns
    /// too, and 盐城经济技术开发区 to “盐城经济…”: the County column shows the place in its 10
    /// columns (the column names the kind), whole in both languages; the forms keep full names.
    @Test func theIntakeCountyColumnReadsWhole() {
        for lang in Language.allCases {
            for (w, hgt) in [(80, 24), (120, 40)] {
                var h = AppHarness(lang: lang, width: w, height: hgt)
                h.send(.char("2"))
                let countyColumn = h.screen()[4...].compactMap { line -> String? in
                    guard line.hasPrefix("A2026-") else { return nil }
                    return line
                }
                #expect(!countyColumn.isEmpty)
                for line in countyColumn {
                    let county = h.model.derived.orgOfApplication[String(line.prefix(9))].map { h.model.t(.countyShort($0.county)) }
                    #expect(county.map { line.contains($0) } == true, "\(lang) \(w): \(line)")
                }
            }
        }
        var h = AppHarness(lang: .en, width: 120, height: 40)
        h.send(.char("2"))
        #expect(h.screen()[4].contains("Tinghu     eligible"))
        #expect(h.screen()[13].contains("ETDZ       submitted"))
        for c in County.allCases {
            #expect(displayWidth(Strings(.zh)(.countyShort(c))) <= 10 && displayWidth(Strings(.en)(.countyShort(c))) <= 10)
        }
    }

    /// The reviewer's dashboard put a space before a full-width bracket: “2026-04-22 （您是组长）”;
    /// Chinese brackets take no space, English ones do.
    @Test func theLeaderMarkIsPunctuatedInEachLanguage() {
        for (lang, mark) in [(Language.zh, "2026-04-22（您是组长）"), (.en, "2026-04-22 (you lead this panel)")] {
            var h = ScoringFixtures.harness(lang: lang, reviewer: "E002")
            h.send(.char("1"))
            #expect(h.screenText().contains(mark), "\(lang)")
        }
    }

    /// The expert pool's County column cut 盐城经济技术开发区 to “盐城经济…” and every English
    /// county as Intake did: it uses the same short form.
    @Test func theExpertPoolCountyColumnReadsWhole() {
        for (lang, row) in [(Language.zh, "盐城经开区"), (.en, "ETDZ")] {
            var h = AppHarness(lang: lang, width: 80, height: 24)
            h.send(.char("3"), .char("e"))
            let e010 = h.screen().first { $0.hasPrefix("E010") }
            #expect(e010?.contains(row + " ") == true, "\(lang)")
        }
    }

    /// With no publicity period in the cycle, o, u and c said “请先在列表中选择一个公示” (select
    /// one in the list), but the list had none to select: they say how to start one.
    @Test func theTimersKeysSayHowToStartAPeriodWhenThereIsNone() {
        for key in ["o", "u", "c"] {
            var h = AppHarness(width: 80, height: 24)
            h.send(.char("5"), .char(Character(key)))
            #expect(h.model.status == StatusMessage("本年度尚无公示：请先按 p 开始公示", kind: .error), "\(key)")
        }
        // With a period, a deadline selected still asks for a period.
        var h = TimersTests.startedPublic()
        h.send(.end, .char("o"))
        #expect(h.model.status == StatusMessage("请先在列表中选择一个公示", kind: .error))
    }

    /// Awards, Decision & publicity, with an empty list: d said “Select a row first”, with no
    /// row to select. It says why the list is empty, as the list does.
    @Test func anEmptyAwardsListSaysWhyAtItsKeys() {
        var h = AppHarness(lang: .en, width: 120, height: 40)
        h.send(.char("7"), .tab, .char("d"))
        #expect(h.model.status == StatusMessage("The proposed list is empty: finish scoring and the composite ranking first (Art. 11(6))", kind: .error))
        #expect(h.model.awards.form == nil)
    }

    /// Settings listed the calendar's years as “2023, 2024, 2025, 2026” in Chinese, with an
    /// English comma; an enumeration takes 、 in Chinese, “, ” in English, on every screen.
    @Test func theCalendarYearsAreEnumeratedInEachLanguage() {
        for (lang, years) in [(Language.zh, "工作日历年份  2023、2024、2025、2026"), (.en, "Calendar years  2023, 2024, 2025, 2026")] {
            var h = AppHarness(lang: lang, width: 120, height: 40)
            h.send(.char("8"))
            #expect(h.screen().contains { $0.contains(years) }, "\(lang)")
        }
    }

    /// The English tab row at 80 columns cut five titles to “1Dashb… 3Panel… 4Scori… 6Ranki…
    /// 8Setti…” though it was three columns too wide: every tab got an equal share. The longest
    /// give up columns first now, and the rest read whole. By hand: “1Dashboard ” 11, “2Intake ”
    /// 8, “3Panel draws ” 13, “4Scoring ” 9, “5Timers ” 8, “6Ranking ” 9, “7Awards ” 8,
    /// “8Settings ” 10, “9Audit ” 7 = 83; capped at 10 they take 79.
    @Test func theEnglishTabRowCutsOnlyItsLongestTitles() {
        var h = AppHarness(lang: .en, width: 80, height: 24)
        h.send(.char("1"))
        #expect(h.screen()[1].trimmingCharacters(in: .whitespaces) == "1Dashboa… 2Intake 3Panel d… 4Scoring 5Timers 6Ranking 7Awards 8Settings 9Audit")
        // Chinese fits whole in the compact row; 120 columns in the full row.
        var zh = AppHarness(width: 80, height: 24)
        zh.send(.char("1"))
        #expect(zh.screen()[1].hasPrefix("1工作台 2申报受理 3专家抽取"))
        var wide = AppHarness(lang: .en, width: 120, height: 40)
        wide.send(.char("1"))
        #expect(wide.screen()[1].hasPrefix(" 1 Dashboard  2 Intake  3 Panel draws "))
    }

    /// A deadline in a year the working-day calendar lacks read “no calend…” in the English
    /// status column (10 wide): the column is as wide as the longest status of the language.
    @Test func theDeadlineStatusColumnReadsWhole() {
        var data = AppHarness.sampleData()
        data.cycle.milestones.append(Milestone(id: "M01", kind: .qaDefence, date: Day("2027-01-05")!))
        for (lang, status) in [(Language.en, "no calendar"), (.zh, "缺工作日历")] {
            for (w, hgt) in [(80, 24), (120, 40)] {
                var h = AppHarness(lang: lang, data: data, today: Day("2026-12-28")!, width: w, height: hgt)
                h.send(.char("5"))
                let row = h.screen().first { $0.contains("2027-01-05") }
                #expect(row?.trimmingCharacters(in: .whitespaces).hasSuffix(status) == true, "\(lang) \(w): \(row ?? "")")
            }
        }
    }

    /// Panel draws at 80×24 in English, with no panel: the list said “(no panels yet: press n
    /// to make…”, the way out cut; it reads whole in the list's 31 columns now.
    @Test func anEmptyPanelListSaysHowToStartInEnglish() {
        var h = AppHarness(lang: .en, width: 80, height: 24)
        h.send(.char("3"))
        #expect(h.screen()[3].hasPrefix("(no panels yet: n makes one)  "))
    }

    /// Settings showed the theme as its file name, “主题  monochrome”, an English token on a
    /// Chinese screen: it is named in words, with the name `--theme` takes.
    @Test func theThemeIsNamedInWords() {
        var h = AppHarness(width: 120, height: 40)
        h.send(.char("8"))
        #expect(h.screen().contains { $0.contains("主题  单色（monochrome）") })
        var en = AppHarness(lang: .en, width: 120, height: 40)
        en.send(.char("8"))
        #expect(en.screen().contains { $0.contains("Theme  monochrome") })
    }

    /// The new-panel form asked for “comma-separated, e.g. A2026-001,A2026-002” and the
    /// publicity form for “e.g. A2026-001 A2026-002”, for the same list that both read the
    /// same way: one hint now, in both forms.
    @Test func bothApplicationListsHaveTheSameHint() {
        for lang in Language.allCases {
            let hint = Strings(lang)(.applicationsHint)
            var draw = AppHarness(lang: lang, width: 120, height: 40)
            draw.send(.char("3"), .char("n"))
            #expect(draw.screenText().contains(hint), "\(lang)")
            var timers = AppHarness(lang: lang, width: 120, height: 40)
            timers.send(.char("5"), .char("p"))
            #expect(timers.screenText().contains(hint), "\(lang)")
        }
    }

    /// The proposed list's header read “排名 … 奖金(元)”: ASCII brackets in Chinese, and the
    /// rank called 排名 where the ranking screen calls it 名次. Now “名次 … 奖金（元）”, whole
    /// (the column is as wide as its header).
    @Test func theProposedListsHeaderIsChineseThroughout() {
        for (w, hgt) in [(80, 24), (120, 40)] {
            var h = AppHarness(width: w, height: hgt)
            h.send(.char("7"))
            let header = h.screen().first { $0.contains("申报编号") }?.trimmingCharacters(in: .whitespaces)
            #expect(header?.hasPrefix("名次 申报编号") == true, "\(w)")
            #expect(header?.hasSuffix("奖金（元）") == true, "\(w)")
            h.send(.char("6"))
            #expect(h.screen().contains { $0.hasPrefix("名次 申报编号") })
        }
    }

    /// The export's format choice read “文本 (.txt)”, “Word 公文 (.docx)”: ASCII brackets in
    /// Chinese. Chinese labels take full-width brackets.
    @Test func theExportFormatsArePunctuatedInChinese() {
        for format in ExportFormat.allCases {
            let label = Strings(.zh)(format.label)
            #expect(!label.contains("(") && label.contains("（"), "\(label)")
        }
        var h = DrawScreenTests.drawn()
        h.send(.char("p"))
        #expect(h.screenText().contains("‹ 文本（.txt） ›"))
    }

    /// The eligibility panel cut each check's reason at the box's edge with nothing to say so:
    /// “✓ E3 Art. 10(3) Judged met by test at 2026-03-” read as a whole sentence. A reason cut
    /// ends in “…”, and Enter shows the application whole.
    @Test func anEligibilityReasonCutEndsInAnEllipsis() {
        var h = AppHarness(lang: .en, width: 120, height: 40)
        h.send(.char("2"))
        let e3 = h.screen().first { $0.contains("✓ E3 Art. 10(3)") }
        #expect(e3?.contains("Judged met by test at 2026-03…│") == true, "\(e3 ?? "")")
        var zh = AppHarness(width: 80, height: 24)
        zh.send(.char("2"))
        #expect(zh.screen().contains { $0.contains("✓ E1 第十条（一） 已签署拥护… │") })
    }

    /// Audit at 80×24 in English: the check's result under the filters was cut to “…; the
    /// chain is”, as if that were the verdict. The row ends in “…” where cut; the status line
    /// under the list says it whole.
    @Test func theAuditCheckRowCutEndsInAnEllipsis() {
        var h = AuditScreenTests.harness(lang: .en)
        h.model.viewport = (80, 24)
        h.send(.char("9"), .char("v"))
        let row = h.screen()[3].trimmingCharacters(in: .whitespaces)
        #expect(row.hasPrefix("Audit check passed: 3 journal entries and 3 data files checked"))
        #expect(row.hasSuffix("…"))
        #expect(h.model.status?.text.hasSuffix("the files match") == true)
    }

    /// The scoring bands (b) at 80×24 in English cut each band's meaning at the box's edge
    /// (“…; mostly r”, “…; impro”): the words a reviewer scores by. Each wraps under itself now.
    @Test func theBandsReadWholeAt80Columns() {
        var h = ScoringFixtures.harness(lang: .en, width: 80, height: 24)
        h.openSheet("A2026-001", "E002")
        h.send(.char("b"))
        let text = h.screen()
        #expect(text.contains { $0.contains("│ 10–25%   A systematic approach is beginning; little deployment; mostly ") })
        #expect(text.contains { $0.contains("│          reacting to problems ") })
        #expect(text.contains { $0.contains("│ 90–100%  Fully deployed without significant gaps; innovation-driven ") })
        #expect(text.contains { $0.contains("│          improvement; fully integrated, a benchmark ") })
    }

    /// s on an application already submitted said “An application cannot go from submitted to
    /// submitted” (申报状态不能从“已申报”改为“已申报”): it says the application is already so.
    @Test func markingSubmittedTwiceSaysItIsAlreadySubmitted() {
        for (lang, message) in [(Language.zh, "申报 A2026-020 已是“已申报”状态"), (.en, "Application A2026-020 is already submitted")] {
            var h = AppHarness(lang: lang, width: 80, height: 24)
            h.send(.char("2"), .end, .char("s"))
            #expect(h.model.status?.text == message, "\(lang)")
            #expect(h.committed.isEmpty)
        }
    }
}
