import AwardDomain
import Testing
import TerminalUI
@testable import AwardApp

/// A setting that is one of a few (the aggregation, the stage score, the issuer of the results)
/// is chosen from a list in words and shown in words: the token `qaward settings set` takes
/// (`trimmed-mean`, `city-government`) never reaches the screen.
@Suite struct SettingsChoiceTests {
    /// 第十一条（三）'s aggregation, before any Q&A sheet exists (the fixture on 2026-03-20): →
    /// moves 均值 to 去掉最高最低分后的均值, Enter saves the cycle's settings with the extremes
    /// trimmed, and the screen reads the new value in words.
    @Test func theAggregationIsChosenFromAListInWords() throws {
        var h = AppHarness(width: 120, height: 40)
        h.send(.char("8"))
        #expect(h.screenText().contains("计分办法  均值"))
        #expect(!h.screenText().contains("（mean）"))
        h.send(.char("e"))
        let field = try #require(h.model.settings.modal?.fields.first { $0.name == .setting(.aggregation) })
        #expect(field.kind == .choice([Choice(value: "mean", label: Phrase(zh: "均值", en: "the sheets' mean")),
                                       Choice(value: "trimmed-mean", label: Phrase(zh: "去掉最高最低分后的均值", en: "trimmed mean"))]))
        #expect(field.chosen?.value == "mean")
        let aggregation = SettingKey.allCases.firstIndex(of: .aggregation)!
        for _ in 0..<aggregation { h.send(.tab) }
        h.send(.right)
        #expect(h.screenText().contains("‹ 去掉最高最低分后的均值 ›"))
        h.send(.enter)
        var settings = AppHarness.sampleData().cycle.settings
        settings.scoring.trimExtremes = true
        #expect(h.committed == [.intake(.updateCycleSettings(settings))])
        #expect(h.model.settings.modal == nil)
        #expect(h.screenText().contains("计分办法  去掉最高最低分后的均值"))
    }

    /// The issuer of the results in English: "the office", never "(office)".
    @Test func theIssuerReadsInWordsInEnglish() {
        var h = AppHarness(lang: .en, width: 120, height: 40)
        h.send(.char("8"))
        let text = h.screenText()
        #expect(text.contains("Issuer of the results  the office"))
        #expect(!text.contains("(office)"))
        #expect(!text.contains("(mean)"))
    }
}
