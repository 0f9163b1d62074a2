/// The stages of one award cycle, in the order the measures set (第三条, 第十一条（一）至（八）,
/// 第十二至十五条). Each action belongs to one stage; `Procedure.conditions` says when it may be taken.
public enum CycleStage: String, CaseIterable, Sendable {
    case intake, eligibility, panels, documentReview, shortlist, qa, onsite, recommendation, decision, publicity, approval, afterAward, setup

    public var name: Phrase {
        switch self {
        case .intake: Phrase(zh: "申报受理", en: "Intake")
        case .eligibility: Phrase(zh: "资格审查", en: "Eligibility review")
        case .panels: Phrase(zh: "专家抽取", en: "Panel draws")
        case .documentReview: Phrase(zh: "资料评审", en: "Document review")
        case .shortlist: Phrase(zh: "入围（1:1.5）", en: "Shortlist (1:1.5)")
        case .qa: Phrase(zh: "问询答辩", en: "Q&A defence")
        case .onsite: Phrase(zh: "现场评审", en: "On-site review")
        case .recommendation: Phrase(zh: "综合评价与建议名单", en: "Composite and proposed list")
        case .decision: Phrase(zh: "质量发展委员会审议", en: "Committee decision")
        case .publicity: Phrase(zh: "社会公示", en: "Public publicity")
        case .approval: Phrase(zh: "市政府批准与公布", en: "City approval and publication")
        case .afterAward: Phrase(zh: "获奖后管理", en: "After the award")
        case .setup: Phrase(zh: "名录与设置", en: "Registry and settings")
        }
    }

    public var citation: Citation {
        switch self {
        case .intake: .art11_1
        case .eligibility: .art11_2
        case .panels, .documentReview, .shortlist: .art11_3
        case .qa: .art11_4
        case .onsite: .art11_5
        case .recommendation: .art11_6
        case .decision, .publicity: .art11_7
        case .approval: .art11_8
        case .afterAward: .art14_15
        case .setup: .art3
        }
    }

    /// What happens in the stage.
    public var summary: Phrase {
        switch self {
        case .intake: Phrase(zh: "组织在内部公示后提交申报，截止日为周期的申报截止日（或办公室记录的延期）",
                             en: "Applicants publicise internally, then submit by the cycle's deadline (or an extension the office records)")
        case .eligibility: Phrase(zh: "办公室按 E1–E11 审查资格并作出决定", en: "The office checks E1–E11 and decides eligibility")
        case .panels: Phrase(zh: "纪检监督下随机抽取专家组成评审组，每个申报每阶段只有一个评审组",
                             en: "Panels are drawn at random under discipline supervision; one panel per applicant and stage")
        case .documentReview: Phrase(zh: "评审组专家填写并提交资料评审评分表", en: "Panel experts enter and submit document-review sheets")
        case .shortlist: Phrase(zh: "按资料评审得分 1:1.5 确定入围名单", en: "The 1:1.5 shortlist from the document-review scores")
        case .qa: Phrase(zh: "入围组织参加问询答辩", en: "Shortlisted applicants defend their application")
        case .onsite: Phrase(zh: "入围组织接受现场评审", en: "Shortlisted applicants are reviewed on site")
        case .recommendation: Phrase(zh: "按 20/10/70 综合得分提出建议名单", en: "The proposed list from the 20/10/70 composite")
        case .decision: Phrase(zh: "质量发展委员会审议建议名单", en: "The Quality Development Committee decides on the proposed list")
        case .publicity: Phrase(zh: "委员会通过的候选组织社会公示7天", en: "Approved candidates are publicised for 7 days")
        case .approval: Phrase(zh: "公示通过的名单报市政府批准后公布", en: "The list that passed publicity is approved by the city and published")
        case .afterAward: Phrase(zh: "奖金发放；弄虚作假或重大事故的撤销奖励", en: "Prize money; revocation for fraud or a major accident")
        case .setup: Phrase(zh: "组织名录、专家库、日历和周期设置", en: "Registry, expert pool, calendar and cycle settings")
        }
    }
}
