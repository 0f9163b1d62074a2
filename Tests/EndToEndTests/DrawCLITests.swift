import Foundation
import Testing

/// `qaward draw …` and `qaward experts …` on the sample data (第十一条（三）). Panel P2026-03 reviews
/// A2026-001 and A2026-002 on 2026-05-10~12: 40 experts, 3 unavailable then (E006, E023 away,
/// E013 marked unavailable), so 37 eligible.
@Suite struct DrawCLITests {
    static let panelArgs = ["--panel", "P2026-03", "--name", "第一评审组", "--applications", "A2026-001,A2026-002",
                            "--dates", "2026-05-10~2026-05-12", "--supervisor", "李监督"]

    @Test func sizeBelowThreeIsRefusedWithExitOne() throws {
        let dir = try Run.sampleDirectory()
        let r = try Run(["draw", "new", "--data", dir, "--size", "2"] + DrawCLITests.panelArgs)
        #expect(r.status == 1)
        #expect(r.stderr.contains("评审组专家不少于3名（当前设为 2 名）"))
        #expect(r.stderr.contains("第十一条（三）"))
        let en = try Run(["draw", "new", "--data", dir, "--lang", "en", "--size", "2"] + DrawCLITests.panelArgs)
        #expect(en.status == 1)
        #expect(en.stderr.contains("A review panel has at least 3 experts (set to 2)"))
    }

    @Test func tooSmallPoolIsRefusedWithCountsAndReasonsAndLeavesNoPanel() throws {
        // 30 + 8 = 38 needed, 37 eligible.
        let dir = try Run.sampleDirectory()
        let r = try Run(["draw", "new", "--data", dir, "--size", "30", "--alternates", "8"] + DrawCLITests.panelArgs)
        #expect(r.status == 1)
        #expect(r.stderr.contains("专家库共 40 人，可抽取 37 人，需要 38 人（30 名组员 + 8 名候补）"))
        #expect(r.stderr.contains("E013 马永明：专家库中标记为暂不可抽取"))
        // Nothing was written: the panel still does not exist.
        let again = try Run(["draw", "new", "--data", dir, "--panel", "P2026-03", "--supervisor", "李监督"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("评审组 P2026-03 不存在"))
    }

    @Test func drawShowVerifyAndVoid() throws {
        let dir = try Run.sampleDirectoryWithFirstPanelVoided()
        let new = try Run(["draw", "new", "--data", dir, "--size", "5"] + DrawCLITests.panelArgs)
        #expect(new.status == 0)
        #expect(new.stdout.contains("抽取编号：D2026-03-1"))
        #expect(new.stdout.contains("监督人签字"))
        let verify = try Run(["draw", "verify", "--data", dir, "D2026-03-1"])
        #expect(verify.status == 0)
        #expect(verify.stdout.contains("复核一致"))
        let json = try Run(["draw", "show", "--data", dir, "D2026-03-1", "--format", "json"])
        #expect(json.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((object?["order"] as? [String])?.count == 7)
        let void = try Run(["draw", "void", "--data", dir, "D2026-03-1", "--reason", "监督人未到场"])
        #expect(void.status == 0)
        let shown = try Run(["draw", "show", "--data", dir, "D2026-03-1"])
        #expect(shown.stdout.contains("本次抽取已作废"))
        #expect(shown.stdout.contains("监督人未到场"))
        let missing = try Run(["draw", "verify", "--data", dir, "D2026-09-1"])
        #expect(missing.status == 1)
    }

    @Test func expertsImportIsAllOrNothingAndExportHasABOM() throws {
        let dir = try Run.sampleDirectory()
        let file = Paths.temporaryDirectory().appendingPathComponent("experts.csv")
        // Row 2 is good, row 3 has a county that does not exist: nothing is imported.
        let csv = "专家编号,姓名,工作单位编号,工作单位,工作单位信用代码,专业领域,行业,所在县区,职称,可用,不可用日期,利益冲突组织\n"
            + "E041,钱一,,盐城工学院,,质量管理,,亭湖区,教授,是,,\n"
            + "E042,钱二,,盐城工学院,,质量管理,,火星区,教授,是,,\n"
        try Data(csv.utf8).write(to: file)
        let bad = try Run(["experts", "import", "--data", dir, file.path])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("第3行，“所在县区”列"))
        let out = Paths.temporaryDirectory().appendingPathComponent("out.csv")
        let export = try Run(["experts", "export", "--data", dir, out.path])
        #expect(export.status == 0)
        let bytes = try Data(contentsOf: out)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.contains("钱一"))
        // The header and the 40 sample experts.
        #expect(text.split(separator: "\r\n").count == 41)
        try Data(csv.replacingOccurrences(of: "火星区", with: "盐都区").utf8).write(to: file)
        let good = try Run(["experts", "import", "--data", dir, file.path])
        #expect(good.status == 0)
        #expect(good.stdout.contains("已导入专家 2 人"))
    }
}
