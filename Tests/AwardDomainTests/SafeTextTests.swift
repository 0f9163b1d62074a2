import Foundation
import Testing
@testable import AwardDomain

/// No input reaches the terminal: control characters (C0, DEL, C1) and text-direction controls
/// are refused in every text field, with the field named.
@Suite struct SafeTextTests {
    // The characters of the reproductions, each refused; ordinary Chinese and English
    // text, full-width punctuation and emoji pass.
    @Test func refusesControlAndBidiCharacters() {
        for s in ["\u{1B}]0;pwned\u{07}", "a\rb", "a\u{08}b", "a\u{0}b", "a\nb", "a\tb", "\u{7F}", "\u{85}", "\u{9B}2J",
                  "abc\u{202E}fdp.exe", "\u{2066}x", "\u{200F}", "\u{061C}"] {
            #expect(SafeText.firstRefused(s) != nil, "\(s.unicodeScalars.map { SafeText.name($0) })")
        }
        for s in ["盐城市某某机械有限公司, 总部", "Acme \"Ltd\"", "（含齿轮）、；", "👍🏽 é", ""] {
            #expect(SafeText.firstRefused(s) == nil, "\(s)")
        }
        // Free text (findings, notes, reasons) may hold line breaks; ids and names may not, and
        // nothing may hold CR or ESC.
        #expect(SafeText.firstRefused("流程图完整\n关键过程有测量", field: "text") == nil)
        #expect(SafeText.firstRefused("a\nb", field: "name") == "\n")
        #expect(SafeText.firstRefused("a\nb", field: "orgID") == "\n")
        #expect(SafeText.firstRefused("a\r\nb", field: "note") == "\r")
        #expect(SafeText.name("\u{1B}") == "U+001B")
        #expect(SafeText.name("\u{202E}") == "U+202E")
    }

    // An action is walked whole: a name deep inside an organization, a dictionary key, a list
    // element; the message names the place and the character.
    @Test func findsRefusedTextAnywhereInAnAction() {
        let org = Organization(id: "O1", name: "好公司\u{1B}[2J", creditCode: "91320900MA1M000011", county: .tinghu, established: Day("2015-05-01")!)
        let found = SafeText.firstRefused(in: Action.registry(.upsertOrganization(org)))
        #expect(found?.path.hasSuffix("name") == true)
        #expect(found?.scalar == "\u{1B}")
        var clean = org
        clean.name = "好公司"
        #expect(SafeText.firstRefused(in: Action.registry(.upsertOrganization(clean))) == nil)
        clean.sectors = []
        clean.industry = "a\u{202E}b"
        #expect(SafeText.firstRefused(in: Action.registry(.importOrganizations([clean, org])))?.path.contains("[0]") == true)
        #expect(SafeText.firstRefused(in: ["item\n1": "ok"]) != nil)
        #expect(throws: DomainError.self) { try SafeText.check(all: Action.registry(.upsertOrganization(org))) }
    }
}
