/// The rules a score sheet obeys (第六条, 第十一条（三）至（五）, RULES.md §4).
enum SheetRules {
    /// 第六条 (GB/T 19580 entry): each item is a percentage of its points in 5 % steps, 0–100.
    static func checkPercent(_ p: Int, itemID: String) throws(DomainError) {
        guard (0...100).contains(p), p % 5 == 0 else {
            throw DomainError(zh: "评分须为0–100之间5的倍数：条目 \(itemID) 填写了 \(p)",
                              en: "A score must be a multiple of 5 between 0 and 100: item \(itemID) was given \(p)", citation: .art6)
        }
    }

    /// 第六条: only items of the stage's rubric are scored.
    static func checkItem(_ itemID: String, in rubric: Rubric) throws(DomainError) {
        guard rubric.items.contains(where: { $0.id == itemID }) else {
            throw DomainError(zh: "条目 \(itemID) 不在评分细则“\(rubric.id)”中", en: "Item \(itemID) is not in the rubric “\(rubric.id)”", citation: .art6)
        }
    }

    /// A submitted sheet is the expert's signed score: changes go through the office's reopen.
    static func checkEditable(_ s: ScoreSheet) throws(DomainError) {
        guard s.status != .submitted else {
            throw DomainError(zh: "已提交的评分表已锁定，需由办公室退回后修改（\(s.id)）",
                              en: "A submitted score sheet is locked; the office must reopen it before it can change (\(s.id))")
        }
    }

    /// 第十一条（三）: a panel's drawn experts score its applicants. The expert must be a current
    /// member of the panel's draw in force and the applicant on that panel. That Q and S sheets
    /// are only for the shortlisted is condition S2 of `Procedure.conditions`.
    static func checkScorer(panelID: String, applicationID: String, expertID: String, in cycle: Cycle) throws(DomainError) {
        guard let panel = cycle.panel(panelID) else {
            throw DomainError(zh: "评审组 \(panelID) 不存在", en: "Panel \(panelID) does not exist")
        }
        guard panel.applicationIDs.contains(applicationID) else {
            throw DomainError(zh: "申报 \(applicationID) 不由评审组 \(panelID) 评审", en: "Application \(applicationID) is not reviewed by panel \(panelID)")
        }
        guard let d = panel.drawID.flatMap(cycle.drawRecord), !d.isVoided else {
            throw DomainError(zh: "评审组 \(panelID) 尚未抽取专家", en: "Panel \(panelID) has no drawn experts yet", citation: .art11_3)
        }
        guard d.currentMembers.contains(expertID) else {
            throw DomainError(zh: "\(expertID) 不是评审组 \(panelID) 的现任组员，不能评分",
                              en: "\(expertID) is not a current member of panel \(panelID) and cannot score", citation: .art11_3)
        }
    }

    /// A sheet is submitted only when every item has a value.
    static func checkComplete(_ s: ScoreSheet, rubric: Rubric) throws(DomainError) {
        let missing = s.missingItems(rubric: rubric)
        guard missing.isEmpty else {
            throw DomainError(zh: "评分表 \(s.id) 还有 \(missing.count) 个条目未评分：\(missing.joined(separator: "、"))",
                              en: "Score sheet \(s.id) has \(missing.count) items without a score: \(missing.joined(separator: ", "))", citation: .art6)
        }
    }
}
