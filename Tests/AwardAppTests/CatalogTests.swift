import Foundation
import Testing
@testable import AwardApp

/// Every UI string lives in one catalog per language; both must have the same keys.
@Suite struct CatalogTests {
    @Test func catalogsHaveTheSameKeys() {
        let zh = Set(zhCatalog.keys), en = Set(enCatalog.keys)
        #expect(zh.subtracting(en).sorted() == [])
        #expect(en.subtracting(zh).sorted() == [])
    }

    @Test func everyLiteralKeyUsedInTheSourcesExists() throws {
        // Scan Sources/AwardApp for t("…") with a literal key; each must be in the catalog.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let dir = root.appendingPathComponent("Sources/AwardApp")
        let files = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)!.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "swift" }
        let pattern = try NSRegularExpression(pattern: #"\bt\("([a-zA-Z0-9_.]+)""#)
        var missing: [String] = []
        for f in files {
            let text = try String(contentsOf: f, encoding: .utf8)
            for m in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let key = String(text[Range(m.range(at: 1), in: text)!])
                if zhCatalog[key] == nil { missing.append("\(f.lastPathComponent): \(key)") }
            }
        }
        #expect(missing == [])
    }
}
