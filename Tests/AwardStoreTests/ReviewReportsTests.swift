@testable import AwardStore
import AwardDomain
import Foundation
import Testing

/// The four review reports made from the sample and read in full (第十一条（三）、（五）、（六）; 第二十条
/// for what the feedback report must not show).
///
/// The sample (docs/scoring.md): P2026-01 (leader E002; E011 E023 E036 E033) and P2026-02. A2026-001's
/// five D sheets total 820, 835, 655, 815, 830 → mean 791.00; its panel agreed every item at the
/// members' median (SampleReview.consensusActions) → 800.75. The tie at the cut (A2026-003 and
/// A2026-019 on 650.00) is decided here for A2026-003, so A2026-001, A2026-014 and A2026-003 go on.
/// Each member then scores every Q item 80 % (800.00 of 1000) and every S item 75 % (750.00).
/// Composite A2026-001 = 791.00 × 20 % + 800.00 × 10 % + 750.00 × 70 % = 158.20 + 80.00 + 525.00 = 763.20.
struct ReviewReportsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let ctx = ActionContext(actor: "办公室王某", at: Timestamp(millis: 1_774_830_000_000))

    static func sample() throws -> AwardData {
        guard let d = SampleReview.data(from: root.appendingPathComponent("sample-data"), context: ctx) else {
            Issue.record("the sample review does not load"); throw CancellationError()
        }
        return d
    }

    /// The sample carried on through Q&A and the visit, with on-site findings on A2026-001:
    /// the 4.1.2 strength confirmed by E002, E011, E036 and not by E023 (confirmed, 3/1); the 4.7.2
    /// improvement confirmed by E011 and not by E002, E033 (not confirmed, 1/2); a new 4.4.2 strength from E036.
    static func visited() throws -> AwardData {
        var d = try sample()
        func apply(_ a: Action) throws { d = try d.applying(a, context: ctx) }
        // The sample's review has unfinished sheets: the office closes it on the sheets in (condition S2).
        try apply(.procedure(.closeDocumentReview(reason: "按已提交的评分表确定入围")))
        try apply(.scoring(.decideShortlistTie(include: ["A2026-003"], note: "按申报材料完整性")))
        let shortlisted = Shortlist.compute(d).shortlisted
        #expect(shortlisted == ["A2026-001", "A2026-014", "A2026-003"])
        func check(_ e: String, _ item: String, _ kind: FindingKind, _ text: String, _ c: FindingCheck?) throws {
            try apply(.review(.addFinding(panelID: "P2026-01", applicationID: "A2026-001", expertID: e, stage: .onsite, itemID: item,
                                          finding: Finding(kind: kind, text: text, check: c))))
        }
        let s412 = "高层领导定期主持质量例会，战略目标逐级分解到部门", i472 = "产品质量结果缺少与行业标杆的对比"
        for e in ["E002", "E011", "E036"] { try check(e, "4.1.2", .strength, s412, .confirmed) }
        try check("E023", "4.1.2", .strength, s412, .notConfirmed)
        try check("E011", "4.7.2", .improvement, i472, .confirmed)
        for e in ["E002", "E033"] { try check(e, "4.7.2", .improvement, i472, .notConfirmed) }
        try check("E036", "4.4.2", .strength, "现场查看了完整的人才培养档案", nil)
        for app in shortlisted {
            let panel = Deliberation.panelID(of: app, in: d.cycle)!
            for e in d.cycle.drawRecord(d.cycle.panel(panel)!.drawID!)!.currentMembers {
                for (stage, p) in [(Stage.qa, 80), (.onsite, 75)] {
                    for item in d.rubrics[stage]!.items {
                        try apply(.scoring(.setPercent(panelID: panel, applicationID: app, expertID: e, stage: stage, itemID: item.id, percent: p)))
                    }
                    try apply(.scoring(.submit(sheetID: ScoreSheet.makeID(stage: stage, applicationID: app, expertID: e))))
                }
            }
        }
        return d
    }

    @Test(arguments: [Language.zh, .en])
    func documentReviewReportHasEveryPart(lang: Language) throws {
        let doc = try DocumentReviewReport.make(try Self.sample(), applicationID: "A2026-001", lang)
        let text = doc.plainText
        let zh = lang == .zh
        for part in zh ? ["资料评审报告", "盐城海瀚新能源科技有限公司", "评审组：资料评审第1组（P2026-01）", "组长：李国平（E002）",
                          "徐秀英（E011）", "谢振华（E023）", "袁晓东（E036）", "肖永明（E033）", "监督人 样例数据·固定种子",
                          "评审日期：2026年4月20日—2026年4月22日", "23/23 个条目已合议",
                          "4.1.2  高层领导的作用  50  75%  37.50  75.00%  60–85%", "4.1  小计：领导  110    87.00",
                          "合议得分：800.75；评分表均值：791.00", "三、主要优势", "四、改进机会",
                          "4.1.2 高层领导的作用：高层领导定期主持质量例会，战略目标逐级分解到部门",
                          "4.7.2 产品和服务结果：产品质量结果缺少与行业标杆的对比",
                          "名额 2 个，按1:1.5提出 3 家", "1  A2026-001  盐城海瀚新能源科技有限公司  791.00  P2026-01  建议进入",
                          "分数线并列，待办公室决定", "本申报：建议进入问询答辩和现场评审。",
                          "组长  李国平（E002）  __________  __________", "组员  肖永明（E033）  __________"]
                   : ["document review report", "Leader: 李国平 (E002)", "Agreed score: 800.75; mean of the sheets: 791.00", "3. Strengths",
                      "4. Opportunities for improvement", "4.1.2 Role of senior leaders: 高层领导定期主持质量例会，战略目标逐级分解到部门", "1 : 1.5 proposes 3", "Leader  李国平 (E002)  __________", "Member  肖永明 (E033)  __________"] {
            #expect(text.contains(part), "missing: \(part)")
        }
        // English punctuation in English (the findings themselves are the experts' Chinese).
        if !zh { #expect(!text.contains("：") && !text.contains("（")) }
        // Every member signs once, the leader first.
        let sample = try Self.sample()
        let signers = doc.tables.last?.rows.map { [$0[0], $0[1]] }
        #expect(signers == [[zh ? "组长" : "Leader", zh ? "李国平（E002）" : "李国平 (E002)"]] + ["E011", "E023", "E036", "E033"].map { id in
            let n = sample.registry.expert(id)!.name
            return [zh ? "组员" : "Member", zh ? "\(n)（\(id)）" : "\(n) (\(id))"]
        })
        #expect(doc.markdown.contains("| 4.1.2 |"))
    }

    @Test func onsiteReportConfirmsAndAddsFindings() throws {
        let text = try OnsiteReviewReport.make(try Self.visited(), applicationID: "A2026-001", .zh).plainText
        for part in ["现场评审报告", "评审日期：2026年4月20日—2026年4月22日", "现场评分表提交：",
                     "4.1.2  优势  高层领导定期主持质量例会，战略目标逐级分解到部门  确认  3/1",
                     "4.7.2  改进机会  产品质量结果缺少与行业标杆的对比  未确认  1/2",
                     "确认 1 条，未确认 1 条，未核实", "三、现场新发现的优势", "· 4.4.2 人力资源：现场查看了完整的人才培养档案",
                     "合议得分：尚未全部合议；评分表均值：750.00", "组长  李国平（E002）  __________"] {
            #expect(text.contains(part), "missing: \(part)")
        }
    }

    @Test func compositeReportWorksTheCompositeOut() throws {
        let text = CompositeReport.make(try Self.visited(), today: Day("2026-06-20")!, .zh).plainText
        for part in ["综合评价报告", "实际入围 3 家", "由办公室决定纳入 A2026-003", "资料评审 × 20% + 问询答辩 × 10% + 现场评审 × 70%",
                     "1  A2026-001  盐城海瀚新能源科技有限公司  791.00/1000  158.20  800.00/1000  80.00  750.00/1000  525.00  763.20",
                     "A2026-001  800.75  791.00  —  800.00  —  750.00",
                     "P2026-01  3  687.00  171.00", "-28.00", "P2026-02  2  715.00  130.00", "+28.00",
                     "评定名额：市长质量奖 5 个（限额 5），提名奖 5 个（限额 5）", "四、建议名单", "第十一条（六）",
                     "盐城市质量发展委员会办公室", "2026年6月20日"] {
            #expect(text.contains(part), "missing: \(part)")
        }
    }

    /// The feedback report names no expert (neither name nor id) and shows no sheet's total — no
    /// score at all, only bands: S 750.00 of 1000 = 75 % → band 70–85 %, whose process meaning is
    /// the rubric file's. The 4.7.2 improvement the visit did not confirm is left out.
    @Test(arguments: [Language.zh, .en])
    func feedbackReportShowsFindingsAndBandsOnly(lang: Language) throws {
        let d = try Self.visited()
        let text = try FeedbackReport.make(d, applicationID: "A2026-001", today: Day("2026-06-20")!, lang).plainText
        for e in d.registry.experts {
            #expect(!text.contains(e.name), "names \(e.name)")
            #expect(!text.contains(e.id), "names \(e.id)")
        }
        for s in d.cycle.sheets where s.applicationID == "A2026-001" {
            let total = ExactScore.format(hundredths: s.totalHundredths(rubric: d.rubrics[s.stage]!))
            #expect(!text.contains(total), "shows the sheet total \(total)")
        }
        let band = d.rubrics[.onsite]!.bandText(kind: "process", index: 4)!.text(lang)
        let parts = lang == .zh
            ? ["评审反馈报告", "盐城海瀚新能源科技有限公司：", "不含专家个人评分", "得分率区间 70–85%", band, "4.1 领导",
               "4.1.2 高层领导的作用：高层领导定期主持质量例会，战略目标逐级分解到部门", "4.4.2 人力资源：现场查看了完整的人才培养档案",
               "4.1.2 高层领导的作用：对领导绩效的评价缺少量化指标", "盐城市质量发展委员会办公室"]
            : ["feedback report", "Score band 70–85%", band, "Strengths:", "Opportunities for improvement:",
               "4.1.2 Role of senior leaders: 高层领导定期主持质量例会，战略目标逐级分解到部门"]
        for part in parts { #expect(text.contains(part), "missing: \(part)") }
        if lang == .en { #expect(!text.contains("：") && !text.contains("（")) }
        #expect(!text.contains("产品质量结果缺少与行业标杆的对比"))
    }

    /// Panels A (800, 820, 840 → 820.00), B and C (700 each) and D (one applicant, 400): A stands
    /// 820 − 700 = 120.00 above the others (> 100, 10 % of 1000): flagged; B and C stand
    /// 700 − (2460 + 2100) / 6 = −60.00: not flagged; D is shown but neither compared nor counted.
    @Test func panelCalibrationFlagsAPanelFarFromTheOthers() {
        func s(_ p: Int) -> ExactScore { ExactScore(hundredths: p * 100) }
        let c = PanelCalibration.compute(stage: .document, maximumPoints: 1000, panels: [
            ("A", [("a1", s(800)), ("a2", s(820)), ("a3", s(840))]), ("B", [("b1", s(700)), ("b2", s(690)), ("b3", s(710))]),
            ("C", [("c1", s(690)), ("c2", s(700)), ("c3", s(710))]), ("D", [("d1", s(400))]),
        ])
        #expect(c.rows.map { $0.difference?.description } == ["120.00", "-60.00", "-60.00", nil])
        #expect(c.rows.map(\.flagged) == [true, false, false, false])
        #expect(c.rows.map(\.range) == [4000, 2000, 2000, 0])
        let text = OfficeDocument(title: "t", blocks: c.blocks(.zh)).plainText
        #expect(text.contains("提示：评审组 A 的均值比其他评审组的申报均值高 120.00 分"))
    }
}
