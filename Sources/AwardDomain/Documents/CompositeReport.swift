/// 综合评价报告 (第十一条（六）: "汇总资料评审、问询答辩和现场评审得分，按资料评审占20%，问询答辩占10%，
/// 现场评审占70%得出评审总得分，形成综合评价报告，研究提出建议名单"): for the committee, every shortlisted
/// applicant's D, Q and S with the composite worked out, the ranking, the proposed list with every
/// skip and its article, and the places decided.
public enum CompositeReport {
    public static func make(_ data: AwardData, today: Day, _ lang: Language) -> OfficeDocument {
        let p = ReviewReportParts(data: data, lang: lang)
        let year = data.cycle.year
        let shortlist = Shortlist.compute(data)
        let ranking = Ranking.compute(data, shortlist: shortlist)
        let apps = data.cycle.applications
        let eligible = apps.filter { $0.status != .withdrawn && $0.status != .ineligible && $0.status != .draft }.count
        let rule = data.cycle.settings.scoring.stageScore
        func name(_ id: String) -> String { data.cycle.application(id).flatMap { data.registry.organization($0.orgID) }?.name ?? id }

        var blocks: [OfficeDocument.Block] = [
            .heading(p.l("一、评审过程", "1. The review")),
            .paragraph(p.l("本年度申报 \(apps.count) 家，经资格审查进入评审 \(eligible) 家；资料评审得分 \(shortlist.ranking.count) 家，按名额 \(shortlist.places) 个、1:1.5 提出 \(shortlist.invitedCount) 家进入问询答辩和现场评审，实际入围 \(shortlist.shortlisted.count) 家（第十一条（三））。",
                           "\(apps.count) applications this cycle, \(eligible) under review after the eligibility check; \(shortlist.ranking.count) scored in document review; for \(shortlist.places) places, 1 : 1.5 proposes \(shortlist.invitedCount) for Q&A defence and on-site review, and \(shortlist.shortlisted.count) are shortlisted (Art. 11(3)).")),
        ]
        if let t = shortlist.appliedDecision {
            blocks.append(.paragraph(p.l("分数线并列（\(t.tied.joined(separator: "、"))）由办公室决定纳入 \(t.include.joined(separator: "、"))（\(t.by)，\(t.at.day.written(.zh))）：\(t.note)",
                                         "Tie at the cut (\(t.tied.joined(separator: ", "))) decided by the office: \(t.include.joined(separator: ", ")) included (\(t.by), \(t.at.day.written(.en))): \(t.note)")))
        } else if !shortlist.tieAtCut.isEmpty {
            blocks.append(.paragraph(p.l("分数线并列，待办公室决定：", "Tied at the cut, for the office to decide: ") + shortlist.tieAtCut.joined(separator: p.l("、", ", "))))
        }

        blocks.append(.heading(p.l("二、综合得分与排名", "2. Composite scores and ranking")))
        blocks.append(.paragraph(p.l("综合得分 = 资料评审 × 20% + 问询答辩 × 10% + 现场评审 × 70%，各阶段先按其满分折算为1000分制（第十一条（六））。各阶段得分按“\(rule.name.zh)”计。",
                                     "Composite = 20 % document review + 10 % Q&A defence + 70 % on-site review, each stage first scaled to 1000 (Art. 11(6)). Stage scores are the \(rule.name.en).")))
        func stageCells(_ r: StageResult, _ w: Int) -> [String] {
            [r.score.map { "\($0)/\(r.maximumPoints)" } ?? "—", r.score.map { "\($0 * (10 * w) / r.maximumPoints)" } ?? "—"]
        }
        blocks.append(.table(OfficeTable(
            headers: p.zh ? ["名次", "申报编号", "组织名称", "资料评审", "×20%", "问询答辩", "×10%", "现场评审", "×70%", "综合得分"]
                          : ["Rank", "Application", "Organization", "Document", "×20%", "Q&A", "×10%", "On-site", "×70%", "Composite"],
            rows: ranking.map { r in
                [r.rank.map(String.init) ?? "—", r.applicationID, name(r.applicationID)]
                    + stageCells(r.document, Composite.documentWeight) + stageCells(r.qa, Composite.qaWeight) + stageCells(r.onsite, Composite.onsiteWeight)
                    + [r.composite.map { "\($0)" } ?? "—"]
            })))
        blocks.append(.paragraph(p.l("合议得分与评分表均值对照：", "Agreed scores against the mean of the sheets:")))
        blocks.append(.table(OfficeTable(
            headers: p.zh ? ["申报编号", "资料评审 合议", "资料评审 均值", "问询答辩 合议", "问询答辩 均值", "现场评审 合议", "现场评审 均值"]
                          : ["Application", "D agreed", "D mean", "Q agreed", "Q mean", "S agreed", "S mean"],
            rows: ranking.map { r in
                [r.applicationID] + [r.document, r.qa, r.onsite].flatMap { s in [s.agreed.map { "\($0)" } ?? "—", s.mean.map { "\($0)" } ?? "—"] }
            })))
        let flagged = ranking.filter { !$0.flags.isEmpty }
        if !flagged.isEmpty {
            blocks.append(p.bullets(flagged.map { r in "\(r.applicationID)：" + r.flags.map { $0.phrase.text(lang) }.joined(separator: p.l("；", "; ")) }))
        }

        blocks.append(.heading(p.l("三、评审组校准", "3. Panel calibration")))
        blocks += PanelCalibration.compute(data, shortlist: shortlist).blocks(lang)

        blocks.append(.heading(p.l("四、建议名单", "4. Proposed list")))
        let policy = data.cycle.recommendationPolicy
        let s = data.cycle.settings
        blocks.append(.paragraph(p.l("评定名额：市长质量奖 \(policy.places(.award, settings: s)) 个（限额 \(s.awardQuota)），提名奖 \(policy.places(.nomination, settings: s)) 个（限额 \(s.nominationQuota)）（第三条）",
                                     "Places: \(policy.places(.award, settings: s)) award (quota \(s.awardQuota)), \(policy.places(.nomination, settings: s)) nomination (quota \(s.nominationQuota)) (Art. 3)")
                                 + (policy.at.map { p.l("，由 \(policy.by) 于 \($0.day.written(.zh)) 决定", ", decided by \(policy.by) on \($0.day.written(.en))") } ?? "")
                                 + (policy.note.isEmpty ? "" : p.l("：", ": ") + policy.note) + p.l("。", ".")))
        let entries = AwardRecommendation.compute(ranking: ranking, data: data)
        blocks.append(.table(OfficeTable(
            headers: p.zh ? ["名次", "组织名称", "综合得分", "建议", "依据"] : ["Rank", "Organization", "Composite", "Proposal", "Article"],
            rows: entries.map { e in
                switch e.outcome {
                case .recommended(let tier): ["\(e.rank)", e.name, "\(e.composite)", tier.name.text(lang), p.l("第十一条（六）", "Art. 11(6)")]
                case .skipped(let reason, let citation): ["\(e.rank)", e.name, "\(e.composite)", p.l("不予推荐：", "skipped: ") + reason.text(lang), citation.text(lang)]
                }
            })))
        if !data.cycle.decisions.isEmpty {
            blocks.append(.paragraph(p.l("质量发展委员会审议：", "Committee decisions: ")))
            blocks.append(p.bullets(data.cycle.decisions.map { d in
                "\(d.applicationID) \(name(d.applicationID))：\(d.tier.name.text(lang))，" + (d.approved ? p.l("通过", "approved") : p.l("未通过", "not approved"))
            }))
        }
        return OfficeDocument(title: p.l("\(year)年度盐城市市长质量奖综合评价报告", "\(year) Yancheng Mayor's Quality Award: composite evaluation report"),
                                  blocks: blocks, closing: [data.registry.settings.officeName, today.written(lang)])
    }
}
