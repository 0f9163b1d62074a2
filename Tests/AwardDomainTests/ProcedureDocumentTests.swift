import Foundation
import Testing
@testable import AwardDomain

/// docs/procedure.md is the table of `Procedure.conditions`, word for word: regenerate it with
/// `qaward procedure --format markdown > docs/procedure.md` when the table changes.
@Test func procedureDocumentMatchesTheTable() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let doc = try String(contentsOf: root.appendingPathComponent("docs/procedure.md"), encoding: .utf8)
    #expect(doc == Procedure.markdown(), "docs/procedure.md is out of date: run qaward procedure --format markdown > docs/procedure.md")
    // Every action kind is described, and every condition names its article.
    for k in ActionKind.allCases { #expect(doc.contains("\(k.name.zh) / \(k.name.en)")) }
    for c in Procedure.conditions { #expect(doc.contains("| \(c.code) | \(c.citation.zh) |")) }
}
