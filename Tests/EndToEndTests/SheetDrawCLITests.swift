import Foundation
import Testing

/// Only the sheets of the current members of a panel whose draw stands count (第十一条（三）), in
/// the real binary on the sample cycle: P2026-02's draw D2026-02-1 is voided and the panel drawn
/// again until an expert of the voided draw is drawn again; that expert scores afresh (the old
/// sheet was submitted, and would be locked); `rank` counts the new sheet only, and `sheets list`
/// shows the old one as not counted, with why; `audit verify` passes.
@Suite(.serialized) struct SheetDrawCLITests {
    @Test func aRedrawnExpertScoresAfreshAndOnlyTheNewSheetCounts() throws {
        let data = try Run.sampleDirectory()
        @discardableResult
        func q(_ args: [String]) throws -> Run {
            let r = try Run(["--data", data, "--lang", "en"] + args)
            #expect(r.status == 0, "qaward \(args.joined(separator: " ")) failed: \(r.stderr)")
            return r
        }
        func members(_ r: Run) throws -> [String] {
            let line = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("Current members: ") })
            return line.dropFirst("Current members: ".count).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        let voided = Set(try members(try q(["draw", "show", "D2026-02-1"])))
        try q(["draw", "void", "D2026-02-1", "--reason", "组员回避"])
        // Draw P2026-02 again until one of D2026-02-1's members is among the new ones (random seed).
        var n = 2
        var record = try q(["draw", "new", "--panel", "P2026-02", "--supervisor", "王纪检"])
        while voided.isDisjoint(with: try members(record)) && n < 40 {
            try q(["draw", "void", "D2026-02-\(n)", "--reason", "重新抽取"])
            n += 1
            record = try q(["draw", "new", "--panel", "P2026-02", "--supervisor", "王纪检"])
        }
        let shared = try #require(try members(record).first { voided.contains($0) })
        let draw = "D2026-02-\(n)"

        // Before the shared expert scores under the new draw, A2026-014 has no document score: the
        // old sheet, submitted under the voided draw, does not count for the new one.
        func documentScore() throws -> String? {
            let json = try JSONSerialization.jsonObject(with: Data(try q(["rank", "--stage", "document", "--format", "json"]).stdout.utf8)) as? [String: Any]
            let row = (json?["applicants"] as? [[String: Any]])?.first { $0["id"] as? String == "A2026-014" }
            return row?["document"] as? String
        }
        #expect(try documentScore() == nil)

        // The shared expert scores afresh: every item at 50 % → 1000 × 50 % = 500.00, the only
        // sheet counted, so A2026-014's D score is 500.00.
        var csv = "panel_id,application_id,expert_id,stage,item_id,percent\n"
        for item in try ReviewerPackagesE2ETests.rubricItems() { csv += "P2026-02,A2026-014,\(shared),D,\(item),50\n" }
        let file = Paths.temporaryDirectory().appendingPathComponent("fresh.csv")
        try csv.write(to: file, atomically: true, encoding: .utf8)
        try q(["import", "scores", file.path])
        let submitted = try q(["sheets", "submit", "D/A2026-014/\(shared)"])
        #expect(submitted.stdout.contains("submitted\tD/A2026-014/\(shared)"))
        #expect(try documentScore() == "500.00")

        // The listing shows both: the new one counted under the new draw, the old one not, and why.
        let list = try q(["sheets", "list", "--application", "A2026-014", "--stage", "D", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        let mine = rows.filter { $0["id"] as? String == "D/A2026-014/\(shared)" }
        #expect(mine.count == 2)
        #expect(mine.contains { $0["draw"] as? String == draw && $0["counts"] as? Bool == true && $0["status"] as? String == "submitted" })
        #expect(mine.contains { $0["draw"] as? String == "D2026-02-1" && $0["counts"] as? Bool == false
                && $0["why"] as? String == "draw D2026-02-1 voided" })
        // Every sheet of the voided draw is on record, none counted.
        #expect(rows.filter { $0["draw"] as? String == "D2026-02-1" }.count == voided.count)
        #expect(rows.filter { $0["counts"] as? Bool == true }.count == 1)
        let table = try Run(["--data", data, "sheets", "list", "--application", "A2026-014"])
        #expect(table.stdout.contains("D/A2026-014/\(shared)\tP2026-02\tD2026-02-1\t已提交\t不计分：抽取 D2026-02-1 已作废"))

        #expect(try q(["audit", "verify"]).stdout.contains("Audit check passed"))
    }
}
