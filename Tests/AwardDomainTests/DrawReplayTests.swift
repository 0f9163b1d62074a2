import Foundation
import Testing
@testable import AwardDomain

/// RULES.md §3: anyone can replay a draw from its record. A record made by the program is
/// exported as JSON and checked by scripts/replay-draw.py, written from docs/draw-algorithm.md
/// with the Python standard library only.
struct DrawReplayTests {
    static let python: String? = ["/usr/bin/python3", "/usr/local/bin/python3", "/opt/homebrew/bin/python3"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
        ?? (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }

    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs the script on `record`; returns its exit code and output.
    func replay(_ record: DrawRecord) throws -> (Int32, String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("draw-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try JSONEncoder().encode(record).write(to: file)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: DrawReplayTests.python!)
        p.arguments = [DrawReplayTests.repoRoot.appendingPathComponent("scripts/replay-draw.py").path, file.path]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// A production record with exclusions (C1 employed by O1, the applicant's grandparent) and a
    /// secure random seed replays OK; the same record with two drawn experts swapped does not.
    @Test(.enabled(if: python != nil, "python3 was not found: the independent replay of the draw was NOT run"))
    func pythonReplaysProductionRecord() throws {
        let data = DrawFixture.data(experts: 12, extra: [DrawFixture.expert("C1", employer: "O1"), DrawFixture.expert("专家甲")])
        let d = try DrawFixture.drawn(data, seed: DrawSeed.secure())
        let record = try #require(d.cycle.drawRecord("D1"))
        #expect(record.exclusions.map(\.expertID) == ["C1"])
        let (code, text) = try replay(record)
        #expect(code == 0 && text.trimmingCharacters(in: .whitespacesAndNewlines) == "OK", "\(text)")

        var tampered = record
        tampered.order.swapAt(1, 2)
        let (code2, text2) = try replay(tampered)
        #expect(code2 == 1 && text2.contains("DIFFERS order"), "\(text2)")
    }
}
