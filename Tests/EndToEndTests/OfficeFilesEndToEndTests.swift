import Foundation
import Testing

/// Every Word and Excel file qaward writes, opened by independent readers: `scripts/check_office.py`
/// with python-docx and openpyxl checks the text, the tables and borders, the GB/T 9704 page
/// (A4, 37/35/28/26 mm, 28.95 pt grid), the fonts named, page numbers, frozen headers, codes as
/// text cells, numbers as numbers, dates as dates and no formulas. Fails (never skips) when
/// python3 or the modules are missing: `.ci/run` installs them.
///
/// The directory goes through the whole award as in AwardsCommandTests: A2026-001 (O0003,
/// 盐城海瀚新能源科技有限公司) wins the award, A2026-014 the nomination; approved 2026-06-29
/// (盐政复〔2026〕18号), published 2026-07-03; O0003's award revoked 2026-09-15 for fraud
/// (第十四条, 盐政复〔2026〕40号).
@Suite struct OfficeFilesEndToEndTests {
    func qaward(_ dir: URL, _ args: String...) throws -> Run {
        let r = try Run(["--data", dir.path] + args)
        #expect(r.status == 0, "qaward \(args.joined(separator: " ")): \(r.stderr)")
        return r
    }

    struct Entry: Encodable {
        var path: String
        var texts: [String] = []
        var headers: [String]? = nil
        var code: [String] = []
        var number: [String] = []
        var date: [String] = []
        var dated = false
        var issuer: String? = nil
    }

    @Test func everyDocumentAndTableOpensInPythonDocxAndOpenpyxl() throws {
        let root = Paths.temporaryDirectory()
        let dir = root.appendingPathComponent("data")
        let out = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        func file(_ name: String) -> String { out.appendingPathComponent(name).path }
        #expect(try Run(["--data", dir.path, "init", "--sample"]).status == 0)
        _ = try qaward(dir, "demo-scores")
        _ = try qaward(dir, "places", "--award", "1", "--nomination", "1", "--note", "委员会办公室会议纪要")
        for id in ["A2026-001", "A2026-014"] { _ = try qaward(dir, "--today", "2026-06-18", "decide", "--application", id, "--meeting", "2026-06-18") }
        _ = try qaward(dir, "--today", "2026-06-22", "publicize", "--start", "2026-06-22")
        _ = try qaward(dir, "approve", "--document", "盐政复〔2026〕18号", "--date", "2026-06-29")
        _ = try qaward(dir, "publish-award", "--date", "2026-07-03")
        // The office's contact on the notice (第十一条（七）) and the city government as the results' issuer.
        for (key, value) in [("contact-person", "王敏"), ("telephone", "0515-88880000"), ("email", "zlfz@yancheng.gov.cn"),
                             ("address", "盐城市亭湖区世纪大道1号"), ("results-issuer", "city-government")] {
            _ = try qaward(dir, "settings", "set", key, value)
        }
        _ = try qaward(dir, "--today", "2026-07-10", "publish", "notice", "--format", "docx", "--out", file("notice.docx"))
        _ = try qaward(dir, "--today", "2026-07-10", "publish", "results", "--format", "docx", "--out", file("results.docx"))
        _ = try qaward(dir, "--today", "2026-09-15", "revoke", "--org", "O0003", "--year", "2026", "--tier", "mayor",
                       "--date", "2026-09-15", "--reason", "fraud", "--approval", "盐政复〔2026〕40号")
        let publish: [(String, [String])] = [
            ("payments.docx", ["publish", "payments", "--format", "docx"]), ("payments.xlsx", ["publish", "payments", "--format", "xlsx"]),
            ("revocation.docx", ["publish", "revocation", "--award", "O0003:2026", "--format", "docx"]),
            ("report.docx", ["publish", "report", "--application", "A2026-001", "--format", "docx"]),
            ("draw.docx", ["draw", "show", "D2026-01-1", "--format", "docx"]),
            ("rank.xlsx", ["rank", "--format", "xlsx"]), ("rank.docx", ["rank", "--format", "docx"]),
            ("shortlist.xlsx", ["shortlist", "--format", "xlsx"]), ("recommend.xlsx", ["recommend", "--format", "xlsx"]),
            ("deadlines.xlsx", ["deadlines", "--format", "xlsx"]), ("eligibility.xlsx", ["eligibility", "--format", "xlsx"]),
            ("audit.xlsx", ["audit", "log", "--format", "xlsx"]), ("progress.xlsx", ["scores", "progress", "--stage", "document", "--format", "xlsx"]),
            ("document-review.docx", ["report", "document-review", "--application", "A2026-001", "--format", "docx"]),
            ("composite.docx", ["report", "composite", "--format", "docx"]),
        ]
        for (name, args) in publish { _ = try Run(["--data", dir.path, "--today", "2026-09-16"] + args + ["--out", file(name)]) }
        for kind in ["orgs", "records", "awards", "applications", "experts", "scores", "findings"] { _ = try qaward(dir, "export", kind, file("\(kind).xlsx")) }

        // Word and Excel go to a file, never to the terminal.
        let noOut = try Run(["--data", dir.path, "rank", "--format", "xlsx"])
        #expect(noOut.status == 1 && noOut.stderr.contains("--format xlsx 需要 --out 文件名"))

        // Files for the office, not the world (第二十条): 0600.
        let mode = try FileManager.default.attributesOfItem(atPath: file("payments.xlsx"))[.posixPermissions] as? Int
        #expect(mode == 0o600)

        let code = "统一社会信用代码"
        let manifest: [Entry] = [
            Entry(path: file("notice.docx"), texts: ["2026年度盐城市市长质量奖获奖候选名单公示", "公示期：2026年6月22日至2026年6月28日（7天）。",
                                                     "须在书面材料上加盖本单位公章", "须签署本人真实姓名", "盐城海瀚新能源科技有限公司",
                                                     "联系人：王敏", "联系电话：0515-88880000", "电子邮箱：zlfz@yancheng.gov.cn", "通讯地址：盐城市亭湖区世纪大道1号"],
                  headers: ["序号", "组织名称", code, "所在地", "拟获奖项"], dated: true, issuer: "盐城市质量发展委员会办公室"),
            Entry(path: file("results.docx"), texts: ["决定授予下列组织2026年度盐城市市长质量奖和盐城市市长质量奖提名奖。", "（盐政复〔2026〕18号）"],
                  headers: ["序号", "组织名称", code, "获奖称号"], dated: true, issuer: "盐城市人民政府"),
            Entry(path: file("payments.docx"), texts: ["依据：市政府批准文件（盐政复〔2026〕18号，2026年6月29日）", "已撤销（盐政复〔2026〕40号），奖金应收回",
                                                       "经办人（签字）：", "审核人（签字）：", "其中奖励已撤销、应收回的奖金：500,000 元"],
                  headers: ["序号", "组织名称", code, "奖项", "金额（元）", "备注"], dated: true),
            Entry(path: file("revocation.docx"), texts: ["关于撤销盐城海瀚新能源科技有限公司“2026年度盐城市市长质量奖”的公告", "第十四条", "收回奖牌和奖金500,000元",
                                                         "自2026年9月15日起5年内", "本文件生成时审计日志位于第"], dated: true),
            Entry(path: file("report.docx"), texts: ["综合得分：878.20（满分1000）；排名：第1名。"]),
            Entry(path: file("document-review.docx"), texts: ["资料评审报告", "盐城海瀚新能源科技有限公司"]),
            Entry(path: file("composite.docx"), texts: ["综合评价报告"]),
            Entry(path: file("draw.docx"), texts: ["抽取编号：D2026-01-1", "监督人签字："]),
            Entry(path: file("rank.docx"), texts: ["A2026-001", "878.20"], headers: ["名次", "申报编号", "申报组织", "资料评审", "问询答辩", "现场评审", "综合得分", "入围", "标记"], dated: true),
            Entry(path: file("payments.xlsx"), texts: ["盐城海瀚新能源科技有限公司"], code: [code], number: ["金额（元）", "序号"]),
            Entry(path: file("rank.xlsx"), texts: ["A2026-001"], code: ["申报编号"], number: ["名次", "综合得分"]),
            Entry(path: file("shortlist.xlsx"), code: ["申报编号"], number: ["资料评审"]),
            Entry(path: file("recommend.xlsx"), code: ["申报编号"], number: ["综合得分", "奖金（元）"]),
            Entry(path: file("deadlines.xlsx"), number: ["剩余天数"], date: ["开始", "截止"]),
            Entry(path: file("eligibility.xlsx"), texts: ["第十条（二）"], code: ["申报编号", "检查项"]),
            Entry(path: file("audit.xlsx"), code: ["哈希"], number: ["序号"]),
            Entry(path: file("progress.xlsx"), code: ["评审组", "申报编号"], number: ["已提交", "应提交"]),
            Entry(path: file("orgs.xlsx"), code: ["编号", code], date: ["成立日期"]),
            Entry(path: file("records.xlsx"), code: ["组织编号"], date: ["日期"]),
            Entry(path: file("awards.xlsx"), texts: ["弄虚作假、以不正当手段骗取质量奖"], code: ["组织编号"], number: ["年度"], date: ["获奖日期", "撤销日期"]),
            Entry(path: file("applications.xlsx"), code: ["申报编号", "组织编号"], date: ["申报日期"]),
            Entry(path: file("experts.xlsx"), code: ["专家编号"]),
            Entry(path: file("scores.xlsx"), code: ["评审组", "申报编号", "专家编号", "条目"], number: ["得分率"]),
            Entry(path: file("findings.xlsx"), code: ["评审组", "申报编号", "专家编号"]),
        ]
        try check(manifest, in: root)
    }

    /// An organization named `=HYPERLINK("x")` (第十条 has no rule on names) goes out in CSV as
    /// text — `'=HYPERLINK("x")`, so Excel shows it and runs nothing — and comes back in, into a
    /// new directory, with its name unchanged; the .xlsx export holds it as a text cell.
    @Test func formulaNameRoundTripsThroughCSV() throws {
        let root = Paths.temporaryDirectory()
        let first = root.appendingPathComponent("a"), second = root.appendingPathComponent("b")
        _ = try Run(["--data", first.path, "init", "--year", "2026"])
        _ = try Run(["--data", second.path, "init", "--year", "2026"])
        let typed = root.appendingPathComponent("typed.csv")
        try Data(("编号,名称,统一社会信用代码,法人资格,所在县区,市内注册,成立日期\r\n"
                  + "O0001,\"=HYPERLINK(\"\"x\"\")\",91320900MA1M000011,是,亭湖区,是,2015-06-18\r\n").utf8).write(to: typed)
        _ = try qaward(first, "import", "orgs", typed.path)
        let exported = root.appendingPathComponent("orgs.csv")
        _ = try qaward(first, "export", "orgs", exported.path)
        let text = String(decoding: try Data(contentsOf: exported), as: UTF8.self)
        #expect(text.contains("O0001,\"'=HYPERLINK(\"\"x\"\")\",91320900MA1M000011,"))
        _ = try qaward(second, "import", "orgs", exported.path)
        let again = root.appendingPathComponent("again.csv")
        _ = try qaward(second, "export", "orgs", again.path, "--lang", "en")
        #expect(String(decoding: try Data(contentsOf: again), as: UTF8.self).contains("O0001,\"'=HYPERLINK(\"\"x\"\")\","))
        let xlsx = root.appendingPathComponent("orgs.xlsx")
        _ = try qaward(second, "export", "orgs", xlsx.path)
        try check([Entry(path: xlsx.path, texts: ["=HYPERLINK(\"x\")"], code: ["编号", "名称"])], in: root)

        // The workbook imports as the CSV file does, into a third directory, name unchanged.
        let third = root.appendingPathComponent("c")
        _ = try Run(["--data", third.path, "init", "--year", "2026"])
        #expect(try qaward(third, "import", "orgs", xlsx.path).stdout.contains("已导入组织名录 1 条"))
        let back = root.appendingPathComponent("back.csv")
        _ = try qaward(third, "export", "orgs", back.path)
        #expect(try Data(contentsOf: back) == Data(contentsOf: exported))
    }

    /// A listing written as a Word document (`--format docx`) is a document the office files:
    /// it names the office from the settings (not a default) and ends with the journal head it
    /// was made at, as every published document does (docs/trust.md), the audit log's included.
    @Test func listingDocumentsNameTheOfficeAndEndWithTheHead() throws {
        let root = Paths.temporaryDirectory()
        let dir = root.appendingPathComponent("data")
        func file(_ name: String) -> String { root.appendingPathComponent(name).path }
        #expect(try Run(["--data", dir.path, "init", "--sample"]).status == 0)
        let office = "盐城市市场监督管理局（市质量发展委员会办公室）"
        _ = try qaward(dir, "settings", "set", "office-name", office)
        // The head after the settings change: the short form the documents must print.
        let short = try qaward(dir, "audit", "head", "--short").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(short.contains(":"))
        for (name, args) in [("audit.docx", ["audit", "log"]), ("eligibility.docx", ["eligibility"]), ("deadlines.docx", ["deadlines"])] {
            _ = try Run(["--data", dir.path, "--today", "2026-04-15"] + args + ["--format", "docx", "--out", file(name)])
        }
        let texts = ["本文件生成时审计日志位于第", "qaward audit verify --anchor \(short)"]
        try check([
            Entry(path: file("audit.docx"), texts: ["审计日志"] + texts, dated: true, issuer: office),
            Entry(path: file("eligibility.docx"), texts: texts, dated: true, issuer: office),
            Entry(path: file("deadlines.docx"), texts: texts, dated: true, issuer: office),
        ], in: root)
    }

    func check(_ manifest: [Entry], in root: URL) throws {
        let url = root.appendingPathComponent("manifest.json")
        try JSONEncoder().encode(manifest).write(to: url)
        guard let python = Tmux.which("python3") else {
            Issue.record("python3 is not installed: .ci/run installs python-docx and openpyxl for it")
            return
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python)
        p.arguments = [Paths.packageRoot.appendingPathComponent("scripts/check_office.py").path, url.path]
        let err = Pipe(), out = Pipe()
        p.standardError = err
        p.standardOutput = out
        try p.run()
        let problems = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        _ = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "scripts/check_office.py:\n\(problems)")
    }
}
