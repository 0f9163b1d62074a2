import AwardDomain
import Foundation
import Testing
@testable import AwardApp

/// Every word a user reads is a typed `Phrase`, zh and en side by side (the screens' `…Text.swift`,
/// the domain's and the CLI's), so a missing word or a misspelt name is a compile error. These
/// tests check what the compiler cannot: that no side is empty, that the Chinese side is Chinese,
/// and that no enum's raw code reaches the screen (issue reports: `mayor / mayorNomination` and
/// `fraud 或 majorAccident` were once shown).
@Suite struct PhraseTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The literal `Phrase(zh: "…", en: "…")` pairs in Sources (those whose interpolations hold no
    /// quotes; the others are built from parts these tests see).
    static func literalPhrases() throws -> [(place: String, zh: String, en: String)] {
        let literal = #""((?:[^"\\\n]|\\.)*)""#
        let pattern = try NSRegularExpression(pattern: #"Phrase\(zh: "# + literal + #",\s*en: "# + literal + #"\)"#)
        let files = FileManager.default.enumerator(at: root.appendingPathComponent("Sources"), includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        var out: [(String, String, String)] = []
        for f in files {
            let text = try String(contentsOf: f, encoding: .utf8)
            for m in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let zh = String(text[Range(m.range(at: 1), in: text)!]), en = String(text[Range(m.range(at: 2), in: text)!])
                let line = text[..<Range(m.range, in: text)!.lowerBound].filter { $0 == "\n" }.count + 1
                out.append(("\(f.lastPathComponent):\(line)", zh, en))
            }
        }
        return out
    }

    /// (`Phrase.empty`, for an absent part of a sentence, is the one phrase with nothing on either side.)
    @Test func noPhraseHasAnEmptySide() throws {
        let phrases = try Self.literalPhrases()
        // The screens, the CLI and the documents hold well over a thousand of them: the scan found them.
        #expect(phrases.count > 1000)
        let empty = phrases.filter { ($0.zh.isEmpty || $0.en.isEmpty) && !($0.zh.isEmpty && $0.en.isEmpty && $0.place.hasPrefix("Text.swift:")) }.map(\.place)
        #expect(empty == [])
    }

    /// The Chinese side is not the English one left untranslated: a zh text with an English word
    /// and no Chinese character, or the same letters on both sides, is a forgotten translation.
    /// Codes, units and command lines are the same in both languages and are let through.
    @Test func theChineseSideIsChinese() throws {
        // Names of standards and formats, written the same in both languages.
        let same: Set<String> = ["GB/T 19001/ISO 9001"]
        func isCJK(_ s: Unicode.Scalar) -> Bool { (0x3000...0x9FFF).contains(s.value) || (0xFF00...0xFFEF).contains(s.value) }
        var suspects: [String] = []
        for p in try Self.literalPhrases() {
            // Interpolated values (ids, numbers, names) are data, not words.
            let words = p.zh.replacingOccurrences(of: #"\\\([^)]*\)"#, with: "", options: .regularExpression)
            let hasWord = words.range(of: "[A-Za-z]{3,}", options: .regularExpression) != nil
            let hasChinese = words.unicodeScalars.contains(where: isCJK)
            let isCommand = words.hasPrefix("qaward") || words.contains("YYYY")
            if hasWord && !hasChinese && !isCommand && !same.contains(words) { suspects.append("\(p.place): \(p.zh)") }
            if hasWord && p.zh == p.en && !isCommand && !same.contains(words) { suspects.append("\(p.place): same in both: \(p.zh)") }
        }
        #expect(suspects == [])
    }

    /// No raw code of an enum the user meets is on a screen: a Chinese screen shows none of them
    /// as a word, an English one no camelCase code (`mayorNomination`, `majorAccident`); the
    /// golden screens are every screen as first shown in both languages at both sizes.
    @Test func noEnumCodeOnTheGoldenScreens() throws {
        let codes: [String] = AwardTier.allCases.map(\.rawValue) + RevocationReason.allCases.map(\.rawValue)
            + ApplicationStatus.allCases.map(\.rawValue) + PublicityKind.allCases.map(\.rawValue)
            + ObjectionOutcome.allCases.map(\.rawValue) + MilestoneKind.allCases.map(\.rawValue)
            + PrizeTier.allCases.map(\.rawValue) + DecisionStep.allCases.map(\.rawValue)
            + SheetStatus.allCases.map(\.rawValue) + PublicityStatus.allCases.map(\.rawValue)
            + DeadlineStatus.allCases.map(\.rawValue) + CheckOutcome.allCases.map(\.rawValue)
            + County.allCases.map(\.rawValue) + RecommenderKind.allCases.map(\.rawValue)
            + FindingKind.allCases.map(\.rawValue) + StageScoreRule.allCases.map(\.rawValue)
            + ActionKind.allCases.map(\.rawValue) + RankingSort.allCases.map(\.rawValue)
            + SettingKey.allCases.flatMap { ($0.choices ?? []).map(\.value) } // the tokens `settings set` takes
        let folder = GoldenScreenTests.folder
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil).filter { $0.pathExtension == "txt" }
        #expect(files.count == ScreenID.allCases.count * 4)
        var found: [String] = []
        for f in files {
            let text = try String(contentsOf: f, encoding: .utf8)
            let zh = f.lastPathComponent.contains("-zh-")
            for code in Set(codes) where code.count >= 3 && (zh || code != code.lowercased()) {
                if text.range(of: #"(?<![A-Za-z])"# + code + #"(?![A-Za-z])"#, options: .regularExpression) != nil {
                    found.append("\(f.lastPathComponent): \(code)")
                }
            }
        }
        #expect(found.sorted() == [])
    }

    /// The English side uses English punctuation: no "：" after a label, no "（…）", no "；" or "、"
    /// between items (they were once joined onto English words on the scoring and intake screens).
    /// The curly quotes “…” are English too. One hint names the Chinese separators on purpose.
    @Test func theEnglishSideHasEnglishPunctuation() throws {
        let chinese = "：；（），。、"
        var suspects: [String] = []
        for p in try Self.literalPhrases() where !p.en.contains("(or ； 、)") {
            let words = p.en.replacingOccurrences(of: #"\\\([^)]*\)"#, with: "", options: .regularExpression)
            if words.contains(where: { chinese.contains($0) }) { suspects.append("\(p.place): \(p.en)") }
        }
        #expect(suspects == [])
        // The English golden screens (every screen, both sizes) show none of them either; the
        // fixture's data (names, notes) is Chinese but holds none of these marks.
        let files = try FileManager.default.contentsOfDirectory(at: GoldenScreenTests.folder, includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.contains("-en-") }
        #expect(files.count == ScreenID.allCases.count * 2)
        for f in files {
            let text = try String(contentsOf: f, encoding: .utf8)
            #expect(!text.contains(where: { chinese.contains($0) }), "\(f.lastPathComponent)")
        }
    }

    /// `t` shows a phrase in the language chosen at start.
    @Test func stringsShowTheChosenLanguage() {
        #expect(Strings(.zh)(.statusSavedChange) == "已保存")
        #expect(Strings(.en)(.statusSavedChange) == "Saved")
        #expect(Strings(.zh)(.rankingHeader(places: 3, invited: 5, shortlisted: 4, applicants: 9, sort: "资料评审"))
                == "名额 3 → 按1:1.5邀请 5 家 · 已入围 4 · 共 9 家 · 排序：资料评审")
    }
}
