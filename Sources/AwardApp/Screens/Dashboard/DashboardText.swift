import AwardDomain

/// The dashboard's words.
extension Phrase {
    static func dashboardCycle(year: Int) -> Phrase {
        Phrase(zh: "\(year)年度盐城市市长质量奖", en: "Mayor's Quality Award, cycle \(year)")
    }
    static let dashboardPhase = Phrase(zh: "当前阶段：", en: "Phase: ")
    static func dashboardDeadline(application: String, review: String) -> Phrase {
        Phrase(zh: "申报截止 \(application)    评审完成 \(review)", en: "Applications close \(application)    review closes \(review)")
    }
    static func dashboardApplications(applications: Int) -> Phrase {
        Phrase(zh: "申报组织 \(applications) 家", en: "\(applications) applicants")
    }
    static func dashboardRegistry(organizations: Int, experts: Int, panels: Int) -> Phrase {
        Phrase(zh: "组织名录 \(organizations) 家 · 专家库 \(experts) 人 · 评审组 \(panels) 个",
               en: "\(organizations) organizations · \(experts) experts · \(panels) panels")
    }
    static let dashboardUrgent = Phrase(zh: "最紧迫的期限", en: "Most urgent deadlines")
    static let dashboardNoDeadlines = Phrase(zh: "暂无进行中的公示或期限", en: "No running publicity periods or deadlines")
    static func phase(_ phase: CyclePhase) -> Phrase {
        switch phase {
        case .application: Phrase(zh: "申报受理阶段（第一季度）", en: "applications (Q1)")
        case .review: Phrase(zh: "评审阶段（第二季度）", en: "review (Q2)")
        case .decision: Phrase(zh: "审定、公示与批准阶段", en: "decision, publicity and approval")
        }
    }
}

extension DashboardScreen {
    /// The tab's title.
    static let title = Phrase(zh: "工作台", en: "Dashboard")
}

/// The reviewer's dashboard.
extension Phrase {
    static let dashboardReviewerTitle = Phrase(zh: "本人参加的评审组（第二十条 保守秘密：只显示本组申报组织）",
                                               en: "Your panels (Art. 20, confidentiality: only your panel's applicants are shown)")
    static let dashboardReviewerNone = Phrase(zh: "您目前不在任何已抽取的评审组中", en: "You are not on any drawn panel yet")
    static func dashboardReviewerPanel(id: String, name: String, from: String, to: String) -> Phrase {
        Phrase(zh: "\(id) \(name) · 评审日期 \(from) 至 \(to)", en: "\(id) \(name) · review \(from) to \(to)")
    }
    static let dashboardReviewerLeader = Phrase(zh: "（您是组长）", en: " (you lead this panel)")
}
