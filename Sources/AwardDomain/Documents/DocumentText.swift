import Foundation

/// The sentences of the documents the office publishes, with their arguments named and typed;
/// grouped by document.
extension Phrase {
    // CompositeReport
    static func compositeApplications(applications: Int, eligible: Int, scored: Int, places: Int, invited: Int, shortlisted: Int) -> Phrase {
        Phrase(zh: "本年度申报 \(applications) 家，经资格审查进入评审 \(eligible) 家；资料评审得分 \(scored) 家，按名额 \(places) 个、1:1.5 提出 \(invited) 家进入问询答辩和现场评审，实际入围 \(shortlisted) 家（第十一条（三））。",
               en: "\(applications) applications this cycle, \(eligible) under review after the eligibility check; \(scored) scored in document review; for \(places) places, 1 : 1.5 proposes \(invited) for Q&A defence and on-site review, and \(shortlisted) are shortlisted (Art. 11(3)).")
    }
    static func compositeFormula(rule: Phrase) -> Phrase {
        Phrase(zh: "综合得分 = 资料评审 × 20% + 问询答辩 × 10% + 现场评审 × 70%，各阶段先按其满分折算为1000分制（第十一条（六））。各阶段得分按“\(rule.zh)”计。",
               en: "Composite = 20 % document review + 10 % Q&A defence + 70 % on-site review, each stage first scaled to 1000 (Art. 11(6)). Stage scores are the \(rule.en).")
    }
    static func compositePlaces(awardPlaces: Int, awardQuota: Int, nominationPlaces: Int, nominationQuota: Int) -> Phrase {
        Phrase(zh: "评定名额：市长质量奖 \(awardPlaces) 个（限额 \(awardQuota)），提名奖 \(nominationPlaces) 个（限额 \(nominationQuota)）（第三条）",
               en: "Places: \(awardPlaces) award (quota \(awardQuota)), \(nominationPlaces) nomination (quota \(nominationQuota)) (Art. 3)")
    }
    static func compositePlacesDecided(by: String, day: Day) -> Phrase {
        Phrase(zh: "，由 \(by) 于 \(day.written(.zh)) 决定", en: ", decided by \(by) on \(day.written(.en))")
    }
    static func compositeTieDecided(tied: [String], include: [String], by: String, day: Day, note: String) -> Phrase {
        Phrase(zh: "分数线并列（\(tied.joined(separator: "、"))）由办公室决定纳入 \(include.joined(separator: "、"))（\(by)，\(day.written(.zh))）：\(note)",
               en: "Tie at the cut (\(tied.joined(separator: ", "))) decided by the office: \(include.joined(separator: ", ")) included (\(by), \(day.written(.en))): \(note)")
    }
    static func compositeTitle(year: Int) -> Phrase {
        Phrase(zh: "\(year)年度盐城市市长质量奖综合评价报告", en: "\(year) Yancheng Mayor's Quality Award: composite evaluation report")
    }

    // DocumentReviewReport
    static func documentReviewShortlist(places: Int, invited: Int) -> Phrase {
        Phrase(zh: "名额 \(places) 个，按1:1.5提出 \(invited) 家（第十一条（三））；各评审组的申报按资料评审得分合并排序。",
               en: "\(places) places; 1 : 1.5 proposes \(invited) (Art. 11(3)); applicants of every panel are ranked together by their document-review score.")
    }
    static func documentReviewTitle(year: Int) -> Phrase {
        Phrase(zh: "\(year)年度盐城市市长质量奖资料评审报告", en: "\(year) Yancheng Mayor's Quality Award: document review report")
    }

    // FeedbackReport
    static func feedbackSalutation(name: String) -> Phrase {
        Phrase(zh: "\(name)：", en: "To \(name):")
    }
    static func feedbackScoreBand(band: String) -> Phrase {
        Phrase(zh: "得分率区间 \(band)", en: "Score band \(band)")
    }
    static func feedbackThanks(year: Int, standard: String) -> Phrase {
        Phrase(zh: "感谢贵单位参加\(year)年度盐城市市长质量奖评审。以下是评审组依据\(standard)形成的主要意见，供贵单位持续改进参考。本报告汇总评审组意见，不含专家个人评分。",
               en: "Thank you for taking part in the \(year) Yancheng Mayor's Quality Award. Below are the panels' main findings against \(standard), for your continuing improvement. They are the panels' joint findings; no individual expert's scores are given.")
    }
    static func feedbackTitle(year: Int) -> Phrase {
        Phrase(zh: "\(year)年度盐城市市长质量奖评审反馈报告", en: "\(year) Yancheng Mayor's Quality Award: feedback report")
    }

    // JournalHead
    static func journalHeadLine(seq: Int, short: String) -> Phrase {
        Phrase(zh: "本文件生成时审计日志位于第 \(seq) 条（\(short)），可用 qaward audit verify --anchor \(short) 核对",
               en: "Made at audit journal entry \(seq) (\(short)); check with qaward audit verify --anchor \(short)")
    }

    // OfficeContact
    static func contactLine(line: String) -> Phrase {
        Phrase(zh: "联系方式：\(line)", en: "Contact: \(line)")
    }

    // OnsiteReviewReport
    static func onsiteFindingsChecked(confirmed: Int, unconfirmed: Int, unchecked: Int) -> Phrase {
        Phrase(zh: "确认 \(confirmed) 条，未确认 \(unconfirmed) 条，未核实 \(unchecked) 条。",
               en: "\(confirmed) confirmed, \(unconfirmed) not confirmed, \(unchecked) not checked.")
    }
    static func onsiteTitle(year: Int) -> Phrase {
        Phrase(zh: "\(year)年度盐城市市长质量奖现场评审报告", en: "\(year) Yancheng Mayor's Quality Award: on-site review report")
    }

    // PaymentListDocument
    static func paymentApproval(documentNumber: String, date: Day) -> Phrase {
        Phrase(zh: "依据：市政府批准文件（\(documentNumber)，\(date.written(.zh))）；《盐城市市长质量奖管理办法》第十二条。",
               en: "Under the city government's approval (\(documentNumber), \(date.written(.en))) and Art. 12 of the Measures.")
    }
    static func paymentReclaimed(amount: String) -> Phrase {
        Phrase(zh: "其中奖励已撤销、应收回的奖金：\(amount) 元（第十四条、第十五条）。",
               en: "Of which prize money to be reclaimed from revoked awards: CNY \(amount) (Arts. 14–15).")
    }
    static func paymentTitle(year: Int) -> Phrase {
        Phrase(zh: "\(year)年度盐城市市长质量奖奖金发放名单", en: "\(year) Yancheng Mayor's Quality Award: prize payments")
    }
    static func paymentTotal(total: String, budget: String) -> Phrase {
        Phrase(zh: "合计：\(total) 元；年度奖励经费：\(budget) 元（第十三条）。",
               en: "Total: CNY \(total); yearly prize budget: CNY \(budget) (Art. 13).")
    }

    // PublicityNotice
    static func publicityNoticeIntro(year: Int) -> Phrase {
        Phrase(zh: "经组织申报、资格审查、资料评审、问询答辩、现场评审和综合评价，市质量发展委员会审议确定了\(year)年度盐城市市长质量奖和盐城市市长质量奖提名奖获奖候选名单，现予以公示。",
               en: "After application, eligibility review, document review, Q&A defence, on-site review and composite evaluation, the Yancheng Quality Development Committee has decided the candidate list for the \(year) Yancheng Mayor's Quality Award and its nomination award. The list is published for comment.")
    }
    static func publicityNoticeObjections(officeName: String) -> Phrase {
        Phrase(zh: "公示期间，任何单位和个人对公示名单有异议的，请以书面形式向\(officeName)提出，并提供必要的证明材料。单位提出异议的，须在书面材料上加盖本单位公章；个人提出异议的，须签署本人真实姓名并注明联系方式。匿名或逾期提出的异议不予受理。",
               en: "Anyone who objects to a listed organization may write to \(officeName) during the period, with supporting evidence. An objection from an organization must bear its official seal; one from a person must be signed with their real name and give contact details. Anonymous objections and objections after the period are not accepted.")
    }
    static func publicityNoticePeriod(start: Day, end: Day, days: Int) -> Phrase {
        Phrase(zh: "公示期：\(start.written(.zh))至\(end.written(.zh))（\(days)天）。",
               en: "Publicity period: \(start.written(.en)) to \(end.written(.en)) (\(days) days).")
    }
    static func publicityNoticeTitle(year: Int) -> Phrase {
        Phrase(zh: "\(year)年度盐城市市长质量奖获奖候选名单公示", en: "Public notice: candidates for the \(year) Yancheng Mayor's Quality Award")
    }

    // ResultsAnnouncement
    static func resultsNotAwarded(title: String) -> Phrase {
        Phrase(zh: "“\(title)”：空缺。", en: "\(title): not awarded this year.")
    }
    static func resultsTitle(year: Int) -> Phrase {
        Phrase(zh: "关于公布\(year)年度盐城市市长质量奖获奖名单的通知", en: "\(year) Yancheng Mayor's Quality Award: the winners")
    }
    static func resultsTitleUse(year: Int) -> Phrase {
        Phrase(zh: "获奖组织可以在组织形象宣传中使用获奖称号，并注明获奖年份（如“\(AwardTitle.text(year: year, tier: .award, .zh))”），但不得用于产品宣传，不得在产品或包装上标注盐城市市长质量奖标志和获奖称号（第十八条）。",
               en: "Winners may use the title, with the year (e.g. “\(AwardTitle.text(year: year, tier: .award, .en))”), in presenting the organization, but not in advertising products nor on products or packaging (Art. 18).")
    }

    // ReviewReportParts
    static func nameAndID(name: String, id: String) -> Phrase {
        Phrase(zh: "\(name)（\(id)）", en: "\(name) (\(id))")
    }
    static func reviewTotals(agreed: String, meanName: String, mean: String, sheets: Int, maximumPoints: Int, rule: Phrase, stage: Phrase, score: String) -> Phrase {
        Phrase(zh: "合议得分：\(agreed)；\(meanName)：\(mean)（\(sheets) 张已提交评分表，满分 \(maximumPoints)）。本年度按“\(rule.zh)”计\(stage.zh)得分：\(score)。",
               en: "Agreed score: \(agreed); \(meanName): \(mean) (\(sheets) submitted sheets, out of \(maximumPoints)). This cycle counts the \(rule.en) as the \(stage.en) score: \(score).")
    }

    // RevocationNotice
    static func revocationAwarded(name: String, creditCode: String, awarded: Day, title: String, granted: String) -> Phrase {
        Phrase(zh: "\(name)（统一社会信用代码：\(creditCode)）于\(awarded.written(.zh))获得“\(title)”\(granted)。",
               en: "\(name) (unified social credit code \(creditCode)) received the “\(title)” on \(awarded.written(.en))\(granted).")
    }
    static func revocationPrizeReclaimed(money: String) -> Phrase {
        Phrase(zh: "收回奖牌和奖金\(money)元", en: "the plaque and the prize money of CNY \(money) are reclaimed")
    }
    static func revocationTitle(name: String, title: String) -> Phrase {
        Phrase(zh: "关于撤销\(name)“\(title)”的公告", en: "Notice: the \(title) of \(name) is revoked")
    }

    // ScoreReport
    static func scoreReportComposite(composite: ExactScore, rank: Int) -> Phrase {
        Phrase(zh: "综合得分：\(composite)（满分1000）；排名：第\(rank)名。", en: "Composite: \(composite) of 1000; rank \(rank).")
    }
    static func scoreReportExpert(expertID: String, name: String, total: String) -> Phrase {
        Phrase(zh: "专家 \(expertID) \(name)  合计 \(total)", en: "Expert \(expertID) \(name)  total \(total)")
    }
    static func scoreReportNotShortlisted(invited: Int) -> Phrase {
        Phrase(zh: "资料评审后未入围（按1:1.5邀请 \(invited) 家）", en: "Not shortlisted after document review (1:1.5 invites \(invited))")
    }
    static func scoreReportRank(rank: Int, of: Int) -> Phrase {
        Phrase(zh: "综合排名：第 \(rank) 名（共 \(of) 家入围）", en: "Composite rank: \(rank) of \(of) shortlisted")
    }
    static func scoreReportShortlisted(invited: Int) -> Phrase {
        Phrase(zh: "资料评审后入围（按1:1.5邀请 \(invited) 家）", en: "Shortlisted after document review (1:1.5 invites \(invited))")
    }
    static func scoreReportStage(stage: Phrase, maximumPoints: Int) -> Phrase {
        Phrase(zh: "\(stage.zh)（满分 \(maximumPoints)）", en: "\(stage.en) (out of \(maximumPoints))")
    }
    static func scoreReportTied(invited: Int) -> Phrase {
        Phrase(zh: "资料评审得分并列于入围线（邀请 \(invited) 家），待办公室决定",
               en: "Document-review score tied at the cut (\(invited) invited); the office decides")
    }
    static func scoreReportTitle(year: Int, name: String) -> Phrase {
        Phrase(zh: "\(year)年度盐城市市长质量奖评审得分：\(name)", en: "\(year) Mayor's Quality Award scores: \(name)")
    }
}
