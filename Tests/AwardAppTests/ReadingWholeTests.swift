import AwardDomain
import Testing
import TerminalUI
@testable import AwardApp

/// What is cut can be read: a long message in the status line, the Intake filters, a form taller
/// than the screen with the store's refusal under it, and English punctuation on English screens.
@Suite struct ReadingWholeTests {
    /// A message longer than the status row wraps upward over the screen's last rows, whole, at
    /// 80×24; the next key takes it away and the screen is as before.
    @Test func aLongMessageIsReadWholeAt80Columns() {
        var h = ScoringFixtures.harness(width: 80, height: 24)
        h.send(.char("3"))
        let before = h.screen()
        // The fixture's P2026-01 is drawn: `d` is refused with the article (第十一条（三）).
        h.send(.char("d"))
        let message = "该评审组已有有效抽取 D2026-01-1；如需重抽，请先按 x 作废并说明理由（第十一条（三））"
        #expect(h.model.status == StatusMessage(message, kind: .error))
        let lines = h.screen()
        // 87 columns of text (CJK counts two) do not fit in 79: two rows, above the key bar.
        let shown = lines[21...22].map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        #expect(shown == message)
        #expect(lines[20] == before[20])
        #expect(lines[23] == before[23])
        // The next key takes it away; a message that fits shares the row with the directory.
        h.send(.down)
        #expect(h.screen()[21] == before[21])
    }

    /// While a form has the keys (`v` types a letter there), a long message is still read whole.
    @Test func aLongMessageIsReadWholeWhileAFormIsOpen() {
        var h = AppHarness(width: 80, height: 24)
        h.send(.char("2"), .char("a"))
        #expect(h.model.intake.capturesText)
        let message = String(repeating: "申报材料应在截止日前提交，", count: 4) + "（第十一条（一））"
        _ = h.model.applyShellEffects([.error(message)])
        let lines = h.screen()
        // 4 × 26 + 18 = 122 columns: two rows of at most 79.
        let shown = lines[21...22].map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        #expect(shown == message)
    }

    /// The Intake filter line names both filters whole in English at 80 columns (it was cut to
    /// "county: al" beside the search box).
    @Test func theIntakeFiltersReadWholeInEnglish() {
        var h = AppHarness(lang: .en, width: 80, height: 24)
        h.send(.char("2"))
        let line = h.screen()[2]
        #expect(line.contains("status: all · county: all"))
        #expect(line.contains("Search/"))
    }

    /// A form taller than its area with a refusal under it: the refusal has rows of its own and
    /// the fields scroll above it, the focused (last) one in view.
    @Test func aRefusalDoesNotCoverTheFieldsOfATallForm() {
        let fields = (1...12).map { ModalField($0, Phrase(zh: "字段\($0)", en: "Field \($0)"), .text(maxLength: 20, required: false), text: "v\($0)") }
        var m = Modal(title: Phrase(zh: "表单", en: "Form"), fields: fields)
        m.focus = 11
        m.refusal = Phrase(zh: "拒绝", en: String(repeating: "refused ", count: 12) + "end")
        var buf = Buffer(width: 80, height: 12)
        _ = m.render(Strings(.en), theme: .monochrome, into: &buf, area: Rect(x: 0, y: 0, width: 80, height: 12))
        let lines = buf.lines()
        // Box rows 0 and 11 are borders; the refusal (99 columns wrapped at 74) takes rows 9–10;
        // 8 rows remain, so fields 5–12 show on rows 1–8 with the focused Field 12 last.
        #expect(lines[1].contains("Field 5") && lines[1].contains("v5"))
        #expect(lines[8].contains("Field 12") && lines[8].contains("v12"))
        #expect(lines[9].contains("refused refused"))
        #expect(lines[10].contains("end"))
        #expect(!lines.joined().contains("Field 4 "))
    }

    /// The help lists every key whole: a long text wraps under itself, and a list taller than
    /// the screen scrolls with ↑↓/PgUp/PgDn (it ended in a bare "…" at 80×24 before).
    @Test func theHelpWrapsAndScrollsAt80x24() {
        var h = ScoringFixtures.harness(lang: .en, width: 80, height: 24)
        h.openSheet("A2026-003", "E033")
        h.send(.char("?"))
        let top = h.screen()
        // A key the sheet cannot use now has its reason under it, without brackets around a
        // sentence that ends in its own (it read "(On-site sheets only (Art. 11(5)))").
        let confirm = top.firstIndex { $0.contains("y ") && $0.contains("confirm a document-review finding") }
        #expect(confirm.map { top[$0 + 1].contains("On-site sheets only (Art. 11(5))") } == true)
        #expect(!top.contains { $0.contains("(On-site") })
        #expect(top.contains { $0.contains("any other key closes") })
        #expect(!top.contains { $0.contains("9/F9") })
        h.send(.pageDown)
        #expect(h.model.helpVisible)
        let bottom = h.screen()
        #expect(bottom.contains { $0.contains("9/F9") && $0.contains("Audit") })
        #expect(bottom.contains { $0.contains("show in full") })
        // The end holds: more PgDn stays on the last page, and one ↑ moves up at once.
        h.send(.pageDown, .pageDown, .down)
        #expect(h.screen() == bottom)
        h.send(.up)
        #expect(h.screen() != bottom)
        #expect(h.screen().contains { $0.contains("9/F9") })
        // Any other key closes it and does nothing else.
        let sheet = h.model.scoring
        h.send(.char("s"))
        #expect(!h.model.helpVisible)
        #expect(h.model.scoring == sheet)
    }

    /// The finding under the score grid reads "strength: …" in English and "优势：…" in Chinese:
    /// the label separator is the language's own.
    @Test func aFindingUnderTheGridUsesTheLanguagesPunctuation() {
        for (lang, label) in [(Language.en, "strength: method"), (.zh, "优势：method")] {
            var h = ScoringFixtures.harness(lang: lang)
            h.openSheet("A2026-003", "E033")
            h.type("80")
            h.send(.char("a"))
            h.type("method")
            h.send(.enter, .enter)
            let text = h.screenText()
            #expect(text.contains(label), "\(lang)")
            if lang == .en { #expect(!text.contains("：")) }
        }
    }
}
