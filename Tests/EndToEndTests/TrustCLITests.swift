import AwardDomain
import AwardStore
import Foundation
import Testing

/// `qaward audit verify` / `audit log`, confidentiality of the files (第二十条), and a read-only
/// data directory, through the real binary.
@Suite struct TrustCLITests {
    struct Run { var status: Int32; var out: String; var err: String }

    static func run(_ args: [String], asUser uid: UInt32? = nil) throws -> Run {
        let p = Process()
        if let uid {
            // Root ignores permission bits: run as an ordinary user for the read-only case.
            p.executableURL = URL(fileURLWithPath: Tmux.which("setpriv") ?? "/usr/bin/setpriv")
            p.arguments = ["--reuid=\(uid)", "--regid=\(uid)", "--clear-groups", Paths.binary] + args
        } else {
            p.executableURL = URL(fileURLWithPath: Paths.binary)
            p.arguments = args
        }
        var env = ProcessInfo.processInfo.environment
        env["QAWARD_SAMPLE_DATA"] = Paths.packageRoot.appendingPathComponent("sample-data").path
        env["LANG"] = "C.UTF-8"
        env.removeValue(forKey: "LC_ALL")
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    /// A sample data directory in its own temp folder (removed by the caller).
    static func sample() throws -> (base: URL, data: URL) {
        let base = Paths.temporaryDirectory()
        let data = base.appendingPathComponent("data")
        let r = try run(["--data", data.path, "--operator", "王芳", "init", "--sample"])
        try #require(r.status == 0, "init failed: \(r.err)")
        return (base, data)
    }

    // The sample import journals 1 init entry + one entry per import action; the verifier and
    // the CLI must agree on the count, and all five files (registry, calendar, cycle, the two rubrics) match.
    @Test func verifyPassesAndCountsOnSampleData() throws {
        let (base, data) = try Self.sample()
        defer { try? FileManager.default.removeItem(at: base) }
        let expected = AuditVerifier.verify(directory: data)
        #expect(expected.isIntact && expected.filesChecked == 5)
        let r = try Self.run(["--data", data.path, "audit", "verify"])
        #expect(r.status == 0)
        #expect(r.out.contains("审计校验通过：已核对日志条目 \(expected.entriesChecked) 条、数据文件 5 个"), "\(r.out)")
        let en = try Self.run(["--data", data.path, "--lang", "en", "audit", "verify"])
        #expect(en.out.contains("Checked \(expected.entriesChecked) journal entries and 5 data files"))
    }

    // A byte changed in line 2 of the journal is named by line and seq; a data file edited
    // outside the program is named by file; both exit 1.
    @Test func verifyNamesWhatDoesNotMatch() throws {
        let (base, data) = try Self.sample()
        defer { try? FileManager.default.removeItem(at: base) }
        let journal = data.appendingPathComponent("journal.jsonl")
        let original = try Data(contentsOf: journal)
        var bytes = [UInt8](original)
        let secondLine = (bytes.firstIndex(of: 0x0A) ?? 0) + 1
        // Inside line 2, well before its hash: `{"action":…` — the 3rd byte is the `a` of action.
        bytes[secondLine + 2] = UInt8(ascii: "A")
        try Data(bytes).write(to: journal)
        let r = try Self.run(["--data", data.path, "audit", "verify"])
        #expect(r.status == 1)
        #expect(r.out.contains("审计校验未通过"))
        #expect(r.out.contains("日志 journal.jsonl 第 2 行"), "\(r.out)")
        try original.write(to: journal)

        let registry = data.appendingPathComponent("registry.json")
        let text = try String(contentsOf: registry, encoding: .utf8)
        try text.replacingOccurrences(of: "盐城海瀚控股集团有限公司", with: "盐城海瀚控股集团有限公司X").write(to: registry, atomically: false, encoding: .utf8)
        let r2 = try Self.run(["--data", data.path, "--lang", "en", "audit", "verify"])
        #expect(r2.status == 1)
        #expect(r2.out.contains("Data file registry.json: its content does not match the digest"), "\(r2.out)")
    }

    @Test func logListsFiltersAndPrintsJSON() throws {
        let (base, data) = try Self.sample()
        defer { try? FileManager.default.removeItem(at: base) }
        let r = try Self.run(["--data", data.path, "audit", "log"])
        #expect(r.status == 0)
        let lines = r.out.split(separator: "\n")
        #expect(lines.first?.contains("时间（北京时间）") == true)
        #expect(lines.count >= 3)
        #expect(lines[1].contains("建立数据目录（2026 年度）"))
        #expect(lines[1].contains("王芳"))
        #expect(r.out.contains("导入组织名录"))
        #expect(r.out.contains("导入申报：新增 20 个")) // the sample's 20 applications, one all-or-nothing import

        let none = try Self.run(["--data", data.path, "audit", "log", "--actor", "nobody-here"])
        #expect(none.out.contains("没有符合条件的条目"))
        let future = try Self.run(["--data", data.path, "audit", "log", "--since", "2199-01-01"])
        #expect(future.out.contains("没有符合条件的条目"))
        let bad = try Self.run(["--data", data.path, "audit", "log", "--since", "9999-12-31"])
        #expect(bad.status != 0)
        #expect(bad.err.contains("--since 的日期“9999-12-31”无效"))

        let json = try Self.run(["--data", data.path, "--lang", "en", "audit", "log", "--format", "json", "--actor", "王芳"])
        struct Row: Decodable { var seq: Int; var time: String; var actor: String; var summary: String; var hash: String }
        let rows = try JSONDecoder().decode([Row].self, from: Data(json.out.utf8))
        #expect(rows.first?.seq == 1)
        #expect(rows.first?.summary == "Made the data directory (cycle 2026)")
        #expect(rows.map(\.seq) == rows.map(\.seq).sorted())
        #expect(rows.allSatisfy { $0.time.hasSuffix("+08:00") && $0.actor == "王芳" && $0.hash.count == 64 })
    }

    // 第二十条: data files 0600, folders 0700. A loosened mode is put back by the first command
    // that touches the directory, which says what it changed.
    @Test func loosenedPermissionsAreFixedAndReported() throws {
        let (base, data) = try Self.sample()
        defer { try? FileManager.default.removeItem(at: base) }
        let registry = data.appendingPathComponent("registry.json").path
        let cycles = data.appendingPathComponent("cycles").path
        #expect(Self.mode(registry) == 0o600 && Self.mode(cycles) == 0o700 && Self.mode(data.path) == 0o700)
        chmod(registry, 0o644)
        chmod(cycles, 0o755)
        let r = try Self.run(["--data", data.path, "audit", "verify"])
        #expect(r.status == 0)
        #expect(r.err.contains("权限过宽，已改为仅本人可读写（评审资料须保密，第二十条）"), "\(r.err)")
        #expect(r.err.contains("registry.json") && r.err.contains("cycles"))
        #expect(Self.mode(registry) == 0o600 && Self.mode(cycles) == 0o700)
        let again = try Self.run(["--data", data.path, "audit", "verify"])
        #expect(!again.err.contains("权限过宽"))
    }

    static func mode(_ path: String) -> mode_t {
        var st = stat()
        return stat(path, &st) == 0 ? st.st_mode & 0o777 : 0
    }

    // A data directory the user cannot write to: the change is refused with a message saying
    // why and that what was saved is unaffected; every byte is as before and the chain intact.
    // Root ignores permission bits, so as root the binary runs as user nobody (setpriv); without
    // setpriv the case is skipped with a message (the store's injected EROFS/ENOSPC tests cover it).
    @Test func readOnlyDirectoryLosesNothing() throws {
        let asRoot = geteuid() == 0
        if asRoot && Tmux.which("setpriv") == nil {
            print("skipped: running as root without setpriv, so a read-only directory cannot be made (root ignores permission bits)")
            return
        }
        let (base, data) = try Self.sample()
        defer {
            try? FileManager.default.removeItem(at: base)
        }
        let names = ["registry.json", "calendar.json", "cycles/2026.json", "journal.jsonl"]
        let before = names.map { (try? Data(contentsOf: data.appendingPathComponent($0))) ?? Data() }
        let nobody: UInt32 = 65534
        let folders = [data, data.appendingPathComponent("cycles"), data.appendingPathComponent("history"), data.appendingPathComponent("rubrics")]
        if asRoot {
            chmod(base.path, 0o755)
            let all = (FileManager.default.enumerator(atPath: data.path)?.compactMap { $0 as? String } ?? []).map { data.appendingPathComponent($0).path }
            for p in [data.path] + all { chown(p, nobody, nobody) }
        }
        for f in folders { chmod(f.path, 0o500) }
        let r = try Self.run(["--data", data.path, "--operator", "王芳", "stress", "--changes", "1"], asUser: asRoot ? nobody : nil)
        for f in folders { chmod(f.path, 0o700) }
        if asRoot {
            let all = (FileManager.default.enumerator(atPath: data.path)?.compactMap { $0 as? String } ?? []).map { data.appendingPathComponent($0).path }
            for p in [data.path] + all { chown(p, 0, 0) }
        }
        #expect(r.status == 1)
        #expect(r.err.contains("没有权限"), "\(r.err)")
        #expect(r.err.contains("已保存的数据未受影响"), "\(r.err)")
        #expect(!r.out.contains("ack"))
        let after = names.map { (try? Data(contentsOf: data.appendingPathComponent($0))) ?? Data() }
        for (i, n) in names.enumerated() { #expect(after[i] == before[i], "\(n) changed") }
        #expect(AuditVerifier.verify(directory: data).isIntact)
    }
}
