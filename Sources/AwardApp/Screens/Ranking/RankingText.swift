import AwardDomain

/// The tie decision at the 1:1.5 cut (第十一条（三）).
extension Phrase {
    static func tieTitle(_ places: Int) -> Phrase {
        Phrase(zh: "入围线并列：尚余 \(places) 个名额，由办公室决定（第十一条（三））",
               en: "Tie at the shortlist cut: \(places) place(s) left, the office decides (Art. 11(3))")
    }
    static func tiedApplicant(_ id: String) -> Phrase { Phrase(zh: "\(id) 入围", en: "\(id) shortlisted") }
    static let tieNoteLabel = Phrase(zh: "理由", en: "Reason")
    static let tieNoteHint = Phrase(zh: "如 现场核实材料更完整", en: "e.g. the minutes of the meeting")
}

/// The ranking screen's words.
extension Phrase {
    static let rankingNoTie = Phrase(zh: "入围分数线上没有并列，无需决定", en: "There is no tie at the shortlist cut to decide")
    static let rankingKeySort = Phrase(zh: "排序", en: "sort")
    static let rankingKeyTie = Phrase(zh: "决定并列", en: "decide tie")
    static let rankingKeyExport = Phrase(zh: "导出排名", en: "export ranking")
    static let rankingKeyReport = Phrase(zh: "导出评分报告", en: "export report")
    static let rankingKeyAllReports = Phrase(zh: "导出全部评分报告", en: "export all reports")
    static let rankingNoSelection = Phrase(zh: "请先选中一个申报组织", en: "Select an applicant first")
    static func rankingHeader(places: Int, invited: Int, shortlisted: Int, applicants: Int, sort: String) -> Phrase {
        Phrase(zh: "名额 \(places) → 按1:1.5邀请 \(invited) 家 · 已入围 \(shortlisted) · 共 \(applicants) 家 · 排序：\(sort)",
               en: "\(places) places → 1:1.5 invites \(invited) · \(shortlisted) shortlisted · \(applicants) applicants · sorted by \(sort)")
    }
    static let rankingColRank = Phrase(zh: "名次", en: "Rank")
    static let rankingColComposite = Phrase(zh: "综合", en: "Comp.")
    static let rankingColIn = Phrase(zh: "入围", en: "In")
    static let rankingColFlags = Phrase(zh: "标记", en: "Flags")
    static func rankingCutLine(invited: Int) -> Phrase {
        Phrase(zh: "1:1.5 入围线（邀请 \(invited) 家）", en: "1:1.5 cut (\(invited) invited)")
    }
    static let rankingEmpty = Phrase(zh: "尚无已提交的资料评审评分表", en: "No document-review sheet is submitted yet")
    static func rankingTieBanner(tied: String, score: String, places: Int) -> Phrase {
        Phrase(zh: "分数线并列：\(tied)（\(score)），余 \(places) 个名额，按 t 由办公室决定",
               en: "Tie at the cut: \(tied) (\(score)), places left: \(places); t for the office to decide")
    }
    static let rankingStaleDecision = Phrase(zh: "此前的决定针对的并列已变化，须重新决定",
                                             en: "the tie an earlier decision was about has changed; decide again")
    static func rankingDecided(included: String, tied: String, by: String, at: String) -> Phrase {
        Phrase(zh: "分数线并列已决定：入围 \(included)（并列 \(tied)），\(by) \(at)",
               en: "Tie at the cut decided: \(included) in (tied: \(tied)), \(by) \(at)")
    }
    static let rankingDetailNone = Phrase(zh: "选中一个申报组织以查看各阶段汇总", en: "Select an applicant to see each stage's aggregation")
    static func rankingCompositeLine(composite: String) -> Phrase {
        Phrase(zh: "综合 \(composite)（20%资料 + 10%答辩 + 70%现场）", en: "composite \(composite) (20% document + 10% Q&A + 70% on-site)")
    }
    static let rankingNoComposite = Phrase(zh: "尚无综合得分（须三个阶段均有提交）", en: "No composite yet (needs all three stages)")
    static let rankingSepList = Phrase(zh: "、", en: ", ")
    static let rankingSepClause = Phrase(zh: "；", en: "; ")
    static func rankingSort(_ sort: RankingSort) -> Phrase {
        switch sort {
        case .document: Stage.document.name
        case .composite: Phrase(zh: "综合得分", en: "composite")
        case .qa: Stage.qa.name
        case .onsite: Stage.onsite.name
        case .id: Phrase(zh: "申报编号", en: "application id")
        }
    }
}

extension RankingScreen {
    /// The tab's title.
    static let title = Phrase(zh: "排名", en: "Ranking")
}
