import AwardDomain
import AwardStore
import Foundation
import Testing

/// Through the real binary: text from older files is escaped before it reaches the terminal,
/// `--operator` and imports refuse control characters, and `audit head` / `audit verify --anchor`.
@Suite struct TrustInputCLITests {
    static let hostile = "好公司\u{1B}]0;pwned\u{07}\u{1B}[2J\u{202E}"

    // A directory whose registry holds an organization named with escape sequences, as a file
    // written before input was checked would (made through `initialize`, so the journal vouches
    // for it). Every command's output shows the characters escaped: no ESC, BEL or RLO byte.
    @Test func outputEscapesControlCharactersFromOlderFiles() throws {
        let base = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: base) }
        let data = base.appendingPathComponent("data")
        let org = Organization(id: "O1", name: Self.hostile, creditCode: "91320900MA1M000011", county: .tinghu, established: Day("2015-05-01")!)
        var cycle = Cycle(year: 2026)
        cycle.applications = [Application(id: "A2026-1", orgID: "O1")]
        try Store.initialize(directory: data, year: 2026, registry: Registry(organizations: [org]), cycle: cycle)
        for args in [["eligibility"], ["audit", "log"], ["audit", "verify"]] {
            let r = try TrustCLITests.run(["--data", data.path] + args)
            for bad in ["\u{1B}", "\u{07}", "\u{202E}"] {
                #expect(!r.out.contains(bad) && !r.err.contains(bad), "\(args): \(bad.unicodeScalars.first!.value) reached the terminal")
            }
            if args == ["eligibility"] { #expect(r.out.contains("好公司\\u{1B}]0;pwned\\u{7}"), "\(r.out)") }
        }
    }

    // `--operator` with a newline (which forged rows in `audit log`) is refused, nothing written;
    // an organizations file with ESC in a name is refused naming its row and column.
    @Test func operatorAndImportsRefuseControlCharacters() throws {
        let (base, data) = try TrustCLITests.sample()
        defer { try? FileManager.default.removeItem(at: base) }
        let journal = try Data(contentsOf: data.appendingPathComponent("journal.jsonl"))
        let op = try TrustCLITests.run(["--data", data.path, "--lang", "en", "--operator", "王芳\n  99  2026-03-02 09:00:01  x", "deadlines"])
        #expect(op.status != 0)
        #expect(op.err.contains("--operator") && op.err.contains("U+000A"), "\(op.err)")
        let csv = base.appendingPathComponent("orgs.csv")
        try Data("编号,名称,统一社会信用代码,法人资格,所在县区,市内注册,成立日期\nO9001,坏\u{1B}[2J公司,91320900MA1M000011,是,亭湖区,是,2015-06-18\n".utf8).write(to: csv)
        let imp = try TrustCLITests.run(["--data", data.path, "import", "orgs", csv.path])
        #expect(imp.status != 0)
        #expect((imp.out + imp.err).contains("第2行，“名称”列"), "\(imp.out)\(imp.err)")
        #expect(try Data(contentsOf: data.appendingPathComponent("journal.jsonl")) == journal)
    }

    // `audit head` prints the head; after the journal is cut back one entry, verify with the
    // kept anchor fails (exit 1) and says the journal ends before it.
    @Test func headAndAnchorThroughTheBinary() throws {
        let (base, data) = try TrustCLITests.sample()
        defer { try? FileManager.default.removeItem(at: base) }
        let short = try TrustCLITests.run(["--data", data.path, "audit", "head", "--short"]).out.trimmingCharacters(in: .whitespacesAndNewlines)
        let head = try #require(JournalAnchor(short))
        let json = try TrustCLITests.run(["--data", data.path, "audit", "head", "--format", "json"]).out
        #expect(json.contains("\"seq\" : \(head.seq)"))
        #expect(try TrustCLITests.run(["--data", data.path, "audit", "verify", "--anchor", short]).status == 0)
        let url = data.appendingPathComponent("journal.jsonl")
        let lines = try Data(contentsOf: url).split(separator: 0x0A)
        try lines.dropLast().reduce(Data()) { $0 + $1 + Data([0x0A]) }.write(to: url)
        let r = try TrustCLITests.run(["--data", data.path, "--lang", "en", "audit", "verify", "--anchor", short])
        #expect(r.status == 1)
        #expect(r.out.contains("Anchor \(short)") && r.out.contains("has no entry \(head.seq)"), "\(r.out)")
    }
}
