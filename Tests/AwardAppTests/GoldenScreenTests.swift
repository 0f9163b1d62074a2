import AwardDomain
import Foundation
import Testing
import TerminalUI
@testable import AwardApp

/// Every screen as a user first sees it, compared whole with the text in `Goldens/` at 80×24 and
/// 120×40 in Chinese and English (the sample 2026 cycle, 2026-03-20). A difference fails with the
/// changed lines; `QAWARD_RECORD_GOLDENS=1 swift test --filter GoldenScreenTests` writes the
/// files anew (then read the diff before committing them).
@Suite struct GoldenScreenTests {
    static let sizes = [(80, 24), (120, 40)]
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")
    static var recording: Bool { ProcessInfo.processInfo.environment["QAWARD_RECORD_GOLDENS"] == "1" }

    @Test(arguments: ScreenID.allCases, Language.allCases)
    func screenMatchesItsGolden(_ screen: ScreenID, _ lang: Language) throws {
        for (w, h) in Self.sizes {
            var harness = AppHarness(lang: lang, width: w, height: h)
            harness.send(screen.numberKey)
            try Self.compare(harness.screen(), name: "\(screen.name)-\(lang.rawValue)-\(w)x\(h)")
        }
    }

    /// Compares `lines` with the golden file of that name, or writes it when recording.
    static func compare(_ lines: [String], name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let text = lines.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }.joined(separator: "\n") + "\n"
        let file = folder.appendingPathComponent(name + ".txt")
        if recording {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
            return
        }
        guard let golden = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record(Comment(rawValue: "no golden \(file.path): run with QAWARD_RECORD_GOLDENS=1 to record it"), sourceLocation: sourceLocation)
            return
        }
        if golden != text {
            Issue.record(Comment(rawValue: "screen \(name) differs from its golden (- golden, + now):\n" + diff(golden, text)), sourceLocation: sourceLocation)
        }
    }

    /// The lines that differ, numbered, golden first.
    static func diff(_ a: String, _ b: String) -> String {
        let x = a.split(separator: "\n", omittingEmptySubsequences: false), y = b.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        for i in 0..<max(x.count, y.count) {
            let l = i < x.count ? String(x[i]) : nil, r = i < y.count ? String(y[i]) : nil
            guard l != r else { continue }
            if let l { out.append(String(format: "%3d - ", i + 1) + l) }
            if let r { out.append(String(format: "%3d + ", i + 1) + r) }
        }
        return out.joined(separator: "\n")
    }
}
