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
            .heading(Phrase(zh: "一、评审过程", en: "1. The review").text(p.lang)),
            .paragraph(Phrase.compositeApplications(applications: apps.count, eligible: eligible, scored: shortlist.ranking.count, places: shortlist.places, invited: shortlist.invitedCount, shortlisted: shortlist.shortlisted.count).text(p.lang)),
        ]
        if let t = shortlist.appliedDecision {
            blocks.append(.paragraph(Phrase.compositeTieDecided(tied: t.tied, include: t.include, by: t.by, day: t.at.day, note: t.note).text(p.lang)))
        } else if !shortlist.tieAtCut.isEmpty {
            blocks.append(.paragraph(Phrase(zh: "分数线并列，待办公室决定：", en: "Tied at the cut, for the office to decide: ").text(p.lang) + shortlist.tieAtCut.joined(separator: Phrase.enumerationComma.text(p.lang))))
        }

        blocks.append(.heading(Phrase(zh: "二、综合得分与排名", en: "2. Composite scores and ranking").text(p.lang)))
        blocks.append(.paragraph(Phrase.compositeFormula(rule: rule.name).text(p.lang)))
        func stageCells(_ r: StageResult, _ w: Int) -> [String] {
            [r.score.map { "\($0)/\(r.maximumPoints)" } ?? "—", r.score.map { "\($0 * (10 * w) / r.maximumPoints)" } ?? "—"]
        }
        blocks.append(.table(OfficeTable(
            headers: [
                Phrase.columnRank,
                Phrase.columnApplication,
                Phrase.columnOrganization,
                Phrase(zh: "资料评审", en: "Document"),
                Phrase(zh: "×20%", en: "×20%"),
                Phrase(zh: "问询答辩", en: "Q&A"),
                Phrase(zh: "×10%", en: "×10%"),
                Phrase(zh: "现场评审", en: "On-site"),
                Phrase(zh: "×70%", en: "×70%"),
                Phrase.columnComposite,
            ].text(p.lang),
            rows: ranking.map { r in
                [r.rank.map(String.init) ?? "—", r.applicationID, name(r.applicationID)]
                    + stageCells(r.document, Composite.documentWeight) + stageCells(r.qa, Composite.qaWeight) + stageCells(r.onsite, Composite.onsiteWeight)
                    + [r.composite.map { "\($0)" } ?? "—"]
            })))
        blocks.append(.paragraph(Phrase(zh: "合议得分与评分表均值对照：", en: "Agreed scores against the mean of the sheets:").text(p.lang)))
        blocks.append(.table(OfficeTable(
            headers: [
                Phrase.columnApplication,
                Phrase(zh: "资料评审 合议", en: "D agreed"),
                Phrase(zh: "资料评审 均值", en: "D mean"),
                Phrase(zh: "问询答辩 合议", en: "Q agreed"),
                Phrase(zh: "问询答辩 均值", en: "Q mean"),
                Phrase(zh: "现场评审 合议", en: "S agreed"),
                Phrase(zh: "现场评审 均值", en: "S mean"),
            ].text(p.lang),
            rows: ranking.map { r in
                [r.applicationID] + [r.document, r.qa, r.onsite].flatMap { s in [s.agreed.map { "\($0)" } ?? "—", s.mean.map { "\($0)" } ?? "—"] }
            })))
        let flagged = ranking.filter { !$0.flags.isEmpty }
        if !flagged.isEmpty {
            blocks.append(p.bullets(flagged.map { r in r.applicationID + Phrase.labelSeparator.text(p.lang) + r.flags.map { $0.phrase.text(lang) }.joined(separator: Phrase.listSeparator.text(p.lang)) }))
        }

        blocks.append(.heading(Phrase(zh: "三、评审组校准", en: "3. Panel calibration").text(p.lang)))
        blocks += PanelCalibration.compute(data, shortlist: shortlist).blocks(lang)

        blocks.append(.heading(Phrase(zh: "四、建议名单", en: "4. Proposed list").text(p.lang)))
        let policy = data.cycle.recommendationPolicy
        let s = data.cycle.settings
        blocks.append(.paragraph(Phrase.compositePlaces(awardPlaces: policy.places(.award, settings: s), awardQuota: s.awardQuota, nominationPlaces: policy.places(.nomination, settings: s), nominationQuota: s.nominationQuota).text(p.lang)
                                 + (policy.at.map { Phrase.compositePlacesDecided(by: policy.by, day: $0.day).text(p.lang) } ?? "")
                                 + (policy.note.isEmpty ? "" : Phrase(zh: "：", en: ": ").text(p.lang) + policy.note) + Phrase(zh: "。", en: ".").text(p.lang)))
        let entries = AwardRecommendation.compute(ranking: ranking, data: data)
        blocks.append(.table(OfficeTable(
            headers: [
                Phrase.columnRank,
                Phrase.columnOrganization,
                Phrase.columnComposite,
                Phrase(zh: "建议", en: "Proposal"),
                Phrase.columnArticle,
            ].text(p.lang),
            rows: entries.map { e in
                switch e.outcome {
                case .recommended(let tier): ["\(e.rank)", e.name, "\(e.composite)", tier.name.text(lang), Phrase(zh: "第十一条（六）", en: "Art. 11(6)").text(p.lang)]
                case .skipped(let reason, let citation): ["\(e.rank)", e.name, "\(e.composite)", Phrase(zh: "不予推荐：", en: "skipped: ").text(p.lang) + reason.text(lang), citation.text(lang)]
                }
            })))
        if !data.cycle.decisions.isEmpty {
            blocks.append(.paragraph(Phrase(zh: "质量发展委员会审议：", en: "Committee decisions: ").text(p.lang)))
            blocks.append(p.bullets(data.cycle.decisions.map { d in
                "\(d.applicationID) \(name(d.applicationID))：\(d.tier.name.text(lang))，" + (d.approved ? Phrase(zh: "通过", en: "approved").text(p.lang) : Phrase(zh: "未通过", en: "not approved").text(p.lang))
            }))
        }
        return OfficeDocument(title: Phrase.compositeTitle(year: year).text(p.lang),
                                  blocks: blocks, closing: [data.registry.settings.officeName, today.written(lang)])
    }
}
